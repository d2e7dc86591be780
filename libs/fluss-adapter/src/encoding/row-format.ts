/**
 * The two binary row formats of Fluss 0.9.1 and where each one is used.
 *
 *   table.kv.format  (value rows of PutKv / Lookup / PrefixLookup / LimitScan)
 *       COMPACTED (default) | INDEXED
 *   table.log.format (changelog records read with FetchLog)
 *       ARROW (default) | COMPACTED | INDEXED
 *
 * For a primary-key table the server accepts (TableDescriptorValidation#checkLogFormat):
 *   kv COMPACTED with log ARROW or COMPACTED; kv INDEXED with any log format.
 * kv COMPACTED + log INDEXED is rejected at CREATE TABLE. kv INDEXED + log INDEXED passes
 * validation, but every KV tablet init replays the changelog through KvRecoverHelper
 * (Replica#initKvTablet -> recoverKvTablet), which only reads ARROW and COMPACTED logs and throws
 * for INDEXED: read from the source, not run. So for primary-key tables the usable choice is
 * kv COMPACTED + log COMPACTED: no Arrow IPC and no ZSTD to decode.
 */
import { EncodingError } from './byte-buffer';
import { decodeCompactedRow, encodeCompactedRow } from './compacted-row';
import type { FieldValue, RowType } from './data-types';
import { decodeIndexedRow, encodeIndexedRow } from './indexed-row';

export type RowFormat = 'COMPACTED' | 'INDEXED';

export function encodeRow(format: RowFormat, rowType: RowType, values: readonly (FieldValue | undefined)[]): Uint8Array {
  return format === 'COMPACTED' ? encodeCompactedRow(rowType, values) : encodeIndexedRow(rowType, values);
}

export function decodeRow(format: RowFormat, rowType: RowType, bytes: Uint8Array, start = 0, end = bytes.length): FieldValue[] {
  return format === 'COMPACTED' ? decodeCompactedRow(rowType, bytes, start, end) : decodeIndexedRow(rowType, bytes, start, end);
}

/** Parses a `table.kv.format` / `table.log.format` property value (Fluss enums are case-insensitive). */
export function parseFormat(value: string | undefined, fallback: 'COMPACTED' | 'ARROW'): RowFormat | 'ARROW' {
  const v = (value ?? fallback).toUpperCase();
  if (v === 'COMPACTED' || v === 'INDEXED' || v === 'ARROW') return v;
  throw new EncodingError(`unknown Fluss row format ${value}`);
}
