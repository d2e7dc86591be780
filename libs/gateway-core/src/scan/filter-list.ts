import type { Cell } from '@hbase-compat/hbase-codec';
import { compareCells, FilterBase, type HFilter, isIncludeCode, ReturnCode } from './filter-model';

const R = ReturnCode;

/** FilterListBase: shared parts of the AND and OR lists (transform chain, row hooks, essentials). */
abstract class FilterListBase extends FilterBase {
  /** Per sub-filter: did it include the current cell (so its transformCell applies)? */
  protected readonly included: boolean[];

  constructor(protected readonly filters: HFilter[]) {
    super();
    this.included = filters.map(() => false);
  }

  protected isEmpty(): boolean {
    return this.filters.length === 0;
  }

  /** Direction-aware cell order (FilterListBase.compareCell). */
  protected compareCell(a: Cell, b: Cell): number {
    const c = compareCells(a, b);
    return this.reversed ? -c : c;
  }

  /** Post-order transform: each sub-filter that included the cell transforms the previous result (HBASE-18879). */
  override transformCell(cell: Cell): Cell {
    let out = cell;
    this.filters.forEach((f, i) => {
      if (this.included[i]) out = f.transformCell(out);
    });
    return out;
  }

  override filterRowCells(cells: Cell[]): void {
    for (const f of this.filters) f.filterRowCells(cells);
  }

  override hasFilterRow(): boolean {
    return this.filters.some((f) => f.hasFilterRow());
  }

  override isFamilyEssential(family: Buffer): boolean {
    if (this.isEmpty()) return true;
    return this.filters.some((f) => f.isFamilyEssential(family));
  }

  override setReversed(reversed: boolean): void {
    for (const f of this.filters) f.setReversed(reversed);
    this.reversed = reversed;
  }
}

/**
 * FilterListWithAND: the maximal step among sub-filters; evaluation stops at the first sub-filter
 * whose answer makes the merged code non-including (HBASE-20565), so later filters keep their state.
 */
export class FilterListWithAnd extends FilterListBase {
  private seekHintFilters: HFilter[] = [];

  constructor(filters: HFilter[]) {
    super(filters);
    this.included.fill(true);
  }

  override filterCell(cell: Cell): ReturnCode {
    if (this.isEmpty()) return R.INCLUDE;
    let rc = R.INCLUDE;
    this.seekHintFilters = [];
    for (const f of this.filters) {
      if (f.filterAllRemaining()) return R.NEXT_ROW;
      const local = f.filterCell(cell);
      if (local === R.SEEK_NEXT_USING_HINT) this.seekHintFilters.push(f);
      rc = mergeAnd(rc, local);
      if (!isIncludeCode(rc)) return rc;
    }
    return this.seekHintFilters.length > 0 ? R.SEEK_NEXT_USING_HINT : rc;
  }

  override reset(): void {
    for (const f of this.filters) f.reset();
    this.seekHintFilters = [];
  }

  /** Every sub-filter sees the row key (PrefixFilter tracks its position there), even after one said no. */
  override filterRowKey(first: Cell): boolean {
    if (this.isEmpty()) return super.filterRowKey(first);
    let drop = false;
    for (const f of this.filters) if (f.filterAllRemaining() || f.filterRowKey(first)) drop = true;
    return drop;
  }

  override filterAllRemaining(): boolean {
    return this.filters.some((f) => f.filterAllRemaining());
  }

  override filterRow(): boolean {
    for (const f of this.filters) if (f.filterRow()) return true;
    return false;
  }

  /** The furthest hint among the sub-filters that asked to seek. */
  override getNextCellHint(cell: Cell): Cell | undefined {
    if (this.isEmpty()) return undefined;
    let max: Cell | undefined;
    let first = true;
    for (const f of this.seekHintFilters) {
      if (f.filterAllRemaining()) continue;
      const hint = f.getNextCellHint(cell);
      if (first) {
        max = hint;
        first = false;
      } else if (max !== undefined && hint !== undefined && this.compareCell(max, hint) < 0) {
        max = hint;
      }
    }
    return max;
  }
}

/** Maximal-step merge table of FilterListWithAND.mergeReturnCode. */
function mergeAnd(rc: ReturnCode, local: ReturnCode): ReturnCode {
  if (rc === R.SEEK_NEXT_USING_HINT || local === R.SEEK_NEXT_USING_HINT) return R.SEEK_NEXT_USING_HINT;
  switch (local) {
    case R.INCLUDE:
      return rc;
    case R.INCLUDE_AND_NEXT_COL:
      if (rc === R.INCLUDE || rc === R.INCLUDE_AND_NEXT_COL) return R.INCLUDE_AND_NEXT_COL;
      if (rc === R.INCLUDE_AND_SEEK_NEXT_ROW) return R.INCLUDE_AND_SEEK_NEXT_ROW;
      if (rc === R.SKIP || rc === R.NEXT_COL) return R.NEXT_COL;
      return R.NEXT_ROW;
    case R.INCLUDE_AND_SEEK_NEXT_ROW:
      if (isIncludeCode(rc)) return R.INCLUDE_AND_SEEK_NEXT_ROW;
      return R.NEXT_ROW;
    case R.SKIP:
      if (rc === R.INCLUDE || rc === R.SKIP) return R.SKIP;
      if (rc === R.INCLUDE_AND_NEXT_COL || rc === R.NEXT_COL) return R.NEXT_COL;
      return R.NEXT_ROW;
    case R.NEXT_COL:
      if (rc === R.INCLUDE_AND_SEEK_NEXT_ROW || rc === R.NEXT_ROW) return R.NEXT_ROW;
      return R.NEXT_COL;
    case R.NEXT_ROW:
      return R.NEXT_ROW;
  }
  throw new Error(`unexpected return codes ${rc}/${local}`);
}

/**
 * FilterListWithOR: the minimal step among sub-filters. Every sub-filter sees every row key and,
 * unless its previous answer already covers the current cell (HBASE-17678: it asked to skip this
 * column, row or up to a hint), every cell.
 */
export class FilterListWithOr extends FilterListBase {
  private readonly prevCode: (ReturnCode | undefined)[];
  private readonly prevCell: (Cell | undefined)[];

  constructor(filters: HFilter[]) {
    super(filters);
    this.prevCode = filters.map(() => undefined);
    this.prevCell = filters.map(() => undefined);
  }

  /** FilterListWithOR.calculateReturnCodeByPrevCellAndRC: undefined means "ask the sub-filter". */
  private codeFromPrevious(f: HFilter, cell: Cell, prev: Cell | undefined, code: ReturnCode | undefined): ReturnCode | undefined {
    if (prev === undefined || code === undefined) return undefined;
    switch (code) {
      case R.INCLUDE:
      case R.SKIP:
        return undefined;
      case R.SEEK_NEXT_USING_HINT: {
        const hint = f.getNextCellHint(prev);
        return hint !== undefined && this.compareCell(cell, hint) < 0 ? R.SEEK_NEXT_USING_HINT : undefined;
      }
      case R.NEXT_COL:
      case R.INCLUDE_AND_NEXT_COL:
        return cell.family.equals(prev.family) && cell.qualifier.equals(prev.qualifier) ? R.NEXT_COL : undefined;
      case R.NEXT_ROW:
      case R.INCLUDE_AND_SEEK_NEXT_ROW:
        return cell.family.equals(prev.family) ? R.NEXT_ROW : undefined;
    }
  }

  override filterCell(cell: Cell): ReturnCode {
    if (this.isEmpty()) return R.INCLUDE;
    let rc: ReturnCode | undefined;
    this.filters.forEach((f, i) => {
      this.included[i] = false;
      if (f.filterAllRemaining()) return;
      const local = this.codeFromPrevious(f, cell, this.prevCell[i], this.prevCode[i]) ?? f.filterCell(cell);
      this.prevCode[i] = local;
      this.prevCell[i] = local === R.INCLUDE || local === R.SKIP ? undefined : cell;
      rc = rc === undefined ? local : mergeOr(rc, local);
      if (isIncludeCode(local)) this.included[i] = true;
    });
    return rc ?? R.SKIP;
  }

  override reset(): void {
    this.filters.forEach((f, i) => {
      f.reset();
      this.included[i] = false;
      this.prevCode[i] = undefined;
      this.prevCell[i] = undefined;
    });
  }

  override filterRowKey(first: Cell): boolean {
    if (this.isEmpty()) return super.filterRowKey(first);
    let drop = true;
    for (const f of this.filters) if (!f.filterAllRemaining() && !f.filterRowKey(first)) drop = false;
    return drop;
  }

  override filterAllRemaining(): boolean {
    if (this.isEmpty()) return false;
    return this.filters.every((f) => f.filterAllRemaining());
  }

  override filterRow(): boolean {
    if (this.isEmpty()) return false;
    for (const f of this.filters) if (!f.filterRow()) return false;
    return true;
  }

  /** The nearest hint; none at all if any live sub-filter has none. */
  override getNextCellHint(cell: Cell): Cell | undefined {
    if (this.isEmpty()) return undefined;
    let min: Cell | undefined;
    for (const f of this.filters) {
      if (f.filterAllRemaining()) continue;
      const hint = f.getNextCellHint(cell);
      if (hint === undefined) return undefined;
      if (min === undefined || this.compareCell(min, hint) > 0) min = hint;
    }
    return min;
  }
}

/** Minimal-step merge table of FilterListWithOR.mergeReturnCode. */
function mergeOr(rc: ReturnCode, local: ReturnCode): ReturnCode {
  const among = (...codes: ReturnCode[]) => codes.includes(rc);
  switch (local) {
    case R.INCLUDE:
      return R.INCLUDE;
    case R.INCLUDE_AND_NEXT_COL:
      if (among(R.INCLUDE, R.SKIP, R.SEEK_NEXT_USING_HINT)) return R.INCLUDE;
      return R.INCLUDE_AND_NEXT_COL;
    case R.INCLUDE_AND_SEEK_NEXT_ROW:
      if (among(R.INCLUDE, R.SKIP, R.SEEK_NEXT_USING_HINT)) return R.INCLUDE;
      if (among(R.INCLUDE_AND_NEXT_COL, R.NEXT_COL)) return R.INCLUDE_AND_NEXT_COL;
      return R.INCLUDE_AND_SEEK_NEXT_ROW;
    case R.SKIP:
      if (isIncludeCode(rc)) return R.INCLUDE;
      return R.SKIP;
    case R.NEXT_COL:
      if (among(R.INCLUDE)) return R.INCLUDE;
      if (among(R.NEXT_COL, R.NEXT_ROW)) return R.NEXT_COL;
      if (among(R.INCLUDE_AND_NEXT_COL, R.INCLUDE_AND_SEEK_NEXT_ROW)) return R.INCLUDE_AND_NEXT_COL;
      return R.SKIP;
    case R.NEXT_ROW:
      if (among(R.SKIP, R.SEEK_NEXT_USING_HINT)) return R.SKIP;
      return rc;
    case R.SEEK_NEXT_USING_HINT:
      if (isIncludeCode(rc)) return R.INCLUDE;
      if (among(R.SKIP, R.NEXT_COL, R.NEXT_ROW)) return R.SKIP;
      return R.SEEK_NEXT_USING_HINT;
  }
}
