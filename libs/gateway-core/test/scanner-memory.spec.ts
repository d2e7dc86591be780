import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { CellType, encodeCellBlock, pb } from '@hbase-compat/hbase-codec';
import { RawHBaseConnection } from '@hbase-compat/hbase-rpc-testing';
import { createTestTable, startTestGateway } from './gateway-fixture';

/**
 * Memory held by scanners a client opens and never closes (the abuse harness's scanner hoarders):
 * what one open scanner keeps between calls must be small and independent of the region's size.
 */
jest.setTimeout(60_000);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
}

describe('memory per open scanner', () => {
  it('stays small for scanners opened with caching 1 and never closed', async () => {
    const fixture = await startTestGateway();
    try {
      const region = await createTestTable(fixture, 'hoard');
      const c = await RawHBaseConnection.handshake(fixture.port, 'ClientService');
      for (let i = 0; i < 200; i++) {
        const row = Buffer.from(`user${String(i).padStart(6, '0')}`);
        const cells = Array.from({ length: 10 }, (_, f) => ({
          row,
          family: Buffer.from('cf'),
          qualifier: Buffer.from(`field${f}`),
          timestamp: 0x7fffffffffffffffn,
          type: CellType.Put,
          value: Buffer.alloc(100, 65 + f),
        }));
        const r = await c.call(
          'Mutate',
          pb.MutateRequest.encode({ region, mutation: { row, mutateType: 2, associatedCellCount: 10 } }).finish(),
          encodeCellBlock(cells),
        );
        expect(r.header.exception).toBeFalsy();
      }
      const open = pb.ScanRequest.encode({ region, scan: { caching: 1 }, numberOfRows: 1 }).finish();
      await c.call('Scan', open);
      const before = heapAfterGc();
      const n = 500;
      for (let i = 0; i < n; i++) expect((await c.call('Scan', open)).header.exception).toBeFalsy();
      const perScanner = (heapAfterGc() - before) / n;
      console.log(`bytes per open scanner: ${Math.round(perScanner)}`);
      expect(fixture.gateway.scanners.size).toBe(n + 1);
      expect(perScanner).toBeLessThan(16 * 1024);
      c.close();
    } finally {
      await fixture.stop();
    }
  });
});
