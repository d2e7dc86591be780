import { type Cell, CellType, LATEST_TIMESTAMP, encodedCellSize, hbaseError, hbase, toStringBinary } from '@hbase-compat/hbase-codec';
import { type TimeRange, readVisible, withTtlTag } from '@hbase-compat/storage';
import type { OpenTable } from '../catalog/table-catalog';
import { type DecodedMutation, checkFamilies, resolveForWrite } from './mutations';
import { buildReadQuery, toTimeRange, trimVersions, widenForFilter } from '../scan/read-query';
import { decodeComparator } from '../scan/comparators';
import { decodeFilter } from '../scan/filters';
import { sortedCells } from './results';

/**
 * Operations that read the row before writing it, run inside the engine's per-row atomic section:
 * Increment, Append, single-version Delete at LATEST, checkAndMutate and RowMutations.
 */
export interface AppliedMutation {
  write: Cell[];
  /**
   * Increment/Append: the new cells in CellComparator order, as HBase builds their Result (HRegion
   * reckonDeltas sorts each family's deltas; families come in byte order). Empty for Put/Delete.
   */
  returned: Cell[];
}

/** What a row transaction (checkAndMutate, RowMutations) hands back to the RPC layer. */
export interface RowOutcome {
  processed: boolean;
  /** The Result's cells: undefined when HBase sends no Result (a Put or Delete, or nothing applied). */
  returned: Cell[] | undefined;
}

/** The update a row transaction gives the engine's mutateRowAtomically: cells to write, and the outcome. */
export interface RowUpdate {
  cells: Cell[] | undefined;
  result: RowOutcome;
}

/** The newest visible version of one column within a time range (HRegion's Get inside reckonDeltas). */
function latestVisible(table: OpenTable, stored: readonly Cell[], c: Cell, range: TimeRange, nowMs: number): Cell | undefined {
  const cells = readVisible(stored, table.families, {
    columns: new Map([[c.family.toString('latin1'), new Set([c.qualifier.toString('latin1')])]]),
    timeRange: range,
    maxVersions: 1,
    now: nowMs,
  });
  return cells[0];
}

/** HRegion.getLongValue: a counter cell must be exactly 8 bytes wide. */
function longValue(c: Cell): bigint {
  if (c.value.length !== 8) throw hbaseError('DoNotRetryIOException', `Field is not a long, it's ${c.value.length} bytes wide`);
  return c.value.readBigInt64BE(0);
}

/**
 * One Increment or Append delta against the current value (HRegion.reckonDelta): the new cell is
 * stamped max(now, current + 1) so it never hides behind the version it replaces; without a current
 * value the delta keeps its own timestamp unless that is LATEST.
 */
function reckonDelta(kind: 'increment' | 'append', row: Buffer, delta: Cell, current: Cell | undefined, now: bigint, ttlMs: bigint | undefined): Cell {
  let value: Buffer;
  if (kind === 'increment') {
    const amount = longValue(delta);
    value = Buffer.alloc(8);
    value.writeBigInt64BE(BigInt.asIntN(64, current ? longValue(current) + amount : amount));
  } else {
    value = current ? Buffer.concat([current.value, delta.value]) : Buffer.from(delta.value);
  }
  let timestamp: bigint;
  if (current) timestamp = current.timestamp + 1n > now ? current.timestamp + 1n : now;
  else timestamp = delta.timestamp === LATEST_TIMESTAMP ? now : delta.timestamp;
  const cell: Cell = { row, family: delta.family, qualifier: delta.qualifier, timestamp, type: CellType.Put, value, tags: carriedTags(delta, current) };
  // TagUtil.carryForwardTTLTag: Mutation.setTTL replaces any TTL tag carried forward.
  return ttlMs === undefined ? cell : withTtlTag(cell, ttlMs);
}

/** TagUtil.carryForwardTags, as HRegion.reckonDelta uses it: the delta's tags, then the current cell's. */
function carriedTags(delta: Cell, current: Cell | undefined): Buffer | undefined {
  const own = delta.tags !== undefined && delta.tags.length > 0 ? delta.tags : undefined;
  const old = current?.tags !== undefined && current.tags.length > 0 ? current.tags : undefined;
  if (own === undefined || old === undefined) return own ?? old;
  return Buffer.concat([own, old]);
}

/**
 * Increment/Append (HRegion.reckonDeltas): each column's current value is read within the
 * mutation's time range (Increment/Append.setTimeRange restrict which version is the base), and a
 * new cell larger than hbase.server.keyvalue.maxsize (0: no limit) fails the whole mutation.
 */
function reckonDeltas(
  table: OpenTable,
  m: DecodedMutation & { kind: 'increment' | 'append' },
  stored: readonly Cell[],
  now: bigint,
  maxCellSize: number,
): AppliedMutation {
  const range = toTimeRange(m.timeRange);
  const write = m.cells.map((delta) => reckonDelta(m.kind, m.row, delta, latestVisible(table, stored, delta, range, Number(now)), now, m.ttlMs));
  for (const c of write) checkNewCellSize(table, c, maxCellSize);
  return { write, returned: sortedCells(write) };
}

/** The size HBase measures (PrivateCellUtil.estimatedSerializedSizeOf: the KeyValue with tags, plus 4). */
function checkNewCellSize(table: OpenTable, c: Cell, maxCellSize: number): void {
  const size = encodedCellSize(c, true);
  if (maxCellSize > 0 && size > maxCellSize) {
    const region = table.regions.find((r) => Buffer.compare(r.startKey, c.row) <= 0 && (r.endKey.length === 0 || Buffer.compare(c.row, r.endKey) < 0));
    throw hbaseError(
      'DoNotRetryIOException',
      `Cell with size ${size} exceeds limit of ${maxCellSize} bytes in region ${region ? toStringBinary(region.name) : ''}`,
    );
  }
}

/** One mutation against the row as stored; `maxCellSize` bounds the cells an Increment/Append creates. */
export function applyAtomicMutation(table: OpenTable, m: DecodedMutation, stored: readonly Cell[], now: bigint, maxCellSize = 0): AppliedMutation {
  switch (m.kind) {
    case 'put':
      return { write: resolveForWrite(table, m, now), returned: [] };
    case 'delete': {
      const write = resolveForWrite(table, m, now).map((c) => {
        if (c.type !== CellType.Delete || c.timestamp !== LATEST_TIMESTAMP) return c;
        // Delete of "the latest version": aim the marker at that version's timestamp (HRegion.prepareDeleteTimestamps).
        const latest = latestVisible(table, stored, c, toTimeRange(undefined), Number(now));
        return { ...c, timestamp: latest ? latest.timestamp : now };
      });
      return { write, returned: [] };
    }
    case 'increment':
    case 'append':
      return reckonDeltas(table, { ...m, kind: m.kind }, stored, now, maxCellSize);
  }
}

/** hbase.pb.CompareType (CompareOperator) codes. */
const CompareType = { LESS: 0, LESS_OR_EQUAL: 1, EQUAL: 2, NOT_EQUAL: 3, GREATER_OR_EQUAL: 4, GREATER: 5 } as const;

/** A condition's verdict and the timestamp of the cell it read (0 when none), as HRegion keeps both. */
interface ConditionVerdict {
  matches: boolean;
  cellTs: bigint;
}

/**
 * HRegion.checkAndMutateInternal's read: a Get of the row with the condition's filter, or of its one
 * column (whose family must exist: HRegion.checkFamily → NoSuchColumnFamilyException), within the
 * condition's time range, one version. A filter matches when anything is left; a column compares
 * `compare(operand, cellValue)`, so LESS means operand < cell value. An absent or empty operand
 * matches a missing or empty cell (the reverse for NOT_EQUAL).
 */
function checkCondition(table: OpenTable, stored: readonly Cell[], condition: hbase.pb.ICondition, nowMs: number): ConditionVerdict {
  const row = Buffer.from(condition.row ?? []);
  if (condition.filter) {
    const query = buildReadQuery(table, undefined, condition.timeRange, 1, nowMs, row);
    const visible = readVisible(stored, table.families, widenForFilter(query));
    const kept = trimVersions(filterRow(condition.filter, row, visible), 1);
    return { matches: kept.length > 0, cellTs: kept[0]?.timestamp ?? 0n };
  }
  const column = { family: condition.family ?? new Uint8Array(0), qualifier: [condition.qualifier ?? new Uint8Array(0)] };
  const query = buildReadQuery(table, [column], condition.timeRange, 1, nowMs, row);
  const cell = readVisible(stored, table.families, query)[0];
  const op = condition.compareType ?? CompareType.EQUAL;
  const comparator = decodeComparator(condition.comparator);
  if (comparator.operand === undefined || comparator.operand.length === 0) {
    const matches = cell === undefined ? op !== CompareType.NOT_EQUAL : (cell.value.length === 0) === (op !== CompareType.NOT_EQUAL);
    return { matches, cellTs: cell?.timestamp ?? 0n };
  }
  if (cell === undefined) return { matches: false, cellTs: 0n };
  return { matches: compareMatches(op, comparator.compareTo(cell.value)), cellTs: cell.timestamp };
}

/** HRegion.matches: NO_OP is not a comparison; HBase fails it with a RuntimeException the client sees as an IOException. */
function compareMatches(op: number, cmp: number): boolean {
  switch (op) {
    case CompareType.LESS:
      return cmp < 0;
    case CompareType.LESS_OR_EQUAL:
      return cmp <= 0;
    case CompareType.EQUAL:
      return cmp === 0;
    case CompareType.NOT_EQUAL:
      return cmp !== 0;
    case CompareType.GREATER_OR_EQUAL:
      return cmp >= 0;
    case CompareType.GREATER:
      return cmp > 0;
    default:
      throw hbaseError('IOException', `Unknown Compare op ${op === 6 ? 'NO_OP' : op}`);
  }
}

function filterRow(filterProto: hbase.pb.IFilter, row: Buffer, cells: Cell[]): Cell[] {
  const filter = decodeFilter(filterProto);
  if (filter.filterAllRemaining() || filter.filterRowKey(row)) return [];
  const kept = filter.filterCells(cells);
  return kept.length === 0 || filter.filterRow(kept) ? [] : kept;
}

/** Whether a checkAndMutate condition holds on the stored row (see checkCondition). */
export function evaluateCondition(table: OpenTable, stored: readonly Cell[], condition: hbase.pb.ICondition, nowMs: number): boolean {
  return checkCondition(table, stored, condition, nowMs).matches;
}

/**
 * One row transaction under the row lock: RowMutations (HRegion.mutateRow), or checkAndMutate of one
 * mutation or of RowMutations (HRegion.checkAndMutateInternal). As HBase:
 * - the condition is read first; the mutations' families are checked only when it holds (the batch
 *   they go through checks them), so a failed condition never reports a bad mutation family;
 * - every mutation reads the row as it was before the transaction (HRegion's mini-batch prepares all
 *   of them, reckonDeltas included, before applying any);
 * - Puts without a timestamp are stamped no older than the checked cell (HBASE-14054);
 * - the Result: none for a Put or Delete; an Increment/Append's sorted cells; for RowMutations the
 *   Increment/Append results concatenated in mutation order (HRegion.mutateRow merges them so).
 */
export function rowTransaction(
  table: OpenTable,
  condition: hbase.pb.ICondition | null | undefined,
  mutations: readonly DecodedMutation[],
  stored: readonly Cell[],
  nowMs: number,
  maxCellSize = 0,
): RowUpdate {
  let putTs = BigInt(nowMs);
  if (condition) {
    const verdict = checkCondition(table, stored, condition, nowMs);
    if (!verdict.matches) return { cells: undefined, result: { processed: false, returned: undefined } };
    if (verdict.cellTs > putTs) putTs = verdict.cellTs;
  }
  for (const m of mutations) checkFamilies(table, m.cells);
  const write: Cell[] = [];
  const results: Cell[][] = [];
  for (const m of mutations) {
    const applied = applyAtomicMutation(table, m, stored, m.kind === 'put' ? putTs : BigInt(nowMs), maxCellSize);
    write.push(...applied.write);
    if (m.kind === 'increment' || m.kind === 'append') results.push(m.returnResults ? applied.returned : []);
  }
  // No Increment/Append: no Result; otherwise their Results concatenated (one: as is).
  return { cells: write, result: { processed: true, returned: results.length === 0 ? undefined : results.flat() } };
}
