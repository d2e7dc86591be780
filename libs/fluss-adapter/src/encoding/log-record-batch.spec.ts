import { type LogBatchVector, comparable, hex, parseValues, rowTypeOf, unhex, vectors } from './__fixtures__/java-vectors';
import { EncodingError } from './byte-buffer';
import { encodeRow } from './row-format';
import { CHANGE_TYPE_SHORT, type ChangeType, decodeChangelog, encodeLogRecordBatch, readLogRecordBatches, readRowRecords } from './log-record-batch';

const CHANGE_TYPES = Object.fromEntries(Object.entries(CHANGE_TYPE_SHORT).map(([k, v]) => [v, Number(k) as ChangeType]));

/** The batch the Java builder made, rebuilt with our encoder from the same inputs. */
function rebuild(v: LogBatchVector): Uint8Array {
  const rowType = rowTypeOf(v.schema);
  return encodeLogRecordBatch({
    baseOffset: BigInt(v.baseOffset),
    magic: v.magic,
    commitTimestamp: BigInt(v.commitTimestamp),
    leaderEpoch: v.leaderEpoch,
    schemaId: v.schemaId,
    appendOnly: v.appendOnly,
    writerId: BigInt(v.writerId),
    batchSequence: v.batchSequence,
    records: v.records.map((r) => ({ changeType: CHANGE_TYPES[r.changeType], row: encodeRow(v.format, rowType, parseValues(rowType, r.values)) })),
  });
}

describe('log record batches', () => {
  const cases = vectors().logBatches.map((v) => [v.name, v] as const);

  it.each(cases)('reads the header of the Java batch "%s"', (_, v) => {
    const bytes = unhex(v.bytes);
    const { batches, consumed } = readLogRecordBatches(bytes);
    expect(consumed).toBe(bytes.length);
    expect(batches).toHaveLength(1);
    const b = batches[0];
    expect({
      baseOffset: b.baseOffset,
      magic: b.magic,
      commitTimestamp: b.commitTimestamp,
      leaderEpoch: b.leaderEpoch,
      crc: b.crc,
      schemaId: b.schemaId,
      appendOnly: b.appendOnly,
      writerId: b.writerId,
      batchSequence: b.batchSequence,
      recordCount: b.recordCount,
      lastOffset: b.lastOffset,
      nextOffset: b.nextOffset,
      sizeInBytes: b.sizeInBytes,
    }).toEqual({
      baseOffset: BigInt(v.baseOffset),
      magic: v.magic,
      commitTimestamp: BigInt(v.commitTimestamp),
      leaderEpoch: v.leaderEpoch,
      crc: v.checksum,
      schemaId: v.schemaId,
      appendOnly: v.appendOnly,
      writerId: BigInt(v.writerId),
      batchSequence: v.batchSequence,
      recordCount: v.recordCount,
      lastOffset: BigInt(v.lastOffset),
      nextOffset: BigInt(v.nextOffset),
      sizeInBytes: bytes.length,
    });
  });

  it.each(cases)('decodes the records of "%s" as Java reads them back', (_, v) => {
    const rowType = rowTypeOf(v.schema);
    const { records, nextOffset } = decodeChangelog(unhex(v.bytes), v.format, () => rowType);
    expect(nextOffset).toBe(BigInt(v.nextOffset));
    expect(
      records.map((r) => ({ offset: r.offset, timestamp: r.timestamp, changeType: CHANGE_TYPE_SHORT[r.changeType], values: comparable(r.values) })),
    ).toEqual(
      v.readBack.map((r) => ({
        offset: BigInt(r.offset),
        timestamp: BigInt(r.timestamp),
        changeType: r.changeType,
        values: comparable(parseValues(rowType, r.values)),
      })),
    );
  });

  it.each(cases)('builds "%s" byte for byte like MemoryLogRecords*Builder (plus the server-set fields)', (_, v) => {
    expect(hex(rebuild(v))).toBe(v.bytes);
  });

  it('reads concatenated batches, leaves out a truncated tail and skips records before the fetch offset', () => {
    const [changelog, empty, noWriter] = vectors().logBatches;
    const whole = [changelog, empty].map((v) => unhex(v.bytes));
    const tail = unhex(noWriter.bytes);
    const blob = Buffer.concat([...whole, tail.subarray(0, tail.length - 1)]);
    const { batches, consumed } = readLogRecordBatches(blob);
    expect(batches.map((b) => [b.baseOffset, b.recordCount, b.nextOffset])).toEqual([
      [100n, 5, 105n],
      [105n, 0, 106n],
    ]);
    expect(consumed).toBe(whole[0].length + whole[1].length);
    // fewer than 12 bytes, or fewer than a header, are a tail too
    expect(readLogRecordBatches(tail.subarray(0, 11)).batches).toEqual([]);
    expect(readLogRecordBatches(tail.subarray(0, 47)).batches).toEqual([]);

    const rowType = rowTypeOf('cells');
    const fromMiddle = decodeChangelog(blob, 'COMPACTED', () => rowType, { fromOffset: 103n });
    expect(fromMiddle.records.map((r) => [r.offset, CHANGE_TYPE_SHORT[r.changeType]])).toEqual([
      [103n, '-D'],
      [104n, '+I'],
    ]);
    expect(fromMiddle.nextOffset).toBe(106n);
    expect(decodeChangelog(new Uint8Array(0), 'COMPACTED', () => rowType, { fromOffset: 7n })).toEqual({ records: [], nextOffset: 7n, consumed: 0 });
  });

  it('checks the CRC-32C, which does not cover the offset, timestamp or leader epoch', () => {
    const v = vectors().logBatches.find((b) => b.magic === 1)!;
    const bytes = unhex(v.bytes);
    const patched = bytes.slice();
    patched.fill(0x55, 0, 8); // BaseOffset
    patched.fill(0x66, 13, 25); // CommitTimestamp + LeaderEpoch
    expect(readLogRecordBatches(patched).batches[0].leaderEpoch).toBe(0x66666666);
    const corrupt = bytes.slice();
    corrupt[corrupt.length - 1] ^= 1;
    expect(() => readLogRecordBatches(corrupt)).toThrow(/corrupt log batch.*crc/);
    expect(readLogRecordBatches(corrupt, { verifyCrc: false }).batches).toHaveLength(1);
  });

  it('rejects unknown magic values and malformed records', () => {
    const bytes = unhex(vectors().logBatches[0].bytes);
    const badMagic = bytes.slice();
    badMagic[12] = 2;
    expect(() => readLogRecordBatches(badMagic)).toThrow(/unsupported log batch magic 2/);
    const badChange = bytes.slice();
    badChange[48 + 4] = 9;
    const [batch] = readLogRecordBatches(badChange, { verifyCrc: false }).batches;
    expect(() => readRowRecords(batch)).toThrow(/unknown change type 9/);
    expect(() => encodeLogRecordBatch({ schemaId: 1, appendOnly: true, records: [{ changeType: 1, row: new Uint8Array(1) }] })).toThrow(EncodingError);
  });
});
