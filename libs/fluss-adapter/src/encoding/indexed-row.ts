/**
 * IndexedRow: the KV value format when `table.kv.format` = INDEXED, and the record payload of an
 * INDEXED log (COMMON/row/indexed/IndexedRowWriter.java, IndexedRow.java). Fixed-width fields
 * let a reader jump to a column without decoding the ones before it.
 *
 *   row        = nullBits varLengths fields
 *   nullBits   = ceil(fieldCount / 8) bytes, LSB-first as in CompactedRow
 *   varLengths = one int32 LE slot per VARIABLE-length column of the row type (STRING, BYTES,
 *                DECIMAL(p>18)); slots are filled in column order for the non-null variable
 *                values only, so the slots of null values are the trailing zero ones
 *   fields     = the NON-NULL fields in column order, little-endian:
 *     BOOLEAN, TINYINT 1 · SMALLINT 2 · INTEGER, DATE, TIME, FLOAT 4 · BIGINT, DOUBLE 8
 *     CHAR(n)     UTF-8 zero-padded to n bytes (a longer value is an error, Java fails too)
 *     BINARY(n)   zero-padded to n bytes
 *     STRING, BYTES   the raw bytes (the length is in the slot)
 *     DECIMAL(p<=18)  int64 unscaled; DECIMAL(p>18) variable: BigInteger.toByteArray
 *     TIMESTAMP*(p<=3) int64 millis; p>3: int64 millis + int32 nanoOfMillisecond
 *
 * Reading CHAR and BINARY strips trailing zero bytes, as IndexedRow.getChar/getBinary do: a
 * BINARY value that ends in 0x00 does not come back unchanged.
 */
import { ByteReader, ByteWriter, EncodingError } from './byte-buffer';
import { nullBitsSize } from './compacted-row';
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

/** IndexedRow.isFixedLength, negated. */
export function isVariableLength(t: DataType): boolean {
  return t.kind === 'STRING' || t.kind === 'BYTES' || (t.kind === 'DECIMAL' && !isCompactDecimal(t.precision));
}

/** IndexedRow.getLength for the fixed-length types. */
function fixedLength(t: DataType): number {
  switch (t.kind) {
    case 'BOOLEAN':
    case 'TINYINT':
      return 1;
    case 'SMALLINT':
      return 2;
    case 'INTEGER':
    case 'FLOAT':
    case 'DATE':
    case 'TIME_WITHOUT_TIME_ZONE':
      return 4;
    case 'BIGINT':
    case 'DOUBLE':
    case 'DECIMAL':
      return 8;
    case 'TIMESTAMP_WITHOUT_TIME_ZONE':
    case 'TIMESTAMP_WITH_LOCAL_TIME_ZONE':
      return isCompactTimestamp(t.precision) ? 8 : 12;
    case 'CHAR':
    case 'BINARY':
      return t.length;
    default:
      throw new EncodingError(`${t.kind} is variable-length in an IndexedRow`);
  }
}

function padded(f: DataField, bytes: Uint8Array, length: number): Uint8Array {
  if (bytes.length > length) throw new EncodingError(`column ${f.name} (${f.type.kind}(${length})) got ${bytes.length} bytes`);
  const out = new Uint8Array(length);
  out.set(bytes);
  return out;
}

/** The bytes of one non-null value; variable-length values also take a slot. */
function writeIndexedValue(w: ByteWriter, f: DataField, v: FieldValue, slot: (length: number) => void): void {
  const t = f.type;
  const variable = (bytes: Uint8Array): void => {
    slot(bytes.length);
    w.writeBytes(bytes);
  };
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
      w.writeInt32LE(checkInt(f, v));
      return;
    case 'BIGINT':
      w.writeInt64LE(checkLong(f, v));
      return;
    case 'FLOAT':
      w.writeFloat32LE(checkNumber(f, v));
      return;
    case 'DOUBLE':
      w.writeFloat64LE(checkNumber(f, v));
      return;
    case 'STRING':
      variable(encodeUtf8(checkString(f, v)));
      return;
    case 'BYTES':
      variable(checkBytes(f, v));
      return;
    case 'CHAR':
      w.writeBytes(padded(f, encodeUtf8(checkString(f, v)), t.length));
      return;
    case 'BINARY':
      w.writeBytes(padded(f, checkBytes(f, v), t.length));
      return;
    case 'DECIMAL': {
      const unscaled = checkDecimal(f, v);
      if (isCompactDecimal(t.precision)) w.writeInt64LE(unscaled);
      else variable(unscaledToBytes(unscaled));
      return;
    }
    case 'TIMESTAMP_WITHOUT_TIME_ZONE':
    case 'TIMESTAMP_WITH_LOCAL_TIME_ZONE': {
      const ts = checkTimestamp(f, v);
      w.writeInt64LE(ts.millis);
      if (!isCompactTimestamp(t.precision)) w.writeInt32LE(ts.nanoOfMillisecond);
      return;
    }
  }
}

export function encodeIndexedRow(rowType: RowType, values: readonly (FieldValue | undefined)[]): Uint8Array {
  if (values.length !== rowType.length) throw new EncodingError(`row has ${values.length} values for ${rowType.length} fields`);
  const bits = nullBitsSize(rowType.length);
  const slots = rowType.filter((f) => isVariableLength(f.type)).length;
  const w = new ByteWriter(bits + 4 * slots + 8 * rowType.length);
  w.skip(bits + 4 * slots);
  let nextSlot = bits;
  const slot = (length: number): void => {
    w.setInt32LE(nextSlot, length);
    nextSlot += 4;
  };
  for (let i = 0; i < rowType.length; i++) {
    const f = rowType[i];
    const v = values[i];
    if (v === null || v === undefined) {
      if (!f.nullable) throw new EncodingError(`column ${f.name} is NOT NULL`);
      w.orUint8(i >> 3, 1 << (i & 7));
    } else {
      writeIndexedValue(w, f, v, slot);
    }
  }
  return w.toBytes();
}

function stripTrailingZeros(b: Uint8Array): Uint8Array {
  let n = b.length;
  while (n > 0 && b[n - 1] === 0) n--;
  return b.slice(0, n);
}

function readIndexedValue(r: ByteReader, t: DataType, length: number): FieldValue {
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
      return r.readInt32LE();
    case 'BIGINT':
      return r.readInt64LE();
    case 'FLOAT':
      return r.readFloat32LE();
    case 'DOUBLE':
      return r.readFloat64LE();
    case 'STRING':
      return decodeUtf8(r.readBytes(length));
    case 'BYTES':
      return r.readBytes(length).slice();
    case 'CHAR':
      return decodeUtf8(stripTrailingZeros(r.readBytes(t.length)));
    case 'BINARY':
      return stripTrailingZeros(r.readBytes(t.length));
    case 'DECIMAL':
      return isCompactDecimal(t.precision) ? r.readInt64LE() : unscaledFromBytes(r.readBytes(length));
    case 'TIMESTAMP_WITHOUT_TIME_ZONE':
    case 'TIMESTAMP_WITH_LOCAL_TIME_ZONE': {
      const millis = r.readInt64LE();
      return { millis, nanoOfMillisecond: isCompactTimestamp(t.precision) ? 0 : r.readInt32LE() };
    }
  }
}

/**
 * Decodes an IndexedRow written with exactly `rowType`. Java reads the null bit of every field
 * (IndexedRow.calculateColumnLengths), NOT NULL ones included, and so does this. Bytes left over
 * after the last field are an error.
 */
export function decodeIndexedRow(rowType: RowType, bytes: Uint8Array, start = 0, end = bytes.length): FieldValue[] {
  const bits = nullBitsSize(rowType.length);
  const slots = new ByteReader(bytes, start + bits, end);
  const varCount = rowType.filter((f) => isVariableLength(f.type)).length;
  if (end - start < bits + 4 * varCount) throw new EncodingError(`indexed row of ${end - start} bytes is shorter than its header`);
  const r = new ByteReader(bytes, start + bits + 4 * varCount, end);
  const out: FieldValue[] = new Array<FieldValue>(rowType.length);
  for (let i = 0; i < rowType.length; i++) {
    const t = rowType[i].type;
    if ((bytes[start + (i >> 3)] & (1 << (i & 7))) !== 0) {
      out[i] = null;
      continue;
    }
    let length = 0;
    if (isVariableLength(t)) {
      length = slots.readInt32LE();
      if (length < 0) throw new EncodingError(`negative variable length ${length} in an indexed row`);
    } else {
      length = fixedLength(t);
    }
    out[i] = readIndexedValue(r, t, length);
  }
  if (r.remaining !== 0) throw new EncodingError(`${r.remaining} bytes left after the last field of an indexed row`);
  return out;
}
