import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Cell, CellType } from '@hbase-compat/hbase-codec';
import { type ScanRange, type StoredRow, type TableDescriptor, ALL_TIME, readVisible } from '@hbase-compat/storage';
import { FlussStorageEngine } from '../src';

/**
 * The Fluss engine against a real Fluss cluster (tools/fluss.sh start; FLUSS_BOOTSTRAP names it,
 * FLUSS_DIR its state folder for the tablet-server restart). Each run uses databases of its own.
 */
const bootstrap = process.env['FLUSS_BOOTSTRAP'];
if (!bootstrap) throw new Error('FLUSS_BOOTSTRAP (host:port of the Fluss coordinator) is required: start one with tools/fluss.sh start');
const flussDir = process.env['FLUSS_DIR'];
if (!flussDir) throw new Error('FLUSS_DIR (the tools/fluss.sh state folder, for restarting a tablet server) is required');
const ROOT = join(__dirname, '../../..');
const prefix = `it${Date.now().toString(36)}_`;
const CF = Buffer.from('cf');

function descriptor(qualifier: string, maxVersions = 1): TableDescriptor {
  return {
    name: { namespace: 'default', qualifier },
    families: [{ name: CF, maxVersions, minVersions: 0, ttlSeconds: 2147483647, attributes: [], configuration: [] }],
    attributes: [],
    configuration: [],
    state: 'ENABLED',
    regionId: 1,
    splitKeys: [],
  };
}

const put = (row: Buffer, q: string, value: string | Buffer, ts = 1n): Cell => ({
  row,
  family: CF,
  qualifier: Buffer.from(q),
  timestamp: ts,
  type: CellType.Put,
  value: typeof value === 'string' ? Buffer.from(value) : value,
});
const range = (over: Partial<ScanRange> = {}): ScanRange => ({
  startRow: Buffer.alloc(0),
  startInclusive: true,
  stopRow: Buffer.alloc(0),
  stopInclusive: false,
  reversed: false,
  ...over,
});

async function scanAll(engine: FlussStorageEngine, t: TableDescriptor, r: ScanRange, batch = 7): Promise<StoredRow[]> {
  const cursor = engine.data.openCursor(t, r);
  const out: StoredRow[] = [];
  for (;;) {
    const rows = await cursor.next(batch);
    if (rows.length === 0) break;
    out.push(...rows);
  }
  cursor.close();
  return out;
}

function newEngine(indexDir: string): FlussStorageEngine {
  return new FlussStorageEngine({ bootstrapServers: [bootstrap!], indexDir, databasePrefix: prefix, buckets: 3, requestTimeoutMs: 5_000 });
}

describe('Fluss storage engine against a real Fluss cluster', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'fluss-engine-'));
    dirs.push(d);
    return d;
  };
  let a: FlussStorageEngine;
  let b: FlussStorageEngine;

  beforeAll(async () => {
    a = newEngine(tempDir());
    b = newEngine(tempDir());
    await a.start();
    await b.start();
    await a.catalog.putNamespace({ name: 'default', configuration: [] });
  });

  afterAll(async () => {
    for (const t of await a.catalog.listTables()) {
      await a.data.dropTableData(t.name);
      await a.catalog.deleteTable(t.name);
    }
    await a.catalog.deleteNamespace('default');
    await a.client.dropDatabase(`${prefix}_system`, true, true);
    await a.close();
    await b.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('keeps descriptors in Fluss: another engine lists what one stored', async () => {
    const t = descriptor('catalog.check');
    await a.catalog.putTable(t);
    expect((await b.catalog.getTable(t.name))?.families[0].name).toEqual(CF);
    expect((await b.catalog.listTables()).map((x) => x.name.qualifier)).toContain('catalog.check');
    expect(await b.catalog.listNamespaces()).toEqual([{ name: 'default', configuration: [] }]);
    await a.catalog.deleteTable(t.name);
    await a.data.dropTableData(t.name);
    expect(await b.catalog.getTable(t.name)).toBeUndefined();
  });

  it('gets rows with every version and marker, and hides what HBase hides', async () => {
    const t = descriptor('versions', 3);
    await a.catalog.putTable(t);
    const row = Buffer.from('r1');
    await a.data.mutate(t, [{ row, cells: [put(row, 'q', 'v1', 1n), put(row, 'q', 'v2', 2n), put(row, 'q', 'v3', 3n), put(row, 'p', 'x', 5n)] }]);
    await a.data.mutate(t, [{ row, cells: [{ ...put(row, 'q', '', 2n), type: CellType.Delete }] }]);
    const [stored] = await b.data.getRows(t, [row]);
    expect(stored.cells.map((c) => `${c.qualifier}:${c.timestamp}:${c.type}`)).toEqual(['p:5:4', 'q:3:4', 'q:2:8', 'q:2:4', 'q:1:4']);
    const visible = readVisible(stored.cells, new Map([['cf', t.families[0]]]), { timeRange: ALL_TIME, maxVersions: 3, now: Date.now() });
    expect(visible.map((c) => c.value.toString())).toEqual(['x', 'v3', 'v1']);
  });

  it('scans in unsigned row order, forward and reversed, over binary and long rows, and sees a put acknowledged by another engine', async () => {
    const t = descriptor('order');
    await a.catalog.putTable(t);
    const long = (last: number) => Buffer.concat([Buffer.alloc(3000, 0x61), Buffer.from([last])]);
    const rows = [
      Buffer.from([0]),
      Buffer.from([0, 0]),
      Buffer.from([0, 0xff]),
      Buffer.from([0x2c]),
      Buffer.from('a'),
      long(0xff),
      long(1),
      Buffer.alloc(1800, 0x61),
      Buffer.from('b'),
      Buffer.from([0x80]),
      Buffer.from([0xff]),
      Buffer.from([0xff, 0xff]),
    ];
    for (let i = 0; i < 60; i++) rows.push(Buffer.from(`k${String(i).padStart(3, '0')}`));
    await a.data.mutate(
      t,
      rows.map((row) => ({ row, cells: [put(row, 'q', `${row.length}`), put(row, 'long-qualifier-'.repeat(150), 'lq')] })),
    );
    const sorted = [...rows].sort(Buffer.compare);
    // b has never seen this table: its first scan builds the index and must still see every put.
    const forward = await scanAll(b, t, range());
    expect(forward.map((r) => r.row.toString('hex'))).toEqual(sorted.map((r) => r.toString('hex')));
    expect(forward.every((r) => r.cells.length === 2)).toBe(true);
    const reversed = await scanAll(b, t, range({ reversed: true }));
    expect(reversed.map((r) => r.row.toString('hex'))).toEqual([...sorted].reverse().map((r) => r.toString('hex')));
    const middle = await scanAll(b, t, range({ startRow: Buffer.from([0, 0xff]), stopRow: Buffer.from('b'), stopInclusive: true }));
    expect(middle.map((r) => r.row.toString('hex'))).toEqual(
      sorted.filter((r) => Buffer.compare(r, Buffer.from([0, 0xff])) >= 0 && Buffer.compare(r, Buffer.from('b')) <= 0).map((r) => r.toString('hex')),
    );
    const backFromLong = await scanAll(b, t, range({ reversed: true, startRow: long(1), stopRow: Buffer.from([0x2c]), stopInclusive: false }));
    expect(backFromLong.map((r) => r.row.toString('hex'))).toEqual(
      sorted
        .filter((r) => Buffer.compare(r, long(1)) <= 0 && Buffer.compare(r, Buffer.from([0x2c])) > 0)
        .reverse()
        .map((r) => r.toString('hex')),
    );

    // Read-your-writes across engines, 20 times: a put acknowledged by a, then a scan opened on b.
    const t0 = Date.now();
    for (let i = 0; i < 20; i++) {
      const row = Buffer.from(`fresh-${i}`);
      await a.data.mutate(t, [{ row, cells: [put(row, 'q', `v${i}`)] }]);
      const seen = await scanAll(b, t, range({ startRow: row, stopRow: row, stopInclusive: true }));
      expect(seen.map((r) => r.cells[0].value.toString())).toEqual([`v${i}`]);
    }

    console.log(`put on one engine, then scan on another: ${((Date.now() - t0) / 20).toFixed(1)} ms per round`);
    // Deletes reach the index too.
    await a.data.mutate(t, [
      { row: Buffer.from('a'), cells: [{ ...put(Buffer.from('a'), '', '', 10n), family: CF, qualifier: Buffer.alloc(0), type: CellType.DeleteFamily }] },
    ]);
    const afterDelete = await scanAll(b, t, range({ startRow: Buffer.from('a'), stopRow: Buffer.from('a'), stopInclusive: true }));
    expect(afterDelete[0].cells.map((c) => c.type)).toContain(CellType.DeleteFamily);
  });

  it('serializes atomic read-modify-writes of a row: 200 concurrent increments end exact', async () => {
    const t = descriptor('counter');
    await a.catalog.putTable(t);
    const row = Buffer.from('c');
    let ts = BigInt(Date.now());
    const increment = () =>
      a.data.mutateRowAtomically(t, row, (stored) => {
        const latest = stored.cells.filter((c) => c.type === CellType.Put).sort((x, y) => (x.timestamp > y.timestamp ? -1 : 1))[0];
        const n = latest ? latest.value.readBigInt64BE() : 0n;
        const value = Buffer.alloc(8);
        value.writeBigInt64BE(n + 1n);
        return { cells: [put(row, 'n', value, ++ts)], result: n + 1n };
      });
    const results = await Promise.all(Array.from({ length: 200 }, increment));
    expect(new Set(results).size).toBe(200);
    const [stored] = await b.data.getRows(t, [row]);
    const visible = readVisible(stored.cells, new Map([['cf', t.families[0]]]), { timeRange: ALL_TIME, maxVersions: 1, now: Date.now() });
    expect(visible[0].value.readBigInt64BE()).toBe(200n);
  });

  it('rebuilds the scan index of a node that starts late from a LimitScan snapshot when its offsets are gone', async () => {
    const t = descriptor('late');
    await a.catalog.putTable(t);
    const rows = Array.from({ length: 50 }, (_v, i) => Buffer.from(`late-${String(i).padStart(2, '0')}`));
    await a.data.mutate(
      t,
      rows.map((row) => ({ row, cells: [put(row, 'q', 'v')] })),
    );
    const late = newEngine(tempDir());
    await late.start();
    try {
      expect((await scanAll(late, t, range())).length).toBe(50);
    } finally {
      await late.close();
    }
  });

  it('interoperates with the Fluss Java client: each reads what the other wrote (lookups, prefix lookups, changelog, catalog)', async () => {
    const t = descriptor('interop');
    await a.catalog.putTable(t);
    const path = await a.dataTableOf(t.name);
    expect(path.database).toBe(`${prefix}default`);
    expect(path.table).toMatch(/^interop__[0-9a-z]+$/);
    const hex = (b: Buffer) => (b.length === 0 ? '-' : b.toString('hex'));
    const line = (c: Cell) => `${hex(c.row)} ${hex(c.family)} ${hex(c.qualifier)} ${c.timestamp} ${c.type} ${hex(c.value)}`;
    const tsCells: Cell[] = [];
    for (let i = 0; i < 40; i++) {
      const row = Buffer.from([0x80 + (i % 100), 0xff, i, 0]);
      tsCells.push(put(row, `q${i}`, Buffer.from([0, 0x80, 0xff, i]), BigInt(Date.now()) - BigInt(i)));
      tsCells.push({ ...put(row, '', '', 1n << 40n), type: i % 2 ? CellType.DeleteColumn : CellType.DeleteFamily, value: Buffer.alloc(0) });
    }
    tsCells.push(put(Buffer.from('big'), 'v', Buffer.alloc(200_000, 7), 9_223_372_036_854_775_807n));
    tsCells.push(put(Buffer.from('neg'), 'v', 'x', -5n));
    await a.data.mutate(
      t,
      [...new Set(tsCells.map((c) => c.row.toString('hex')))].map((h) => ({
        row: Buffer.from(h, 'hex'),
        cells: tsCells.filter((c) => c.row.toString('hex') === h),
      })),
    );
    const dir = tempDir();
    writeFileSync(join(dir, 'ts-cells.txt'), tsCells.map(line).join('\n'));
    const javaRead = execFileSync('bash', [join(ROOT, 'tools/fluss-interop.sh'), 'read', bootstrap!, path.database, path.table, join(dir, 'ts-cells.txt')], {
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(javaRead).toContain(`interop-java[read]: ${tsCells.length + new Set(tsCells.map((c) => c.row.toString('hex'))).size + 1} passed, 0 failed`);

    const javaCells: Cell[] = Array.from({ length: 30 }, (_v, i) =>
      put(Buffer.from([0xfe, i, 0x00, 0x80]), `j${i}`, Buffer.from([i, 0xc3, 0xa9]), BigInt(1_000_000 + i)),
    );
    writeFileSync(join(dir, 'java-cells.txt'), javaCells.map(line).join('\n'));
    execFileSync('bash', [join(ROOT, 'tools/fluss-interop.sh'), 'write', bootstrap!, path.database, path.table, join(dir, 'java-cells.txt')], {
      encoding: 'utf8',
      timeout: 300_000,
    });
    const got = await b.data.getRows(
      t,
      javaCells.map((c) => c.row),
    );
    expect(got.map((r) => r.cells)).toEqual(javaCells.map((c) => [c]));
    const scanned = await scanAll(b, t, range({ startRow: Buffer.from([0xfe]), stopRow: Buffer.from([0xff]) }));
    expect(scanned.map((r) => r.cells[0])).toEqual(javaCells);

    const catalogRead = execFileSync(
      'bash',
      [join(ROOT, 'tools/fluss-interop.sh'), 'catalog', bootstrap!, `${prefix}_system`, 'catalog', 'table', 'interop', '"qualifier":"interop"'],
      { encoding: 'utf8', timeout: 300_000 },
    );
    expect(catalogRead).toContain('interop-java[catalog]: 2 passed, 0 failed');
  });

  // A graceful restart (SIGTERM: Fluss's controlled shutdown). With one replica, a SIGKILLed tablet
  // server loses what it acknowledged after its last high-watermark checkpoint (Fluss truncates to
  // it on restart; log.replica.high-watermark.checkpoint-interval, 5 s): production runs RF >= 2.
  it('loses no acknowledged write when the tablet server restarts mid-stream, and recovers by itself', async () => {
    const t = descriptor('restart');
    await a.catalog.putTable(t);
    const acked: Buffer[] = [];
    let failed = 0;
    let stop = false;
    const writer = (async () => {
      for (let i = 0; i < 100_000 && !stop; i++) {
        const row = Buffer.from(`w-${String(i).padStart(6, '0')}`);
        try {
          await a.data.mutate(t, [{ row, cells: [put(row, 'q', `v${i}`)] }]);
          acked.push(row);
        } catch {
          failed++;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    })();
    await new Promise((r) => setTimeout(r, 1_500));
    execFileSync('bash', [join(ROOT, 'tools/fluss.sh'), 'restart-tablet', '--dir', flussDir!, '--id', '0', '--signal', 'TERM'], {
      stdio: 'inherit',
      timeout: 240_000,
    });
    const before = acked.length;
    // Writes resume by themselves once the tablet server is back.
    const deadline = Date.now() + 60_000;
    while (acked.length < before + 50 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    stop = true;
    await writer;
    expect(acked.length).toBeGreaterThanOrEqual(before + 50);
    const stored = await b.data.getRows(t, acked);
    const missing = stored.filter((s) => s.cells.length === 0).map((s) => s.row.toString());
    expect(missing).toEqual([]);
    const scanned = await scanAll(b, t, range(), 500);
    expect(scanned.length).toBeGreaterThanOrEqual(acked.length);

    console.log(`tablet restart: ${acked.length} acknowledged writes all found; ${failed} writes failed with a retriable error during the outage`);
  });
});
