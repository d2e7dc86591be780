import { type Cell, CellType } from '@hbase-compat/hbase-codec';
import {
  type DataField,
  type KvRecord,
  type RowType,
  DataTypes,
  bucketForKey,
  ByteReader,
  EncodingError,
  decodeKvValue,
  encodeCompactedKey,
  encodeCompactedRow,
  field,
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
const SUFFIX_TYPE: readonly DataField[] = CELL_ROW_TYPE.slice(1, 5);
const BUCKET_KEY_TYPE: readonly DataField[] = CELL_ROW_TYPE.slice(0, 1);

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

export function cellKey(c: Cell): Uint8Array {
  return encodeCompactedKey(KEY_TYPE, [c.row, c.family, c.qualifier, c.timestamp, c.type]);
}

/** The cell's coordinates after the row (family, qualifier, ts, type), as key bytes. */
export function cellSuffixKey(c: Cell): Uint8Array {
  return encodeCompactedKey(SUFFIX_TYPE, [c.family, c.qualifier, c.timestamp, c.type]);
}

/** The PrefixLookup prefix (= encoded bucket key) of a row. */
export function rowPrefix(row: Buffer): Uint8Array {
  return encodeCompactedKey(BUCKET_KEY_TYPE, [row]);
}

export function bucketOfRow(row: Buffer, buckets: number): number {
  return bucketForKey(rowPrefix(row), buckets);
}

const TAGS_FLAG = 0x80;

export function putRecord(c: Cell): KvRecord {
  const tags = c.tags !== undefined && c.tags.length > 0 ? c.tags : undefined;
  if (tags === undefined) {
    return {
      key: cellKey(c),
      value: encodeCompactedRow(CELL_ROW_TYPE, [c.row, c.family, c.qualifier, c.timestamp, c.type, c.value.length > 0 ? c.value : EMPTY]),
    };
  }
  const value = Buffer.concat([Buffer.from([tags.length >> 8, tags.length & 0xff]), tags, c.value]);
  return { key: cellKey(c), value: encodeCompactedRow(CELL_ROW_TYPE, [c.row, c.family, c.qualifier, c.timestamp, (c.type | TAGS_FLAG) - 256, value]) };
}

export function deleteRecord(c: Cell): KvRecord {
  return { key: cellKey(c), value: undefined };
}

/**
 * A cell from a CompactedRow of the cell schema (without the stored value's schema id): the layout
 * decodeCompactedRow reads for CELL_ROW_TYPE (compacted-row.ts; one null-bit byte, of which only
 * `value`'s can be set), read here directly. Byte fields are views into `bytes`, not copies: a scan
 * decodes every cell of every row it returns, and the generic decoder's copy of each byte run
 * cost four ArrayBuffer allocations per cell. Callers pass bytes nothing rewrites: the scan
 * index's values (copied out of lmdb), and Fluss responses (each frame its own buffer).
 */
export function cellFromRow(bytes: Uint8Array, start = 0, end = bytes.length): Cell {
  const source = asBuffer(bytes);
  if (end - start < 1) throw new EncodingError(`compacted cell row of ${end - start} bytes has no null bitset`);
  const r = new ByteReader(source, start + 1, end);
  const row = readRun(r);
  const family = readRun(r);
  const qualifier = readRun(r);
  const timestamp = r.readVarInt64();
  const type = r.readInt8();
  const value = (source[start] & VALUE_NULL_BIT) !== 0 ? EMPTY : readRun(r);
  if (r.remaining !== 0) throw new EncodingError(`${r.remaining} bytes left after the last field of a compacted cell row`);
  const cell: Cell = { row, family, qualifier, timestamp, type: type as CellType, value };
  return type < 0 ? untag(cell) : cell;
}

/** The null bit of `value`, the one nullable field (index 5 of CELL_ROW_TYPE). */
const VALUE_NULL_BIT = 1 << 5;

/** A BYTES field: var-int length and the bytes, as a view of the reader's Buffer. */
function readRun(r: ByteReader): Buffer {
  const n = r.readLength('bytes');
  return n === 0 ? EMPTY : (r.readBytes(n) as Buffer);
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
