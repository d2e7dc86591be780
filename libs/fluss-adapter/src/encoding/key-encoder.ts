/**
 * Compacted key encoding (COMMON/row/encode/CompactedKeyEncoder.java, CompactedKeyWriter.java).
 *
 *   key = field(k1) field(k2) ...   the key columns in KEY order, each in the CompactedRow field
 *                                   encoding (compacted-row.ts), with NO null bitset
 *
 * Key columns may not be null. Two different keys:
 *  - the primary key bytes (PutKv/Lookup keys, RocksDB order): the physical primary key, i.e. the
 *    PK columns minus partition columns, in PK declaration order;
 *  - the bucket key bytes (bucketing.ts, and PrefixLookup prefixes): the bucket-key columns in
 *    bucket-key order. With the default bucket key (= physical PK) they are the same bytes.
 * Because every field is self-delimiting and the bucket key must be a leading prefix of the PK
 * for PrefixLookup, the encoded bucket key is a byte prefix of the encoded PK.
 *
 * This is the encoder KeyEncoder.ofPrimaryKeyEncoder / ofBucketKeyEncoder pick when the table has
 * no `table.datalake.format` (kv format version 1 or 2 alike). Lake-enabled tables (Paimon,
 * Iceberg) use other encoders and bucketing functions that are not implemented here.
 */
import { ByteReader, ByteWriter, EncodingError } from './byte-buffer';
import { readCompactedValue, writeCompactedValue } from './compacted-row';
import { type FieldValue, type RowType, projectRowType } from './data-types';

/** Encodes key values given in key order; `keyType` lists the key columns in that order. */
export function encodeCompactedKey(keyType: RowType, values: readonly (FieldValue | undefined)[]): Uint8Array {
  if (values.length !== keyType.length) throw new EncodingError(`key has ${values.length} values for ${keyType.length} key columns`);
  const w = new ByteWriter(16 * keyType.length);
  for (let i = 0; i < keyType.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) throw new EncodingError(`null value for key column ${keyType[i].name}: key columns cannot be null`);
    writeCompactedValue(w, keyType[i], v);
  }
  return w.toBytes();
}

/** Splits an encoded key back into its values (a key's columns are self-delimiting). */
export function decodeCompactedKey(keyType: RowType, bytes: Uint8Array): FieldValue[] {
  const r = new ByteReader(bytes);
  const out = keyType.map((f) => readCompactedValue(r, f.type));
  if (r.remaining !== 0) throw new EncodingError(`${r.remaining} bytes left after the last key column`);
  return out;
}

/** CompactedKeyEncoder.createKeyEncoder(rowType, keyNames): encodes the key of a full row. */
export class CompactedKeyEncoder {
  readonly keyType: RowType;
  private readonly positions: readonly number[];

  constructor(rowType: RowType, keyNames: readonly string[]) {
    this.keyType = projectRowType(rowType, keyNames);
    this.positions = keyNames.map((n) => rowType.findIndex((f) => f.name === n));
  }

  /** `row` holds one value per column of the full row type. */
  encodeKey(row: readonly (FieldValue | undefined)[]): Uint8Array {
    return encodeCompactedKey(
      this.keyType,
      this.positions.map((p) => row[p]),
    );
  }
}
