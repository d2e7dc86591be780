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
  /** Rows read and dropped so far (server-side scan metrics). */
  readonly counts: RowCounts;
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

/**
 * A stored row as a source reads it: its cells after visibility and the projection (empty when none
 * are left), and whether HBase's region scanner would have read it at all (it has a cell in one of
 * the scanned families), which is what server-side scan metrics count.
 */
export interface FetchedRow {
  row: Buffer;
  cells: Cell[];
  scanned: boolean;
}

/** ServerSideScanMetrics' row counters, kept as HBase's RegionScannerImpl counts them. */
export interface RowCounts {
  /** ROWS_SCANNED: every row the scan read, returned or not. */
  rowsScanned: number;
  /** ROWS_FILTERED: rows read but not returned (by a filter, or nothing visible left). */
  rowsFiltered: number;
}

/** Shared per-row logic: visibility already applied; filters, limits and row counts here. */
abstract class ShapedSource implements RowSource {
  protected returned = 0;
  protected exhausted = false;
  readonly counts: RowCounts = { rowsScanned: 0, rowsFiltered: 0 };
  /** Rows fetched but not consumed yet (a response filled up mid-batch). */
  private pending: FetchedRow[] = [];

  constructor(protected readonly shaping: Shaping) {}

  /** The next stored rows in scan order; an empty answer means the region has no more. */
  protected abstract fetch(n: number): Promise<FetchedRow[]>;
  abstract close(): void;

  async next(maxRows: number, maxBytes: number): Promise<RowBatch> {
    const rows: Cell[][] = [];
    let bytes = 0;
    const { limit } = this.shaping;
    const want = Math.max(1, maxRows);
    const full = () => rows.length >= want || bytes >= maxBytes || (limit !== undefined && this.returned >= limit);
    // Reads only the rows the call can still return (a one-row scan decodes one row), unless rows
    // were dropped: then each further read asks for four times more, up to 1,024 rows.
    let ask = this.shaping.filter ? 16 : 1;
    while (!this.exhausted && !full() && !this.shaping.filter?.filterAllRemaining()) {
      const stillWanted = Math.min(want - rows.length, limit === undefined ? want : limit - this.returned);
      const batch = await this.take(Math.min(Math.max(stillWanted, ask), 1024));
      ask *= 4;
      if (batch.length === 0) {
        this.exhausted = true;
        break;
      }
      for (let i = 0; i < batch.length; i++) {
        if (this.shaping.filter?.filterAllRemaining()) {
          this.pending = batch.slice(i).concat(this.pending);
          break;
        }
        const cells = this.shape(batch[i]);
        if (cells === undefined) continue;
        rows.push(cells);
        this.returned++;
        bytes += cellsHeapSize(cells);
        if (full()) {
          this.pending = batch.slice(i + 1).concat(this.pending);
          break;
        }
      }
    }
    return this.finish(rows);
  }

  /** Filters and store limits for one row, counted as RegionScannerImpl counts it; undefined = not returned. */
  private shape(stored: FetchedRow): Cell[] | undefined {
    const { filter } = this.shaping;
    if (stored.scanned) this.counts.rowsScanned++;
    let cells: Cell[] | undefined = stored.cells;
    if (cells.length === 0 || filter?.filterRowKey(stored.row)) {
      cells = undefined;
    } else {
      if (filter) cells = trimVersions(filter.filterCells(cells), this.shaping.query.maxVersions);
      cells = applyStoreLimits(cells, this.shaping.storeLimit, this.shaping.storeOffset);
      if (cells.length === 0 || filter?.filterRow(cells)) cells = undefined;
    }
    if (cells === undefined && stored.scanned) this.counts.rowsFiltered++;
    return cells;
  }

  private async take(n: number): Promise<FetchedRow[]> {
    if (this.pending.length === 0) return this.fetch(n);
    const p = this.pending;
    this.pending = [];
    return p;
  }

  private finish(rows: Cell[][]): RowBatch {
    const { filter, limit } = this.shaping;
    const limitReached = limit !== undefined && this.returned >= limit;
    const filterDone = filter?.filterAllRemaining() === true;
    // As RSRpcServices: a finished filter ends this region's scan at once, but the whole scan only
    // when it yields nothing (so PageFilter, per region in HBase, starts afresh in the next region).
    const scanDone = limitReached || (filterDone && rows.length === 0);
    const regionDone = (this.exhausted && this.pending.length === 0) || scanDone || filterDone;
    return { rows, regionDone, scanDone };
  }
}

export class TableRowSource extends ShapedSource {
  private readonly cursor: RowCursor;
  private readonly readQuery: ReadQuery;

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

  protected async fetch(n: number): Promise<FetchedRow[]> {
    const stored = await this.cursor.next(n);
    const families = this.readQuery.columns;
    return stored.map((s) => ({
      row: s.row,
      cells: readVisible(s.cells, this.table.families, this.readQuery),
      scanned: families === undefined || s.cells.some((c) => families.has(c.family.toString('latin1'))),
    }));
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

  protected async fetch(n: number): Promise<FetchedRow[]> {
    const out: FetchedRow[] = [];
    const families = this.shaping.query.columns;
    while (out.length < n && this.position < this.rows.length) {
      const r = this.rows[this.position++];
      // A row with no cell in the scanned families is not read at all; one whose cells the
      // projection hides is read and dropped (the shaping above decides, in order).
      const scanned = families === undefined || r.cells.some((c) => families.has(c.family.toString('latin1')));
      if (scanned) out.push({ row: r.row, cells: projectMetaCells(r.cells, this.shaping.query), scanned });
    }
    return out;
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
