/**
 * CompactedRow: the default KV value format (`table.kv.format` = COMPACTED) and the record
 * payload of a COMPACTED changelog (COMMON/row/compacted/CompactedRowWriter.java,
 * CompactedRowReader.java, BinaryWriter.createValueWriter).
 *
 *   row     = nullBits fields
 *   nullBits = ceil(fieldCount / 8) bytes; field i null <=> bit (i & 7) of byte (i >> 3)
 *   fields  = the NON-NULL fields in column order (a null field writes nothing)
 *
 *   BOOLEAN 1 byte 0/1 · TINYINT 1 byte · SMALLINT int16 LE (fixed, not a var-int)
 *   INTEGER, DATE, TIME      var-int32 (LEB128 of the two's-complement bits; negatives take 5 bytes)
 *   BIGINT                   var-int64 (negatives take 10 bytes)
 *   FLOAT, DOUBLE            IEEE-754 LE, 4 / 8 bytes
 *   STRING, CHAR(n)          var-int32 byte length + UTF-8 (CHAR is written like STRING)
 *   BYTES, BINARY(n)         var-int32 length + bytes (BINARY is written like BYTES, unpadded)
 *   DECIMAL(p<=18)           var-int64 unscaled; DECIMAL(p>18): var-int32 length + BigInteger.toByteArray
 *   TIMESTAMP*(p<=3)         var-int64 epoch millis; p>3: var-int64 millis + var-int32 nanoOfMillisecond
 *
 * The compacted KEY encoding is the same field encoding without the null bitset (key-encoder.ts).
 */
import { ByteReader, ByteWriter, EncodingError } from './byte-buffer';
import {
  type DataField,
  type DataType,
  type FieldValue,
  type RowType,
  checkBoolean,
  checkBytes,
  checkDecimal,
  checkInt,
  checkLong,
  checkNumber,
  checkString,
  checkTimestamp,
  isCompactDecimal,
  isCompactTimestamp,
  unscaledFromBytes,
  unscaledToBytes,
} from './data-types';
import { decodeUtf8, encodeUtf8 } from './utf8';

export const nullBitsSize = (fieldCount: number): number => (fieldCount + 7) >> 3;

/** Writes one non-null value in the compacted field encoding. */
export function writeCompactedValue(w: ByteWriter, f: DataField, v: FieldValue): void {
  const t = f.type;
  switch (t.kind) {
    case 'BOOLEAN':
      w.writeUint8(checkBoolean(f, v) ? 1 : 0);
      return;
    case 'TINYINT':
      w.writeUint8(checkInt(f, v));
      return;
    case 'SMALLINT':
      w.writeInt16LE(checkInt(f, v));
      return;
    case 'INTEGER':
    case 'DATE':
    case 'TIME_WITHOUT_TIME_ZONE':
      w.writeVarInt32(checkInt(f, v));
      return;
    case 'BIGINT':
      w.writeVarInt64(checkLong(f, v));
      return;
    case 'FLOAT':
      w.writeFloat32LE(checkNumber(f, v));
      return;
    case 'DOUBLE':
      w.writeFloat64LE(checkNumber(f, v));
      return;
    case 'STRING':
    case 'CHAR':
      writeRun(w, encodeUtf8(checkString(f, v)));
      return;
    case 'BYTES':
    case 'BINARY':
      writeRun(w, checkBytes(f, v));
      return;
    case 'DECIMAL': {
      const unscaled = checkDecimal(f, v);
      if (isCompactDecimal(t.precision)) w.writeVarInt64(unscaled);
      else writeRun(w, unscaledToBytes(unscaled));
      return;
    }
    case 'TIMESTAMP_WITHOUT_TIME_ZONE':
    case 'TIMESTAMP_WITH_LOCAL_TIME_ZONE': {
      const ts = checkTimestamp(f, v);
      w.writeVarInt64(ts.millis);
      if (!isCompactTimestamp(t.precision)) w.writeVarInt32(ts.nanoOfMillisecond);
      return;
    }
  }
}

function writeRun(w: ByteWriter, bytes: Uint8Array): void {
  w.writeVarInt32(bytes.length);
  w.writeBytes(bytes);
}

/** Reads one non-null value in the compacted field encoding. Byte runs are copied out. */
export function readCompactedValue(r: ByteReader, t: DataType): FieldValue {
  switch (t.kind) {
    case 'BOOLEAN':
      return r.readUint8() !== 0;
    case 'TINYINT':
      return r.readInt8();
    case 'SMALLINT':
      return r.readInt16LE();
    case 'INTEGER':
    case 'DATE':
    case 'TIME_WITHOUT_TIME_ZONE':
      return r.readVarInt32();
    case 'BIGINT':
      return r.readVarInt64();
    case 'FLOAT':
      return r.readFloat32LE();
    case 'DOUBLE':
      return r.readFloat64LE();
    case 'STRING':
    case 'CHAR':
      return decodeUtf8(r.readBytes(r.readLength('string')));
    case 'BYTES':
    case 'BINARY':
      return r.readBytes(r.readLength('bytes')).slice();
    case 'DECIMAL':
      return isCompactDecimal(t.precision) ? r.readVarInt64() : unscaledFromBytes(r.readBytes(r.readLength('decimal')));
    case 'TIMESTAMP_WITHOUT_TIME_ZONE':
    case 'TIMESTAMP_WITH_LOCAL_TIME_ZONE': {
      const millis = r.readVarInt64();
      return { millis, nanoOfMillisecond: isCompactTimestamp(t.precision) ? 0 : r.readVarInt32() };
    }
  }
}

/** Encodes a full row (one value per field of `rowType`; null or undefined for null). */
export function encodeCompactedRow(rowType: RowType, values: readonly (FieldValue | undefined)[]): Uint8Array {
  if (values.length !== rowType.length) throw new EncodingError(`row has ${values.length} values for ${rowType.length} fields`);
  const header = nullBitsSize(rowType.length);
  const w = new ByteWriter(header + 8 * rowType.length);
  w.skip(header);
  for (let i = 0; i < rowType.length; i++) {
    const f = rowType[i];
    const v = values[i];
    if (v === null || v === undefined) {
      if (!f.nullable) throw new EncodingError(`column ${f.name} is NOT NULL`);
      w.orUint8(i >> 3, 1 << (i & 7));
    } else {
      writeCompactedValue(w, f, v);
    }
  }
  return w.toBytes();
}

/**
 * Decodes a row written with exactly `rowType` (the schema its schema id names). As in Java, the
 * null bit of a NOT NULL field is not consulted. Unlike Java, bytes left over after the last
 * field are an error: they mean the row type does not match.
 */
export function decodeCompactedRow(rowType: RowType, bytes: Uint8Array, start = 0, end = bytes.length): FieldValue[] {
  const header = nullBitsSize(rowType.length);
  if (end - start < header) throw new EncodingError(`compacted row of ${end - start} bytes is shorter than its ${header}-byte null bitset`);
  const r = new ByteReader(bytes, start + header, end);
  const out: FieldValue[] = new Array<FieldValue>(rowType.length);
  for (let i = 0; i < rowType.length; i++) {
    const f = rowType[i];
    const isNull = f.nullable && (bytes[start + (i >> 3)] & (1 << (i & 7))) !== 0;
    out[i] = isNull ? null : readCompactedValue(r, f.type);
  }
  if (r.remaining !== 0) throw new EncodingError(`${r.remaining} bytes left after the last field of a compacted row`);
  return out;
}
