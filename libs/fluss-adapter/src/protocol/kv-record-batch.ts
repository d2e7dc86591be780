import { crc32c } from './crc32c';

/**
 * KvRecordBatch, magic 0 (COMMON/record/DefaultKvRecordBatch.java), all integers little-endian:
 *   int32 length (bytes after it) · int8 magic=0 · uint32 crc32c over [schemaId..end) · int16 schemaId
 *   · int8 attributes=0 · int64 writerId (-1: not idempotent) · int32 batchSequence (-1) · int32 recordCount
 *   · records: int32 length · uvarint keyLength · key · value row (absent for a delete)
 */
export interface KvRecord {
  key: Uint8Array;
  /** The encoded value row without schema id; undefined deletes the key. */
  value: Uint8Array | undefined;
}

export const NO_WRITER_ID = -1n;
export const NO_BATCH_SEQUENCE = -1;
const HEADER_LENGTH = 28;
const CRC_OFFSET = 5;
const SCHEMA_ID_OFFSET = 9;

function varintLength(n: number): number {
  let len = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    len++;
  }
  return len;
}

export function encodeKvRecordBatch(schemaId: number, records: readonly KvRecord[], writerId = NO_WRITER_ID, batchSequence = NO_BATCH_SEQUENCE): Buffer {
  let size = HEADER_LENGTH;
  for (const r of records) size += 4 + varintLength(r.key.length) + r.key.length + (r.value?.length ?? 0);
  const out = Buffer.allocUnsafe(size);
  out.writeInt32LE(size - 4, 0);
  out.writeInt8(0, 4);
  out.writeInt16LE(schemaId, SCHEMA_ID_OFFSET);
  out.writeInt8(0, 11);
  out.writeBigInt64LE(writerId, 12);
  out.writeInt32LE(batchSequence, 20);
  out.writeInt32LE(records.length, 24);
  let at = HEADER_LENGTH;
  for (const r of records) {
    const body = varintLength(r.key.length) + r.key.length + (r.value?.length ?? 0);
    out.writeInt32LE(body, at);
    at += 4;
    let n = r.key.length;
    while (n >= 0x80) {
      out[at++] = (n & 0x7f) | 0x80;
      n = Math.floor(n / 128);
    }
    out[at++] = n;
    out.set(r.key, at);
    at += r.key.length;
    if (r.value) {
      out.set(r.value, at);
      at += r.value.length;
    }
  }
  out.writeUInt32LE(crc32c(out, SCHEMA_ID_OFFSET, size), CRC_OFFSET);
  return out;
}

/**
 * ValueRecordBatch (COMMON/record/DefaultValueRecordBatch.java), what LimitScan returns for a
 * primary-key table: int32 length · int8 magic=0 · int32 recordCount · records: int32 length ·
 * int16 schemaId · row. No keys: callers re-derive them from the row.
 */
export function decodeValueRecordBatch(bytes: Uint8Array): { schemaId: number; row: Buffer }[] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length === 0) return [];
  if (b.length < 9) throw new Error(`value record batch of ${b.length} bytes is too short`);
  const count = b.readInt32LE(5);
  const out: { schemaId: number; row: Buffer }[] = [];
  let at = 9;
  for (let i = 0; i < count; i++) {
    const length = b.readInt32LE(at);
    const schemaId = b.readInt16LE(at + 4);
    out.push({ schemaId, row: b.subarray(at + 6, at + 4 + length) });
    at += 4 + length;
  }
  return out;
}
