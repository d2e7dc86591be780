import { CellType, type Cell, decodeCellBlock, encodeCellBlock, has, hbaseError, pb, toLong } from '@hbase-compat/hbase-codec';
import { RawHBaseConnection } from '@hbase-compat/hbase-rpc-testing';
import type { StorageEngine } from '@hbase-compat/storage';
import { startTestGateway } from './gateway-fixture';

/**
 * What only a raw client can send: a scan request carrying both a scanner id and a scan, calls on
 * closed scanners, requests addressed to a region that does not hold their row; and an engine
 * failure seen through every RPC path.
 */
class EngineDown extends Error {}

describe('ClientService request path', () => {
  let fixture: Awaited<ReturnType<typeof startTestGateway>>;
  let c: RawHBaseConnection;
  let failing = false;
  let first: { type: number; value: Buffer };
  let second: { type: number; value: Buffer };

  /** The store fails every read and write while `failing` is set; its errors map to RegionTooBusyException. */
  function flaky(s: StorageEngine): StorageEngine {
    const guard =
      <A extends unknown[], R>(f: (...a: A) => R) =>
      (...a: A): R => {
        if (failing) throw new EngineDown('store unreachable');
        return f(...a);
      };
    const data = s.data;
    return {
      name: s.name,
      catalog: s.catalog,
      ping: () => s.ping(),
      close: () => s.close(),
      describeError: (e) => (e instanceof EngineDown ? hbaseError('RegionTooBusyException', e.message) : s.describeError?.(e)),
      data: {
        ...data,
        mutate: guard(data.mutate.bind(data)),
        getRows: guard(data.getRows.bind(data)),
        openCursor: (table, range) => {
          const cursor = data.openCursor(table, range);
          return { next: guard(cursor.next.bind(cursor)), close: () => cursor.close() };
        },
        mutateRowAtomically: guard(data.mutateRowAtomically.bind(data)),
        dropTableData: data.dropTableData.bind(data),
        compact: data.compact.bind(data),
      },
    };
  }

  const cell = (row: string, value = row): Cell => ({
    row: Buffer.from(row),
    family: Buffer.from('cf'),
    qualifier: Buffer.from('q'),
    timestamp: 1n,
    type: CellType.Put,
    value: Buffer.from(value),
  });

  function put(region: { type: number; value: Buffer }, row: string) {
    return c.call(
      'Mutate',
      pb.MutateRequest.encode({ region, mutation: { row: Buffer.from(row), mutateType: 2, associatedCellCount: 1 } }).finish(),
      encodeCellBlock([cell(row)]),
    );
  }

  function get(region: { type: number; value: Buffer }, row: string) {
    return c.call('Get', pb.GetRequest.encode({ region, get: { row: Buffer.from(row) } }).finish());
  }

  async function scan(req: Parameters<typeof pb.ScanRequest.encode>[0]) {
    const r = await c.call('Scan', pb.ScanRequest.encode(req).finish());
    if (r.header.exception) return { exception: r.header.exception.exceptionClassName, rows: [] as string[], response: undefined };
    const response = pb.ScanResponse.decode(r.message ?? Buffer.alloc(0));
    const rows = (r.cellBlock ? decodeCellBlock(r.cellBlock) : []).map((x) => x.row.toString());
    return { exception: undefined, rows, response };
  }

  beforeAll(async () => {
    fixture = await startTestGateway([], flaky);
    const m = await RawHBaseConnection.handshake(fixture.port, 'MasterService');
    const tableName = { namespace: Buffer.from('default'), qualifier: Buffer.from('proto') };
    await m.call(
      'CreateTable',
      pb.CreateTableRequest.encode({ tableSchema: { tableName, columnFamilies: [{ name: Buffer.from('cf') }] }, splitKeys: [Buffer.from('m')] }).finish(),
    );
    m.close();
    const regions = fixture.gateway.catalog.list()[0].regions;
    first = { type: 1, value: regions[0].name };
    second = { type: 1, value: regions[1].name };
    c = await RawHBaseConnection.handshake(fixture.port, 'ClientService');
    for (const r of ['a', 'b', 'c', 'd', 'e']) expect((await put(first, r)).header.exception).toBeFalsy();
    expect((await put(second, 'z')).header.exception).toBeFalsy();
  });

  afterAll(async () => {
    c.close();
    await fixture.stop();
  });

  it('continues the scanner when a request carries both scanner_id and scan (HBase uses the id)', async () => {
    const open = await scan({ region: first, scan: {}, numberOfRows: 2 });
    expect(open.rows).toEqual(['a', 'b']);
    const id = open.response?.scannerId;
    const next = await scan({ scannerId: id, scan: { startRow: Buffer.from('a') }, region: first, numberOfRows: 2, nextCallSeq: toLong(0n, true) });
    expect(next.rows).toEqual(['c', 'd']);
    const last = await scan({ scannerId: id, scan: {}, region: first, numberOfRows: 2, nextCallSeq: toLong(1n, true) });
    expect(last.rows).toEqual(['e']);
    expect(last.response?.moreResultsInRegion).toBe(false);
  });

  it('answers a call on a just-closed scanner with an empty response, checking its call sequence', async () => {
    const open = await scan({ region: first, scan: {}, numberOfRows: 1 });
    const id = open.response?.scannerId;
    const close = await scan({ scannerId: id, closeScanner: true, numberOfRows: 0 });
    expect(close.exception).toBeUndefined();
    const after = await scan({ scannerId: id, numberOfRows: 5 });
    expect(after.exception).toBeUndefined();
    expect(after.rows).toEqual([]);
    expect(after.response?.scannerId?.toString()).toBe(id?.toString());
    expect(after.response?.moreResultsInRegion).toBe(false);
    // RSRpcServices.getRegionScanner: the closed scanner had reached sequence 0; only 1 is accepted now.
    expect((await scan({ scannerId: id, numberOfRows: 5, nextCallSeq: toLong(0n, true) })).exception).toBe(
      'org.apache.hadoop.hbase.exceptions.OutOfOrderScannerNextException',
    );
    expect((await scan({ scannerId: id, numberOfRows: 5, nextCallSeq: toLong(1n, true) })).exception).toBeUndefined();
  });

  it('only renews the lease on a renew=true call, even the opening one (RSRpcServices.scan), and keeps the scanner open', async () => {
    // hbase-driver opens so (renew=true, number_of_rows=1); HBase answers the scanner, its lease and read point, no rows.
    const open = await scan({ region: second, scan: { startRow: Buffer.from('zz') }, numberOfRows: 1, renew: true });
    expect(open.exception).toBeUndefined();
    expect(open.rows).toEqual([]);
    expect(open.response?.ttl).toBeGreaterThan(0);
    expect(Number(open.response?.mvccReadPoint ?? 0)).toBeGreaterThan(0);
    expect(has(open.response, 'moreResults')).toBe(false);
    const id = open.response?.scannerId;
    const renewed = await scan({ scannerId: id, numberOfRows: 1, renew: true });
    expect(renewed.exception).toBeUndefined();
    expect(renewed.response?.scannerId?.toString()).toBe(id?.toString());
    // The empty range is read (and the scanner closed) only by the next plain call.
    const next = await scan({ scannerId: id, numberOfRows: 1 });
    expect(next.exception).toBeUndefined();
    expect(next.rows).toEqual([]);
    expect(next.response?.moreResultsInRegion).toBe(false);
  });

  it('answers scans with stale=false and the read point on opening, and no heartbeat flag (RSRpcServices.addResults)', async () => {
    const open = await scan({ region: first, scan: {}, numberOfRows: 1 });
    expect(open.response?.stale).toBe(false);
    expect(Number(open.response?.mvccReadPoint ?? 0)).toBeGreaterThan(0);
    expect(has(open.response, 'heartbeatMessage')).toBe(false);
    const next = await scan({ scannerId: open.response?.scannerId, numberOfRows: 1 });
    expect(next.response?.stale).toBe(false);
    expect(has(next.response, 'heartbeatMessage')).toBe(false);
    await scan({ scannerId: open.response?.scannerId, closeScanner: true, numberOfRows: 0 });
  });

  it('refuses a scanner id it never issued, for next and for close', async () => {
    const unknown = toLong(12345n, true);
    expect((await scan({ scannerId: unknown, numberOfRows: 1 })).exception).toBe('org.apache.hadoop.hbase.UnknownScannerException');
    expect((await scan({ scannerId: unknown, closeScanner: true })).exception).toBe('org.apache.hadoop.hbase.UnknownScannerException');
  });

  it('refuses rows outside the addressed region and writes nothing through it', async () => {
    expect((await get(first, 'z')).header.exception?.exceptionClassName).toBe('org.apache.hadoop.hbase.regionserver.WrongRegionException');
    expect((await put(first, 'y')).header.exception?.exceptionClassName).toBe('org.apache.hadoop.hbase.exceptions.FailedSanityCheckException');
    const y = await get(second, 'y');
    expect(y.header.exception).toBeFalsy();
    expect(y.cellBlock ? decodeCellBlock(y.cellBlock) : []).toEqual([]);
  });

  it('answers an engine failure as the same HBase exception on Get, Mutate and Multi actions, and resets a Scan', async () => {
    failing = true;
    try {
      const busy = 'org.apache.hadoop.hbase.RegionTooBusyException';
      expect((await get(first, 'a')).header.exception?.exceptionClassName).toBe(busy);
      expect((await put(first, 'f')).header.exception?.exceptionClassName).toBe(busy);
      const multi = await c.call(
        'Multi',
        pb.MultiRequest.encode({
          regionAction: [
            {
              region: first,
              action: [
                { index: 0, get: { row: Buffer.from('a') } },
                { index: 1, mutation: { row: Buffer.from('g'), mutateType: 2, associatedCellCount: 1 } },
              ],
            },
          ],
        }).finish(),
        encodeCellBlock([cell('g')]),
      );
      expect(multi.header.exception).toBeFalsy();
      const results = pb.MultiResponse.decode(multi.message ?? Buffer.alloc(0)).regionActionResult[0].resultOrException;
      expect((results ?? []).map((r) => r.exception?.name)).toEqual([busy, busy]);
      const mutateRow = await c.call(
        'Multi',
        pb.MultiRequest.encode({
          regionAction: [{ region: first, atomic: true, action: [{ index: 0, mutation: { row: Buffer.from('h'), mutateType: 2, associatedCellCount: 1 } }] }],
        }).finish(),
        encodeCellBlock([cell('h')]),
      );
      expect(pb.MultiResponse.decode(mutateRow.message ?? Buffer.alloc(0)).regionActionResult[0].exception?.name).toBe(busy);
      // RSRpcServices.scan: a retriable failure while reading closes the scanner and answers
      // ScannerResetException, so the client reopens from the last row it saw.
      expect((await scan({ region: first, scan: {}, numberOfRows: 2 })).exception).toBe('org.apache.hadoop.hbase.exceptions.ScannerResetException');
    } finally {
      failing = false;
    }
  });
});
