import type { Cell } from '@hbase-compat/hbase-codec';
import { type KeyValueStore, LMDB_LONG_KEYS } from '@hbase-compat/storage';
import { cellFromRow, cellSuffixKey } from './cell-rows';

/**
 * Keys and entries of the scan index (changelog-index.ts): one lmdb entry per cell, in HBase row order.
 *
 *   full key = esc(row) 00 00 · suffix     esc: 00 → 00 FF, so keys sort by unsigned row;
 *                                          suffix = family, qualifier, ts, type (key-encoded)
 *   value    = the cell's CompactedRow, as the changelog carries it
 *
 * Full keys longer than lmdb allows are kept by the shared long-key scheme (@hbase-compat/storage
 * long-keys.ts), which groups them under a prefix that sorts where their rows belong.
 */
const escRow = (row: Buffer): Buffer => {
  // Indexed loops, and a plain copy for the usual row without zero bytes: this runs for every
  // cell the changelog feed applies.
  const firstZero = row.indexOf(0);
  const zeros = firstZero < 0 ? 0 : countZeros(row, firstZero);
  const out = Buffer.allocUnsafe(row.length + zeros + 2);
  if (zeros === 0) row.copy(out, 0);
  else {
    let at = 0;
    for (let i = 0; i < row.length; i++) {
      const b = row[i];
      out[at++] = b;
      if (b === 0) out[at++] = 0xff;
    }
  }
  out[out.length - 2] = 0;
  out[out.length - 1] = 0;
  return out;
};

function countZeros(row: Buffer, from: number): number {
  let zeros = 0;
  for (let i = from; i < row.length; i++) if (row[i] === 0) zeros++;
  return zeros;
}

/** Sorts after every key of `row` and before every key of a greater row. */
export const afterRowKey = (row: Buffer): Buffer => {
  const k = escRow(row);
  k[k.length - 1] = 1;
  return k;
};

/** Sorts before every key of `row` and after every key of a smaller row. */
export const beforeRowKey = (row: Buffer): Buffer => escRow(row).subarray(0, -2);

const fullKey = (c: Cell): Buffer => Buffer.concat([escRow(c.row), cellSuffixKey(c)]);

/** The lmdb key a cell is kept under. */
export const indexKeyOf = (c: Cell): Buffer => LMDB_LONG_KEYS.storedKey(fullKey(c));

/** A seek key lmdb accepts that skips nothing at or after `key` (forward) / at or before it (reversed). */
export const seekKey = (key: Buffer): Buffer => LMDB_LONG_KEYS.storedKey(key);

/** Puts (row = its CompactedRow) or removes (undefined) one cell, inside a write transaction. */
export function applyCell(db: KeyValueStore, cell: Cell, row: Buffer | undefined): void {
  LMDB_LONG_KEYS.set(db, fullKey(cell), row);
}

/** The cells behind one stored index entry, in the scan's direction. */
export function entryCells(key: Buffer, value: Buffer, reversed: boolean): Cell[] {
  if (!LMDB_LONG_KEYS.isGroupKey(key)) return [cellFromRow(value)];
  return LMDB_LONG_KEYS.expand(key, value, reversed).map((e) => cellFromRow(e.value));
}
