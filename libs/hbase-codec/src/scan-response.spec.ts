import { CellType } from './cell';
import { pb } from './call-frames';
import { toLong } from './long';
import { encodeScanResponse, type ScanResponseFields } from './scan-response';

/** The same fields as protobufjs takes them (Long for the 64-bit ones). */
function viaProtobufjs(m: ScanResponseFields): Uint8Array {
  const { scannerId, mvccReadPoint, ...rest } = m;
  const message: Record<string, unknown> = { ...rest };
  if (scannerId !== undefined) message.scannerId = toLong(scannerId, true);
  if (mvccReadPoint !== undefined) message.mvccReadPoint = toLong(BigInt(mvccReadPoint), true);
  return pb.ScanResponse.encode(message).finish();
}

const cell = { row: Buffer.from('r1'), family: Buffer.from('f'), qualifier: Buffer.from('q'), timestamp: 5n, type: CellType.Put, value: Buffer.from('v') };

describe('encodeScanResponse', () => {
  const cases: Array<[string, ScanResponseFields]> = [
    ['empty', {}],
    ['id only', { scannerId: 1n }],
    [
      'opening call with one row in the cell block',
      {
        scannerId: (1_764_000_000_000n << 16n) + 7n,
        ttl: 60_000,
        mvccReadPoint: 1_764_575_000_123,
        moreResults: true,
        moreResultsInRegion: false,
        stale: false,
        cellsPerResult: [10],
        partialFlagPerResult: [false],
      },
    ],
    [
      'many results, large counts',
      {
        scannerId: 2n ** 64n - 1n,
        moreResults: false,
        cellsPerResult: [0, 1, 127, 128, 300_000, 2 ** 32 - 1],
        partialFlagPerResult: [true, false, true, false, true, true],
      },
    ],
    [
      'results in the message',
      {
        scannerId: 3n,
        results: [
          { cell: [{ row: cell.row, family: cell.family, qualifier: cell.qualifier, timestamp: toLong(5n), cellType: 4, value: cell.value }], partial: true },
          {},
        ],
      },
    ],
    ['scan metrics', { scannerId: 4n, scanMetrics: { metrics: [{ name: 'ROWS_SCANNED', value: toLong(3n) }] }, mvccReadPoint: 0, ttl: 0 }],
    ['read point above 2^32', { mvccReadPoint: 2 ** 40 + 12345 }],
  ];
  it.each(cases)('writes the bytes protobufjs writes: %s', (_name, fields) => {
    expect(Buffer.from(encodeScanResponse(fields)).toString('hex')).toBe(Buffer.from(viaProtobufjs(fields)).toString('hex'));
  });

  it('decodes back to the same fields', () => {
    const decoded = pb.ScanResponse.decode(
      encodeScanResponse({ scannerId: 2n ** 63n + 5n, ttl: 1000, mvccReadPoint: 1_764_575_000_123, cellsPerResult: [3], partialFlagPerResult: [true] }),
    );
    expect(decoded.scannerId.toString()).toBe((2n ** 63n + 5n).toString());
    expect(decoded.mvccReadPoint.toString()).toBe('1764575000123');
    expect(decoded.ttl).toBe(1000);
    expect(decoded.cellsPerResult).toEqual([3]);
    expect(decoded.partialFlagPerResult).toEqual([true]);
  });
});
