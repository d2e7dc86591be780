import { pb } from '@hbase-compat/hbase-codec';
import { RawHBaseConnection } from '@hbase-compat/hbase-rpc-testing';
import { createTestTable, startTestGateway } from './gateway-fixture';

/**
 * Scanners that are opened and never closed are bounded per connection and per node (issue 12): past a
 * ceiling the opening call gets RegionTooBusyException (which clients retry), the other connections go on.
 */
describe('open scanner ceilings over real sockets', () => {
  let fixture: Awaited<ReturnType<typeof startTestGateway>>;
  let region: { type: number; value: Buffer };

  beforeAll(async () => {
    fixture = await startTestGateway(['--hbase.compat.rpc.connection.max.scanners=3', '--hbase.compat.scanner.max.open=5']);
    region = await createTestTable(fixture, 's');
  });

  afterAll(async () => {
    await fixture.stop();
  });

  const opened: Array<ReturnType<typeof pb.ScanResponse.decode>['scannerId']> = [];

  /** Opens a scanner that stays open (no rows asked), as a leaking client does; answers the exception class or 'scanner'. */
  async function openIdle(c: RawHBaseConnection): Promise<string> {
    const r = await c.call('Scan', pb.ScanRequest.encode({ region, scan: {}, numberOfRows: 0 }).finish());
    if (r.header.exception) return r.header.exception.exceptionClassName ?? 'unknown';
    opened.push(pb.ScanResponse.decode(r.message!).scannerId);
    return 'scanner';
  }

  it('refuses the fourth scanner of one connection and the sixth of the node, and admits again after a close', async () => {
    const a = await RawHBaseConnection.handshake(fixture.port, 'ClientService');
    const b = await RawHBaseConnection.handshake(fixture.port, 'ClientService');
    try {
      const fromA = [await openIdle(a), await openIdle(a), await openIdle(a), await openIdle(a)];
      expect(fromA.slice(0, 3)).toEqual(['scanner', 'scanner', 'scanner']);
      expect(fromA[3]).toBe('org.apache.hadoop.hbase.RegionTooBusyException');
      const fromB = [await openIdle(b), await openIdle(b), await openIdle(b)];
      expect(fromB.slice(0, 2)).toEqual(['scanner', 'scanner']);
      expect(fromB[2]).toBe('org.apache.hadoop.hbase.RegionTooBusyException');
      expect(fixture.gateway.scanners.size).toBe(5);
      const closed = await a.call('Scan', pb.ScanRequest.encode({ scannerId: opened[0], closeScanner: true }).finish());
      expect(closed.header.exception).toBeFalsy();
      expect(await openIdle(b)).toBe('scanner');
    } finally {
      a.close();
      b.close();
    }
  });
});
