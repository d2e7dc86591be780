import { decodeCellBlock, pb } from '@hbase-compat/hbase-codec';
import { RawHBaseConnection } from '@hbase-compat/hbase-rpc-testing';
import { getParam, putCell, sleep } from '../fuzz/setup';

/**
 * A small, bounded load over every node of a cluster, for tools/metrics-check.sh: puts, gets and
 * scans of one table split in three regions on each node, and one call per round that must fail (a
 * Get of a region that does not exist: NotServingRegionException), so that every series the dashboard
 * shows has data. Prints what it sent per node as JSON on stdout; exits non-zero if an expected
 * success failed.
 *
 *   node tools/fuzz/ts-run.cjs tools/metrics/load.ts --ports P1,P2,P3 --seconds S [--table T]
 */
interface Sent {
  port: number;
  puts: number;
  gets: number;
  scans: number;
  expectedErrors: number;
}

const MISSING_REGION = Buffer.from('no_such_table,,1.00000000000000000000000000000000.');
/** The table's split keys: rows start with one of PREFIXES, so each region gets a third of them. */
const SPLIT_KEYS = ['b', 'c'];
const PREFIXES = ['a', 'b', 'c'];
const META_REGION = { type: 1, value: Buffer.from('hbase:meta,,1') };

async function createSplitTable(port: number, table: string): Promise<void> {
  const c = await RawHBaseConnection.handshake(port, 'MasterService');
  const tableName = { namespace: Buffer.from('default'), qualifier: Buffer.from(table) };
  const tableSchema = { tableName, columnFamilies: [{ name: Buffer.from('cf') }] };
  const r = await c.call('CreateTable', pb.CreateTableRequest.encode({ tableSchema, splitKeys: SPLIT_KEYS.map((k) => Buffer.from(k)) }).finish());
  c.close();
  const cls = r.header.exception?.exceptionClassName ?? '';
  if (cls !== '' && !cls.endsWith('TableExistsException')) throw new Error(`CreateTable ${table}: ${cls}`);
}

/** The name of the region holding `row`, as the Java client locates it: a reversed scan of hbase:meta from the row's meta key. */
async function regionOf(c: RawHBaseConnection, table: string, row: string): Promise<Buffer> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const scan = { startRow: Buffer.from(`${table},${row},99999999999999`), stopRow: Buffer.from(`${table},,`), includeStopRow: true, reversed: true };
    const r = await c.call('Scan', pb.ScanRequest.encode({ region: META_REGION, scan: { ...scan, caching: 1 }, numberOfRows: 1, closeScanner: true }).finish());
    if (r.header.exception) throw new Error(`meta scan: ${r.header.exception.exceptionClassName}`);
    const cells = r.cellBlock ? decodeCellBlock(r.cellBlock) : [];
    // The node learns of the table through ZooKeeper: until then its meta has no row for it.
    if (cells.length > 0) return cells[0].row;
    await sleep(100);
  }
  throw new Error(`no region of ${table} in hbase:meta`);
}

function option(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : fallback;
  if (v === undefined) throw new Error(`--${name} is required`);
  return v;
}

async function scanOnce(c: RawHBaseConnection, region: Buffer): Promise<void> {
  const r = await c.call('Scan', pb.ScanRequest.encode({ region: { type: 1, value: region }, scan: {}, numberOfRows: 20, closeScanner: true }).finish());
  if (r.header.exception) throw new Error(`scan: ${r.header.exception.exceptionClassName}`);
}

/** One node's share: rounds of 30 puts, 30 gets, a scan per region and one failing Get, until the deadline. */
async function loadNode(port: number, table: string, until: number): Promise<Sent> {
  const sent: Sent = { port, puts: 0, gets: 0, scans: 0, expectedErrors: 0 };
  const c = await RawHBaseConnection.handshake(port, 'ClientService');
  try {
    const regions = await Promise.all(PREFIXES.map((p) => regionOf(c, table, p)));
    for (let round = 0; Date.now() < until; round++) {
      const rows = Array.from({ length: 30 }, (_, i) => ({ region: regions[i % 3], row: `${PREFIXES[i % 3]}-${port}-${round % 50}-${i}` }));
      await Promise.all(rows.map(({ region, row }) => putCell(c, region, row, Buffer.from(`v${round}`))));
      sent.puts += rows.length;
      const gets = await Promise.all(rows.map(({ region, row }) => c.call('Get', getParam(region, row))));
      for (const g of gets) if (g.header.exception) throw new Error(`get on ${port}: ${g.header.exception.exceptionClassName}`);
      sent.gets += gets.length;
      for (const region of regions) await scanOnce(c, region);
      sent.scans += regions.length;
      const r = await c.call('Get', getParam(MISSING_REGION, 'r'));
      if (!r.header.exception?.exceptionClassName?.endsWith('NotServingRegionException')) throw new Error(`expected NotServingRegionException on ${port}`);
      sent.expectedErrors++;
      await sleep(50);
    }
  } finally {
    c.close();
  }
  return sent;
}

async function main(): Promise<void> {
  const ports = option('ports').split(',').map(Number);
  const seconds = Number(option('seconds', '30'));
  const table = option('table', 'metrics_check');
  await createSplitTable(ports[0], table);
  const until = Date.now() + seconds * 1000;
  const sent = await Promise.all(ports.map((p) => loadNode(p, table, until)));
  process.stdout.write(`${JSON.stringify(sent)}\n`);
}

main().then(
  () => process.exit(0),
  (e: Error) => {
    process.stderr.write(`load failed: ${e.stack ?? e.message}\n`);
    process.exit(1);
  },
);
