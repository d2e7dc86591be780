import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CellType } from '@hbase-compat/hbase-codec';
import type { ScanRange } from '@hbase-compat/storage';
import { EmbeddedStorageEngine } from './embedded-storage-engine';
import { LONG_ROW_PREFIX } from './row-encoding';
import { oneFamilyTable } from '../test/fixtures';

const table = oneFamilyTable('t');

const longRow = (last: number) => {
  const b = Buffer.alloc(32767, 0x61);
  b[32766] = last;
  return b;
};

describe('embedded storage engine', () => {
  let dir: string;
  let engine: EmbeddedStorageEngine;
  const rows = [
    Buffer.from([0]),
    Buffer.from([0, 0]),
    Buffer.from([0x2c]),
    Buffer.from('a'),
    longRow(0xff),
    longRow(0x01),
    Buffer.alloc(LONG_ROW_PREFIX, 0x61),
    Buffer.from('b'),
    Buffer.from([0xff]),
  ];
  const sorted = [...rows].sort(Buffer.compare);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'embedded-test-'));
    engine = new EmbeddedStorageEngine({ dataDir: dir });
    await engine.data.mutate(
      table,
      rows.map((row) => ({
        row,
        cells: [{ row, family: Buffer.from('cf'), qualifier: Buffer.from('q'), timestamp: 1n, type: CellType.Put, value: Buffer.from(String(row.length)) }],
      })),
    );
  });

  afterAll(async () => {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function scan(range: Partial<ScanRange>, batch: number): Promise<Buffer[]> {
    const cursor = engine.data.openCursor(table, {
      startRow: Buffer.alloc(0),
      startInclusive: true,
      stopRow: Buffer.alloc(0),
      stopInclusive: false,
      reversed: false,
      ...range,
    });
    const out: Buffer[] = [];
    for (;;) {
      const next = await cursor.next(batch);
      if (next.length === 0) return out;
      out.push(...next.map((r) => r.row));
    }
  }

  it.each([1, 2, 100])('scans forward in unsigned byte order, %i rows at a time', async (batch) => {
    expect(await scan({}, batch)).toEqual(sorted);
  });

  it.each([1, 2, 100])('scans reversed in exact reverse order, %i rows at a time', async (batch) => {
    expect(await scan({ reversed: true }, batch)).toEqual([...sorted].reverse());
  });

  it('honours bounds in both directions, including long rows', async () => {
    expect(await scan({ startRow: Buffer.from('a'), stopRow: Buffer.from('b') }, 1)).toEqual(
      sorted.filter((r) => Buffer.compare(r, Buffer.from('a')) >= 0 && Buffer.compare(r, Buffer.from('b')) < 0),
    );
    expect(await scan({ reversed: true, startRow: Buffer.from('b'), startInclusive: false, stopRow: Buffer.from('a'), stopInclusive: true }, 1)).toEqual(
      sorted.filter((r) => Buffer.compare(r, Buffer.from('a')) >= 0 && Buffer.compare(r, Buffer.from('b')) < 0).reverse(),
    );
  });

  it('reads rows of any length back by key', async () => {
    const got = await engine.data.getRows(table, rows);
    got.forEach((g, i) => expect(g.cells[0].value.toString()).toBe(String(rows[i].length)));
  });

  it('stores cell tags (a TTL tag) and reads them back; untagged cells are unchanged', async () => {
    const row = Buffer.from('tagged');
    const tags = Buffer.from('00090800038d7ea4c68000', 'hex'); // TTL tag: 10^15 ms
    const base = { row, family: Buffer.from('cf'), timestamp: 5n, type: CellType.Put, value: Buffer.from('v') };
    await engine.data.mutate(table, [
      {
        row,
        cells: [
          { ...base, qualifier: Buffer.from('a'), tags },
          { ...base, qualifier: Buffer.from('b') },
        ],
      },
    ]);
    const [stored] = await engine.data.getRows(table, [row]);
    expect(stored.cells.map((c) => [c.qualifier.toString(), c.type, c.tags?.toString('hex')])).toEqual([
      ['a', CellType.Put, tags.toString('hex')],
      ['b', CellType.Put, undefined],
    ]);
  });

  it('a major compaction drops delete markers', async () => {
    const row = Buffer.from('compacted');
    const cell = { row, family: Buffer.from('cf'), qualifier: Buffer.from('q'), value: Buffer.alloc(0) };
    await engine.data.mutate(table, [
      {
        row,
        cells: [
          { ...cell, timestamp: 9n, type: CellType.Put },
          { ...cell, timestamp: 3n, type: CellType.DeleteColumn },
        ],
      },
    ]);
    expect((await engine.data.getRows(table, [row]))[0].cells).toHaveLength(2);
    await engine.data.compact(table, { major: true });
    expect((await engine.data.getRows(table, [row]))[0].cells.map((c) => c.type)).toEqual([CellType.Put]);
  });
});

describe('embedded storage engine sync modes', () => {
  const cell = (row: string) => ({
    row: Buffer.from(row),
    family: Buffer.from('cf'),
    qualifier: Buffer.from('q'),
    timestamp: 1n,
    type: CellType.Put,
    value: Buffer.from(row),
  });
  let dir: string;

  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'embedded-sync-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses hbase.wal.hsync with interval syncing, whose store a power loss can corrupt', () => {
    expect(() => new EmbeddedStorageEngine({ dataDir: dir, hsync: true, sync: 'interval' })).toThrow(
      /hbase.wal.hsync=true needs hbase.compat.data.sync=commit/,
    );
  });

  it('reopens one store in either mode, keeping what each wrote', async () => {
    const modes = ['commit', 'interval', 'commit'] as const;
    for (const [i, sync] of modes.entries()) {
      const engine = new EmbeddedStorageEngine({ dataDir: dir, sync, syncIntervalMs: 10 });
      try {
        if (i === 0) await engine.catalog.putTable(table);
        await engine.data.mutate(table, [{ row: Buffer.from(`r${i}`), cells: [cell(`r${i}`)] }], { fsync: i === 1 });
        const stored = await engine.data.getRows(
          table,
          modes.map((_, j) => Buffer.from(`r${j}`)),
        );
        expect(stored.map((r) => r.cells.length)).toEqual(modes.map((_, j) => (j <= i ? 1 : 0)));
      } finally {
        await engine.close();
      }
    }
  });
});
