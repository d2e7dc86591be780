import { type Cell, CellType, compareBytes, compareCells, equalBytes, isDeleteType } from '@hbase-compat/hbase-codec';
import { type FamilyDescriptor, FOREVER_SECONDS, type KeepDeletedCells, keepDeletedCellsOf } from './descriptors';
import { isCellTtlExpired, withoutTags } from './cell-tags';

/**
 * HBase visibility for one row, shared by every engine.
 *
 * Stored cells are puts and delete markers. A DeleteFamily at T hides the family's cells with
 * ts <= T; DeleteFamilyVersion at T hides ts == T in the family; DeleteColumn at T hides the
 * column's ts <= T; Delete at T hides the column's ts == T. Markers also hide puts written later
 * with older timestamps (as in HBase until a major compaction).
 *
 * Reads see a row as HBase does after a flush: the cells a flush keeps
 * (MinorCompactionScanQueryMatcher: masked puts, versions beyond VERSIONS and expired cells
 * dropped; every marker kept; KEEP_DELETED_CELLS keeps masked puts) are what user reads
 * (NormalUserScanQueryMatcher) and raw scans (RawScanQueryMatcher) then match. The embedded engine
 * stores exactly that view (mergeRow on write); the Fluss engine stores every cell and gets the
 * same answers because reads derive the view. Before HBase flushes, its memstore can still show
 * cells a flush would drop (tests/differential/known-differences.txt).
 */
export interface TimeRange {
  /** Inclusive. */
  from: bigint;
  /** Exclusive. */
  to: bigint;
}

export const ALL_TIME: TimeRange = { from: 0n, to: 0x7fffffffffffffffn };

export interface ReadQuery {
  /** Family (latin1 key) → qualifiers (latin1 keys) or null for the whole family; undefined = all. */
  columns?: Map<string, Set<string> | null>;
  timeRange: TimeRange;
  /** Get/Scan setColumnFamilyTimeRange: per family (latin1 key), replacing timeRange there. */
  familyTimeRanges?: Map<string, TimeRange>;
  maxVersions: number;
  /** Scan.setRaw: delete markers and the puts they mask come back (RawScanQueryMatcher). */
  raw?: boolean;
  /** Server time in ms, for TTL. */
  now: number;
}

export const bytesKey = (b: Buffer): string => b.toString('latin1');

/** The last family key made, with its bytes: a table's rows mostly hold one family. */
let lastFamily: { bytes: Buffer; key: string } = { bytes: Buffer.alloc(0), key: '' };

/**
 * bytesKey of a family on the per-row paths (plain reads, writes): every row decoded from storage
 * has its own family view, and a fresh latin1 string costs an allocation and a hash in the map
 * lookup that follows; comparing a few bytes with the family before costs neither.
 */
function familyKey(family: Buffer): string {
  if (!equalBytes(lastFamily.bytes, family)) lastFamily = { bytes: Buffer.from(family), key: bytesKey(family) };
  return lastFamily.key;
}

interface ColumnGroup {
  family: Buffer;
  qualifier: Buffer;
  /** The column's puts and markers in cell order (newest first). */
  cells: Cell[];
  /** Delete and DeleteColumn markers of this column. */
  markers: Cell[];
}

interface FamilyGroup {
  family: Buffer;
  /** DeleteFamily and DeleteFamilyVersion markers. */
  markers: Cell[];
  columns: ColumnGroup[];
}

/** Groups cells (in HBase cell order) by family and column, separating markers from puts. */
function group(cells: readonly Cell[]): FamilyGroup[] {
  const families: FamilyGroup[] = [];
  let fam: FamilyGroup | undefined;
  let col: ColumnGroup | undefined;
  for (const c of cells) {
    if (fam === undefined || !fam.family.equals(c.family)) {
      fam = { family: c.family, markers: [], columns: [] };
      families.push(fam);
      col = undefined;
    }
    if (c.type === CellType.DeleteFamily || c.type === CellType.DeleteFamilyVersion) {
      fam.markers.push(c);
      continue;
    }
    if (col === undefined || !col.qualifier.equals(c.qualifier)) {
      col = { family: c.family, qualifier: c.qualifier, cells: [], markers: [] };
      fam.columns.push(col);
    }
    col.cells.push(c);
    if (c.type === CellType.DeleteColumn || c.type === CellType.Delete) col.markers.push(c);
  }
  return families;
}

type MarkerFilter = (marker: Cell) => boolean;

const enum Deleted {
  No,
  /** Delete or DeleteFamilyVersion: this version only (the matcher skips the cell). */
  Version,
  /** DeleteColumn or DeleteFamily: this and every older version (the matcher seeks to the next column). */
  Column,
}

/** ScanDeleteTracker.isDeleted over the markers `accept` lets the tracker see. */
function deletion(put: Cell, fam: FamilyGroup, col: ColumnGroup, accept: MarkerFilter): Deleted {
  const ts = put.timestamp;
  let result = Deleted.No;
  for (const m of fam.markers) {
    if (m.type === CellType.DeleteFamily ? ts <= m.timestamp && accept(m) : ts === m.timestamp && result === Deleted.No && accept(m)) {
      if (m.type === CellType.DeleteFamily) return Deleted.Column;
      result = Deleted.Version;
    }
  }
  for (const m of col.markers) {
    if (m.type === CellType.DeleteColumn ? ts <= m.timestamp && accept(m) : ts === m.timestamp && result === Deleted.No && accept(m)) {
      if (m.type === CellType.DeleteColumn) return Deleted.Column;
      result = Deleted.Version;
    }
  }
  return result;
}

/** Whether the family's TTL expires anything: FOREVER (and a non-positive value) means no TTL. */
const hasTtl = (fd: FamilyDescriptor): boolean => fd.ttlSeconds > 0 && fd.ttlSeconds < FOREVER_SECONDS;

function expiryCutoff(fd: FamilyDescriptor | undefined, now: number): bigint | undefined {
  if (fd === undefined || !hasTtl(fd)) return undefined;
  return BigInt(now) - BigInt(fd.ttlSeconds) * 1000n;
}

/** A family's retention rules at one instant. */
interface FamilyRules {
  fd: FamilyDescriptor;
  /** Oldest unexpired timestamp (family TTL), undefined = no TTL. */
  cutoff: bigint | undefined;
  keepDeleted: KeepDeletedCells;
  now: number;
}

function rulesOf(fd: FamilyDescriptor, now: number): FamilyRules {
  return { fd, cutoff: expiryCutoff(fd, now), keepDeleted: keepDeletedCellsOf(fd), now };
}

const isExpired = (r: FamilyRules, ts: bigint): boolean => r.cutoff !== undefined && ts < r.cutoff;

/** ColumnTracker.isDone: with no MIN_VERSIONS, nothing at or past an expired timestamp is seen. */
const isDone = (r: FamilyRules, ts: bigint): boolean => r.fd.minVersions <= 0 && isExpired(r, ts);

/**
 * The markers a flush tracks (CompactionScanQueryMatcher.trackDelete): all of them, except that
 * KEEP_DELETED_CELLS TRUE tracks none and TTL only those older than the TTL.
 */
function compactionTracks(r: FamilyRules): MarkerFilter {
  if (r.keepDeleted === 'TRUE') return () => false;
  if (r.keepDeleted === 'TTL') return (m) => isExpired(r, m.timestamp);
  return (m) => !isDone(r, m.timestamp);
}

/**
 * What a compaction keeps of one column, in cell order (CompactionScanQueryMatcher with
 * ScanWildcardColumnTracker): cell-TTL-expired cells skipped; the walk ends at an expired
 * timestamp, at a put a tracked DeleteColumn/DeleteFamily masks, past VERSIONS puts, or at an
 * expired put beyond MIN_VERSIONS (the scanner seeks to the next column, so later markers go
 * too); a put a tracked Delete/DeleteFamilyVersion masks is dropped; markers met before the end
 * stay when `keepMarker` says so. Only puts count as versions.
 */
function compactColumn(fam: FamilyGroup, col: ColumnGroup, r: FamilyRules, keepMarker: MarkerFilter): Cell[] {
  const tracked = compactionTracks(r);
  const out: Cell[] = [];
  let count = 0;
  for (const c of col.cells) {
    if (isCellTtlExpired(c, r.now)) continue;
    if (isDone(r, c.timestamp)) break;
    if (isDeleteType(c.type)) {
      if (keepMarker(c)) out.push(c);
      continue;
    }
    const deleted = deletion(c, fam, col, tracked);
    if (deleted === Deleted.Column) break;
    if (deleted === Deleted.Version) continue;
    count++;
    if (count > r.fd.maxVersions || (count > r.fd.minVersions && isExpired(r, c.timestamp))) break;
    out.push(c);
  }
  return out;
}

/** Markers a flush keeps (MinorCompactionScanQueryMatcher includes every one it reaches). */
const KEEP_ALL: MarkerFilter = () => true;

/** The puts of one column a flush keeps, newest first. */
function retainedPuts(fam: FamilyGroup, col: ColumnGroup, r: FamilyRules): Cell[] {
  const single = col.cells.length === 1 ? col.cells[0] : undefined;
  if (single !== undefined && single.type === CellType.Put && single.tags === undefined && fam.markers.length === 0 && r.cutoff === undefined) return col.cells;
  return compactColumn(fam, col, r, KEEP_ALL).filter((c) => !isDeleteType(c.type));
}

/**
 * NormalUserScanQueryMatcher over a column's retained puts: markers count when inside the time
 * range (KEEP_DELETED_CELLS: time-range reads see past later deletes) or, without it, inside or
 * after the range; then the time range, then versions (ScanWildcardColumnTracker.checkVersion).
 */
function userColumn(out: Cell[], fam: FamilyGroup, col: ColumnGroup, r: FamilyRules, tr: TimeRange, limit: number): void {
  const puts = retainedPuts(fam, col, r);
  if (puts.length === 0) return;
  const seePast = r.keepDeleted !== 'FALSE';
  const applies: MarkerFilter = (m) => !isDone(r, m.timestamp) && m.timestamp >= tr.from && (!seePast || m.timestamp < tr.to);
  const checkDeletes = fam.markers.length > 0 || col.markers.length > 0;
  let count = 0;
  for (const put of puts) {
    if (checkDeletes) {
      const deleted = deletion(put, fam, col, applies);
      if (deleted === Deleted.Column) break;
      if (deleted === Deleted.Version) continue;
    }
    if (put.timestamp >= tr.to) continue;
    if (put.timestamp < tr.from) break;
    count++;
    if (count > limit) break;
    if (count > r.fd.minVersions && isExpired(r, put.timestamp)) break;
    out.push(withoutTags(put));
  }
}

/** The family's cells after a flush, in cell order: kept markers and retained puts. */
function flushedFamily(fam: FamilyGroup, r: FamilyRules): Cell[] {
  const cells = fam.markers.filter((m) => !isDone(r, m.timestamp));
  for (const col of fam.columns) for (const c of compactColumn(fam, col, r, KEEP_ALL)) cells.push(c);
  return cells.sort(compareCells);
}

/**
 * RawScanQueryMatcher: markers and puts alike, nothing hidden by deletes; the time range applies;
 * only puts count as versions, against the scan's own max versions (not capped by VERSIONS), and
 * a repeat of the previous timestamp and type is skipped (ScanWildcardColumnTracker).
 */
function rawFamily(out: Cell[], fam: FamilyGroup, r: FamilyRules, tr: TimeRange, limit: number): void {
  let column: Buffer | undefined;
  let count = 0;
  let columnDone = false;
  let last: Cell | undefined;
  for (const c of flushedFamily(fam, r)) {
    if (column === undefined || !column.equals(c.qualifier)) {
      column = c.qualifier;
      count = 0;
      columnDone = false;
      last = undefined;
    }
    if (columnDone || isCellTtlExpired(c, r.now) || c.timestamp >= tr.to) continue;
    if (c.timestamp < tr.from) {
      columnDone = true;
      continue;
    }
    if (last !== undefined && last.timestamp === c.timestamp && last.type === c.type) continue;
    if (!isDeleteType(c.type)) count++;
    if (count > limit || (count > r.fd.minVersions && isExpired(r, c.timestamp))) {
      columnDone = true;
      continue;
    }
    last = c;
    out.push(withoutTags(c));
  }
}

/** The cells a read returns, in HBase cell order. */
export function readVisible(stored: readonly Cell[], families: ReadonlyMap<string, FamilyDescriptor>, q: ReadQuery): Cell[] {
  return readPlainRow(stored, families, q) ?? readByRules(stored, families, q);
}

/**
 * The row most reads meet, answered without the matcher walk: untagged puts only, one version per
 * column, in families with no TTL, read without raw or per-family time ranges. The walk would give
 * each such put alone in its column (no marker, no expiry, one version within any limit of at least
 * one), so it is visible exactly when the time range holds it. Anything else: undefined, and the
 * caller walks (row-semantics.spec.ts checks the two agree on random rows).
 */
function readPlainRow(stored: readonly Cell[], families: ReadonlyMap<string, FamilyDescriptor>, q: ReadQuery): Cell[] | undefined {
  if (q.raw === true || q.familyTimeRanges !== undefined || q.maxVersions < 1) return undefined;
  const { from, to } = q.timeRange;
  const out: Cell[] = [];
  let prev: Cell | undefined;
  let readable = false;
  let wanted: Set<string> | null = null;
  for (const c of stored) {
    if (c.type !== CellType.Put || c.tags !== undefined) return undefined;
    if (prev === undefined || !equalBytes(prev.family, c.family)) {
      const famKey = familyKey(c.family);
      const fd = families.get(famKey);
      if (fd !== undefined && (fd.maxVersions < 1 || hasTtl(fd))) return undefined;
      const w = q.columns === undefined ? null : q.columns.get(famKey);
      readable = fd !== undefined && w !== undefined;
      wanted = w ?? null;
    } else if (equalBytes(prev.qualifier, c.qualifier)) {
      return undefined;
    }
    prev = c;
    if (!readable || c.timestamp < from || c.timestamp >= to) continue;
    if (wanted === null || wanted.has(bytesKey(c.qualifier))) out.push(c);
  }
  return out;
}

/** The matcher walk: the cells each family's rules leave visible (see the functions above). */
export function readByRules(stored: readonly Cell[], families: ReadonlyMap<string, FamilyDescriptor>, q: ReadQuery): Cell[] {
  const out: Cell[] = [];
  for (const fam of group(stored)) {
    const famKey = bytesKey(fam.family);
    let wanted: Set<string> | null = null;
    if (q.columns !== undefined) {
      const w = q.columns.get(famKey);
      if (w === undefined) continue;
      wanted = w;
    }
    const fd = families.get(famKey);
    if (fd === undefined) continue;
    const rules = rulesOf(fd, q.now);
    const tr = q.familyTimeRanges?.get(famKey) ?? q.timeRange;
    if (q.raw) {
      rawFamily(out, fam, rules, tr, q.maxVersions);
      continue;
    }
    const limit = Math.min(q.maxVersions, fd.maxVersions);
    for (const col of fam.columns) {
      if (wanted !== null && !wanted.has(bytesKey(col.qualifier))) continue;
      userColumn(out, fam, col, rules, tr, limit);
    }
  }
  return out;
}

/** A cell's coordinates and type within its row: cells equal here replace each other. */
export const cellIdentity = (c: Cell): string => `${bytesKey(c.family)}\u0000${bytesKey(c.qualifier)}\u0000${c.timestamp}\u0000${c.type}`;

/**
 * Merges incoming cells into a row's stored cells and keeps what a flush would keep (see
 * compactRow). A cell with the same coordinates and type (compareCells ties) replaces the old one;
 * among incoming cells the last one written wins. Stored cells are normally already in cell order
 * with each identity once (this function's own output), so the merge is one linear pass.
 */
export function mergeRow(
  _row: Buffer,
  stored: readonly Cell[],
  incoming: readonly Cell[],
  families: ReadonlyMap<string, FamilyDescriptor>,
  now: number,
): Cell[] {
  return compactRow(mergeSorted(inCellOrder(stored), inCellOrder(incoming)), families, now, false);
}

/** Cells in cell order with each identity once, the last of equal ones kept; as given when they already are. */
function inCellOrder(cells: readonly Cell[]): readonly Cell[] {
  let ordered = true;
  for (let i = 1; i < cells.length && ordered; i++) ordered = compareCells(cells[i - 1], cells[i]) < 0;
  if (ordered) return cells;
  // Array.prototype.sort is stable: equal cells keep their written order, and the last one stays.
  const sorted = [...cells].sort(compareCells);
  return sorted.filter((c, i) => i + 1 === sorted.length || compareCells(c, sorted[i + 1]) !== 0);
}

/** Two runs in cell order merged into one; where both hold an identity, `incoming`'s cell replaces `stored`'s. */
function mergeSorted(stored: readonly Cell[], incoming: readonly Cell[]): Cell[] {
  if (stored.length === 0) return [...incoming];
  const out: Cell[] = [];
  let i = 0;
  let j = 0;
  while (i < stored.length && j < incoming.length) {
    const order = compareCells(stored[i], incoming[j]);
    if (order < 0) out.push(stored[i++]);
    else {
      out.push(incoming[j++]);
      if (order === 0) i++;
    }
  }
  while (i < stored.length) out.push(stored[i++]);
  while (j < incoming.length) out.push(incoming[j++]);
  return out;
}

/**
 * What a compaction keeps of a row's cells (in cell order, each identity once). Minor (a flush):
 * MinorCompactionScanQueryMatcher, every marker that has not expired stays so it still hides
 * later-written older puts. Major: MajorCompactionScanQueryMatcher purges the markers too, unless
 * KEEP_DELETED_CELLS keeps them (TTL: until they expire). Families no longer in the table go.
 */
export function compactRow(cells: readonly Cell[], families: ReadonlyMap<string, FamilyDescriptor>, now: number, major: boolean): Cell[] {
  return compactPlainRow(cells, families) ?? compactByRules(cells, families, now, major);
}

/**
 * The row most writes leave, compacted without the matcher walk: cells in cell order, each identity
 * once, all untagged puts, in families with no TTL. With no marker, no cell TTL and no expiry, the
 * walk keeps each column's newest VERSIONS puts and drops families the table no longer has; minor
 * and major compactions agree. Anything else: undefined, and the caller walks
 * (row-semantics.spec.ts checks the two agree on random rows).
 */
function compactPlainRow(cells: readonly Cell[], families: ReadonlyMap<string, FamilyDescriptor>): Cell[] | undefined {
  const out: Cell[] = [];
  let prev: Cell | undefined;
  let fd: FamilyDescriptor | undefined;
  let versions = 0;
  for (const c of cells) {
    if (c.type !== CellType.Put || c.tags !== undefined) return undefined;
    // Against the cell before: below 0 a new family (or the first cell), then a new column.
    const family = prev === undefined ? -1 : compareBytes(prev.family, c.family);
    const column = prev === undefined || family !== 0 ? family : compareBytes(prev.qualifier, c.qualifier);
    // Out of cell order (or a repeated identity): the walk decides.
    if (column > 0 || (column === 0 && prev !== undefined && prev.timestamp <= c.timestamp)) return undefined;
    if (family !== 0) {
      fd = families.get(familyKey(c.family));
      if (fd !== undefined && hasTtl(fd)) return undefined;
    }
    if (column !== 0) versions = 0;
    prev = c;
    if (fd !== undefined && ++versions <= fd.maxVersions) out.push(c);
  }
  return out;
}

/** compactRow by the matcher walk, for any row. */
export function compactByRules(cells: readonly Cell[], families: ReadonlyMap<string, FamilyDescriptor>, now: number, major: boolean): Cell[] {
  const out: Cell[] = [];
  for (const fam of group(cells)) {
    const fd = families.get(bytesKey(fam.family));
    if (fd === undefined) continue;
    const r = rulesOf(fd, now);
    const keepMarker: MarkerFilter = major ? majorKeepsMarker(r) : KEEP_ALL;
    for (const m of fam.markers) if (!isDone(r, m.timestamp) && keepMarker(m)) out.push(m);
    for (const col of fam.columns) for (const c of compactColumn(fam, col, r, keepMarker)) out.push(c);
  }
  return out.sort(compareCells);
}

/** DropDeletesCompactionScanQueryMatcher.tryDropDelete with hbase.hstore.time.to.purge.deletes = 0. */
function majorKeepsMarker(r: FamilyRules): MarkerFilter {
  if (r.keepDeleted === 'TRUE') return KEEP_ALL;
  if (r.keepDeleted === 'TTL') return (m) => !isExpired(r, m.timestamp);
  return () => false;
}
