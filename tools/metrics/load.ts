import { pb } from '@hbase-compat/hbase-codec';
import { RawHBaseConnection } from '@hbase-compat/hbase-rpc-testing';
import { createTable, firstRegion, getParam, putCell, sleep } from '../fuzz/setup';

/**
 * A small, bounded load over every node of a cluster, for tools/metrics-check.sh: puts, gets and
 * scans of one table on each node, and a few calls that must fail (a Get of a region that does not
 * exist: NotServingRegionException), so that every series the dashboard shows has data. Prints what
 * it sent per node as JSON on stdout; exits non-zero if an expected success failed.
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

/** One node's share: rounds of 20 puts, 20 gets and a scan until the deadline, then the failing calls. */
async function loadNode(port: number, table: string, region: Buffer, until: number): Promise<Sent> {
  const sent: Sent = { port, puts: 0, gets: 0, scans: 0, expectedErrors: 0 };
  const c = await RawHBaseConnection.handshake(port, 'ClientService');
  try {
    for (let round = 0; Date.now() < until; round++) {
      const rows = Array.from({ length: 20 }, (_, i) => `${port}-${round % 50}-${i}`);
      await Promise.all(rows.map((row) => putCell(c, region, row, Buffer.from(`v${round}`))));
      sent.puts += rows.length;
      const gets = await Promise.all(rows.map((row) => c.call('Get', getParam(region, row))));
      for (const g of gets) if (g.header.exception) throw new Error(`get on ${port}: ${g.header.exception.exceptionClassName}`);
      sent.gets += gets.length;
      await scanOnce(c, region);
      sent.scans++;
      await sleep(50);
    }
    for (let i = 0; i < 3; i++) {
      const r = await c.call('Get', getParam(MISSING_REGION, 'r'));
      if (!r.header.exception?.exceptionClassName?.endsWith('NotServingRegionException')) throw new Error(`expected NotServingRegionException on ${port}`);
      sent.expectedErrors++;
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
  await createTable(ports[0], table);
  // Every node must know the table before it gets load (the catalog change reaches them through ZooKeeper).
  const regions = await Promise.all(ports.map((p) => firstRegion(p, table)));
  const until = Date.now() + seconds * 1000;
  const sent = await Promise.all(ports.map((p, i) => loadNode(p, table, regions[i], until)));
  process.stdout.write(`${JSON.stringify(sent)}\n`);
}

main().then(
  () => process.exit(0),
  (e: Error) => {
    process.stderr.write(`load failed: ${e.stack ?? e.message}\n`);
    process.exit(1);
  },
);
