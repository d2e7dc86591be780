import { ByteReader, ByteWriter, type Cell, CellType } from '@hbase-compat/hbase-codec';
import { LMDB_LONG_KEYS } from '@hbase-compat/storage';

/**
 * One lmdb value holds all stored cells of one HBase row (the row itself is the key):
 *
 *   row-value = *cell
 *   cell      = u8 famLen | family | u32 qualLen | qualifier | i64 ts | u8 type | u32 valLen | value
 *               [ u16 tagsLen | tags ]   only when the type byte has TAGS_FLAG (cells with a TTL tag)
 *
 * Cell types are below 0x80, so the flag never appears in data written before tags were stored.
 *
 * Row keys longer than lmdb's key limit are kept by the shared long-key scheme (@hbase-compat/storage
 * long-keys.ts, LMDB_LONG_KEYS): a group under their first LONG_ROW_PREFIX bytes · 00 whose value lists
 * (row, row-value) pairs in row order. The layout is the one this store always wrote.
 */
export const LONG_ROW_PREFIX = LMDB_LONG_KEYS.limit;
export const LMDB_MAX_KEY = LONG_ROW_PREFIX + 1;

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
