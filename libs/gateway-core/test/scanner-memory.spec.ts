import { pb } from '@hbase-compat/hbase-codec';
import { RawHBaseConnection } from '@hbase-compat/hbase-rpc-testing';
import { createTestTable, putYcsbRows, startTestGateway } from './gateway-fixture';
import { liveMemory } from './live-memory';

/**
 * Memory held by scanners a client opens and never closes (the abuse harness's scanner hoarders):
 * what one open scanner keeps between calls must be small and independent of the region's size.
 */
jest.setTimeout(60_000);

function heapAfterGc(): number {
  const { heapUsed, arrayBuffers } = liveMemory();
  return heapUsed + arrayBuffers;
}

describe('memory per open scanner', () => {
  it('stays small for scanners opened with caching 1 and never closed', async () => {
    const fixture = await startTestGateway();
    try {
      const region = await createTestTable(fixture, 'hoard');
      await putYcsbRows(fixture.port, region, 200);
      const c = await RawHBaseConnection.handshake(fixture.port, 'ClientService');
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
