import {
  type Cell,
  CellBlockReader,
  CellType,
  LATEST_TIMESTAMP,
  encodedCellSize,
  hbaseError,
  has,
  pb,
  toBigInt,
  toStringBinary,
  hbase,
} from '@hbase-compat/hbase-codec';
import { type WriteOptions, bytesKey, withTtlTag } from '@hbase-compat/storage';
import type { OpenTable } from '../catalog/table-catalog';
import { noSuchFamilyMessage } from './descriptor-text';

/**
 * MutationProto → cells. Data either sits inline (column_value) or, when associated_cell_count is
 * set, in the request cell block, consumed in message order by one reader per call.
 *
 *   MutationProto{row, mutate_type, column_value*, timestamp, attribute*, associated_cell_count}
 *   ColumnValue{family, qualifier_value*{qualifier, value, timestamp, delete_type}}
 */
export type MutationKind = 'put' | 'delete' | 'increment' | 'append';

export interface DecodedMutation {
  kind: MutationKind;
  row: Buffer;
  cells: Cell[];
  /** Mutation-level timestamp (LATEST_TIMESTAMP when the client set none). */
  timestamp: bigint;
  /** Increment/Append: whether the client wants the new cells back (Mutation.RETURN_RESULTS "_rr_"). */
  returnResults: boolean;
  attributes: hbase.pb.INameBytesPair[];
  /** Mutation.setTTL ("_ttl" attribute, ms); undefined when unset or Long.MAX_VALUE. */
  ttlMs: bigint | undefined;
  /** Increment/Append.setTimeRange: the versions their read may start from (HRegion.reckonDeltas). */
  timeRange?: hbase.pb.ITimeRange;
  /** MutationProto.durability (USE_DEFAULT when unset). */
  durability: hbase.pb.MutationProto.Durability;
}

const KIND: Record<number, MutationKind> = { 0: 'append', 1: 'increment', 2: 'put', 3: 'delete' };
const DELETE_TYPE: Record<number, CellType> = {
  0: CellType.Delete,
  1: CellType.DeleteColumn,
  2: CellType.DeleteFamily,
  3: CellType.DeleteFamilyVersion,
};

export function decodeMutation(m: hbase.pb.IMutationProto, cellReader: CellBlockReader | undefined): DecodedMutation {
  const kind = has(m, 'mutateType') ? KIND[m.mutateType as number] : undefined;
  if (kind === undefined) throw hbaseError('DoNotRetryIOException', `Unsupported mutate type ${m.mutateType}`);
  const row = m.row ? Buffer.from(m.row) : Buffer.alloc(0);
  const timestamp = has(m, 'timestamp') ? toBigInt(m.timestamp) : LATEST_TIMESTAMP;
  const cells: Cell[] = [];
  const count = m.associatedCellCount ?? 0;
  if (count > 0) {
    if (cellReader === undefined) throw hbaseError('DoNotRetryIOException', 'Mutation announces cells but the request has no cell block');
    for (let i = 0; i < count; i++) {
      const c = cellReader.next();
      if (!c.row.equals(row)) throw hbaseError('DoNotRetryIOException', `Cell row does not match mutation row`);
      cells.push(c);
    }
  }
  for (const cv of m.columnValue ?? []) {
    const family = Buffer.from(cv.family ?? []);
    for (const qv of cv.qualifierValue ?? []) {
      const type = kind === 'delete' ? DELETE_TYPE[qv.deleteType ?? 0] : CellType.Put;
      if (type === undefined) throw hbaseError('DoNotRetryIOException', `Unknown delete type ${qv.deleteType}`);
      cells.push({
        row,
        family,
        qualifier: Buffer.from(qv.qualifier ?? []),
        timestamp: has(qv, 'timestamp') ? toBigInt(qv.timestamp) : timestamp,
        type,
        value: Buffer.from(qv.value ?? []),
        tags: qv.tags && qv.tags.length > 0 ? Buffer.from(qv.tags) : undefined,
      });
    }
  }
  const attributes = m.attribute ?? [];
  const rr = attributes.find((a) => a.name === '_rr_');
  const returnResults = rr?.value === undefined || rr.value === null || rr.value.length === 0 || rr.value[0] !== 0;
  const durability = m.durability ?? hbase.pb.MutationProto.Durability.USE_DEFAULT;
  return { kind, row, cells, timestamp, returnResults, attributes, ttlMs: ttlOf(attributes), timeRange: m.timeRange ?? undefined, durability };
}

/**
 * How a batch of mutations is acknowledged. HRegion syncs a batch's WAL edits at the highest
 * durability among its mutations, each one's effective durability being its own or, for
 * USE_DEFAULT, its table's DURABILITY (HRegion.getEffectiveDurability). Only FSYNC_WAL asks for
 * more than every write gets ("force the entries to disk", Durability.java); SKIP_WAL and
 * ASYNC_WAL still get a committed write, since no acknowledged write may be lost.
 */
export function writeOptionsFor(table: OpenTable, mutations: readonly DecodedMutation[]): WriteOptions {
  const { USE_DEFAULT, FSYNC_WAL } = hbase.pb.MutationProto.Durability;
  return { fsync: mutations.some((m) => m.durability === FSYNC_WAL || (m.durability === USE_DEFAULT && table.fsyncByDefault)) };
}

/** Mutation.getTTL: the "_ttl" attribute as a big-endian long; Long.MAX_VALUE means none. */
function ttlOf(attributes: hbase.pb.INameBytesPair[]): bigint | undefined {
  const a = attributes.find((x) => x.name === '_ttl');
  if (a?.value === undefined || a.value === null || a.value.length !== 8) return undefined;
  const ttl = Buffer.from(a.value).readBigInt64BE(0);
  return ttl === LATEST_TIMESTAMP ? undefined : ttl;
}

/** Skips the cells of a mutation that will not be applied (keeps the shared reader aligned). */
export function skipMutationCells(m: hbase.pb.IMutationProto, cellReader: CellBlockReader | undefined): void {
  const count = m.associatedCellCount ?? 0;
  for (let i = 0; i < count && cellReader !== undefined && cellReader.hasMore; i++) cellReader.next();
}

export function checkRow(row: Buffer): void {
  if (row.length === 0) throw hbaseError('DoNotRetryIOException', 'Row length is 0');
  if (row.length > 32767) throw hbaseError('DoNotRetryIOException', `Row length ${row.length} is > 32767`);
}

/**
 * hbase.server.keyvalue.maxsize, checked as RSRpcServices.checkCellSizeLimit does: the cell's
 * serialized KeyValue size with tags plus 4 (what encodedCellSize counts), against the limit; 0 disables.
 */
export function checkCellSizes(cells: readonly Cell[], maxCellSize: number): void {
  if (maxCellSize <= 0) return;
  for (const c of cells) {
    const size = encodedCellSize(c, true);
    if (size > maxCellSize) {
      throw hbaseError(
        'DoNotRetryIOException',
        `Cell[${toStringBinary(c.row)}/${toStringBinary(c.family)}:${toStringBinary(c.qualifier)}/${c.timestamp}] with size ${size} exceeds limit of ${maxCellSize} bytes`,
      );
    }
  }
}

export function checkFamilies(table: OpenTable, cells: readonly Cell[]): void {
  for (const c of cells) {
    if (!table.families.has(bytesKey(c.family))) {
      throw hbaseError('NoSuchColumnFamilyException', noSuchFamilyMessage(table, c.family, c.row));
    }
  }
}

/**
 * Resolves LATEST_TIMESTAMP to server time, turns a family-less Delete into DeleteFamily markers
 * for every family of the table (what HRegion.prepareDelete does), and tags a Put's cells with its
 * TTL (HRegion.rewriteCellTags; the client refuses a TTL on a Delete).
 */
export function resolveForWrite(table: OpenTable, m: DecodedMutation, now: bigint): Cell[] {
  if (m.kind === 'delete' && m.cells.length === 0) {
    const ts = m.timestamp === LATEST_TIMESTAMP ? now : m.timestamp;
    return table.descriptor.families.map((f) => ({
      row: m.row,
      family: f.name,
      qualifier: Buffer.alloc(0),
      timestamp: ts,
      type: CellType.DeleteFamily,
      value: Buffer.alloc(0),
    }));
  }
  return m.cells.map((c) => {
    // Views into the request frame stay valid: the connection decoder never reuses a frame's buffer.
    const copy = { ...c, row: m.row };
    // A single-version Delete at LATEST is resolved against the stored row by the caller.
    if (copy.timestamp === LATEST_TIMESTAMP && !(m.kind === 'delete' && c.type === CellType.Delete)) copy.timestamp = now;
    return m.kind === 'put' && m.ttlMs !== undefined ? withTtlTag(copy, m.ttlMs) : copy;
  });
}

export function needsRowRead(m: DecodedMutation): boolean {
  return m.kind !== 'put' && (m.kind !== 'delete' || m.cells.some((c) => c.type === CellType.Delete && c.timestamp === LATEST_TIMESTAMP));
}

export { pb };
