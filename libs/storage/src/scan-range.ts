import { compareBytes } from '@hbase-compat/hbase-codec';
import type { ScanRange } from './storage-port';

/**
 * Row bound checks every engine's cursor shares. `start` is the scan's first row in its own
 * direction (the high key of a reversed scan), as in HBase's Scan.
 */
export function isInsideStart(range: ScanRange, row: Buffer): boolean {
  const { startRow, startInclusive, reversed } = range;
  if (startRow.length === 0) return true;
  const c = compareBytes(row, startRow);
  if (reversed) return startInclusive ? c <= 0 : c < 0;
  return startInclusive ? c >= 0 : c > 0;
}

export function isInsideStop(range: ScanRange, row: Buffer): boolean {
  const { stopRow, stopInclusive, reversed } = range;
  if (stopRow.length === 0) return true;
  const c = compareBytes(row, stopRow);
  if (reversed) return stopInclusive ? c >= 0 : c > 0;
  return stopInclusive ? c <= 0 : c < 0;
}

/** Strictly past `last` in the scan's direction. */
export function isPastRow(range: ScanRange, row: Buffer, last: Buffer | undefined): boolean {
  if (last === undefined) return true;
  const c = compareBytes(row, last);
  return range.reversed ? c < 0 : c > 0;
}
