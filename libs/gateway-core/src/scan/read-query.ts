import { type Cell, encodedCellSize, hbaseError, has, toBigInt, hbase } from '@hbase-compat/hbase-codec';
import { ALL_TIME, type ReadQuery, type TimeRange, bytesKey } from '@hbase-compat/storage';
import type { OpenTable } from '../catalog/table-catalog';
import { noSuchFamilyMessage } from '../services/descriptor-text';

/** What of a Get or Scan message besides its columns and time range shapes a read. */
export interface ReadRequestExtras {
  cfTimeRange?: hbase.pb.IColumnFamilyTimeRange[] | null;
  attribute?: hbase.pb.INameBytesPair[] | null;
}

/**
 * Get/Scan protobuf fields → the engine-neutral ReadQuery (columns, time range, per-family time
 * ranges, versions, raw). Callers pass the Get or Scan message itself as `request`.
 */
export function buildReadQuery(
  table: OpenTable | undefined,
  columns: hbase.pb.IColumn[] | null | undefined,
  timeRange: hbase.pb.ITimeRange | null | undefined,
  maxVersions: number | null | undefined,
  now: number,
  /** The row read (Get) or the scan's first row, to name the region in errors. */
  row?: Buffer,
  request?: ReadRequestExtras,
): ReadQuery {
  let map: Map<string, Set<string> | null> | undefined;
  if (columns && columns.length > 0) {
    map = new Map();
    for (const c of columns) {
      const family = Buffer.from(c.family ?? []);
      const key = bytesKey(family);
      if (table !== undefined && !table.families.has(key)) {
        throw hbaseError('NoSuchColumnFamilyException', noSuchFamilyMessage(table, family, row));
      }
      const qualifiers = c.qualifier ?? [];
      if (qualifiers.length === 0) {
        map.set(key, null);
      } else {
        const existing = map.get(key);
        if (existing === null) continue;
        const set = existing ?? new Set<string>();
        for (const q of qualifiers) set.add(bytesKey(Buffer.from(q)));
        map.set(key, set);
      }
    }
  }
  const query: ReadQuery = { columns: map, timeRange: toTimeRange(timeRange), maxVersions: maxVersions ?? 1, now };
  const familyTimeRanges = toFamilyTimeRanges(request?.cfTimeRange);
  if (familyTimeRanges !== undefined) query.familyTimeRanges = familyTimeRanges;
  if (isRaw(request?.attribute)) query.raw = true;
  return query;
}

/** Get/Scan setColumnFamilyTimeRange (cf_time_range): family → its own time range. */
function toFamilyTimeRanges(list: hbase.pb.IColumnFamilyTimeRange[] | null | undefined): Map<string, TimeRange> | undefined {
  if (!list || list.length === 0) return undefined;
  const out = new Map<string, TimeRange>();
  for (const f of list) out.set(bytesKey(Buffer.from(f.columnFamily ?? [])), toTimeRange(f.timeRange));
  return out;
}

/** Scan.setRaw travels as the "_raw_" attribute (Bytes.toBytes(true)). */
export function isRaw(attributes: hbase.pb.INameBytesPair[] | null | undefined): boolean {
  return (attributes ?? []).some((a) => a.name === '_raw_' && (a.value?.[0] ?? 0) !== 0);
}

export function toTimeRange(tr: hbase.pb.ITimeRange | null | undefined): TimeRange {
  if (!tr) return ALL_TIME;
  const from = has(tr, 'from') ? toBigInt(tr.from) : ALL_TIME.from;
  const to = has(tr, 'to') ? toBigInt(tr.to) : ALL_TIME.to;
  return { from, to };
}

/**
 * What a cell counts against Scan.max_result_size, as HBase's ScannerContext counts a KeyValue's heap
 * size: its serialized size plus object overhead. One estimate for the row source (when to stop
 * reading rows) and the response (where to cut a row), so both stop at the same cell.
 */
export function cellHeapSize(c: Cell): number {
  return encodedCellSize(c, false) + CELL_HEAP_OVERHEAD;
}

const CELL_HEAP_OVERHEAD = 52;

export function cellsHeapSize(cells: readonly Cell[]): number {
  let n = 0;
  for (const c of cells) n += cellHeapSize(c);
  return n;
}

/** Get/Scan store_limit and store_offset: cells kept per column family of a row, after filters. */
export function applyStoreLimits(cells: Cell[], limit: number | null | undefined, offset: number | null | undefined): Cell[] {
  if (!limit && !offset) return cells;
  // store_limit/store_offset count cells per column family.
  const out: Cell[] = [];
  let family: Buffer | undefined;
  let seen = 0;
  for (const c of cells) {
    if (!family || !family.equals(c.family)) {
      family = c.family;
      seen = 0;
    }
    const i = seen++;
    if (offset && i < offset) continue;
    if (limit && i - (offset ?? 0) >= limit) continue;
    out.push(c);
  }
  return out;
}

/**
 * HBase hands each cell to the filter before it counts versions (UserScanQueryMatcher), so a filter
 * sees every retained version and only the versions it keeps count against the query's limit.
 * Callers read with `widenForFilter`, filter, then `trimVersions`.
 */
export function widenForFilter(q: ReadQuery): ReadQuery {
  return { ...q, maxVersions: Number.MAX_SAFE_INTEGER };
}

/** Keeps the newest `maxVersions` cells of each column (cells in HBase order: column, then newest first). */
export function trimVersions(cells: Cell[], maxVersions: number): Cell[] {
  if (maxVersions >= Number.MAX_SAFE_INTEGER) return cells;
  const out: Cell[] = [];
  let previous: Cell | undefined;
  let count = 0;
  for (const c of cells) {
    if (previous === undefined || !previous.family.equals(c.family) || !previous.qualifier.equals(c.qualifier)) count = 0;
    previous = c;
    if (count++ < maxVersions) out.push(c);
  }
  return out;
}
