import { type Cell, hbaseError, pb, toBigInt, hbase } from '@hbase-compat/hbase-codec';
import { decodeComparator, passes, type ValueComparator } from './comparators';

/**
 * Server-side filters, decoded from Filter{name = Java class, serialized_filter}. A filter sees a
 * row's visible cells and decides per row and per cell; state (PageFilter's count) lives for one
 * region scanner, as in HBase. An unknown class is refused with DoNotRetryIOException, the error
 * HBase gives when it cannot load a filter, never silently ignored.
 */
export interface RowFilter {
  /** True once no further row can pass (PageFilter full, WhileMatchFilter tripped). */
  filterAllRemaining(): boolean;
  /** True to drop the row without looking at its cells. */
  filterRowKey(row: Buffer): boolean;
  /** Cells to keep (possibly transformed) from the row's visible cells. */
  filterCells(cells: Cell[]): Cell[];
  /** Called for a row that still has cells; true drops it. Counts rows (PageFilter). */
  filterRow(cells: Cell[]): boolean;
}

const FILTER_PACKAGE = 'org.apache.hadoop.hbase.filter.';

export function decodeFilter(f: { name?: string | null; serializedFilter?: Uint8Array | null }): RowFilter {
  const name = f.name ?? '';
  const bytes = f.serializedFilter ?? new Uint8Array();
  const short = name.startsWith(FILTER_PACKAGE) ? name.slice(FILTER_PACKAGE.length) : name;
  switch (short) {
    case 'PageFilter':
      return new PageFilter(toBigInt(pb.PageFilter.decode(bytes).pageSize));
    case 'FirstKeyOnlyFilter':
      return new FirstKeyOnlyFilter();
    case 'KeyOnlyFilter':
      return new KeyOnlyFilter(pb.KeyOnlyFilter.decode(bytes).lenAsVal === true);
    case 'PrefixFilter':
      return new PrefixFilter(Buffer.from(pb.PrefixFilter.decode(bytes).prefix ?? []));
    case 'FilterList': {
      const list = pb.FilterList.decode(bytes);
      return new FilterList(list.operator === 2 ? 'one' : 'all', (list.filters ?? []).map(decodeFilter));
    }
    case 'RowFilter': {
      const cf = pb.RowFilter.decode(bytes).compareFilter;
      return new RowKeyCompareFilter(cf?.compareOp ?? 2, decodeComparator(cf?.comparator));
    }
    case 'FamilyFilter': {
      const cf = pb.FamilyFilter.decode(bytes).compareFilter;
      const cmp = decodeComparator(cf?.comparator);
      return new CellPredicateFilter((c) => passes(cf?.compareOp ?? 2, cmp.compareTo(c.family)));
    }
    case 'QualifierFilter': {
      const cf = pb.QualifierFilter.decode(bytes).compareFilter;
      const cmp = decodeComparator(cf?.comparator);
      return new CellPredicateFilter((c) => passes(cf?.compareOp ?? 2, cmp.compareTo(c.qualifier)));
    }
    case 'ValueFilter': {
      const cf = pb.ValueFilter.decode(bytes).compareFilter;
      const cmp = decodeComparator(cf?.comparator);
      return new CellPredicateFilter((c) => passes(cf?.compareOp ?? 2, cmp.compareTo(c.value)));
    }
    case 'ColumnPrefixFilter': {
      const prefix = Buffer.from(pb.ColumnPrefixFilter.decode(bytes).prefix ?? []);
      return new CellPredicateFilter((c) => startsWith(c.qualifier, prefix));
    }
    case 'MultipleColumnPrefixFilter': {
      const prefixes = (pb.MultipleColumnPrefixFilter.decode(bytes).sortedPrefixes ?? []).map((p) => Buffer.from(p));
      return new CellPredicateFilter((c) => prefixes.some((p) => startsWith(c.qualifier, p)));
    }
    case 'ColumnRangeFilter': {
      const m = pb.ColumnRangeFilter.decode(bytes);
      const min = m.minColumn && m.minColumn.length > 0 ? Buffer.from(m.minColumn) : undefined;
      const max = m.maxColumn && m.maxColumn.length > 0 ? Buffer.from(m.maxColumn) : undefined;
      return new CellPredicateFilter((c) => {
        if (min) {
          const x = Buffer.compare(c.qualifier, min);
          if (x < 0 || (x === 0 && !m.minColumnInclusive)) return false;
        }
        if (max) {
          const x = Buffer.compare(c.qualifier, max);
          if (x > 0 || (x === 0 && !m.maxColumnInclusive)) return false;
        }
        return true;
      });
    }
    case 'TimestampsFilter': {
      const wanted = new Set((pb.TimestampsFilter.decode(bytes).timestamps ?? []).map((t) => toBigInt(t)));
      return new CellPredicateFilter((c) => wanted.has(c.timestamp));
    }
    case 'ColumnCountGetFilter':
      return new ColumnCountGetFilter(pb.ColumnCountGetFilter.decode(bytes).limit);
    case 'ColumnPaginationFilter': {
      const m = pb.ColumnPaginationFilter.decode(bytes);
      if (m.columnOffset && m.columnOffset.length > 0) return new ColumnWindowFilter(0, m.limit, Buffer.from(m.columnOffset));
      return new ColumnWindowFilter(m.offset ?? 0, m.limit);
    }
    case 'SingleColumnValueFilter':
      return singleColumnValue(pb.SingleColumnValueFilter.decode(bytes), false);
    case 'SingleColumnValueExcludeFilter':
      return singleColumnValue(pb.SingleColumnValueExcludeFilter.decode(bytes).singleColumnValueFilter ?? pb.SingleColumnValueFilter.create(), true);
    case 'InclusiveStopFilter':
      return new InclusiveStopFilter(Buffer.from(pb.InclusiveStopFilter.decode(bytes).stopRowKey ?? []));
    case 'MultiRowRangeFilter':
      return new MultiRowRangeFilter(pb.MultiRowRangeFilter.decode(bytes).rowRangeList ?? []);
    case 'WhileMatchFilter':
      return new WhileMatchFilter(decodeFilter(pb.WhileMatchFilter.decode(bytes).filter ?? { name: '' }));
    case 'SkipFilter':
      return new SkipFilter(decodeFilter(pb.SkipFilter.decode(bytes).filter ?? { name: '' }));
    case 'FuzzyRowFilter':
      return new FuzzyRowFilter(pb.FuzzyRowFilter.decode(bytes).fuzzyKeysData ?? []);
    case 'FilterAllFilter':
      return new RowKeyPredicateFilter(() => false);
    case 'ColumnValueFilter': {
      const m = pb.ColumnValueFilter.decode(bytes);
      const family = Buffer.from(m.family ?? []);
      const qualifier = Buffer.from(m.qualifier ?? []);
      const cmp = decodeComparator(m.comparator);
      return new CellPredicateFilter((c) => c.family.equals(family) && c.qualifier.equals(qualifier) && passes(m.compareOp ?? 2, cmp.compareTo(c.value)));
    }
    case 'RandomRowFilter':
      return new RandomRowFilter(pb.RandomRowFilter.decode(bytes).chance);
    case 'DependentColumnFilter': {
      const m = pb.DependentColumnFilter.decode(bytes);
      const op = m.compareFilter?.compareOp ?? 6; /* NO_OP */
      const cmp = m.compareFilter?.comparator ? decodeComparator(m.compareFilter.comparator) : undefined;
      return new DependentColumnFilter(Buffer.from(m.columnFamily ?? []), Buffer.from(m.columnQualifier ?? []), m.dropDependentColumn === true, (value) => cmp === undefined || passes(op, cmp.compareTo(value)));
    }
    case 'FirstKeyValueMatchingQualifiersFilter':
      return new FirstKeyValueMatchingQualifiersFilter((pb.FirstKeyValueMatchingQualifiersFilter.decode(bytes).qualifiers ?? []).map((q) => Buffer.from(q)));
    default:
      throw hbaseError('DoNotRetryIOException', `java.lang.ClassNotFoundException: ${name} (filter not supported by this server)`);
  }
}

class PageFilter implements RowFilter {
  private accepted = 0n;
  constructor(private readonly pageSize: bigint) {}
  filterAllRemaining(): boolean {
    return this.accepted >= this.pageSize;
  }
  filterRowKey(): boolean {
    return false;
  }
  filterCells(cells: Cell[]): Cell[] {
    return cells;
  }
  filterRow(): boolean {
    this.accepted++;
    return this.accepted > this.pageSize;
  }
}

class FirstKeyOnlyFilter implements RowFilter {
  filterAllRemaining(): boolean {
    return false;
  }
  filterRowKey(): boolean {
    return false;
  }
  filterCells(cells: Cell[]): Cell[] {
    return cells.slice(0, 1);
  }
  filterRow(): boolean {
    return false;
  }
}

class KeyOnlyFilter implements RowFilter {
  constructor(private readonly lengthAsValue: boolean) {}
  filterAllRemaining(): boolean {
    return false;
  }
  filterRowKey(): boolean {
    return false;
  }
  filterCells(cells: Cell[]): Cell[] {
    return cells.map((c) => {
      let value = Buffer.alloc(0);
      if (this.lengthAsValue) {
        value = Buffer.alloc(4);
        value.writeInt32BE(c.value.length);
      }
      return { ...c, value, tags: undefined };
    });
  }
  filterRow(): boolean {
    return false;
  }
}

class PrefixFilter implements RowFilter {
  private passed = false;
  private done = false;
  constructor(private readonly prefix: Buffer) {}
  filterAllRemaining(): boolean {
    return this.done;
  }
  filterRowKey(row: Buffer): boolean {
    const head = row.subarray(0, this.prefix.length);
    const c = Buffer.compare(head, this.prefix);
    if (c === 0) {
      this.passed = true;
      return false;
    }
    // Rows after the prefix range can never match again (forward scans).
    if (c > 0 && this.passed) this.done = true;
    return true;
  }
  filterCells(cells: Cell[]): Cell[] {
    return cells;
  }
  filterRow(): boolean {
    return false;
  }
}

class FilterList implements RowFilter {
  constructor(
    private readonly op: 'all' | 'one',
    private readonly filters: RowFilter[],
  ) {}
  filterAllRemaining(): boolean {
    if (this.filters.length === 0) return false;
    return this.op === 'all' ? this.filters.some((f) => f.filterAllRemaining()) : this.filters.every((f) => f.filterAllRemaining());
  }
  filterRowKey(row: Buffer): boolean {
    if (this.filters.length === 0) return false;
    const results = this.filters.map((f) => f.filterRowKey(row));
    return this.op === 'all' ? results.some(Boolean) : results.every(Boolean);
  }
  filterCells(cells: Cell[]): Cell[] {
    if (this.op === 'all') return this.filters.reduce((acc, f) => f.filterCells(acc), cells);
    const kept = new Set<Cell>();
    const out: Cell[] = [];
    for (const f of this.filters) {
      for (const c of f.filterCells(cells)) {
        if (kept.has(c)) continue;
        kept.add(c);
        out.push(c);
      }
    }
    return out.length === cells.length ? cells : out;
  }
  filterRow(cells: Cell[]): boolean {
    if (this.filters.length === 0) return false;
    const results = this.filters.map((f) => f.filterRow(cells));
    return this.op === 'all' ? results.some(Boolean) : results.every(Boolean);
  }
}

function startsWith(b: Buffer, prefix: Buffer): boolean {
  return b.length >= prefix.length && b.subarray(0, prefix.length).equals(prefix);
}

/** Keeps the cells a predicate accepts (FamilyFilter, QualifierFilter, ValueFilter, ...). */
class CellPredicateFilter implements RowFilter {
  constructor(private readonly keep: (c: Cell) => boolean) {}
  filterAllRemaining(): boolean {
    return false;
  }
  filterRowKey(): boolean {
    return false;
  }
  filterCells(cells: Cell[]): Cell[] {
    return cells.filter(this.keep);
  }
  filterRow(): boolean {
    return false;
  }
}

/** Drops whole rows whose key fails a predicate. */
class RowKeyPredicateFilter implements RowFilter {
  constructor(private readonly keepRow: (row: Buffer) => boolean) {}
  filterAllRemaining(): boolean {
    return false;
  }
  filterRowKey(row: Buffer): boolean {
    return !this.keepRow(row);
  }
  filterCells(cells: Cell[]): Cell[] {
    return cells;
  }
  filterRow(): boolean {
    return false;
  }
}

class RowKeyCompareFilter extends RowKeyPredicateFilter {
  constructor(op: number, comparator: ValueComparator) {
    super((row) => passes(op, comparator.compareTo(row)));
  }
}

/** ColumnCountGetFilter / ColumnPaginationFilter: a window of columns per row, newest version of each. */
class ColumnWindowFilter implements RowFilter {
  constructor(
    private readonly offset: number,
    private readonly limit: number,
    private readonly fromColumn?: Buffer,
  ) {}
  filterAllRemaining(): boolean {
    return false;
  }
  filterRowKey(): boolean {
    return false;
  }
  filterCells(cells: Cell[]): Cell[] {
    const out: Cell[] = [];
    let column = -1;
    let previous: Cell | undefined;
    for (const c of cells) {
      if (previous && previous.family.equals(c.family) && previous.qualifier.equals(c.qualifier)) continue;
      previous = c;
      if (this.fromColumn && Buffer.compare(c.qualifier, this.fromColumn) < 0) continue;
      column++;
      if (column < this.offset) continue;
      if (out.length >= this.limit) break;
      out.push(c);
    }
    return out;
  }
  filterRow(): boolean {
    return false;
  }
}

function singleColumnValue(m: hbase.pb.ISingleColumnValueFilter, exclude: boolean): RowFilter {
  const family = Buffer.from(m.columnFamily ?? []);
  const qualifier = Buffer.from(m.columnQualifier ?? []);
  const cmp = decodeComparator(m.comparator);
  const latestOnly = m.latestVersionOnly !== false;
  return {
    filterAllRemaining: () => false,
    filterRowKey: () => false,
    filterCells(cells: Cell[]): Cell[] {
      const tested = cells.filter((c) => c.family.equals(family) && c.qualifier.equals(qualifier));
      if (tested.length === 0) return m.filterIfMissing ? [] : cells;
      const candidates = latestOnly ? tested.slice(0, 1) : tested;
      if (!candidates.some((c) => passes(m.compareOp ?? 2, cmp.compareTo(c.value)))) return [];
      return exclude ? cells.filter((c) => !(c.family.equals(family) && c.qualifier.equals(qualifier))) : cells;
    },
    filterRow: () => false,
  };
}

class InclusiveStopFilter implements RowFilter {
  private done = false;
  constructor(private readonly stop: Buffer) {}
  filterAllRemaining(): boolean {
    return this.done;
  }
  filterRowKey(row: Buffer): boolean {
    if (Buffer.compare(row, this.stop) > 0) {
      this.done = true;
      return true;
    }
    return false;
  }
  filterCells(cells: Cell[]): Cell[] {
    return cells;
  }
  filterRow(): boolean {
    return false;
  }
}

class MultiRowRangeFilter extends RowKeyPredicateFilter {
  constructor(ranges: { startRow?: Uint8Array | null; startRowInclusive?: boolean | null; stopRow?: Uint8Array | null; stopRowInclusive?: boolean | null }[]) {
    const rs = ranges.map((r) => ({
      start: Buffer.from(r.startRow ?? []),
      startInclusive: r.startRowInclusive !== false,
      stop: Buffer.from(r.stopRow ?? []),
      stopInclusive: r.stopRowInclusive === true,
    }));
    super((row) =>
      rs.some((r) => {
        if (r.start.length > 0) {
          const c = Buffer.compare(row, r.start);
          if (c < 0 || (c === 0 && !r.startInclusive)) return false;
        }
        if (r.stop.length > 0) {
          const c = Buffer.compare(row, r.stop);
          if (c > 0 || (c === 0 && !r.stopInclusive)) return false;
        }
        return true;
      }),
    );
  }
}

/** Stops the whole scan at the first row the wrapped filter rejects. */
class WhileMatchFilter implements RowFilter {
  private done = false;
  constructor(private readonly inner: RowFilter) {}
  filterAllRemaining(): boolean {
    return this.done || this.inner.filterAllRemaining();
  }
  filterRowKey(row: Buffer): boolean {
    if (this.inner.filterRowKey(row)) this.done = true;
    return this.done;
  }
  filterCells(cells: Cell[]): Cell[] {
    const kept = this.inner.filterCells(cells);
    if (kept.length !== cells.length) {
      this.done = true;
      return [];
    }
    return kept;
  }
  filterRow(cells: Cell[]): boolean {
    if (this.inner.filterRow(cells)) this.done = true;
    return this.done;
  }
}

/** Drops a row entirely when the wrapped filter would drop any of its cells. */
class SkipFilter implements RowFilter {
  constructor(private readonly inner: RowFilter) {}
  filterAllRemaining(): boolean {
    return this.inner.filterAllRemaining();
  }
  filterRowKey(row: Buffer): boolean {
    return this.inner.filterRowKey(row);
  }
  filterCells(cells: Cell[]): Cell[] {
    return this.inner.filterCells(cells).length === cells.length ? cells : [];
  }
  filterRow(cells: Cell[]): boolean {
    return this.inner.filterRow(cells);
  }
}

/** FuzzyRowFilter: fixed positions must equal the key; mask byte 0 (v1) or 0xFF (v2) means fixed. */
class FuzzyRowFilter extends RowKeyPredicateFilter {
  constructor(pairs: { first?: Uint8Array | null; second?: Uint8Array | null }[]) {
    const keys = pairs.map((p) => ({ key: Buffer.from(p.first ?? []), mask: Buffer.from(p.second ?? []) }));
    super((row) =>
      keys.some(({ key, mask }) => {
        if (row.length < key.length) return false;
        for (let i = 0; i < key.length; i++) {
          const fixed = mask[i] === 0 || mask[i] === 0xff;
          if (fixed && row[i] !== key[i]) return false;
        }
        return true;
      }),
    );
  }
}

/**
 * ColumnCountGetFilter keeps a row's first `limit` columns; a row that has more ends the region's
 * scan after it (its count, reset per row, is still over the limit when the next row is checked),
 * which is what HBase does when the filter is used in a scan rather than the Get it is meant for.
 */
class ColumnCountGetFilter implements RowFilter {
  private count = 0;
  constructor(private readonly limit: number) {}
  filterAllRemaining(): boolean {
    return this.count > this.limit;
  }
  filterRowKey(): boolean {
    return this.filterAllRemaining();
  }
  filterCells(cells: Cell[]): Cell[] {
    this.count = 0;
    const out: Cell[] = [];
    let previous: Cell | undefined;
    for (const c of cells) {
      if (previous && previous.family.equals(c.family) && previous.qualifier.equals(c.qualifier)) continue;
      previous = c;
      this.count++;
      if (this.count > this.limit) break;
      out.push(c);
    }
    return out;
  }
  filterRow(): boolean {
    return false;
  }
}

/** Keeps each row with probability `chance` (below 0: none; above 1: all), decided once per row. */
class RandomRowFilter extends RowKeyPredicateFilter {
  constructor(chance: number) {
    super(() => (chance < 0 ? false : chance > 1 ? true : Math.random() < chance));
  }
}

/**
 * Keeps only the cells whose timestamp equals that of a (value-matching) cell of the dependent
 * column in the same row; the dependent column itself is kept unless dropDependentColumn.
 */
class DependentColumnFilter implements RowFilter {
  constructor(
    private readonly family: Buffer,
    private readonly qualifier: Buffer,
    private readonly dropDependent: boolean,
    private readonly valueMatches: (value: Buffer) => boolean,
  ) {}
  filterAllRemaining(): boolean {
    return false;
  }
  filterRowKey(): boolean {
    return false;
  }
  filterCells(cells: Cell[]): Cell[] {
    const isDependent = (c: Cell) => c.family.equals(this.family) && c.qualifier.equals(this.qualifier);
    const stamps = new Set<bigint>();
    for (const c of cells) if (isDependent(c) && this.valueMatches(c.value)) stamps.add(c.timestamp);
    return cells.filter((c) => {
      if (isDependent(c)) return !this.dropDependent && this.valueMatches(c.value) && stamps.has(c.timestamp);
      return stamps.has(c.timestamp);
    });
  }
  filterRow(): boolean {
    return false;
  }
}

/** A row's cells up to and including the first whose qualifier is one of the given ones. */
class FirstKeyValueMatchingQualifiersFilter implements RowFilter {
  constructor(private readonly qualifiers: Buffer[]) {}
  filterAllRemaining(): boolean {
    return false;
  }
  filterRowKey(): boolean {
    return false;
  }
  filterCells(cells: Cell[]): Cell[] {
    const end = cells.findIndex((c) => this.qualifiers.some((q) => q.equals(c.qualifier)));
    return end < 0 ? cells : cells.slice(0, end + 1);
  }
  filterRow(): boolean {
    return false;
  }
}
