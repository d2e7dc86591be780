/**
 * A stored KV value (COMMON/row/encode/ValueEncoder.java), as Lookup and PrefixLookup return it
 * and as RocksDB holds it:
 *
 *   value = schemaId:int16 LE · row (CompactedRow or IndexedRow per `table.kv.format`)
 *
 * The schema id is written with Unsafe.putShort in native order, i.e. little-endian (checked
 * against the Java vectors: schema 513 is `01 02`). PutKv sends the row WITHOUT this prefix (the
 * KvRecordBatch header carries the schema id), and LimitScan's ValueRecordBatch records carry it.
 *
 * A value written under an older schema decodes with that schema's row type; Fluss 0.9.1 only
 * adds columns at the end, so padding with nulls to the latest width gives the latest row
 * (LimitBatchScanner and KvTablet's PaddingRow do the same).
 */
import { EncodingError } from './byte-buffer';
import type { FieldValue, RowType } from './data-types';
import { type RowFormat, decodeRow } from './row-format';

export const SCHEMA_ID_LENGTH = 2;

export function encodeKvValue(schemaId: number, row: Uint8Array): Uint8Array {
  if (!Number.isInteger(schemaId) || schemaId < 0 || schemaId > 0x7fff) throw new EncodingError(`bad schema id ${schemaId}`);
  const out = new Uint8Array(SCHEMA_ID_LENGTH + row.length);
  out[0] = schemaId & 0xff;
  out[1] = schemaId >> 8;
  out.set(row, SCHEMA_ID_LENGTH);
  return out;
}

/** Splits a stored value; `row` is a view into `value`. */
export function decodeKvValue(value: Uint8Array): { schemaId: number; row: Uint8Array } {
  if (value.length < SCHEMA_ID_LENGTH) throw new EncodingError(`KV value of ${value.length} bytes has no schema id`);
  const schemaId = ((value[0] | (value[1] << 8)) << 16) >> 16; // int16, sign-extended as Java reads it
  return { schemaId, row: value.subarray(SCHEMA_ID_LENGTH) };
}

/**
 * Decodes a stored value with the row type of the schema it names, padded with nulls to
 * `width` columns (default: no padding).
 */
export function decodeKvValueRow(
  format: RowFormat,
  rowTypeOf: (schemaId: number) => RowType,
  value: Uint8Array,
  width?: number,
): { schemaId: number; values: FieldValue[] } {
  const { schemaId, row } = decodeKvValue(value);
  const values = decodeRow(format, rowTypeOf(schemaId), row);
  if (width !== undefined) {
    if (values.length > width) throw new EncodingError(`row of schema ${schemaId} has ${values.length} columns, more than ${width}`);
    while (values.length < width) values.push(null);
  }
  return { schemaId, values };
}
