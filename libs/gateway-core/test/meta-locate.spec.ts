import { decodeCellBlock, pb } from '@hbase-compat/hbase-codec';
import { RawHBaseConnection } from '@hbase-compat/hbase-rpc-testing';
import { startTestGateway } from './gateway-fixture';

/** hbase:meta as the Java client reads it to locate a row (ConnectionImplementation.locateRegionInMeta). */
describe('hbase:meta emulation', () => {
  let fixture: Awaited<ReturnType<typeof startTestGateway>>;

  beforeAll(async () => {
    fixture = await startTestGateway();
    const c = await RawHBaseConnection.handshake(fixture.port, 'MasterService');
    const r = await c.call(
      'CreateTable',
      pb.CreateTableRequest.encode({
        tableSchema: { tableName: { namespace: Buffer.from('default'), qualifier: Buffer.from('loc') }, columnFamilies: [{ name: Buffer.from('cf') }] },
        splitKeys: [Buffer.from('m')],
      }).finish(),
    );
    expect(r.header.exception).toBeFalsy();
    c.close();
  });

  afterAll(() => fixture.stop());

  async function locate(row: string): Promise<string[]> {
    const c = await RawHBaseConnection.handshake(fixture.port, 'ClientService');
    const scan = {
      startRow: Buffer.from(`loc,${row},99999999999999`),
      stopRow: Buffer.from('loc,,'),
      includeStopRow: true,
      reversed: true,
      column: [{ family: Buffer.from('info') }],
      caching: 1,
    };
    const r = await c.call(
      'Scan',
      pb.ScanRequest.encode({ region: { type: 1, value: Buffer.from('hbase:meta,,1') }, scan, numberOfRows: 1, closeScanner: true, limitOfRows: 1 }).finish(),
    );
    c.close();
    expect(r.header.exception).toBeFalsy();
    const cells = r.cellBlock ? decodeCellBlock(r.cellBlock) : [];
    return [...new Set(cells.map((x) => x.row.toString('latin1')))];
  }

  it('finds the region holding a row with a reversed scan', async () => {
    const before = await locate('a');
    expect(before).toHaveLength(1);
    expect(before[0]).toMatch(/^loc,,\d+\.[0-9a-f]{32}\.$/);
    const after = await locate('z');
    expect(after[0]).toMatch(/^loc,m,\d+\.[0-9a-f]{32}\.$/);
  });

  it('answers the table state Get', async () => {
    const c = await RawHBaseConnection.handshake(fixture.port, 'ClientService');
    const r = await c.call(
      'Get',
      pb.GetRequest.encode({
        region: { type: 1, value: Buffer.from('hbase:meta,,1') },
        get: { row: Buffer.from('loc'), column: [{ family: Buffer.from('table'), qualifier: [Buffer.from('state')] }] },
      }).finish(),
    );
    c.close();
    const cells = decodeCellBlock(r.cellBlock!);
    expect(cells).toHaveLength(1);
    expect(pb.TableState.decode(cells[0].value).state).toBe(0);
  });
});
