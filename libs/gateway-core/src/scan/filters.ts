import { type Cell, hbaseError, pb, toBigInt } from '@hbase-compat/hbase-codec';

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
