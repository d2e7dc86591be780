import { type Cell, CellType } from '@hbase-compat/hbase-codec';
import {
  type ByteCursor,
  type DataField,
  type KvRecord,
  type RowType,
  DataTypes,
  bucketForKey,
  EncodingError,
  decodeKvValue,
  field,
  readByteAt,
  readVarInt32At,
  readVarInt64At,
} from '@hbase-compat/fluss-adapter';

/**
 * One Fluss row per HBase cell (docs/architecture.md, section 3). The data table of an HBase table:
 *
 *   row BYTES, family BYTES, qualifier BYTES, ts BIGINT, type TINYINT, value BYTES
 *   PRIMARY KEY (row, family, qualifier, ts, type), bucket key (row)
 *
 * The primary key is the cell's full coordinates, so a put of an existing version replaces it
 * (as in HBase) and every version and delete marker is its own row. With row as the bucket key
 * and the first key column, a row's cells share one bucket and one encoded-key prefix: a Get is
 * one PrefixLookup, a Put one PutKv. Versions beyond VERSIONS, hidden puts and expired cells are
 * filtered on read (row-semantics.ts) and deleted later by the engine's cleanup, so no write ever
 * reads first.
 *
 * A cell with tags (a put carrying a Mutation.setTTL TTL tag) keeps its real type in the key, so it
 * replaces or is deleted like any cell at those coordinates, but its row says `type | 0x80` (a
 * negative TINYINT) and its value column holds `u16 tagsLen | tags | value`. Untagged cells, and
 * everything written before tags were stored, are unchanged.
 */
export const CELL_ROW_TYPE: RowType = [
  field('row', DataTypes.BYTES(), false),
  field('family', DataTypes.BYTES(), false),
  field('qualifier', DataTypes.BYTES(), false),
  field('ts', DataTypes.BIGINT(), false),
  field('type', DataTypes.TINYINT(), false),
  field('value', DataTypes.BYTES(), true),
];
const KEY_TYPE: readonly DataField[] = CELL_ROW_TYPE.slice(0, 5);

export interface CellTableOptions {
  buckets: number;
  replicationFactor?: number;
}

/** The Fluss table JSON (TableDescriptor.toJsonBytes form) for an HBase table's data table. */
export function cellTableJson(options: CellTableOptions, comment: string): string {
  const properties: Record<string, string> = {
    'table.kv.format': 'COMPACTED',
    'table.log.format': 'COMPACTED',
  };
  if (options.replicationFactor !== undefined) properties['table.replication.factor'] = String(options.replicationFactor);
  return JSON.stringify({
    version: 1,
    schema: {
      version: 1,
      columns: CELL_ROW_TYPE.map((f, id) => ({ name: f.name, data_type: dataTypeJson(f), id })),
      primary_key: KEY_TYPE.map((f) => f.name),
      highest_field_id: CELL_ROW_TYPE.length - 1,
    },
    comment,
    partition_key: [],
    bucket_key: ['row'],
    bucket_count: options.buckets,
    properties,
    custom_properties: {},
  });
}

function dataTypeJson(f: DataField): Record<string, unknown> {
  const type = f.type.kind === 'INTEGER' ? 'INTEGER' : f.type.kind;
  return f.nullable ? { type } : { type, nullable: false };
}

const EMPTY = Buffer.alloc(0);

/*
 * Keys and rows of cells are written directly rather than through the generic encoders
 * (encodeCompactedKey, encodeCompactedRow): a load writes ten cells per YCSB row, and the generic
 * path's growing ByteWriter and final copy cost about 5 µs a cell. The bytes are the same (the spec
 * compares them with the generic encoders'): a key is the row's first five fields without the null
 * bitset, and the row is its null bitset (value is never null here), those fields and the value.
 */

/** The primary key bytes of a cell (row, family, qualifier, ts, type). */
export function cellKey(c: Cell): Buffer {
  return cellFields(c, c.type, undefined, 0);
}

/** The PrefixLookup prefix (= encoded bucket key) of a row. */
export function rowPrefix(row: Buffer): Buffer {
  const out = Buffer.allocUnsafe(runSize(row.length));
  writeRun(out, 0, row);
  return out;
}

export function bucketOfRow(row: Buffer, buckets: number): number {
  return bucketForKey(rowPrefix(row), buckets);
}

const TAGS_FLAG = 0x80;

export function putRecord(c: Cell): KvRecord {
  const tags = c.tags !== undefined && c.tags.length > 0 ? c.tags : undefined;
  if (tags === undefined) {
    // The row is null bits · key · value run: the key is a view of it.
    const value = cellFields(c, c.type, c.value, 1);
    return { key: value.subarray(1, value.length - runSize(c.value.length)), value };
  }
  const tagged = Buffer.concat([Buffer.from([tags.length >> 8, tags.length & 0xff]), tags, c.value]);
  return { key: cellKey(c), value: cellFields(c, c.type | TAGS_FLAG, tagged, 1) };
}

/**
 * [null bitset, when `header` is 1] · row · family · qualifier · ts · type [· value]: the compacted
 * field encoding of CELL_ROW_TYPE's fields (BYTES as var-int length and bytes, BIGINT as var-int64,
 * TINYINT as one byte). No value: the key's fields only.
 */
function cellFields(c: Cell, typeByte: number, value: Buffer | undefined, header: 0 | 1): Buffer {
  const size =
    header +
    runSize(c.row.length) +
    runSize(c.family.length) +
    runSize(c.qualifier.length) +
    varInt64Size(c.timestamp) +
    1 +
    (value === undefined ? 0 : runSize(value.length));
  const out = Buffer.allocUnsafe(size);
  if (header === 1) out[0] = 0;
  let at = writeRun(out, header, c.row);
  at = writeRun(out, at, c.family);
  at = writeRun(out, at, c.qualifier);
  at = writeVarInt64(out, at, c.timestamp);
  out[at++] = typeByte & 0xff;
  if (value !== undefined) writeRun(out, at, value);
  return out;
}

const varInt32Size = (n: number): number => (n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5);
const runSize = (length: number): number => varInt32Size(length) + length;

function writeRun(out: Buffer, at: number, bytes: Buffer): number {
  let n = bytes.length;
  while (n > 0x7f) {
    out[at++] = (n & 0x7f) | 0x80;
    n >>>= 7;
  }
  out[at++] = n;
  return at + bytes.copy(out, at);
}

/** Timestamps are non-negative and below 2^53 in practice: those take plain number arithmetic. */
function varInt64Size(v: bigint): number {
  if (v >= 0n && v <= MAX_SAFE) {
    let n = Number(v);
    let size = 1;
    while (n > 0x7f) {
      n = Math.floor(n / 128);
      size++;
    }
    return size;
  }
  return v < 0n ? 10 : Math.ceil(BigInt.asUintN(64, v).toString(2).length / 7);
}

/** LEB128 of the 64-bit two's-complement pattern, as CompactedRowWriter.writeLong writes it. */
function writeVarInt64(out: Buffer, at: number, v: bigint): number {
  if (v >= 0n && v <= MAX_SAFE) {
    let n = Number(v);
    while (n > 0x7f) {
      out[at++] = (n % 128) | 0x80;
      n = Math.floor(n / 128);
    }
    out[at++] = n;
    return at;
  }
  let u = BigInt.asUintN(64, v);
  while (u > 0x7fn) {
    out[at++] = Number(u & 0x7fn) | 0x80;
    u >>= 7n;
  }
  out[at++] = Number(u);
  return at;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function deleteRecord(c: Cell): KvRecord {
  return { key: cellKey(c), value: undefined };
}

/** Byte runs a caller already holds for the cells it decodes: the same bytes come back as these. */
export interface KnownRuns {
  row?: Buffer;
  family?: Buffer;
}

/**
 * A cell from a CompactedRow of the cell schema (without the stored value's schema id): the layout
 * decodeCompactedRow reads for CELL_ROW_TYPE (compacted-row.ts; one null-bit byte, of which only
 * `value`'s can be set), read here directly, with the generic reader's checks. Byte fields are views
 * into `bytes`, not copies: a scan decodes every cell of every row it returns, and the generic
 * decoder's copy of each byte run cost four ArrayBuffer allocations per cell. A row or family equal
 * to one in `known` is returned as that Buffer (a scan index page holds one row, mostly of one
 * family), saving a view per field. Callers pass bytes nothing rewrites: the scan index's values
 * (copied out of lmdb), and Fluss responses (each frame its own buffer).
 */
export function cellFromRow(bytes: Uint8Array, start = 0, end = bytes.length, known: KnownRuns = NONE_KNOWN): Cell {
  const source = asBuffer(bytes);
  if (start < 0 || end > source.length || start > end) throw new EncodingError(`bad range [${start}, ${end}) of ${source.length} bytes`);
  if (end - start < 1) throw new EncodingError(`compacted cell row of ${end - start} bytes has no null bitset`);
  cursor.at = start + 1;
  cursor.limit = end;
  const row = readRun(source, known.row);
  const family = readRun(source, known.family);
  const qualifier = readRun(source, undefined);
  const timestamp = readVarInt64At(source, cursor);
  const type = (readByteAt(source, cursor) << 24) >> 24; // TINYINT: signed
  const value = (source[start] & VALUE_NULL_BIT) !== 0 ? EMPTY : readRun(source, undefined);
  if (cursor.at !== end) throw new EncodingError(`${end - cursor.at} bytes left after the last field of a compacted cell row`);
  const cell: Cell = { row, family, qualifier, timestamp, type: type as CellType, value };
  return type < 0 ? untag(cell) : cell;
}

const NONE_KNOWN: KnownRuns = {};

/** The null bit of `value`, the one nullable field (index 5 of CELL_ROW_TYPE). */
const VALUE_NULL_BIT = 1 << 5;

/** The decoding position and end, shared by the reads below (no ByteReader per cell). */
const cursor: ByteCursor = { at: 0, limit: 0 };

/** A BYTES field: var-int length and the bytes, as a view of `source`, or `known` if it holds the same bytes. */
function readRun(source: Buffer, known: Buffer | undefined): Buffer {
  const n = readVarInt32At(source, cursor);
  if (n < 0 || n > cursor.limit - cursor.at) throw new EncodingError(`bad bytes length ${n} at ${cursor.at} (${cursor.limit - cursor.at} bytes left)`);
  const from = cursor.at;
  cursor.at += n;
  if (n === 0) return EMPTY;
  if (known !== undefined && known.length === n && sameRun(source, from, known)) return known;
  return source.subarray(from, cursor.at);
}

function sameRun(source: Buffer, from: number, known: Buffer): boolean {
  for (let i = 0; i < known.length; i++) if (source[from + i] !== known[i]) return false;
  return true;
}

/** Splits a tagged cell's value column back into tags and value. */
function untag(c: Cell): Cell {
  const tagsLen = c.value.readUInt16BE(0);
  return { ...c, type: ((c.type as number) & 0x7f) as CellType, tags: c.value.subarray(2, 2 + tagsLen), value: c.value.subarray(2 + tagsLen) };
}

/** A cell from a value as Lookup/PrefixLookup/LimitScan return it: int16 schema id + row. */
export function cellFromStoredValue(stored: Uint8Array): Cell {
  return cellFromRow(decodeKvValue(stored).row);
}

function asBuffer(v: unknown): Buffer {
  if (!(v instanceof Uint8Array)) throw new Error('cell column is not BYTES');
  return Buffer.isBuffer(v) ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}
