import { has, hbaseError, pb, toBigInt, hbase } from '@hbase-compat/hbase-codec';
import { decodeComparator, passes } from './comparators';
import { checkReversedOnDemand, type FilterScanOptions, RegionFilterRun, type RowFilter } from './filter-driver';
import { FilterListWithAnd, FilterListWithOr } from './filter-list';
import type { HFilter } from './filter-model';
import * as k from './filter-kinds';

export type { RowFilter, FilterScanOptions } from './filter-driver';
export { isJavaRuntimeError } from './comparators';

/**
 * Server-side filters, decoded from Filter{name = Java class, serialized_filter} into HBase's own
 * cell-by-cell filter model (filter-model.ts, filter-kinds.ts, filter-list.ts) and run per region
 * scanner by filter-driver.ts. An unknown class is refused with DoNotRetryIOException, the error
 * HBase gives when it cannot load a filter, never silently ignored.
 */
const FILTER_PACKAGE = 'org.apache.hadoop.hbase.filter.';

const GET_DEFAULTS: FilterScanOptions = { reversed: false, maxVersions: Number.MAX_SAFE_INTEGER, loadColumnFamiliesOnDemand: true };

/** A filter run for one region scanner or one Get. */
export function decodeFilter(f: hbase.pb.IFilter, opts: Partial<FilterScanOptions> = {}): RowFilter {
  return new RegionFilterRun(decodeHFilter(f), { ...GET_DEFAULTS, ...opts });
}

/**
 * As decodeFilter, after the checks HBase makes when it opens a region scanner with the filter
 * (the reversed scan refusal; `scannedFamilies` are the scan's families, or all of the table's).
 */
export function openScanFilter(f: hbase.pb.IFilter, opts: Partial<FilterScanOptions>, scannedFamilies: Buffer[]): RowFilter {
  const full = { ...GET_DEFAULTS, ...opts };
  const filter = decodeHFilter(f);
  filter.setReversed(full.reversed);
  checkReversedOnDemand(filter, full, scannedFamilies);
  return new RegionFilterRun(filter, full);
}

export function decodeHFilter(f: hbase.pb.IFilter): HFilter {
  const name = f.name ?? '';
  const bytes = f.serializedFilter ?? new Uint8Array();
  const short = name.startsWith(FILTER_PACKAGE) ? name.slice(FILTER_PACKAGE.length) : name;
  const decoder = DECODERS[short];
  if (decoder === undefined) throw hbaseError('DoNotRetryIOException', `java.lang.ClassNotFoundException: ${name} (filter not supported by this server)`);
  return decoder(bytes);
}

const b = (v: Uint8Array | null | undefined) => Buffer.from(v ?? []);

function compareParts(cf: hbase.pb.ICompareFilter | null | undefined) {
  return { op: cf?.compareOp ?? 2, cmp: decodeComparator(cf?.comparator) };
}

const DECODERS: Record<string, (bytes: Uint8Array) => HFilter> = {
  PageFilter: (x) => new k.PageFilter(toBigInt(pb.PageFilter.decode(x).pageSize)),
  FirstKeyOnlyFilter: () => new k.FirstKeyOnlyFilter(),
  KeyOnlyFilter: (x) => new k.KeyOnlyFilter(pb.KeyOnlyFilter.decode(x).lenAsVal === true),
  PrefixFilter: (x) => new k.PrefixFilter(b(pb.PrefixFilter.decode(x).prefix)),
  FilterList: (x) => {
    const list = pb.FilterList.decode(x);
    const filters = (list.filters ?? []).map(decodeHFilter);
    return list.operator === 2 ? new FilterListWithOr(filters) : new FilterListWithAnd(filters);
  },
  RowFilter: (x) => {
    const { op, cmp } = compareParts(pb.RowFilter.decode(x).compareFilter);
    return new k.RowCompareFilter(op, cmp);
  },
  FamilyFilter: (x) => {
    const { op, cmp } = compareParts(pb.FamilyFilter.decode(x).compareFilter);
    return new k.FamilyCompareFilter(op, cmp);
  },
  QualifierFilter: (x) => {
    const { op, cmp } = compareParts(pb.QualifierFilter.decode(x).compareFilter);
    return new k.CellCompareFilter(op, cmp, 'qualifier');
  },
  ValueFilter: (x) => {
    const { op, cmp } = compareParts(pb.ValueFilter.decode(x).compareFilter);
    return new k.CellCompareFilter(op, cmp, 'value');
  },
  ColumnPrefixFilter: (x) => new k.ColumnPrefixFilter(b(pb.ColumnPrefixFilter.decode(x).prefix)),
  MultipleColumnPrefixFilter: (x) => new k.MultipleColumnPrefixFilter((pb.MultipleColumnPrefixFilter.decode(x).sortedPrefixes ?? []).map(b)),
  ColumnRangeFilter: (x) => {
    const m = pb.ColumnRangeFilter.decode(x);
    // An absent bound is open (HBase keeps null); an empty one still compares.
    const min = Object.prototype.hasOwnProperty.call(m, 'minColumn') ? b(m.minColumn) : undefined;
    const max = Object.prototype.hasOwnProperty.call(m, 'maxColumn') ? b(m.maxColumn) : undefined;
    return new k.ColumnRangeFilter(min, m.minColumnInclusive === true, max, m.maxColumnInclusive === true);
  },
  TimestampsFilter: (x) => {
    const m = pb.TimestampsFilter.decode(x);
    return new k.TimestampsFilter(
      (m.timestamps ?? []).map((t) => toBigInt(t)),
      m.canHint === true,
    );
  },
  ColumnCountGetFilter: (x) => new k.ColumnCountGetFilter(pb.ColumnCountGetFilter.decode(x).limit),
  ColumnPaginationFilter: (x) => {
    const m = pb.ColumnPaginationFilter.decode(x);
    const columnOffset = Object.prototype.hasOwnProperty.call(m, 'columnOffset') ? b(m.columnOffset) : undefined;
    return new k.ColumnPaginationFilter(m.limit, m.offset ?? 0, columnOffset);
  },
  SingleColumnValueFilter: (x) => singleColumnValue(pb.SingleColumnValueFilter.decode(x), false),
  SingleColumnValueExcludeFilter: (x) => singleColumnValue(pb.SingleColumnValueExcludeFilter.decode(x).singleColumnValueFilter ?? {}, true),
  InclusiveStopFilter: (x) => new k.InclusiveStopFilter(b(pb.InclusiveStopFilter.decode(x).stopRowKey)),
  MultiRowRangeFilter: (x) =>
    new k.MultiRowRangeFilter(
      (pb.MultiRowRangeFilter.decode(x).rowRangeList ?? []).map((r) => ({
        start: b(r.startRow),
        startInclusive: r.startRowInclusive !== false,
        stop: b(r.stopRow),
        stopInclusive: r.stopRowInclusive === true,
      })),
    ),
  WhileMatchFilter: (x) => new k.WhileMatchFilter(decodeHFilter(pb.WhileMatchFilter.decode(x).filter ?? {})),
  SkipFilter: (x) => new k.SkipFilter(decodeHFilter(pb.SkipFilter.decode(x).filter ?? {})),
  FuzzyRowFilter: (x) => new k.RowPredicateFilter(fuzzyMatcher(pb.FuzzyRowFilter.decode(x).fuzzyKeysData ?? [])),
  FilterAllFilter: () => new k.FilterAllFilter(),
  ColumnValueFilter: (x) => {
    const m = pb.ColumnValueFilter.decode(x);
    return new k.ColumnValueFilter(b(m.family), b(m.qualifier), m.compareOp ?? 2, decodeComparator(m.comparator));
  },
  RandomRowFilter: (x) => {
    const chance = pb.RandomRowFilter.decode(x).chance;
    return new k.RowPredicateFilter(() => (chance < 0 ? false : chance > 1 ? true : Math.random() < chance));
  },
  DependentColumnFilter: (x) => {
    const m = pb.DependentColumnFilter.decode(x);
    const op = m.compareFilter?.compareOp ?? 6; /* NO_OP */
    const cmp = m.compareFilter?.comparator ? decodeComparator(m.compareFilter.comparator) : undefined;
    return new k.DependentColumnFilter(
      b(m.columnFamily),
      b(m.columnQualifier),
      m.dropDependentColumn === true,
      (value) => cmp !== undefined && !passes(op, cmp.compareTo(value)),
    );
  },
  FirstKeyValueMatchingQualifiersFilter: (x) =>
    new k.FirstKeyValueMatchingQualifiersFilter((pb.FirstKeyValueMatchingQualifiersFilter.decode(x).qualifiers ?? []).map(b)),
};

function singleColumnValue(m: hbase.pb.ISingleColumnValueFilter, exclude: boolean): HFilter {
  const Kind = exclude ? k.SingleColumnValueExcludeFilter : k.SingleColumnValueFilter;
  return new Kind(
    b(m.columnFamily),
    b(m.columnQualifier),
    m.compareOp ?? 2,
    decodeComparator(m.comparator),
    m.filterIfMissing === true,
    m.latestVersionOnly !== false,
  );
}

/** FuzzyRowFilter: fixed positions must equal the key; mask byte 0 (v1) or 0xFF (v2, preprocessed) means fixed. */
function fuzzyMatcher(pairs: { first?: Uint8Array | null; second?: Uint8Array | null }[]): (row: Buffer) => boolean {
  const keys = pairs.map((p) => ({ key: b(p.first), mask: b(p.second) }));
  return (row) =>
    keys.some(({ key, mask }) => {
      if (row.length < key.length) return false;
      for (let i = 0; i < key.length; i++) {
        const fixed = mask[i] === 0 || mask[i] === 0xff;
        if (fixed && row[i] !== key[i]) return false;
      }
      return true;
    });
}

/**
 * The filter of a region scanner being opened, with HRegion's defaults (on-demand family loading
 * stays on unless the client turned it off) and the families it opens: the scan's, or every family
 * of the table (HRegion.prepareScanner).
 */
export function filterForScan(s: hbase.pb.IScan, reversed: boolean, maxVersions: number, tableFamilies: Iterable<{ name: Buffer }>): RowFilter | undefined {
  if (!s.filter) return undefined;
  const columns = s.column ?? [];
  const families = columns.length > 0 ? columns.map((c) => b(c.family)) : [...tableFamilies].map((f) => f.name);
  return openScanFilter(s.filter, { reversed, maxVersions, loadColumnFamiliesOnDemand: loadsOnDemand(s) }, families);
}

/** Get/Scan load_column_families_on_demand as HRegion reads it: unset means the server default, true. */
export function loadsOnDemand(m: hbase.pb.IScan | hbase.pb.IGet): boolean {
  return has(m, 'loadColumnFamiliesOnDemand') ? m.loadColumnFamiliesOnDemand === true : true;
}
