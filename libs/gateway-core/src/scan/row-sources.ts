import type { Cell } from '@hbase-compat/hbase-codec';
import { compareMetaRows, type Region } from '@hbase-compat/region-mapping';
import { type ReadQuery, type RowCursor, type ScanRange, type StorageEngine, readVisible } from '@hbase-compat/storage';
import type { OpenTable } from '../catalog/table-catalog';
import type { MetaRow } from '../meta/meta-table';
import type { RowFilter } from './filters';
import { applyStoreLimits, cellsHeapSize, trimVersions, widenForFilter } from './read-query';

export interface RowBatch {
  rows: Cell[][];
  /** The region has nothing more for this scan. */
  regionDone: boolean;
  /** The whole scan is over (filter done with nothing left, or the row limit reached). */
  scanDone: boolean;
}

/** Rows of one region scan, read in batches as the client asks for them. */
export interface RowSource {
  next(maxRows: number, maxBytes: number): Promise<RowBatch>;
  close(): void;
}

/** The scan's range cut to one region (bounds in the scan's direction, as ScanRange has them). */
export function clampToRegion(scan: ScanRange, region: Region): ScanRange {
  const { reversed } = scan;
  let { startRow, startInclusive, stopRow, stopInclusive } = scan;
  if (!reversed) {
    if (startRow.length === 0 || Buffer.compare(startRow, region.startKey) < 0) {
      startRow = region.startKey;
      startInclusive = true;
    }
    if (region.endKey.length > 0 && (stopRow.length === 0 || Buffer.compare(region.endKey, stopRow) <= 0)) {
      stopRow = region.endKey;
      stopInclusive = false;
    }
  } else {
    if (region.endKey.length > 0 && (startRow.length === 0 || Buffer.compare(startRow, region.endKey) >= 0)) {
      startRow = region.endKey;
      startInclusive = false;
    }
    if (stopRow.length === 0 || Buffer.compare(stopRow, region.startKey) < 0) {
      stopRow = region.startKey;
      stopInclusive = true;
    }
  }
  return { startRow, startInclusive, stopRow, stopInclusive, reversed };
}

interface Shaping {
  query: ReadQuery;
  filter: RowFilter | undefined;
  /** Rows this scanner may still return (Scan.setLimit); undefined = no limit. */
  limit: number | undefined;
  /** Scan.setMaxResultsPerColumnFamily / setRowOffsetPerColumnFamily. */
  storeLimit?: number;
  storeOffset?: number;
}

/** Shared per-row logic: visibility already applied; filters and limits here. */
abstract class ShapedSource implements RowSource {
  protected returned = 0;
  protected exhausted = false;

  constructor(protected readonly shaping: Shaping) {}

  protected abstract fetch(n: number): Promise<{ row: Buffer; cells: Cell[] }[]>;
  abstract close(): void;

  async next(maxRows: number, maxBytes: number): Promise<RowBatch> {
    const rows: Cell[][] = [];
    let bytes = 0;
    const { filter, limit } = this.shaping;
    const want = Math.max(1, maxRows);
    while (!this.exhausted && rows.length < want && bytes < maxBytes) {
      if (limit !== undefined && this.returned >= limit) break;
      if (filter?.filterAllRemaining()) break;
      const batch = await this.fetch(Math.min(Math.max(want - rows.length, 16), 1024));
      if (batch.length === 0) {
        this.exhausted = true;
        break;
      }
      for (const stored of batch) {
        if (filter?.filterAllRemaining()) break;
        if (filter?.filterRowKey(stored.row)) continue;
        let cells = stored.cells;
        if (filter) cells = trimVersions(filter.filterCells(cells), this.shaping.query.maxVersions);
        cells = applyStoreLimits(cells, this.shaping.storeLimit, this.shaping.storeOffset);
        if (cells.length === 0) continue;
        if (filter?.filterRow(cells)) continue;
        rows.push(cells);
        this.returned++;
        bytes += cellsHeapSize(cells);
        if (rows.length >= want || bytes >= maxBytes || (limit !== undefined && this.returned >= limit)) {
          this.pushBack(batch.slice(batch.indexOf(stored) + 1));
          break;
        }
      }
    }
    const limitReached = limit !== undefined && this.returned >= limit;
    const filterDone = filter?.filterAllRemaining() === true;
    // As RSRpcServices: a finished filter ends this region's scan at once, but the whole scan only
    // when it yields nothing (so PageFilter, per region in HBase, starts afresh in the next region).
    const scanDone = limitReached || (filterDone && rows.length === 0);
    const regionDone = this.exhausted || scanDone || filterDone;
    return { rows, regionDone, scanDone };
  }

  protected abstract pushBack(rows: { row: Buffer; cells: Cell[] }[]): void;
}

export class TableRowSource extends ShapedSource {
  private readonly cursor: RowCursor;
  private pending: { row: Buffer; cells: Cell[] }[] = [];

  constructor(
    storage: StorageEngine,
    private readonly table: OpenTable,
    range: ScanRange,
    shaping: Shaping,
  ) {
    super(shaping);
    this.cursor = storage.data.openCursor(table.descriptor, range);
    this.readQuery = shaping.filter ? widenForFilter(shaping.query) : shaping.query;
  }

  private readonly readQuery: ReadQuery;

  protected async fetch(n: number): Promise<{ row: Buffer; cells: Cell[] }[]> {
    if (this.pending.length > 0) {
      const p = this.pending;
      this.pending = [];
      return p;
    }
    // Rows whose cells are all deleted or outside the query are skipped: keep reading until some are visible.
    for (;;) {
      const stored = await this.cursor.next(n);
      if (stored.length === 0) return [];
      const visible = [];
      for (const s of stored) {
        const cells = readVisible(s.cells, this.table.families, this.readQuery);
        if (cells.length > 0) visible.push({ row: s.row, cells });
      }
      if (visible.length > 0) return visible;
    }
  }

  protected pushBack(rows: { row: Buffer; cells: Cell[] }[]): void {
    this.pending = rows.concat(this.pending);
  }

  close(): void {
    this.cursor.close();
  }
}

/** hbase:meta rows from the in-memory meta table, bounds compared with MetaCellComparator. */
export class MetaRowSource extends ShapedSource {
  private position = 0;
  private readonly rows: MetaRow[];

  constructor(all: MetaRow[], range: ScanRange, shaping: Shaping) {
    super(shaping);
    const inRange = all.filter((r) => withinMetaRange(r.row, range));
    this.rows = range.reversed ? inRange.reverse() : inRange;
  }

  protected async fetch(n: number): Promise<{ row: Buffer; cells: Cell[] }[]> {
    const out: { row: Buffer; cells: Cell[] }[] = [];
    while (out.length < n && this.position < this.rows.length) {
      const r = this.rows[this.position++];
      const cells = projectMetaCells(r.cells, this.shaping.query);
      if (cells.length > 0) out.push({ row: r.row, cells });
    }
    return out;
  }

  protected pushBack(rows: { row: Buffer; cells: Cell[] }[]): void {
    this.position -= rows.length;
  }

  close(): void {
    this.position = this.rows.length;
  }
}

export function withinMetaRange(row: Buffer, range: ScanRange): boolean {
  const { startRow, startInclusive, stopRow, stopInclusive, reversed } = range;
  const sign = reversed ? -1 : 1;
  if (startRow.length > 0) {
    const c = compareMetaRows(row, startRow) * sign;
    if (c < 0 || (c === 0 && !startInclusive)) return false;
  }
  if (stopRow.length > 0) {
    const c = compareMetaRows(row, stopRow) * sign;
    if (c > 0 || (c === 0 && !stopInclusive)) return false;
  }
  return true;
}

export function projectMetaCells(cells: Cell[], query: ReadQuery): Cell[] {
  if (query.columns === undefined) return cells;
  return cells.filter((c) => {
    const wanted = query.columns?.get(c.family.toString('latin1'));
    if (wanted === undefined) return false;
    return wanted === null || wanted.has(c.qualifier.toString('latin1'));
  });
}
