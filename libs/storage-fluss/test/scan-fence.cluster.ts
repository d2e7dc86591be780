import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Cell, CellType } from '@hbase-compat/hbase-codec';
import { type ScanRange, type StoredRow, type TableDescriptor } from '@hbase-compat/storage';
import { FlussStorageEngine } from '../src';

/**
 * The scan fence's shared ListOffsets rounds and catch-up fetches (TableFeed.logEnds, fetchNow)
 * against a real Fluss cluster (FLUSS_BOOTSTRAP): while other scans keep a fence round in flight on
 * engine b at all times, every put engine a acknowledged is seen by the next scan b opens.
 */
const bootstrap = process.env['FLUSS_BOOTSTRAP'];
if (!bootstrap) throw new Error('FLUSS_BOOTSTRAP (host:port of the Fluss coordinator) is required: start one with tools/fluss.sh start');
const prefix = `fence${Date.now().toString(36)}_`;
const CF = Buffer.from('cf');
const BUCKETS = 4;

const descriptor: TableDescriptor = {
  name: { namespace: 'default', qualifier: 'fence' },
  families: [{ name: CF, maxVersions: 1, minVersions: 0, ttlSeconds: 2147483647, attributes: [], configuration: [] }],
  attributes: [],
  configuration: [],
  state: 'ENABLED',
  regionId: 1,
  splitKeys: [],
};
const put = (row: Buffer, value: string): Cell => ({
  row,
  family: CF,
  qualifier: Buffer.from('q'),
  timestamp: 1n,
  type: CellType.Put,
  value: Buffer.from(value),
});
const range = (over: Partial<ScanRange> = {}): ScanRange => ({
  startRow: Buffer.alloc(0),
  startInclusive: true,
  stopRow: Buffer.alloc(0),
  stopInclusive: false,
  reversed: false,
  ...over,
});

async function scan(engine: FlussStorageEngine, r: ScanRange, max = 1000): Promise<StoredRow[]> {
  const cursor = engine.data.openCursor(descriptor, r);
  const rows = await cursor.next(max);
  cursor.close();
  return rows;
}

describe('scan fence shared by concurrent scans (real Fluss)', () => {
  const dirs: string[] = [];
  let a: FlussStorageEngine;
  let b: FlussStorageEngine;
  const engine = (): FlussStorageEngine => {
    const dir = mkdtempSync(join(tmpdir(), 'fluss-fence-'));
    dirs.push(dir);
    return new FlussStorageEngine({ bootstrapServers: [bootstrap!], indexDir: dir, databasePrefix: prefix, buckets: BUCKETS, requestTimeoutMs: 5_000 });
  };

  beforeAll(async () => {
    a = engine();
    b = engine();
    await a.start();
    await b.start();
    await a.catalog.putNamespace({ name: 'default', configuration: [] });
    await a.catalog.putTable(descriptor);
  });

  afterAll(async () => {
    await a.data.dropTableData(descriptor.name);
    await a.catalog.deleteTable(descriptor.name);
    await a.catalog.deleteNamespace('default');
    await a.client.dropDatabase(`${prefix}_system`, true, true);
    await a.close();
    await b.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('never serves a scan opened after an acknowledged put on another engine without that put, and shares ListOffsets rounds', async () => {
    await a.data.mutate(descriptor, [{ row: Buffer.from('seed'), cells: [put(Buffer.from('seed'), 's')] }]);
    await scan(b, range());
    let fenceRounds = 0;
    const original = b.client.listOffsetsAll.bind(b.client);
    b.client.listOffsetsAll = (...args: Parameters<typeof original>) => {
      fenceRounds++;
      return original(...args);
    };
    // Background scans on b: a fence round is nearly always in flight when the checked scan opens.
    let stop = false;
    let background = 0;
    const storm = Array.from({ length: 12 }, async () => {
      while (!stop) {
        await scan(b, range(), 50);
        background++;
      }
    });
    const rounds = 60;
    try {
      for (let i = 0; i < rounds; i++) {
        const row = Buffer.from(`w${String(i).padStart(3, '0')}`);
        await a.data.mutate(descriptor, [{ row, cells: [put(row, `v${i}`)] }]);
        const seen = await scan(b, range({ startRow: row, stopRow: row, stopInclusive: true }));
        expect(seen.map((r) => r.cells[0].value.toString())).toEqual([`v${i}`]);
      }
    } finally {
      stop = true;
      await Promise.all(storm);
      b.client.listOffsetsAll = original;
    }
    const scans = background + rounds;
    console.log(`${scans} scans on b, ${fenceRounds} ListOffsets rounds`);
    // Unshared, every scan would send its own round.
    expect(fenceRounds).toBeGreaterThan(0);
    expect(fenceRounds).toBeLessThan(scans);
  });
});

describe('scan index lag (real Fluss)', () => {
  it('reports a fed table by its HBase name, and nothing behind once a scan has caught up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fluss-lag-'));
    const lagPrefix = `${prefix}lag_`;
    const e = new FlussStorageEngine({ bootstrapServers: [bootstrap!], indexDir: dir, databasePrefix: lagPrefix, buckets: BUCKETS, requestTimeoutMs: 5_000 });
    try {
      await e.start();
      await e.catalog.putNamespace({ name: 'default', configuration: [] });
      await e.catalog.putTable(descriptor);
      expect(e.indexLag()).toEqual([]);
      for (let i = 0; i < 20; i++) await e.data.mutate(descriptor, [{ row: Buffer.from(`r${i}`), cells: [put(Buffer.from(`r${i}`), `v${i}`)] }]);
      expect(await scan(e, range())).toHaveLength(20);
      expect(e.indexLag()).toEqual([{ table: 'fence', offsetsBehind: 0, msBehind: 0 }]);
      await e.data.dropTableData(descriptor.name);
      await e.catalog.deleteTable(descriptor.name);
      await e.catalog.deleteNamespace('default');
      await e.client.dropDatabase(`${lagPrefix}_system`, true, true);
    } finally {
      await e.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
