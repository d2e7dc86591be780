import { compareBytes } from './bytes-order';

/**
 * The HBase cell as the gateway handles it. Byte fields are Buffers (often views into a request
 * frame: copy before keeping them past the call). Timestamps are bigint because HBase allows any
 * signed 64-bit value and uses Long.MAX_VALUE (LATEST_TIMESTAMP) as "server: use now".
 */
export const enum CellType {
  Minimum = 0,
  Put = 4,
  Delete = 8,
  DeleteFamilyVersion = 10,
  DeleteColumn = 12,
  DeleteFamily = 14,
  Maximum = 255,
}

export const LATEST_TIMESTAMP = 0x7fffffffffffffffn;

export interface Cell {
  row: Buffer;
  family: Buffer;
  qualifier: Buffer;
  timestamp: bigint;
  type: CellType;
  value: Buffer;
  /** Raw tag bytes (each `int16 len | u8 type | value`); only KeyValueCodecWithTags carries them. */
  tags?: Buffer;
}

export function isDeleteType(type: CellType): boolean {
  return type === CellType.Delete || type === CellType.DeleteColumn || type === CellType.DeleteFamily || type === CellType.DeleteFamilyVersion;
}

/**
 * HBase's CellComparator order: row, family, qualifier ascending (unsigned bytes), then timestamp
 * descending, then type descending (so a delete marker sorts before a put of the same timestamp).
 */
export function compareCells(a: Cell, b: Cell): number {
  return (
    compareBytes(a.row, b.row) ||
    compareBytes(a.family, b.family) ||
    compareBytes(a.qualifier, b.qualifier) ||
    (a.timestamp === b.timestamp ? 0 : a.timestamp > b.timestamp ? -1 : 1) ||
    b.type - a.type
  );
}
