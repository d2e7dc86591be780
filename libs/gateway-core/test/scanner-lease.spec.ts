import { CellType, encodeCellBlock, pb, toLong } from '@hbase-compat/hbase-codec';
import { RawHBaseConnection } from '@hbase-compat/hbase-rpc-testing';
import { createTestTable, startTestGateway } from './gateway-fixture';

/** Scanner protocol state: leases expire, call sequence numbers are checked, closing is idempotent. */
describe('scanner leases and call sequence', () => {
  let fixture: Awaited<ReturnType<typeof startTestGateway>>;
  let c: RawHBaseConnection;
  let region: { type: number; value: Buffer };

  beforeAll(async () => {
    fixture = await startTestGateway(['--hbase.client.scanner.timeout.period=300']);
    region = await createTestTable(fixture, 's');
    c = await RawHBaseConnection.handshake(fixture.port, 'ClientService');
    for (const r of ['a', 'b', 'c']) {
      const cells = encodeCellBlock([
        { row: Buffer.from(r), family: Buffer.from('cf'), qualifier: Buffer.from('q'), timestamp: 1n, type: CellType.Put, value: Buffer.from(r) },
      ]);
      await c.call('Mutate', pb.MutateRequest.encode({ region, mutation: { row: Buffer.from(r), mutateType: 2, associatedCellCount: 1 } }).finish(), cells);
    }
  });

  afterAll(async () => {
    c.close();
    await fixture.stop();
  });

  async function open(): Promise<ReturnType<typeof pb.ScanResponse.decode>> {
    const r = await c.call('Scan', pb.ScanRequest.encode({ region, scan: {}, numberOfRows: 1 }).finish());
    expect(r.header.exception).toBeFalsy();
    return pb.ScanResponse.decode(r.message!);
  }

  it('answers UnknownScannerException once the lease has expired', async () => {
    const first = await open();
    expect(first.cellsPerResult).toEqual([1]);
    expect(first.moreResultsInRegion).toBe(true);
    await new Promise((r) => setTimeout(r, 700));
    const next = await c.call('Scan', pb.ScanRequest.encode({ scannerId: first.scannerId, numberOfRows: 1, nextCallSeq: toLong(0n, true) }).finish());
    expect(next.header.exception?.exceptionClassName).toBe('org.apache.hadoop.hbase.UnknownScannerException');
  });

  it('answers OutOfOrderScannerNextException for a skipped call sequence number', async () => {
    const first = await open();
    const next = await c.call('Scan', pb.ScanRequest.encode({ scannerId: first.scannerId, numberOfRows: 1, nextCallSeq: toLong(5n, true) }).finish());
    expect(next.header.exception?.exceptionClassName).toBe('org.apache.hadoop.hbase.exceptions.OutOfOrderScannerNextException');
  });

  it('continues in order, ends the region, and closes an already closed scanner silently', async () => {
    const first = await open();
    const second = pb.ScanResponse.decode(
      (await c.call('Scan', pb.ScanRequest.encode({ scannerId: first.scannerId, numberOfRows: 5, nextCallSeq: toLong(0n, true) }).finish())).message!,
    );
    expect(second.cellsPerResult).toEqual([1, 1]);
    expect(second.moreResultsInRegion).toBe(false);
    const close = await c.call('Scan', pb.ScanRequest.encode({ scannerId: first.scannerId, closeScanner: true, numberOfRows: 0 }).finish());
    expect(close.header.exception).toBeFalsy();
  });
});
