import { ByteReader, ByteWriter, type Cell, CellType } from '@hbase-compat/hbase-codec';

/**
 * One lmdb value holds all stored cells of one HBase row (the row itself is the key):
 *
 *   row-value = *cell
 *   cell      = u8 famLen | family | u32 qualLen | qualifier | i64 ts | u8 type | u32 valLen | value
 *               [ u16 tagsLen | tags ]   only when the type byte has TAGS_FLAG (cells with a TTL tag)
 *
 * Cell types are below 0x80, so the flag never appears in data written before tags were stored.
 *
 * Row keys longer than lmdb's key limit live in an overflow bucket keyed by their first
 * LONG_ROW_PREFIX bytes plus 0x00 (which sorts exactly where those rows belong):
 *
 *   bucket-value = *( u32 rowLen | row | u32 cellsLen | row-value )   rows in ascending order
 */
export const LMDB_MAX_KEY = 1978;
export const LONG_ROW_PREFIX = LMDB_MAX_KEY - 1;

const TAGS_FLAG = 0x80;

export function encodeRowValue(cells: readonly Cell[], w: ByteWriter = new ByteWriter(256)): Buffer {
  for (const c of cells) {
    const tags = c.tags !== undefined && c.tags.length > 0 ? c.tags : undefined;
    const tagged = tags !== undefined;
    w.u8(c.family.length).bytes(c.family);
    w.u32(c.qualifier.length).bytes(c.qualifier);
    w.i64(c.timestamp).u8(tagged ? c.type | TAGS_FLAG : c.type);
    w.u32(c.value.length).bytes(c.value);
    if (tagged)
      w.u8(tags.length >> 8)
        .u8(tags.length)
        .bytes(tags);
  }
  return w.finish();
}

export function decodeRowValue(row: Buffer, value: Buffer): Cell[] {
  const r = new ByteReader(value);
  const cells: Cell[] = [];
  while (r.remaining > 0) {
    const family = r.bytes(r.u8());
    const qualifier = r.bytes(r.u32());
    const timestamp = r.i64();
    const typeByte = r.u8();
    const v = r.bytes(r.u32());
    if ((typeByte & TAGS_FLAG) === 0) {
      cells.push({ row, family, qualifier, timestamp, type: typeByte as CellType, value: v });
    } else {
      const tags = r.bytes(r.u16());
      cells.push({ row, family, qualifier, timestamp, type: (typeByte & ~TAGS_FLAG) as CellType, value: v, tags });
    }
  }
  return cells;
}

export function isBucketKey(key: Buffer): boolean {
  return key.length === LMDB_MAX_KEY;
}

export function storageKeyFor(row: Buffer): Buffer {
  if (row.length <= LONG_ROW_PREFIX) return row;
  return Buffer.concat([row.subarray(0, LONG_ROW_PREFIX), Buffer.from([0])]);
}

export interface BucketEntry {
  row: Buffer;
  value: Buffer;
}

export function decodeBucket(value: Buffer): BucketEntry[] {
  const r = new ByteReader(value);
  const entries: BucketEntry[] = [];
  while (r.remaining > 0) {
    const row = r.bytes(r.u32());
    const v = r.bytes(r.u32());
    entries.push({ row, value: v });
  }
  return entries;
}

export function encodeBucket(entries: readonly BucketEntry[]): Buffer {
  const w = new ByteWriter(1024);
  for (const e of [...entries].sort((a, b) => Buffer.compare(a.row, b.row))) {
    w.u32(e.row.length).bytes(e.row);
    w.u32(e.value.length).bytes(e.value);
  }
  return w.finish();
}
