import { ByteWriter, type Cell, CellType } from '@hbase-compat/hbase-codec';
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

/**
 * Reads the buffer in place (no reader object): a scan decodes every cell it returns. Cells of one
 * family share one `family` view, and cells with the timestamp of the cell before share its bigint
 * (a row written by one Put has one timestamp), so a cell costs two views and no bigint arithmetic.
 * `qualifiers`, kept by a cursor from row to row, holds the qualifier views of the row before by
 * cell position: where this row has the same bytes there (rows of one schema mostly do), the view is
 * reused, and the cell costs one view, its value's.
 */
export function decodeRowValue(row: Buffer, value: Buffer, qualifiers: Buffer[] = []): Cell[] {
  const cells: Cell[] = [];
  const end = value.length;
  let pos = 0;
  let family: Buffer | undefined;
  let timestamp = 0n;
  let timestampAt = -1;
  while (pos < end) {
    const famLen = value[pos++];
    if (family === undefined || !sameBytes(value, pos, family)) family = value.subarray(pos, pos + famLen);
    pos += famLen;
    const qualLen = value.readUInt32BE(pos);
    const seen = qualifiers[cells.length];
    const qualifier = seen !== undefined && seen.length === qualLen && sameRun(value, pos + 4, seen) ? seen : value.subarray(pos + 4, pos + 4 + qualLen);
    qualifiers[cells.length] = qualifier;
    pos += 4 + qualLen;
    if (timestampAt < 0 || !sameTimestamp(value, timestampAt, pos)) {
      timestamp = value.readBigInt64BE(pos);
      timestampAt = pos;
    }
    const typeByte = value[pos + 8];
    const valLen = value.readUInt32BE(pos + 9);
    const v = value.subarray(pos + 13, pos + 13 + valLen);
    pos += 13 + valLen;
    if ((typeByte & TAGS_FLAG) === 0) {
      cells.push({ row, family, qualifier, timestamp, type: typeByte as CellType, value: v });
    } else {
      const tagsLen = value.readUInt16BE(pos);
      const tags = value.subarray(pos + 2, pos + 2 + tagsLen);
      pos += 2 + tagsLen;
      cells.push({ row, family, qualifier, timestamp, type: (typeByte & ~TAGS_FLAG) as CellType, value: v, tags });
    }
    if (pos > end) throw new RangeError(`stored row value is truncated (${end} bytes, cell ends at ${pos})`);
  }
  return cells;
}

/** Whether `b` is stored at `pos` of `buf` after its u8 length. */
function sameBytes(buf: Buffer, pos: number, b: Buffer): boolean {
  return buf[pos - 1] === b.length && sameRun(buf, pos, b);
}

/** Whether the bytes of `b` are at `pos` of `buf`. */
function sameRun(buf: Buffer, pos: number, b: Buffer): boolean {
  const n = b.length;
  for (let i = 0; i < n; i++) if (buf[pos + i] !== b[i]) return false;
  return true;
}

function sameTimestamp(buf: Buffer, a: number, b: number): boolean {
  for (let i = 0; i < 8; i++) if (buf[a + i] !== buf[b + i]) return false;
  return true;
}
