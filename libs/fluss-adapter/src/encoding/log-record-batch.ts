/**
 * Log record batches as FetchLog returns them (`records` of PbFetchLogRespForBucket), for the
 * row log formats COMPACTED and INDEXED. Sources: COMMON/record/LogRecordBatchFormat.java,
 * DefaultLogRecordBatch.java, MemoryLogRecordsRowBuilder#writeBatchHeader,
 * CompactedLogRecord.java, IndexedLogRecord.java, MemorySegmentLogInputStream.java.
 *
 *   records  = batch* [truncated tail]           (stop when < 12 bytes or < Length + 12 remain)
 *   batch V0 = BaseOffset:int64 Length:int32 Magic:int8=0 CommitTimestamp:int64
 *              CRC:uint32 SchemaId:int16 Attributes:int8 LastOffsetDelta:int32
 *              WriterId:int64 BatchSequence:int32 RecordCount:int32 record*      (48-byte header)
 *   batch V1 = as V0 with LeaderEpoch:int32 after CommitTimestamp                 (52-byte header)
 *              (Fluss 0.9.1's V1. Fluss main redefined magic 1 with statistics.)
 *   record   = Length:int32 (bytes after it) ChangeType:int8 row    (row per table.log.format)
 *
 * All little-endian. Length = batch bytes - 12. CRC is CRC-32C of [SchemaId, end of batch):
 * BaseOffset, CommitTimestamp and LeaderEpoch are patched by the server after the client or
 * the KV tablet built the batch, so they sit outside it. Attributes bit 0 = append-only
 * (0 for a primary-key changelog). Record i has offset BaseOffset + i and timestamp
 * CommitTimestamp. The next offset is BaseOffset + LastOffsetDelta + 1: a put that changed
 * nothing still appends an EMPTY batch (RecordCount 0, LastOffsetDelta 0) that takes one offset.
 * ChangeType: 0 +A append-only, 1 +I insert, 2 -U update-before, 3 +U update-after, 4 -D delete;
 * a -D record carries the old row.
 *
 * ARROW batches share the header; their body (a change-type vector and an Arrow IPC message) is
 * not decoded here.
 */
import { crc32c } from '../protocol/crc32c';
import { ByteReader, ByteWriter, EncodingError } from './byte-buffer';
import type { FieldValue, RowType } from './data-types';
import { type RowFormat, decodeRow } from './row-format';

export const ChangeType = { APPEND_ONLY: 0, INSERT: 1, UPDATE_BEFORE: 2, UPDATE_AFTER: 3, DELETE: 4 } as const;
export type ChangeType = (typeof ChangeType)[keyof typeof ChangeType];
export const CHANGE_TYPE_SHORT: Readonly<Record<ChangeType, string>> = { 0: '+A', 1: '+I', 2: '-U', 3: '+U', 4: '-D' };

export const LOG_MAGIC_V0 = 0;
export const LOG_MAGIC_V1 = 1;
/** BaseOffset + Length: the bytes before what Length counts. */
export const LOG_OVERHEAD = 12;
export const NO_WRITER_ID = -1n;
export const NO_BATCH_SEQUENCE = -1;
export const NO_LEADER_EPOCH = -1;
const LENGTH_OFFSET = 8;
const MAGIC_OFFSET = 12;
const APPEND_ONLY_FLAG = 0x01;

/** Where the CRC sits; the schema id follows it and starts the checksummed range. */
const crcOffset = (magic: number): number => (magic === LOG_MAGIC_V1 ? 25 : 21);
export const recordBatchHeaderSize = (magic: number): number => (magic === LOG_MAGIC_V1 ? 52 : 48);

export interface LogRecordBatch {
  readonly baseOffset: bigint;
  /** Whole batch, LOG_OVERHEAD included. */
  readonly sizeInBytes: number;
  readonly magic: number;
  readonly commitTimestamp: bigint;
  /** NO_LEADER_EPOCH for magic 0. */
  readonly leaderEpoch: number;
  readonly crc: number;
  readonly schemaId: number;
  readonly appendOnly: boolean;
  readonly lastOffsetDelta: number;
  readonly writerId: bigint;
  readonly batchSequence: number;
  readonly recordCount: number;
  readonly lastOffset: bigint;
  readonly nextOffset: bigint;
  /** A view of the records section. */
  readonly records: Uint8Array;
}

export interface LogRecord {
  readonly offset: bigint;
  readonly timestamp: bigint;
  readonly changeType: ChangeType;
  /** A view of the row bytes (CompactedRow or IndexedRow, per table.log.format). */
  readonly row: Uint8Array;
}

export interface ReadBatchesOptions {
  /** Verify each batch's CRC-32C (the Java client does by default). Default true. */
  readonly verifyCrc?: boolean;
}

/**
 * Splits a FetchLog `records` blob into batches. A truncated last batch is left out, and
 * `consumed` tells how many bytes the complete batches took.
 */
export function readLogRecordBatches(bytes: Uint8Array, options: ReadBatchesOptions = {}): { batches: LogRecordBatch[]; consumed: number } {
  const verifyCrc = options.verifyCrc ?? true;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const batches: LogRecordBatch[] = [];
  let at = 0;
  for (;;) {
    const remaining = bytes.length - at;
    if (remaining < LOG_OVERHEAD) break;
    const size = view.getInt32(at + LENGTH_OFFSET, true) + LOG_OVERHEAD;
    // As MemorySegmentLogInputStream: a batch that does not fit, or anything shorter than a V0
    // header, is the truncated tail of a size-limited fetch.
    if (remaining < size || remaining < recordBatchHeaderSize(LOG_MAGIC_V0)) break;
    batches.push(parseBatch(bytes, at, size, verifyCrc));
    at += size;
  }
  return { batches, consumed: at };
}

function parseBatch(bytes: Uint8Array, start: number, size: number, verifyCrc: boolean): LogRecordBatch {
  const magic = bytes[start + MAGIC_OFFSET];
  if (magic !== LOG_MAGIC_V0 && magic !== LOG_MAGIC_V1) throw new EncodingError(`unsupported log batch magic ${magic} at ${start}`);
  const headerSize = recordBatchHeaderSize(magic);
  if (size < headerSize) throw new EncodingError(`corrupt log batch at ${start}: size ${size} is below the ${headerSize}-byte header`);
  const end = start + size;
  const r = new ByteReader(bytes, start, end);
  const baseOffset = r.readInt64LE();
  r.readInt32LE(); // Length
  r.readUint8(); // Magic
  const commitTimestamp = r.readInt64LE();
  const leaderEpoch = magic === LOG_MAGIC_V1 ? r.readInt32LE() : NO_LEADER_EPOCH;
  const crc = r.readUint32LE();
  if (verifyCrc) {
    const computed = crc32c(bytes, start + crcOffset(magic) + 4, end);
    if (computed !== crc) throw new EncodingError(`corrupt log batch at offset ${baseOffset}: stored crc ${crc}, computed ${computed}`);
  }
  const schemaId = r.readInt16LE();
  const attributes = r.readUint8();
  const lastOffsetDelta = r.readInt32LE();
  const writerId = r.readInt64LE();
  const batchSequence = r.readInt32LE();
  const recordCount = r.readInt32LE();
  const lastOffset = baseOffset + BigInt(lastOffsetDelta);
  return {
    baseOffset,
    sizeInBytes: size,
    magic,
    commitTimestamp,
    leaderEpoch,
    crc,
    schemaId,
    appendOnly: (attributes & APPEND_ONLY_FLAG) !== 0,
    lastOffsetDelta,
    writerId,
    batchSequence,
    recordCount,
    lastOffset,
    nextOffset: lastOffset + 1n,
    records: bytes.subarray(start + headerSize, end),
  };
}

/** The records of a COMPACTED or INDEXED batch (not ARROW). */
export function readRowRecords(batch: LogRecordBatch): LogRecord[] {
  const r = new ByteReader(batch.records);
  const out: LogRecord[] = [];
  for (let i = 0; i < batch.recordCount; i++) {
    const length = r.readInt32LE();
    if (length < 1 || length > r.remaining) throw new EncodingError(`bad log record length ${length} in the batch at offset ${batch.baseOffset}`);
    const changeType = r.readUint8();
    if (changeType > ChangeType.DELETE) throw new EncodingError(`unknown change type ${changeType} in the batch at offset ${batch.baseOffset}`);
    out.push({ offset: batch.baseOffset + BigInt(i), timestamp: batch.commitTimestamp, changeType: changeType as ChangeType, row: r.readBytes(length - 1) });
  }
  if (r.remaining !== 0) throw new EncodingError(`${r.remaining} bytes left after ${batch.recordCount} records in the batch at offset ${batch.baseOffset}`);
  return out;
}

export interface ChangelogRecord {
  readonly offset: bigint;
  readonly timestamp: bigint;
  readonly changeType: ChangeType;
  readonly schemaId: number;
  readonly values: FieldValue[];
}

/**
 * Decodes a FetchLog `records` blob of a COMPACTED or INDEXED log into rows, skipping records
 * before `fromOffset` (a fetch may start in the middle of a batch). `nextOffset` is where the
 * next fetch starts: after the last complete batch, or `fromOffset` when there was none.
 */
export function decodeChangelog(
  bytes: Uint8Array,
  format: RowFormat,
  rowTypeOf: (schemaId: number) => RowType,
  options: ReadBatchesOptions & { readonly fromOffset?: bigint } = {},
): { records: ChangelogRecord[]; nextOffset: bigint | undefined; consumed: number } {
  const { batches, consumed } = readLogRecordBatches(bytes, options);
  const records: ChangelogRecord[] = [];
  let nextOffset = options.fromOffset;
  for (const batch of batches) {
    if (batch.recordCount > 0) {
      const rowType = rowTypeOf(batch.schemaId);
      for (const rec of readRowRecords(batch)) {
        if (options.fromOffset !== undefined && rec.offset < options.fromOffset) continue;
        records.push({
          offset: rec.offset,
          timestamp: rec.timestamp,
          changeType: rec.changeType,
          schemaId: batch.schemaId,
          values: decodeRow(format, rowType, rec.row),
        });
      }
    }
    if (nextOffset === undefined || batch.nextOffset > nextOffset) nextOffset = batch.nextOffset;
  }
  return { records, nextOffset, consumed };
}

export interface LogRecordBatchInput {
  readonly baseOffset?: bigint;
  readonly magic?: number;
  /** The server overwrites it on append; builders write 0. */
  readonly commitTimestamp?: bigint;
  /** Magic 1 only; builders write NO_LEADER_EPOCH. */
  readonly leaderEpoch?: number;
  readonly schemaId: number;
  readonly appendOnly?: boolean;
  readonly writerId?: bigint;
  readonly batchSequence?: number;
  readonly records: readonly { readonly changeType: ChangeType; readonly row: Uint8Array }[];
}

/** Builds one batch as MemoryLogRecords{Compacted,Indexed}Builder does (used by the tests). */
export function encodeLogRecordBatch(input: LogRecordBatchInput): Uint8Array {
  const magic = input.magic ?? LOG_MAGIC_V0;
  if (magic !== LOG_MAGIC_V0 && magic !== LOG_MAGIC_V1) throw new EncodingError(`unsupported log batch magic ${magic}`);
  if (!Number.isInteger(input.schemaId) || input.schemaId < 0 || input.schemaId > 0x7fff) throw new EncodingError(`bad schema id ${input.schemaId}`);
  const appendOnly = input.appendOnly ?? false;
  const w = new ByteWriter(recordBatchHeaderSize(magic) + input.records.reduce((n, r) => n + 5 + r.row.length, 0));
  w.writeInt64LE(input.baseOffset ?? 0n);
  w.writeInt32LE(0); // Length, patched below
  w.writeUint8(magic);
  w.writeInt64LE(input.commitTimestamp ?? 0n);
  if (magic === LOG_MAGIC_V1) w.writeInt32LE(input.leaderEpoch ?? NO_LEADER_EPOCH);
  w.writeInt32LE(0); // CRC, patched below
  w.writeInt16LE(input.schemaId);
  w.writeUint8(appendOnly ? APPEND_ONLY_FLAG : 0);
  // An empty batch still says 0: it takes exactly one offset.
  w.writeInt32LE(Math.max(0, input.records.length - 1));
  w.writeInt64LE(input.writerId ?? NO_WRITER_ID);
  w.writeInt32LE(input.batchSequence ?? NO_BATCH_SEQUENCE);
  w.writeInt32LE(input.records.length);
  for (const rec of input.records) {
    if (appendOnly && rec.changeType !== ChangeType.APPEND_ONLY)
      throw new EncodingError(`change type ${CHANGE_TYPE_SHORT[rec.changeType]} in an append-only batch`);
    w.writeInt32LE(1 + rec.row.length);
    w.writeUint8(rec.changeType);
    w.writeBytes(rec.row);
  }
  const bytes = w.toBytes();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  view.setInt32(LENGTH_OFFSET, bytes.length - LOG_OVERHEAD, true);
  view.setUint32(crcOffset(magic), crc32c(bytes, crcOffset(magic) + 4, bytes.length), true);
  return bytes;
}
