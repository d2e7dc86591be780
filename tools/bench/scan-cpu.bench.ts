import { encodeCellBlock, encodeResponse, pb } from '@hbase-compat/hbase-codec';
import { createTestTable, startTestGateway, ycsbCells } from '../../libs/gateway-core/test/gateway-fixture';

/**
 * The gateway's own CPU per scan call, without sockets or a client: an in-process gateway on the
 * embedded store with YCSB-shaped rows (10 fields of 100 bytes), and ClientService.Scan called
 * directly with what an HBase 2.6 client sends for Scan.setLimit(n) with caching n (one call opens,
 * reads and closes), the cell block and response frame encoded as the RPC layer would. Prints CPU ms
 * per 1,000 scans. Not part of any suite (the file name is not *.spec.ts); run it with
 *   BENCH_LENGTH=1 npx jest -c libs/gateway-core/jest.config.cjs --rootDir "$PWD" --roots "$PWD/tools/bench" --testMatch "$PWD/tools/bench/scan-cpu.bench.ts"
 * (BENCH_ROWS rows, default 5,000; BENCH_SCANS timed scans after 2,000 warm-up ones, default 20,000;
 * add `node --cpu-prof` in front of jest's bin and tools/bench/profile-summary.py for a profile).
 */

const ROWS = Number(process.env.BENCH_ROWS ?? 5000);
const SCANS = Number(process.env.BENCH_SCANS ?? 20000);
const LENGTH = Number(process.env.BENCH_LENGTH ?? 1);

function rowKey(i: number): Buffer {
  return Buffer.from(`user${String((i * 7919) % 1000003).padStart(10, '0')}`);
}

test('scan CPU per 1,000 scans', async () => {
  const fx = await startTestGateway();
  try {
    const region = await createTestTable(fx, 'usertable', ['family']);
    const table = fx.gateway.catalog.find({ namespace: 'default', qualifier: 'usertable' });
    if (!table) throw new Error('no table');
    const storage = (fx.gateway as unknown as { options: { storage: import('@hbase-compat/storage').StorageEngine } }).options.storage;
    for (let b = 0; b < ROWS; b += 500) {
      const muts = [];
      for (let i = b; i < Math.min(ROWS, b + 500); i++) {
        const row = rowKey(i);
        muts.push({ row, cells: ycsbCells(row, 'family', 1000n) });
      }
      await storage.data.mutate(table.descriptor, muts);
    }
    const registry = (
      fx.gateway as unknown as { registry: { find(s: string, m: string): (ctx: unknown, p: Buffer) => Promise<{ message: Uint8Array; cells?: never[] }> } }
    ).registry;
    const scan = registry.find('ClientService', 'Scan');
    const ctx = {
      serviceName: 'ClientService',
      methodName: 'Scan',
      callId: 1,
      cellBlocks: true,
      withTags: false,
      remoteAddress: '127.0.0.1:1',
      user: { name: 'bench' },
      timeoutMs: 0,
      priority: 0,
    };
    const params: Buffer[] = [];
    for (let i = 0; i < 997; i++) {
      params.push(
        Buffer.from(
          pb.ScanRequest.encode({
            region,
            scan: {
              startRow: rowKey((i * 31) % ROWS),
              maxVersions: 1,
              cacheBlocks: true,
              maxResultSize: 2097152 as never,
              caching: LENGTH,
              limit: LENGTH,
            } as never,
            numberOfRows: LENGTH,
            closeScanner: false,
            clientHandlesPartials: true,
            clientHandlesHeartbeats: true,
            trackScanMetrics: false,
            limitOfRows: LENGTH,
          }).finish(),
        ),
      );
    }
    let cells = 0;
    const run = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const r = await scan(ctx, params[i % params.length]);
        const block = r.cells && r.cells.length > 0 ? encodeCellBlock(r.cells, false) : undefined;
        cells += encodeResponse(1, r.message, block).length > 0 ? (r.cells?.length ?? 0) : 0;
      }
    };
    await run(2000);
    const t0 = process.cpuUsage();
    const w0 = Date.now();
    await run(SCANS);
    const used = process.cpuUsage(t0);
    const ms = (used.user + used.system) / 1000;
    // eslint-disable-next-line no-console
    console.log(
      `scan length ${LENGTH}: ${((ms / SCANS) * 1000).toFixed(1)} ms CPU per 1,000 scans (${Date.now() - w0} ms wall, ${cells} cells), open scanners ${fx.gateway.scanners.size}`,
    );
  } finally {
    await fx.stop();
  }
}, 600_000);
