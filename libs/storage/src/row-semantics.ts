import { type Cell, CellType, compareCells } from '@hbase-compat/hbase-codec';
import { type FamilyDescriptor, FOREVER_SECONDS } from './descriptors';

/**
 * HBase visibility for one row, shared by every engine.
 *
 * Stored cells are puts and delete markers. A DeleteFamily at T hides the family's cells with
 * ts <= T; DeleteFamilyVersion at T hides ts == T in the family; DeleteColumn at T hides the
 * column's ts <= T; Delete at T hides the column's ts == T. Markers also hide puts written later
 * with older timestamps (as in HBase until a major compaction). Reads return at most
 * min(query versions, family VERSIONS) of the newest visible versions inside the time range;
 * cells older than the family TTL are gone unless among the MIN_VERSIONS newest.
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
  maxVersions: number;
  /** Server time in ms, for TTL. */
  now: number;
}

export const bytesKey = (b: Buffer): string => b.toString('latin1');

interface ColumnGroup {
  family: Buffer;
  qualifier: Buffer;
  /** Puts, newest first. */
  puts: Cell[];
  deleteColumnTs: bigint | undefined;
  deleteVersions: Set<bigint> | undefined;
}

interface FamilyGroup {
  family: Buffer;
  deleteFamilyTs: bigint | undefined;
  deleteFamilyVersions: Set<bigint> | undefined;
  columns: ColumnGroup[];
}

/** Groups cells (in HBase cell order) by family and column, separating markers from puts. */
function group(cells: readonly Cell[]): FamilyGroup[] {
  const families: FamilyGroup[] = [];
  let fam: FamilyGroup | undefined;
  let col: ColumnGroup | undefined;
  for (const c of cells) {
    if (fam === undefined || !fam.family.equals(c.family)) {
      fam = { family: c.family, deleteFamilyTs: undefined, deleteFamilyVersions: undefined, columns: [] };
      families.push(fam);
      col = undefined;
    }
    if (c.type === CellType.DeleteFamily) {
      if (fam.deleteFamilyTs === undefined || c.timestamp > fam.deleteFamilyTs) fam.deleteFamilyTs = c.timestamp;
      continue;
    }
    if (c.type === CellType.DeleteFamilyVersion) {
      (fam.deleteFamilyVersions ??= new Set()).add(c.timestamp);
      continue;
    }
    if (col === undefined || !col.qualifier.equals(c.qualifier)) {
      col = { family: c.family, qualifier: c.qualifier, puts: [], deleteColumnTs: undefined, deleteVersions: undefined };
      fam.columns.push(col);
    }
    if (c.type === CellType.DeleteColumn) {
      if (col.deleteColumnTs === undefined || c.timestamp > col.deleteColumnTs) col.deleteColumnTs = c.timestamp;
    } else if (c.type === CellType.Delete) {
      (col.deleteVersions ??= new Set()).add(c.timestamp);
    } else {
      col.puts.push(c);
    }
  }
  return families;
}

function isDeleted(ts: bigint, fam: FamilyGroup, col: ColumnGroup): boolean {
  return (
    (fam.deleteFamilyTs !== undefined && ts <= fam.deleteFamilyTs) ||
    (col.deleteColumnTs !== undefined && ts <= col.deleteColumnTs) ||
    (fam.deleteFamilyVersions !== undefined && fam.deleteFamilyVersions.has(ts)) ||
    (col.deleteVersions !== undefined && col.deleteVersions.has(ts))
  );
}

function expiryCutoff(fd: FamilyDescriptor | undefined, now: number): bigint | undefined {
  if (fd === undefined || fd.ttlSeconds >= FOREVER_SECONDS || fd.ttlSeconds <= 0) return undefined;
  return BigInt(now) - BigInt(fd.ttlSeconds) * 1000n;
}

/** The cells a read returns, in HBase cell order. */
export function readVisible(stored: readonly Cell[], families: ReadonlyMap<string, FamilyDescriptor>, q: ReadQuery): Cell[] {
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
    const limit = Math.min(q.maxVersions, fd.maxVersions);
    const cutoff = expiryCutoff(fd, q.now);
    for (const col of fam.columns) {
      if (wanted !== null && !wanted.has(bytesKey(col.qualifier))) continue;
      let live = 0;
      let returned = 0;
      for (const put of col.puts) {
        if (returned >= limit) break;
        if (isDeleted(put.timestamp, fam, col)) continue;
        live++;
        if (cutoff !== undefined && put.timestamp < cutoff && live > fd.minVersions) continue;
        if (put.timestamp < q.timeRange.from || put.timestamp >= q.timeRange.to) continue;
        out.push(put);
        returned++;
      }
    }
  }
  return out;
}

/** A cell's coordinates and type within its row: cells equal here replace each other. */
export const cellIdentity = (c: Cell): string => `${bytesKey(c.family)}\u0000${bytesKey(c.qualifier)}\u0000${c.timestamp}\u0000${c.type}`;

/**
 * Merges incoming cells into a row's stored cells and compacts the result: hidden puts, versions
 * beyond the family's VERSIONS, expired cells and redundant markers are dropped; markers that can
 * still hide a later put are kept. A cell with the same coordinates and type replaces the old one.
 */
export function mergeRow(row: Buffer, stored: readonly Cell[], incoming: readonly Cell[], families: ReadonlyMap<string, FamilyDescriptor>, now: number): Cell[] {
  let merged: Cell[];
  if (stored.length === 0 && incoming.length <= 1) {
    merged = [...incoming];
  } else {
    const byIdentity = new Map<string, Cell>();
    for (const c of stored) byIdentity.set(cellIdentity(c), c);
    for (const c of incoming) byIdentity.set(cellIdentity(c), c);
    merged = [...byIdentity.values()];
  }
  merged.sort(compareCells);
  const out: Cell[] = [];
  for (const fam of group(merged)) {
    const fd = families.get(bytesKey(fam.family));
    if (fd === undefined) continue; // family dropped from the table: its cells go with it
    const cutoff = expiryCutoff(fd, now);
    if (fam.deleteFamilyTs !== undefined) out.push(marker(row, fam.family, Buffer.alloc(0), fam.deleteFamilyTs, CellType.DeleteFamily));
    const famVersions = fam.deleteFamilyVersions ? [...fam.deleteFamilyVersions].filter((ts) => fam.deleteFamilyTs === undefined || ts > fam.deleteFamilyTs) : [];
    for (const ts of famVersions.sort((a, b) => (a > b ? -1 : a < b ? 1 : 0))) out.push(marker(row, fam.family, Buffer.alloc(0), ts, CellType.DeleteFamilyVersion));
    for (const col of fam.columns) {
      const columnTs = col.deleteColumnTs !== undefined && (fam.deleteFamilyTs === undefined || col.deleteColumnTs > fam.deleteFamilyTs) ? col.deleteColumnTs : undefined;
      if (columnTs !== undefined) out.push(marker(row, col.family, col.qualifier, columnTs, CellType.DeleteColumn));
      const versionMarkers = col.deleteVersions
        ? [...col.deleteVersions].filter((ts) => (fam.deleteFamilyTs === undefined || ts > fam.deleteFamilyTs) && (columnTs === undefined || ts > columnTs))
        : [];
      versionMarkers.sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
      let kept = 0;
      let live = 0;
      const puts: Cell[] = [];
      for (const put of col.puts) {
        if (kept >= fd.maxVersions) break;
        if (isDeleted(put.timestamp, fam, col)) continue;
        live++;
        if (cutoff !== undefined && put.timestamp < cutoff && live > fd.minVersions) continue;
        puts.push(put);
        kept++;
      }
      // Cell order within a column: timestamp descending, then type descending (Delete 8 > Put 4).
      let vi = 0;
      for (const put of puts) {
        while (vi < versionMarkers.length && versionMarkers[vi] >= put.timestamp) out.push(marker(row, col.family, col.qualifier, versionMarkers[vi++], CellType.Delete));
        out.push(put);
      }
      while (vi < versionMarkers.length) out.push(marker(row, col.family, col.qualifier, versionMarkers[vi++], CellType.Delete));
    }
  }
  out.sort(compareCells);
  return out;
}

function marker(row: Buffer, family: Buffer, qualifier: Buffer, timestamp: bigint, type: CellType): Cell {
  return { row, family, qualifier, timestamp, type, value: EMPTY };
}

const EMPTY = Buffer.alloc(0);
