import { CellType, encodeCellBlock, encodeRequest, encodeRpcPreamble, KEY_VALUE_CODEC, lengthPrefixed, pb } from '@hbase-compat/hbase-codec';

/**
 * Real client traffic built with the codec, the fuzzer's seeds: the preamble, a ClientService
 * connection header, and the calls a Java client sends most (Get, Scan, Mutate and Multi with cell
 * blocks), all addressed to a real region so that mutations reach deep into the services.
 */
export interface Seeds {
  preamble: Buffer;
  header: Buffer;
  /** Call frames (4-byte length prefix included), by name. */
  calls: { name: string; method: string; param: Buffer; cellBlock?: Buffer }[];
}

export const CLIENT_METHODS = [
  'Get',
  'Mutate',
  'Scan',
  'BulkLoadHFile',
  'PrepareBulkLoad',
  'CleanupBulkLoad',
  'ExecService',
  'ExecRegionServerService',
  'Multi',
];

export function buildSeeds(regionName: Buffer): Seeds {
  const region = { type: 1, value: regionName };
  const put = (row: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({
      row: Buffer.from(row),
      family: Buffer.from('cf'),
      qualifier: Buffer.from(`q${i}`),
      timestamp: BigInt(1000 + i),
      type: CellType.Put,
      value: Buffer.from(`v${i}`),
    }));
  const multiCells = [...put('f-m1', 2), ...put('f-m2', 1)];
  return {
    preamble: encodeRpcPreamble(),
    header: lengthPrefixed(
      pb.ConnectionHeader.encode({ userInfo: { effectiveUser: 'fuzz' }, serviceName: 'ClientService', cellBlockCodecClass: KEY_VALUE_CODEC }).finish(),
    ),
    calls: [
      {
        name: 'get',
        method: 'Get',
        param: enc(pb.GetRequest.encode({ region, get: { row: Buffer.from('f-row'), column: [{ family: Buffer.from('cf') }], maxVersions: 3 } }).finish()),
      },
      { name: 'get-exists', method: 'Get', param: enc(pb.GetRequest.encode({ region, get: { row: Buffer.from('canary'), existenceOnly: true } }).finish()) },
      {
        name: 'scan',
        method: 'Scan',
        param: enc(
          pb.ScanRequest.encode({
            region,
            scan: { startRow: Buffer.from('f-'), stopRow: Buffer.from('f.'), maxVersions: 1, caching: 10 },
            numberOfRows: 10,
            closeScanner: true,
          }).finish(),
        ),
      },
      {
        name: 'scan-open',
        method: 'Scan',
        param: enc(
          pb.ScanRequest.encode({
            region,
            scan: { startRow: Buffer.from('f-'), reversed: true, batchSize: 2 },
            numberOfRows: 1,
            clientHandlesPartials: true,
            clientHandlesHeartbeats: true,
          }).finish(),
        ),
      },
      {
        name: 'mutate-put',
        method: 'Mutate',
        param: enc(pb.MutateRequest.encode({ region, mutation: { row: Buffer.from('f-p'), mutateType: 2, associatedCellCount: 2 } }).finish()),
        cellBlock: encodeCellBlock(put('f-p', 2)),
      },
      {
        name: 'mutate-increment',
        method: 'Mutate',
        param: enc(
          pb.MutateRequest.encode({
            region,
            mutation: {
              row: Buffer.from('f-i'),
              mutateType: 0,
              columnValue: [{ family: Buffer.from('cf'), qualifierValue: [{ qualifier: Buffer.from('n'), value: Buffer.alloc(8, 0) }] }],
            },
          }).finish(),
        ),
      },
      {
        name: 'multi',
        method: 'Multi',
        param: enc(
          pb.MultiRequest.encode({
            regionAction: [
              {
                region,
                action: [
                  { index: 0, mutation: { row: Buffer.from('f-m1'), mutateType: 2, associatedCellCount: 2 } },
                  { index: 1, mutation: { row: Buffer.from('f-m2'), mutateType: 2, associatedCellCount: 1 } },
                  { index: 2, get: { row: Buffer.from('f-m1') } },
                ],
              },
            ],
          }).finish(),
        ),
        cellBlock: encodeCellBlock(multiCells),
      },
    ],
  };
}

function enc(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes);
}

export function frameOf(call: { method: string; param: Buffer; cellBlock?: Buffer }, callId: number): Buffer {
  return encodeRequest({ callId, methodName: call.method }, call.param, call.cellBlock);
}
