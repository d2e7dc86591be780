import type { Cell } from '@hbase-compat/hbase-codec';
import { passes, type ValueComparator } from './comparators';
import { FilterBase, firstOnRow, firstOnRowCol, firstOnRowColTs, type HFilter, ReturnCode } from './filter-model';

/**
 * The concrete filters of org.apache.hadoop.hbase.filter, each mirroring the HBase 2.6 class of the
 * same name (return codes, per-row state, reset, filterRow hooks, hints).
 */
const R = ReturnCode;

/** CompareFilter.compareX: true when the compared bytes fail `op` (the cell is filtered out). */
function fails(op: number, cmp: ValueComparator, bytes: Buffer): boolean {
  return !passes(op, cmp.compareTo(bytes));
}

/** RowFilter: decides once per row from the row key; the cells of a failed row go NEXT_ROW. */
export class RowCompareFilter extends FilterBase {
  private filterOutRow = false;
  constructor(
    private readonly op: number,
    private readonly cmp: ValueComparator,
  ) {
    super();
  }
  override reset(): void {
    this.filterOutRow = false;
  }
  override filterRowKey(first: Cell): boolean {
    if (fails(this.op, this.cmp, first.row)) this.filterOutRow = true;
    return this.filterOutRow;
  }
  override filterCell(): ReturnCode {
    return this.filterOutRow ? R.NEXT_ROW : R.INCLUDE;
  }
  override filterRow(): boolean {
    return this.filterOutRow;
  }
}

/** FamilyFilter: a failing family skips the rest of that family in the row (NEXT_ROW at store level). */
export class FamilyCompareFilter extends FilterBase {
  constructor(
    private readonly op: number,
    private readonly cmp: ValueComparator,
  ) {
    super();
  }
  override filterRowKey(): boolean {
    return false;
  }
  override filterCell(c: Cell): ReturnCode {
    return fails(this.op, this.cmp, c.family) ? R.NEXT_ROW : R.INCLUDE;
  }
}

/** QualifierFilter / ValueFilter: a failing cell is skipped. */
export class CellCompareFilter extends FilterBase {
  constructor(
    private readonly op: number,
    private readonly cmp: ValueComparator,
    private readonly part: 'qualifier' | 'value',
  ) {
    super();
  }
  override filterRowKey(): boolean {
    return false;
  }
  override filterCell(c: Cell): ReturnCode {
    return fails(this.op, this.cmp, c[this.part]) ? R.SKIP : R.INCLUDE;
  }
}

export class PageFilter extends FilterBase {
  private accepted = 0n;
  constructor(private readonly pageSize: bigint) {
    super();
  }
  override filterAllRemaining(): boolean {
    return this.accepted >= this.pageSize;
  }
  override filterRowKey(): boolean {
    return this.filterAllRemaining();
  }
  override hasFilterRow(): boolean {
    return true;
  }
  override filterRow(): boolean {
    this.accepted++;
    return this.accepted > this.pageSize;
  }
}

export class FirstKeyOnlyFilter extends FilterBase {
  protected foundKV = false;
  override reset(): void {
    this.foundKV = false;
  }
  override filterRowKey(): boolean {
    return false;
  }
  override filterCell(_c: Cell): ReturnCode {
    if (this.foundKV) return R.NEXT_ROW;
    this.foundKV = true;
    return R.INCLUDE;
  }
}

/** FirstKeyValueMatchingQualifiersFilter: the row's cells up to the first with one of the qualifiers. */
export class FirstKeyValueMatchingQualifiersFilter extends FirstKeyOnlyFilter {
  constructor(private readonly qualifiers: Buffer[]) {
    super();
  }
  override filterCell(c: Cell): ReturnCode {
    if (this.foundKV) return R.NEXT_ROW;
    if (this.qualifiers.some((q) => q.equals(c.qualifier))) this.foundKV = true;
    return R.INCLUDE;
  }
}

export class KeyOnlyFilter extends FilterBase {
  constructor(private readonly lengthAsValue: boolean) {
    super();
  }
  override filterRowKey(): boolean {
    return false;
  }
  override transformCell(c: Cell): Cell {
    let value = Buffer.alloc(0);
    if (this.lengthAsValue) {
      value = Buffer.alloc(4);
      value.writeInt32BE(c.value.length);
    }
    return { ...c, value, tags: undefined };
  }
}

/**
 * PrefixFilter (2.6, a HintingFilter): filterRowKey only ends the scan once rows are past the
 * prefix in the scan's direction; rows before it are sought past with a hint, and filterRow drops
 * every row without the prefix.
 */
export class PrefixFilter extends FilterBase {
  private passedPrefix = false;
  private filterOutRow = true;
  private provideHint = false;
  constructor(private readonly prefix: Buffer) {
    super();
  }
  override filterRowKey(first: Cell): boolean {
    if (this.filterAllRemaining()) return true;
    const cmp = Buffer.compare(first.row.subarray(0, this.prefix.length), this.prefix);
    if ((!this.reversed && cmp > 0) || (this.reversed && cmp < 0)) this.passedPrefix = true;
    this.filterOutRow = cmp !== 0;
    this.provideHint = (!this.reversed && cmp < 0) || (this.reversed && cmp > 0);
    return this.passedPrefix;
  }
  override filterCell(): ReturnCode {
    if (this.provideHint) return R.SEEK_NEXT_USING_HINT;
    return this.filterOutRow ? R.NEXT_ROW : R.INCLUDE;
  }
  override filterRow(): boolean {
    return this.filterOutRow;
  }
  override reset(): void {
    this.filterOutRow = true;
  }
  override filterAllRemaining(): boolean {
    return this.passedPrefix;
  }
  override getNextCellHint(): Cell | undefined {
    return firstOnRow(this.reversed ? increaseLastNonMaxByte(this.prefix) : this.prefix);
  }
}

/** PrivateCellUtil.increaseLastNonMaxByte: the smallest key above every key starting with `b`. */
function increaseLastNonMaxByte(b: Buffer): Buffer {
  const out = Buffer.from(b);
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== 0xff) {
      out[i]++;
      return out.subarray(0, i + 1);
    }
  }
  return out;
}

export class InclusiveStopFilter extends FilterBase {
  private done = false;
  constructor(private readonly stop: Buffer) {
    super();
  }
  override filterRowKey(first: Cell): boolean {
    if (this.filterAllRemaining()) return true;
    const cmp = Buffer.compare(first.row, this.stop);
    this.done = this.reversed ? cmp < 0 : cmp > 0;
    return this.done;
  }
  override filterCell(): ReturnCode {
    return this.done ? R.NEXT_ROW : R.INCLUDE;
  }
  override filterAllRemaining(): boolean {
    return this.done;
  }
}

/** ColumnPrefixFilter: seeks to the prefix, gives up on the family once qualifiers pass it. */
export class ColumnPrefixFilter extends FilterBase {
  constructor(private readonly prefix: Buffer) {
    super();
  }
  override filterRowKey(): boolean {
    return false;
  }
  override filterCell(c: Cell): ReturnCode {
    const q = c.qualifier;
    if (q.length < this.prefix.length) {
      return Buffer.compare(q, this.prefix.subarray(0, q.length)) <= 0 ? R.SEEK_NEXT_USING_HINT : R.NEXT_ROW;
    }
    const cmp = Buffer.compare(q.subarray(0, this.prefix.length), this.prefix);
    if (cmp < 0) return R.SEEK_NEXT_USING_HINT;
    return cmp > 0 ? R.NEXT_ROW : R.INCLUDE;
  }
  override getNextCellHint(c: Cell): Cell {
    return firstOnRowCol(c, this.prefix);
  }
}

/** MultipleColumnPrefixFilter: the largest prefix not above the qualifier decides; hints seek to the next prefix. */
export class MultipleColumnPrefixFilter extends FilterBase {
  private readonly sorted: Buffer[];
  private hint: Buffer | undefined;
  constructor(prefixes: Buffer[]) {
    super();
    const unique = new Map(prefixes.map((p) => [p.toString('latin1'), p]));
    this.sorted = [...unique.values()].sort(Buffer.compare);
  }
  override filterRowKey(): boolean {
    return false;
  }
  override filterCell(c: Cell): ReturnCode {
    if (this.sorted.length === 0) return R.INCLUDE;
    const q = c.qualifier;
    const lower = this.sorted.filter((p) => Buffer.compare(p, q) <= 0);
    if (lower.length === 0) {
      this.hint = this.sorted[0];
      return R.SEEK_NEXT_USING_HINT;
    }
    const largest = lower[lower.length - 1];
    if (q.length >= largest.length && q.subarray(0, largest.length).equals(largest)) return R.INCLUDE;
    if (lower.length === this.sorted.length) return R.NEXT_ROW;
    this.hint = this.sorted[lower.length];
    return R.SEEK_NEXT_USING_HINT;
  }
  override getNextCellHint(c: Cell): Cell {
    return firstOnRowCol(c, this.hint ?? Buffer.alloc(0));
  }
}

export class ColumnRangeFilter extends FilterBase {
  constructor(
    private readonly min: Buffer | undefined,
    private readonly minInclusive: boolean,
    private readonly max: Buffer | undefined,
    private readonly maxInclusive: boolean,
  ) {
    super();
  }
  override filterRowKey(): boolean {
    return false;
  }
  override filterCell(c: Cell): ReturnCode {
    const cmpMin = this.min === undefined ? 1 : Buffer.compare(c.qualifier, this.min);
    if (cmpMin < 0) return R.SEEK_NEXT_USING_HINT;
    if (!this.minInclusive && cmpMin === 0) return R.NEXT_COL;
    if (this.max === undefined) return R.INCLUDE;
    const cmpMax = Buffer.compare(c.qualifier, this.max);
    if ((this.maxInclusive && cmpMax <= 0) || (!this.maxInclusive && cmpMax < 0)) return R.INCLUDE;
    return R.NEXT_ROW;
  }
  override getNextCellHint(c: Cell): Cell {
    return firstOnRowCol(c, this.min ?? Buffer.alloc(0));
  }
}

/** ColumnPaginationFilter: by offset (columns counted across the row) or from a column onwards. */
export class ColumnPaginationFilter extends FilterBase {
  private count = 0;
  constructor(
    private readonly limit: number,
    private readonly offset: number,
    private readonly columnOffset: Buffer | undefined,
  ) {
    super();
  }
  override filterRowKey(): boolean {
    return false;
  }
  override filterCell(c: Cell): ReturnCode {
    if (this.columnOffset !== undefined) {
      if (this.count >= this.limit) return R.NEXT_ROW;
      const cmp = this.count === 0 ? Buffer.compare(c.qualifier, this.columnOffset) : 0;
      if (cmp < 0) return R.SEEK_NEXT_USING_HINT;
      this.count++;
      return R.INCLUDE_AND_NEXT_COL;
    }
    if (this.count >= this.offset + this.limit) return R.NEXT_ROW;
    const code = this.count < this.offset ? R.NEXT_COL : R.INCLUDE_AND_NEXT_COL;
    this.count++;
    return code;
  }
  override getNextCellHint(c: Cell): Cell {
    return firstOnRowCol(c, this.columnOffset ?? Buffer.alloc(0));
  }
  override reset(): void {
    this.count = 0;
  }
}

/** ColumnCountGetFilter: counts cells shown to it; once over the limit the filter is "all done". */
export class ColumnCountGetFilter extends FilterBase {
  private count = 0;
  constructor(private readonly limit: number) {
    super();
  }
  override filterAllRemaining(): boolean {
    return this.count > this.limit;
  }
  override filterRowKey(): boolean {
    return this.filterAllRemaining();
  }
  override filterCell(): ReturnCode {
    this.count++;
    return this.filterAllRemaining() ? R.NEXT_COL : R.INCLUDE_AND_NEXT_COL;
  }
  override reset(): void {
    this.count = 0;
  }
}

export class TimestampsFilter extends FilterBase {
  private readonly sorted: bigint[];
  constructor(
    timestamps: bigint[],
    private readonly canHint: boolean,
  ) {
    super();
    this.sorted = [...new Set(timestamps)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
  override filterRowKey(): boolean {
    return false;
  }
  override filterCell(c: Cell): ReturnCode {
    if (this.sorted.includes(c.timestamp)) return R.INCLUDE;
    if (this.sorted.length === 0 || c.timestamp < this.sorted[0]) return R.NEXT_COL;
    return this.canHint ? R.SEEK_NEXT_USING_HINT : R.SKIP;
  }
  /** The next wanted timestamp below the cell's (versions run newest first). */
  override getNextCellHint(c: Cell): Cell {
    const lower = this.sorted.filter((t) => t < c.timestamp);
    return firstOnRowColTs(c, lower.length > 0 ? lower[lower.length - 1] : BigInt('-9223372036854775808'));
  }
}

/** SingleColumnValueFilter: the tested column's (latest) value decides the whole row in filterRow. */
export class SingleColumnValueFilter extends FilterBase {
  private foundColumn = false;
  private matchedColumn = false;
  constructor(
    protected readonly family: Buffer,
    protected readonly qualifier: Buffer,
    private readonly op: number,
    private readonly cmp: ValueComparator,
    private readonly filterIfMissing: boolean,
    private readonly latestVersionOnly: boolean,
  ) {
    super();
  }
  override filterRowKey(): boolean {
    return false;
  }
  override filterCell(c: Cell): ReturnCode {
    if (this.matchedColumn) return R.INCLUDE;
    if (this.latestVersionOnly && this.foundColumn) return R.NEXT_ROW;
    if (!this.isTested(c)) return R.INCLUDE;
    this.foundColumn = true;
    if (fails(this.op, this.cmp, c.value)) return this.latestVersionOnly ? R.NEXT_ROW : R.INCLUDE;
    this.matchedColumn = true;
    return R.INCLUDE;
  }
  protected isTested(c: Cell): boolean {
    return c.family.equals(this.family) && c.qualifier.equals(this.qualifier);
  }
  override filterRow(): boolean {
    return this.foundColumn ? !this.matchedColumn : this.filterIfMissing;
  }
  override hasFilterRow(): boolean {
    return true;
  }
  override reset(): void {
    this.foundColumn = false;
    this.matchedColumn = false;
  }
  /** Only the tested family is needed to decide a row, unless rows without it must pass. */
  override isFamilyEssential(family: Buffer): boolean {
    return !this.filterIfMissing || family.equals(this.family);
  }
}

/** SingleColumnValueExcludeFilter: as its parent, then drops the tested column from the row. */
export class SingleColumnValueExcludeFilter extends SingleColumnValueFilter {
  override filterRowCells(cells: Cell[]): void {
    for (let i = cells.length - 1; i >= 0; i--) if (this.isTested(cells[i])) cells.splice(i, 1);
  }
}

/** ColumnValueFilter: only the tested column's cells whose value passes. */
export class ColumnValueFilter extends FilterBase {
  private columnFound = false;
  constructor(
    private readonly family: Buffer,
    private readonly qualifier: Buffer,
    private readonly op: number,
    private readonly cmp: ValueComparator,
  ) {
    super();
  }
  override reset(): void {
    this.columnFound = false;
  }
  override filterRowKey(): boolean {
    return false;
  }
  override filterCell(c: Cell): ReturnCode {
    if (!(c.family.equals(this.family) && c.qualifier.equals(this.qualifier))) return this.columnFound ? R.NEXT_ROW : R.NEXT_COL;
    this.columnFound = true;
    return fails(this.op, this.cmp, c.value) ? R.SKIP : R.INCLUDE;
  }
  override isFamilyEssential(family: Buffer): boolean {
    return family.equals(this.family);
  }
}

/** DependentColumnFilter: keeps cells whose timestamp matches a (passing) cell of the dependent column. */
export class DependentColumnFilter extends FilterBase {
  private stamps = new Set<bigint>();
  constructor(
    private readonly family: Buffer,
    private readonly qualifier: Buffer,
    private readonly dropDependent: boolean,
    private readonly valueFails: (value: Buffer) => boolean,
  ) {
    super();
  }
  override filterRowKey(): boolean {
    return false;
  }
  override filterCell(c: Cell): ReturnCode {
    if (!(c.family.equals(this.family) && c.qualifier.equals(this.qualifier))) return R.INCLUDE;
    if (this.valueFails(c.value)) return R.SKIP;
    this.stamps.add(c.timestamp);
    return this.dropDependent ? R.SKIP : R.INCLUDE;
  }
  override filterRowCells(cells: Cell[]): void {
    for (let i = cells.length - 1; i >= 0; i--) if (!this.stamps.has(cells[i].timestamp)) cells.splice(i, 1);
  }
  override hasFilterRow(): boolean {
    return true;
  }
  override reset(): void {
    this.stamps = new Set();
  }
}

/**
 * What WhileMatchFilter and SkipFilter share: they wrap one filter, pass cell transforms, family
 * essentials and the scan direction through to it, and always decide in filterRow.
 */
abstract class WrappingFilter extends FilterBase {
  constructor(protected readonly inner: HFilter) {
    super();
  }
  override transformCell(c: Cell): Cell {
    return this.inner.transformCell(c);
  }
  override hasFilterRow(): boolean {
    return true;
  }
  override isFamilyEssential(family: Buffer): boolean {
    return this.inner.isFamilyEssential(family);
  }
  override setReversed(reversed: boolean): void {
    this.inner.setReversed(reversed);
    this.reversed = reversed;
  }
}

/** WhileMatchFilter: the first cell, row key or row the wrapped filter rejects ends the scan. */
export class WhileMatchFilter extends WrappingFilter {
  private done = false;
  override reset(): void {
    this.inner.reset();
  }
  override filterAllRemaining(): boolean {
    return this.done || this.inner.filterAllRemaining();
  }
  override filterRowKey(first: Cell): boolean {
    if (this.filterAllRemaining()) return true;
    const v = this.inner.filterRowKey(first);
    this.done ||= v;
    return v;
  }
  override filterCell(c: Cell): ReturnCode {
    const code = this.inner.filterCell(c);
    this.done ||= code !== R.INCLUDE;
    return code;
  }
  override filterRowCells(cells: Cell[]): void {
    this.inner.filterRowCells(cells);
  }
  override filterRow(): boolean {
    const v = this.inner.filterRow();
    this.done ||= v;
    return v;
  }
}

/** SkipFilter: a row any of whose cells the wrapped filter rejects is dropped whole. */
export class SkipFilter extends WrappingFilter {
  private filterOutRow = false;
  override reset(): void {
    this.inner.reset();
    this.filterOutRow = false;
  }
  override filterAllRemaining(): boolean {
    return this.inner.filterAllRemaining();
  }
  override filterRowKey(): boolean {
    return false;
  }
  override filterCell(c: Cell): ReturnCode {
    const code = this.inner.filterCell(c);
    this.filterOutRow ||= code !== R.INCLUDE;
    return code;
  }
  override filterRow(): boolean {
    return this.filterOutRow;
  }
}

/** A row-key predicate applied as RowFilter applies its comparison (FuzzyRowFilter, RandomRowFilter). */
export class RowPredicateFilter extends FilterBase {
  private filterOutRow = false;
  constructor(private readonly keep: (row: Buffer) => boolean) {
    super();
  }
  override reset(): void {
    this.filterOutRow = false;
  }
  override filterRowKey(first: Cell): boolean {
    this.filterOutRow = !this.keep(first.row);
    return this.filterOutRow;
  }
  override filterCell(): ReturnCode {
    return this.filterOutRow ? R.NEXT_ROW : R.INCLUDE;
  }
  override filterRow(): boolean {
    return this.filterOutRow;
  }
}

/** FilterAllFilter: every cell skipped. */
export class FilterAllFilter extends FilterBase {
  override filterCell(): ReturnCode {
    return R.SKIP;
  }
  override hasFilterRow(): boolean {
    return true;
  }
  override filterRow(): boolean {
    return true;
  }
  override filterRowKey(): boolean {
    return false;
  }
}

export interface RowRange {
  start: Buffer;
  startInclusive: boolean;
  stop: Buffer;
  stopInclusive: boolean;
}

/**
 * MultiRowRangeFilter: rows inside a range pass; rows outside seek (by hint) towards the next range
 * in the scan's direction; past the last range the scan is over.
 */
export class MultiRowRangeFilter extends FilterBase {
  private done = false;
  private code: ReturnCode = R.INCLUDE;
  private hintRow: Buffer | undefined;
  constructor(private readonly ranges: RowRange[]) {
    super();
  }
  override filterAllRemaining(): boolean {
    return this.done;
  }
  override filterRowKey(first: Cell): boolean {
    if (this.done) return true;
    const row = first.row;
    if (this.ranges.some((r) => contains(r, row))) {
      this.code = R.INCLUDE;
      return false;
    }
    const ahead = this.reversed
      ? this.ranges.filter((r) => startBelow(r, row))
      : this.ranges.filter((r) => r.stop.length === 0 || Buffer.compare(r.stop, row) > 0);
    if (ahead.length === 0) {
      this.done = true;
      this.code = R.NEXT_ROW;
      return false;
    }
    this.code = R.SEEK_NEXT_USING_HINT;
    this.hintRow = this.reversed ? ahead[ahead.length - 1].stop : ahead[0].start;
    return false;
  }
  override filterCell(): ReturnCode {
    return this.code;
  }
  override getNextCellHint(): Cell | undefined {
    return this.hintRow === undefined ? undefined : firstOnRow(this.hintRow);
  }
}

function startBelow(r: RowRange, row: Buffer): boolean {
  return r.start.length === 0 || Buffer.compare(r.start, row) < 0;
}

function contains(r: RowRange, row: Buffer): boolean {
  if (r.start.length > 0) {
    const c = Buffer.compare(row, r.start);
    if (c < 0 || (c === 0 && !r.startInclusive)) return false;
  }
  if (r.stop.length > 0) {
    const c = Buffer.compare(row, r.stop);
    if (c > 0 || (c === 0 && !r.stopInclusive)) return false;
  }
  return true;
}
