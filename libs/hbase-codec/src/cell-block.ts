import { ByteReader } from './byte-reader';
import { ByteWriter } from './byte-writer';
import { type Cell, CellType } from './cell';
import { ProtocolError } from './protocol-error';

/**
 * Cell blocks: cells concatenated with no count or terminator (the length is in CellBlockMeta).
 * KeyValueCodec, per cell (big-endian):
 *
 *   int32 kvLen = 8 + keyLen + valueLen [+ 2 + tagsLen]
 *   int32 keyLen = 2 + rowLen + 1 + famLen + qualLen + 8 + 1
 *   int32 valueLen
 *   int16 rowLen | row | u8 famLen | family | qualifier | int64 timestamp | u8 type
 *   value
 *   [int16 tagsLen | tags]   KeyValueCodecWithTags only, and only when tagsLen > 0
 */
export const KEY_VALUE_CODEC = 'org.apache.hadoop.hbase.codec.KeyValueCodec';
export const KEY_VALUE_CODEC_WITH_TAGS = 'org.apache.hadoop.hbase.codec.KeyValueCodecWithTags';

const KEY_INFRASTRUCTURE = 2 + 1 + 8 + 1;
const VALID_TYPES = new Set<number>([CellType.Put, CellType.Delete, CellType.DeleteFamilyVersion, CellType.DeleteColumn, CellType.DeleteFamily]);

/** Reads cells one at a time from a block, in order (messages consume them by associated_cell_count). */
export class CellBlockReader {
  private readonly reader: ByteReader;

  constructor(
    block: Buffer,
    private readonly withTags: boolean,
  ) {
    this.reader = new ByteReader(block);
  }

  get hasMore(): boolean {
    return this.reader.remaining > 0;
  }

  next(): Cell {
    const r = this.reader;
    if (r.remaining === 0) throw new ProtocolError('HBGW_BAD_CELL', 'cell block has fewer cells than the request announced');
    const kvLen = r.i32();
    const keyLen = r.i32();
    const valueLen = r.i32();
    if (kvLen < 8 || keyLen < KEY_INFRASTRUCTURE || valueLen < 0 || kvLen < 8 + keyLen + valueLen) {
      throw new ProtocolError('HBGW_BAD_CELL', `inconsistent cell lengths kv=${kvLen} key=${keyLen} value=${valueLen}`);
    }
    const rowLen = r.u16();
    if (rowLen > 32767) throw new ProtocolError('HBGW_BAD_CELL', `row length ${rowLen} exceeds 32767`);
    const row = r.bytes(rowLen);
    const familyLen = r.u8();
    const family = r.bytes(familyLen);
    const qualifierLen = keyLen - rowLen - familyLen - KEY_INFRASTRUCTURE;
    if (qualifierLen < 0) throw new ProtocolError('HBGW_BAD_CELL', 'key length shorter than its row and family');
    const qualifier = r.bytes(qualifierLen);
    const timestamp = r.i64();
    const type = r.u8();
    if (!VALID_TYPES.has(type)) throw new ProtocolError('HBGW_BAD_CELL', `cell type ${type} is not a storable type`);
    const value = r.bytes(valueLen);
    const trailer = kvLen - 8 - keyLen - valueLen;
    let tags: Buffer | undefined;
    if (trailer > 0) {
      if (!this.withTags) throw new ProtocolError('HBGW_BAD_CELL', 'KeyValueCodec cell carries trailing bytes');
      const tagsLen = r.u16();
      if (tagsLen + 2 !== trailer) throw new ProtocolError('HBGW_BAD_CELL', `tags length ${tagsLen} does not match the cell length`);
      tags = r.bytes(tagsLen);
    }
    return { row, family, qualifier, timestamp, type: type as CellType, value, tags };
  }
}

export function decodeCellBlock(block: Buffer, withTags = false): Cell[] {
  const reader = new CellBlockReader(block, withTags);
  const cells: Cell[] = [];
  while (reader.hasMore) cells.push(reader.next());
  return cells;
}

export function encodedCellSize(cell: Cell, withTags: boolean): number {
  const keyLen = KEY_INFRASTRUCTURE + cell.row.length + cell.family.length + cell.qualifier.length;
  const tagsLen = withTags && cell.tags && cell.tags.length > 0 ? 2 + cell.tags.length : 0;
  return 4 + 8 + keyLen + cell.value.length + tagsLen;
}

export function writeCell(w: ByteWriter, cell: Cell, withTags: boolean): void {
  const keyLen = KEY_INFRASTRUCTURE + cell.row.length + cell.family.length + cell.qualifier.length;
  const tagsLen = withTags && cell.tags && cell.tags.length > 0 ? cell.tags.length : 0;
  w.i32(8 + keyLen + cell.value.length + (tagsLen > 0 ? 2 + tagsLen : 0));
  w.i32(keyLen);
  w.i32(cell.value.length);
  w.i16(cell.row.length);
  w.bytes(cell.row);
  w.u8(cell.family.length);
  w.bytes(cell.family);
  w.bytes(cell.qualifier);
  w.i64(cell.timestamp);
  w.u8(cell.type);
  w.bytes(cell.value);
  if (tagsLen > 0) {
    w.i16(tagsLen);
    w.bytes(cell.tags as Buffer);
  }
}

export function encodeCellBlock(cells: readonly Cell[], withTags = false): Buffer {
  let size = 0;
  for (const c of cells) size += encodedCellSize(c, withTags);
  // One exact-size buffer written in place: a scan answer's cells are most of what the gateway sends.
  const out = Buffer.allocUnsafe(size);
  const ts: TimestampCache = { value: undefined, at: 0 };
  let pos = 0;
  for (const c of cells) pos = putCell(out, pos, c, withTags, ts);
  return out;
}

/** The last timestamp written and where: a row's cells mostly share one, copied instead of converted. */
interface TimestampCache {
  value: bigint | undefined;
  at: number;
}

/** writeCell's layout at `pos` of a buffer known to be large enough; answers the next position. */
function putCell(out: Buffer, pos: number, cell: Cell, withTags: boolean, ts: TimestampCache): number {
  const keyLen = KEY_INFRASTRUCTURE + cell.row.length + cell.family.length + cell.qualifier.length;
  const tagsLen = withTags && cell.tags && cell.tags.length > 0 ? cell.tags.length : 0;
  pos = putInt32(out, pos, 8 + keyLen + cell.value.length + (tagsLen > 0 ? 2 + tagsLen : 0));
  pos = putInt32(out, pos, keyLen);
  pos = putInt32(out, pos, cell.value.length);
  out[pos] = cell.row.length >>> 8;
  out[pos + 1] = cell.row.length;
  pos = putBytes(out, pos + 2, cell.row);
  out[pos++] = cell.family.length;
  pos = putBytes(out, pos, cell.family);
  pos = putBytes(out, pos, cell.qualifier);
  if (cell.timestamp === ts.value) {
    for (let i = 0; i < 8; i++) out[pos + i] = out[ts.at + i];
    pos += 8;
  } else {
    ts.value = cell.timestamp;
    ts.at = pos;
    pos = out.writeBigInt64BE(cell.timestamp, pos);
  }
  out[pos++] = cell.type;
  pos = putBytes(out, pos, cell.value);
  if (tagsLen > 0) {
    pos = out.writeInt16BE(tagsLen, pos);
    pos = putBytes(out, pos, cell.tags as Buffer);
  }
  return pos;
}

/**
 * Big-endian int32 by hand: Buffer.writeInt32BE's range checks cost a third of a cell's encoding,
 * and these lengths are known to fit (a cell block is smaller than 2 GB).
 */
function putInt32(out: Buffer, pos: number, v: number): number {
  out[pos] = v >>> 24;
  out[pos + 1] = v >>> 16;
  out[pos + 2] = v >>> 8;
  out[pos + 3] = v;
  return pos + 4;
}

/** Short arrays (rows, families, qualifiers) byte by byte: cheaper than a native copy call. */
function putBytes(out: Buffer, pos: number, b: Uint8Array): number {
  const n = b.length;
  if (n < 32) for (let i = 0; i < n; i++) out[pos + i] = b[i];
  else out.set(b, pos);
  return pos + n;
}
