import { type Cell, CellType, pb, toLong } from '@hbase-compat/hbase-codec';
import { decodeComparator, passes } from './comparators';
import { decodeFilter, isJavaRuntimeError, openScanFilter } from './filters';

const cell = (row: string, qualifier: string, value: string, family = 'cf'): Cell => ({
  row: Buffer.from(row),
  family: Buffer.from(family),
  qualifier: Buffer.from(qualifier),
  timestamp: 1n,
  type: CellType.Put,
  value: Buffer.from(value),
});
const FILTER = 'org.apache.hadoop.hbase.filter.';
const binary = (v: string) => ({
  name: `${FILTER}BinaryComparator`,
  serializedComparator: pb.BinaryComparator.encode({ comparable: { value: Buffer.from(v) } }).finish(),
});
const compareFilter = (kind: string, op: number, v: string) => ({
  name: `${FILTER}${kind}`,
  serializedFilter: (pb as unknown as Record<string, { encode(m: unknown): { finish(): Uint8Array } }>)[kind]
    .encode({ compareFilter: { compareOp: op, comparator: binary(v) } })
    .finish(),
});

describe('comparators', () => {
  it('keep a cell when value <op> operand, as CompareFilter does', () => {
    const cmp = decodeComparator(binary('m'));
    const keep = (op: number, value: string) => passes(op, cmp.compareTo(Buffer.from(value)));
    expect(['a', 'm', 'z'].map((v) => keep(0, v))).toEqual([true, false, false]); // LESS
    expect(['a', 'm', 'z'].map((v) => keep(1, v))).toEqual([true, true, false]); // LESS_OR_EQUAL
    expect(['a', 'm', 'z'].map((v) => keep(2, v))).toEqual([false, true, false]); // EQUAL
    expect(['a', 'm', 'z'].map((v) => keep(3, v))).toEqual([true, false, true]); // NOT_EQUAL
    expect(['a', 'm', 'z'].map((v) => keep(4, v))).toEqual([false, true, true]); // GREATER_OR_EQUAL
    expect(['a', 'm', 'z'].map((v) => keep(5, v))).toEqual([false, false, true]); // GREATER
  });

  it('substring, prefix, regex and bit comparators', () => {
    const sub = decodeComparator({ name: `${FILTER}SubstringComparator`, serializedComparator: pb.SubstringComparator.encode({ substr: 'ELL' }).finish() });
    expect(sub.compareTo(Buffer.from('hello'))).toBe(0);
    const prefix = decodeComparator({
      name: `${FILTER}BinaryPrefixComparator`,
      serializedComparator: pb.BinaryPrefixComparator.encode({ comparable: { value: Buffer.from('ab') } }).finish(),
    });
    expect(prefix.compareTo(Buffer.from('abc'))).toBe(0);
    const regex = decodeComparator({
      name: `${FILTER}RegexStringComparator`,
      serializedComparator: pb.RegexStringComparator.encode({ pattern: '^v[0-9]$', patternFlags: 0, charset: 'UTF-8' }).finish(),
    });
    expect([regex.compareTo(Buffer.from('v7')), regex.compareTo(Buffer.from('v77'))]).toEqual([0, 1]);
    const bits = decodeComparator({
      name: `${FILTER}BitComparator`,
      serializedComparator: pb.BitComparator.encode({ comparable: { value: Buffer.from([0x0f]) }, bitwiseOp: 1 }).finish(),
    });
    expect([bits.compareTo(Buffer.from([0x01])), bits.compareTo(Buffer.from([0xf0]))]).toEqual([0, 1]);
  });
});

describe('filters', () => {
  const row = [cell('r', 'a', 'x'), cell('r', 'b', 'y'), cell('r', 'c', 'z')];

  it('value and qualifier filters keep matching cells', () => {
    expect(
      decodeFilter(compareFilter('ValueFilter', 2, 'y'))
        .filterCells(row)
        .map((c) => c.qualifier.toString()),
    ).toEqual(['b']);
    expect(
      decodeFilter(compareFilter('QualifierFilter', 5, 'a'))
        .filterCells(row)
        .map((c) => c.qualifier.toString()),
    ).toEqual(['b', 'c']);
  });

  it('row filter drops rows by key', () => {
    const f = decodeFilter(compareFilter('RowFilter', 5, 'm'));
    expect([f.filterCells([cell('a', 'q', 'v')]), f.filterCells([cell('z', 'q', 'v')])].map((c) => c.length)).toEqual([0, 1]);
  });

  it('single column value filter keeps or drops the whole row', () => {
    const scvf = (v: string, ifMissing = false) =>
      decodeFilter({
        name: `${FILTER}SingleColumnValueFilter`,
        serializedFilter: pb.SingleColumnValueFilter.encode({
          columnFamily: Buffer.from('cf'),
          columnQualifier: Buffer.from('b'),
          compareOp: 2,
          comparator: binary(v),
          filterIfMissing: ifMissing,
        }).finish(),
      });
    expect(scvf('y').filterCells(row)).toHaveLength(3);
    expect(scvf('nope').filterCells(row)).toHaveLength(0);
    expect(scvf('y').filterCells([cell('r', 'a', 'x')])).toHaveLength(1);
    expect(scvf('y', true).filterCells([cell('r', 'a', 'x')])).toHaveLength(0);
  });

  it('column pagination returns a window of columns', () => {
    const f = decodeFilter({ name: `${FILTER}ColumnPaginationFilter`, serializedFilter: pb.ColumnPaginationFilter.encode({ limit: 1, offset: 1 }).finish() });
    expect(f.filterCells(row).map((c) => c.qualifier.toString())).toEqual(['b']);
  });

  it('page filter ends the scan after its page', () => {
    const f = decodeFilter({ name: `${FILTER}PageFilter`, serializedFilter: pb.PageFilter.encode({ pageSize: toLong(2n) }).finish() });
    expect([f.filterCells(row).length, f.filterAllRemaining(), f.filterCells(row).length, f.filterAllRemaining()]).toEqual([3, false, 3, true]);
  });

  it('refuses an unknown filter class instead of ignoring it', () => {
    expect(() => decodeFilter({ name: 'com.example.MyFilter' })).toThrow(/ClassNotFoundException: com.example.MyFilter/);
  });
});

describe('filter semantics ported from HBase', () => {
  const enc = (kind: string, m: unknown) => ({
    name: `${FILTER}${kind}`,
    serializedFilter: (pb as unknown as Record<string, { encode(m: unknown): { finish(): Uint8Array } }>)[kind].encode(m).finish(),
  });
  const prefix = (p: string) => enc('PrefixFilter', { prefix: Buffer.from(p) });
  const scvf = (q: string, v: string, filterIfMissing = true) =>
    enc('SingleColumnValueFilter', {
      columnFamily: Buffer.from('cf'),
      columnQualifier: Buffer.from(q),
      compareOp: 2,
      comparator: binary(v),
      filterIfMissing,
      latestVersionOnly: true,
    });
  const list = (operator: 1 | 2, ...filters: unknown[]) => enc('FilterList', { operator, filters });
  const rows = (f: ReturnType<typeof decodeFilter>, data: Cell[][]) =>
    data.map((cells) =>
      f
        .filterCells(cells)
        .map((c) => `${c.row}/${c.qualifier}`)
        .join(','),
    );
  const table = [[cell('a1', 'p', 'x'), cell('a1', 's', 'hit')], [cell('a2', 'p', 'x')], [cell('b1', 's', 'hit')], [cell('b2', 's', 'miss')]];

  it('MUST_PASS_ONE keeps a row when any member keeps it: filterRow is an AND of the members', () => {
    const f = decodeFilter(list(2, scvf('s', 'hit'), prefix('a')));
    expect(rows(f, table)).toEqual(['a1/p,a1/s', 'a2/p', 'b1/s', '']);
  });

  it('MUST_PASS_ALL of a prefix and an OR list keeps the prefix rows the OR passes', () => {
    const qualifier = compareFilter('QualifierFilter', 2, 'p');
    const f = decodeFilter(list(1, prefix('a'), list(2, scvf('s', 'hit'), qualifier)));
    // a2 passes through the qualifier branch; the SCVF branch's filterRow is ORed away by the qualifier filter.
    expect(rows(f, table.slice(0, 2))).toEqual(['a1/p,a1/s', 'a2/p']);
  });

  it('ColumnCountGetFilter: a row over the limit closes its family for the rest of the region (DONE_SCAN)', () => {
    const f = decodeFilter(enc('ColumnCountGetFilter', { limit: 1 }));
    const wide = (r: string) => [cell(r, 'a', '1'), cell(r, 'b', '2'), cell(r, 'x', '3', 'cf2')];
    // cf: a kept, b over the limit; cf2's scanner then sees a finished filter and closes too.
    expect(f.filterCells(wide('r1')).map((c) => c.qualifier.toString())).toEqual(['a']);
    expect([f.filterAllRemaining(), f.filterCells(wide('r2')).length]).toEqual([false, 0]);
    const narrow = decodeFilter(enc('ColumnCountGetFilter', { limit: 1 }));
    expect([narrow.filterCells([cell('r1', 'a', '1')]).length, narrow.filterCells([cell('r2', 'a', '1')]).length]).toEqual([1, 1]);
  });

  it('InclusiveStopFilter on a reversed scan stops below the stop row', () => {
    const f = openScanFilter(enc('InclusiveStopFilter', { stopRowKey: Buffer.from('b') }), { reversed: true }, [Buffer.from('cf')]);
    expect([
      f.filterCells([cell('c', 'q', 'v')]).length,
      f.filterCells([cell('b', 'q', 'v')]).length,
      f.filterCells([cell('a', 'q', 'v')]).length,
      f.filterAllRemaining(),
    ]).toEqual([1, 1, 0, true]);
  });

  it('a reversed scan refuses filters that leave a family non-essential (on-demand loading)', () => {
    const families = [Buffer.from('cf'), Buffer.from('cf2')];
    expect(() => openScanFilter(scvf('s', 'hit'), { reversed: true }, families)).toThrow(/Reverse scan with loading CFs on demand is not supported/);
    expect(() => openScanFilter(scvf('s', 'hit'), { reversed: true, loadColumnFamiliesOnDemand: false }, families)).not.toThrow();
    expect(() => openScanFilter(scvf('s', 'hit', false), { reversed: true }, families)).not.toThrow();
    expect(() => openScanFilter(scvf('s', 'hit'), { reversed: true }, [Buffer.from('cf')])).not.toThrow();
    const cvf = enc('ColumnValueFilter', { family: Buffer.from('cf'), qualifier: Buffer.from('s'), compareOp: 2, comparator: binary('hit') });
    expect(() => openScanFilter(cvf, { reversed: true }, families)).toThrow(/Reverse scan/);
    expect(() => openScanFilter(list(2, cvf, prefix('a')), { reversed: true }, families)).not.toThrow();
  });

  it('WhileMatchFilter ends the scan at the first rejected cell, keeping what came before', () => {
    const f = decodeFilter(enc('WhileMatchFilter', { filter: compareFilter('ValueFilter', 3, 'stop') }));
    expect(f.filterCells([cell('r', 'a', 'go'), cell('r', 'b', 'stop'), cell('r', 'c', 'go')]).map((c) => c.qualifier.toString())).toEqual(['a']);
    expect(f.filterAllRemaining()).toBe(true);
  });

  it('SkipFilter drops a row when the wrapped filter rejects any cell', () => {
    const f = decodeFilter(enc('SkipFilter', { filter: compareFilter('ValueFilter', 3, 'bad') }));
    expect(rows(f, [[cell('r1', 'a', 'ok'), cell('r1', 'b', 'bad')], [cell('r2', 'a', 'ok')]])).toEqual(['', 'r2/a']);
  });

  it('versions are counted after the filter: a skipped newer version does not use up the limit', () => {
    const versioned = (ts: bigint, v: string): Cell => ({ ...cell('r', 'q', v), timestamp: ts });
    const f = decodeFilter(compareFilter('ValueFilter', 3, 'new'), { maxVersions: 1 });
    expect(f.filterCells([versioned(3n, 'new'), versioned(2n, 'old'), versioned(1n, 'older')]).map((c) => c.value.toString())).toEqual(['old']);
  });
});

describe('comparators: edge values', () => {
  const comparator = (kind: string, m: unknown) =>
    decodeComparator({
      name: `${FILTER}${kind}`,
      serializedComparator: (pb as unknown as Record<string, { encode(m: unknown): { finish(): Uint8Array } }>)[kind].encode(m).finish(),
    });
  const decimal = (scale: number, unscaled: number[]) => Buffer.concat([Buffer.from([0, 0, 0, scale]), Buffer.from(unscaled)]);

  it('BigDecimalComparator compares numerically across scales and refuses short values', () => {
    const c = comparator('BigDecimalComparator', { comparable: { value: decimal(1, [15]) } }); // 1.5
    expect(Math.sign(c.compareTo(decimal(2, [0, 150])))).toBe(0); // 1.50
    expect(Math.sign(c.compareTo(decimal(0, [2])))).toBe(-1);
    expect(Math.sign(c.compareTo(decimal(0, [0xff])))).toBe(1); // -1
    expect(() => c.compareTo(Buffer.from([1, 2]))).toThrow(/Cannot read field "scale"/);
    // A Java runtime failure: sent as a retriable IOException, not turned into ScannerResetException.
    let thrown: unknown;
    try {
      c.compareTo(Buffer.from([1, 2]));
    } catch (e) {
      thrown = e;
    }
    expect(isJavaRuntimeError(thrown)).toBe(true);
  });

  it('BinaryComponentComparator compares the component at its offset', () => {
    const c = comparator('BinaryComponentComparator', { value: Buffer.from('bc'), offset: 1 });
    expect([c.compareTo(Buffer.from('abcd')), Math.sign(c.compareTo(Buffer.from('aaaa')))]).toEqual([0, 1]);
  });

  it('LongComparator reads the first 8 bytes of a value, as the unchecked ByteBuffer read of HBase', () => {
    const c = comparator('LongComparator', { comparable: { value: Buffer.from([0, 0, 0, 0, 0, 0, 0, 5]) } });
    expect(c.compareTo(Buffer.from([0, 0, 0, 0, 0, 0, 0, 5]))).toBe(0);
    expect(c.compareTo(Buffer.from([0, 0, 0, 0, 0, 0, 0, 5, 9]))).toBe(0);
    expect(c.compareTo(Buffer.from([5]))).not.toBe(0);
  });

  it('RegexStringComparator honours the LITERAL flag', () => {
    const c = comparator('RegexStringComparator', { pattern: 'a.c', patternFlags: 0x10, charset: 'UTF-8' });
    expect([c.compareTo(Buffer.from('xa.cx')), c.compareTo(Buffer.from('abc'))]).toEqual([0, 1]);
  });
});
