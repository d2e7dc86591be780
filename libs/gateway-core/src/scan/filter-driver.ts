import { type Cell, hbaseError } from '@hbase-compat/hbase-codec';
import { compareInRow, type HFilter, ReturnCode, sameColumn } from './filter-model';

/**
 * What the scan path asks of a filter, one row at a time (the row source and the Get path drive it):
 * `filterCells` runs the whole of HBase's per-row evaluation and returns the row's final cells
 * (empty = row dropped); `filterAllRemaining` is the "scan over" signal checked between rows.
 */
export interface RowFilter {
  filterAllRemaining(): boolean;
  filterRowKey(row: Buffer): boolean;
  filterCells(cells: Cell[]): Cell[];
  filterRow(cells: Cell[]): boolean;
}

export interface FilterScanOptions {
  reversed: boolean;
  /** Versions the read returns per column (min of the request and the family): counted after the filter. */
  maxVersions: number;
  /** Scan.load_column_families_on_demand, defaulted as HRegion does (hbase.hregion.scan.loadColumnFamiliesOnDemand = true). */
  loadColumnFamiliesOnDemand: boolean;
}

/**
 * HBase's reversed region scanner cannot read non-essential families on demand
 * (ReversedRegionScannerImpl.initializeKVHeap): a reversed scan whose filter leaves any scanned
 * family non-essential (SingleColumnValueFilter with filterIfMissing, ColumnValueFilter, lists of
 * them) is refused with DoNotRetryIOException, unless the client turned on-demand loading off.
 */
export function checkReversedOnDemand(filter: HFilter, opts: FilterScanOptions, scannedFamilies: Buffer[]): void {
  if (!opts.reversed || !opts.loadColumnFamiliesOnDemand) return;
  if (scannedFamilies.some((f) => !filter.isFamilyEssential(f))) {
    throw hbaseError('DoNotRetryIOException', 'Reverse scan with loading CFs on demand is not supported');
  }
}

/**
 * One region scanner's (or one Get's) filter run: RegionScannerImpl.nextInternal over the row, with
 * StoreScanner + UserScanQueryMatcher per family. Store-level state outlives the row: a family
 * whose scanner saw filterAllRemaining mid-scan is closed (DONE_SCAN) for the rest of the region,
 * and a hint into a later row skips that family's cells up to it.
 */
export class RegionFilterRun implements RowFilter {
  private readonly closed = new Set<string>();
  private readonly pendingSeek = new Map<string, Cell>();

  constructor(
    private readonly filter: HFilter,
    private readonly opts: FilterScanOptions,
  ) {
    filter.setReversed(opts.reversed);
  }

  filterAllRemaining(): boolean {
    return this.filter.filterAllRemaining();
  }

  /** The row key is judged inside filterCells, where the row's first cell is known. */
  filterRowKey(): boolean {
    return false;
  }

  filterRow(): boolean {
    return false;
  }

  filterCells(cells: Cell[]): Cell[] {
    const out = this.evaluateRow(this.reachable(cells));
    // RegionScannerImpl resets the filter between rows (nextRaw, nextRow).
    this.filter.reset();
    return out;
  }

  /** Cells the store scanners still reach: not in a closed family, not before a pending seek. */
  private reachable(cells: Cell[]): Cell[] {
    return cells.filter((c) => {
      const family = c.family.toString('latin1');
      if (this.closed.has(family)) return false;
      const seek = this.pendingSeek.get(family);
      if (seek === undefined) return true;
      const rowCmp = Buffer.compare(c.row, seek.row);
      if (rowCmp < 0 || (rowCmp === 0 && compareInRow(c, seek) < 0)) return false;
      this.pendingSeek.delete(family);
      return true;
    });
  }

  private evaluateRow(cells: Cell[]): Cell[] {
    const f = this.filter;
    const essential = this.opts.loadColumnFamiliesOnDemand ? cells.filter((c) => f.isFamilyEssential(c.family)) : cells;
    const joined = essential === cells ? [] : cells.filter((c) => !f.isFamilyEssential(c.family));
    // The row is only visited through the essential families' heap.
    if (essential.length === 0) return [];
    if (f.filterRowKey(essential[0])) return [];
    const results = this.runStores(essential);
    const isEmptyRow = results.length === 0;
    let excluded = false;
    if (f.hasFilterRow()) {
      // FilterWrapper.filterRowCellsWithRet: filterRow is asked only when cells are left.
      f.filterRowCells(results);
      if (results.length > 0) excluded = f.filterRow();
    } else if (!isEmptyRow) {
      excluded = f.filterRow();
    }
    if (isEmptyRow || excluded) return [];
    if (joined.length === 0) return results;
    const all = results.concat(this.runStores(joined));
    return all.sort(compareInRow);
  }

  /** Each family's cells through its own store scanner, in family order. */
  private runStores(cells: Cell[]): Cell[] {
    const out: Cell[] = [];
    let start = 0;
    for (let i = 1; i <= cells.length; i++) {
      if (i === cells.length || !cells[i].family.equals(cells[start].family)) {
        this.runStore(cells.slice(start, i), out);
        // The store scanner matches its next cell (in the next row) before the region scanner resets
        // the filter, and a filter that is done by then closes the store (DONE_SCAN).
        if (this.filter.filterAllRemaining()) this.closed.add(cells[start].family.toString('latin1'));
        start = i;
      }
    }
    return out;
  }

  /**
   * StoreScanner.next with UserScanQueryMatcher.matchColumn/mergeFilterResponse: the column tracker
   * has already passed these cells (columns, time range, deletes), so the filter's code decides,
   * and versions are counted only among the cells the filter included.
   */
  private runStore(cells: Cell[], out: Cell[]): void {
    const f = this.filter;
    let skipColumn: Cell | undefined;
    let hint: Cell | undefined;
    let column: Cell | undefined;
    let versions = 0;
    for (const c of cells) {
      if (f.filterAllRemaining()) {
        this.closed.add(c.family.toString('latin1'));
        return;
      }
      if (skipColumn !== undefined && sameColumn(c, skipColumn)) continue;
      if (hint !== undefined && compareInRow(c, hint) < 0) continue;
      const rc = f.filterCell(c);
      switch (rc) {
        case ReturnCode.SKIP:
          continue;
        case ReturnCode.NEXT_COL:
          skipColumn = c;
          continue;
        case ReturnCode.NEXT_ROW:
          return;
        case ReturnCode.SEEK_NEXT_USING_HINT: {
          const next = f.getNextCellHint(c);
          if (next === undefined) continue;
          if (next.row.equals(c.row)) {
            hint = next;
            continue;
          }
          if (!this.opts.reversed && Buffer.compare(next.row, c.row) > 0) this.pendingSeek.set(c.family.toString('latin1'), next);
          if (this.opts.reversed || Buffer.compare(next.row, c.row) > 0) return;
          continue;
        }
        case ReturnCode.INCLUDE:
          if (column === undefined || !sameColumn(column, c)) {
            column = c;
            versions = 0;
          }
          if (++versions > this.opts.maxVersions) {
            skipColumn = c;
            continue;
          }
          out.push(f.transformCell(c));
          continue;
        case ReturnCode.INCLUDE_AND_NEXT_COL:
          out.push(f.transformCell(c));
          skipColumn = c;
          continue;
        case ReturnCode.INCLUDE_AND_SEEK_NEXT_ROW:
          out.push(f.transformCell(c));
          return;
      }
    }
  }
}
