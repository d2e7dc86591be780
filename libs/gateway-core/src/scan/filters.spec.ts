import { type Cell, CellType, pb, toLong } from '@hbase-compat/hbase-codec';
import { decodeComparator, passes } from './comparators';
import { decodeFilter } from './filters';

const cell = (row: string, qualifier: string, value: string, family = 'cf'): Cell => ({
  row: Buffer.from(row),
  family: Buffer.from(family),
  qualifier: Buffer.from(qualifier),
  timestamp: 1n,
  type: CellType.Put,
  value: Buffer.from(value),
});
const FILTER = 'org.apache.hadoop.hbase.filter.';
const binary = (v: string) => ({ name: `${FILTER}BinaryComparator`, serializedComparator: pb.BinaryComparator.encode({ comparable: { value: Buffer.from(v) } }).finish() });
const compareFilter = (kind: string, op: number, v: string) => ({
  name: `${FILTER}${kind}`,
  serializedFilter: (pb as unknown as Record<string, { encode(m: unknown): { finish(): Uint8Array } }>)[kind].encode({ compareFilter: { compareOp: op, comparator: binary(v) } }).finish(),
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
    const prefix = decodeComparator({ name: `${FILTER}BinaryPrefixComparator`, serializedComparator: pb.BinaryPrefixComparator.encode({ comparable: { value: Buffer.from('ab') } }).finish() });
    expect(prefix.compareTo(Buffer.from('abc'))).toBe(0);
    const regex = decodeComparator({
      name: `${FILTER}RegexStringComparator`,
      serializedComparator: pb.RegexStringComparator.encode({ pattern: '^v[0-9]$', patternFlags: 0, charset: 'UTF-8' }).finish(),
    });
    expect([regex.compareTo(Buffer.from('v7')), regex.compareTo(Buffer.from('v77'))]).toEqual([0, 1]);
    const bits = decodeComparator({ name: `${FILTER}BitComparator`, serializedComparator: pb.BitComparator.encode({ comparable: { value: Buffer.from([0x0f]) }, bitwiseOp: 1 }).finish() });
    expect([bits.compareTo(Buffer.from([0x01])), bits.compareTo(Buffer.from([0xf0]))]).toEqual([0, 1]);
  });
});

describe('filters', () => {
  const row = [cell('r', 'a', 'x'), cell('r', 'b', 'y'), cell('r', 'c', 'z')];

  it('value and qualifier filters keep matching cells', () => {
    expect(decodeFilter(compareFilter('ValueFilter', 2, 'y')).filterCells(row).map((c) => c.qualifier.toString())).toEqual(['b']);
    expect(decodeFilter(compareFilter('QualifierFilter', 5, 'a')).filterCells(row).map((c) => c.qualifier.toString())).toEqual(['b', 'c']);
  });

  it('row filter drops rows by key', () => {
    const f = decodeFilter(compareFilter('RowFilter', 5, 'm'));
    expect([f.filterRowKey(Buffer.from('a')), f.filterRowKey(Buffer.from('z'))]).toEqual([true, false]);
  });

  it('single column value filter keeps or drops the whole row', () => {
    const scvf = (v: string, ifMissing = false) =>
      decodeFilter({
        name: `${FILTER}SingleColumnValueFilter`,
        serializedFilter: pb.SingleColumnValueFilter.encode({ columnFamily: Buffer.from('cf'), columnQualifier: Buffer.from('b'), compareOp: 2, comparator: binary(v), filterIfMissing: ifMissing }).finish(),
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
    expect([f.filterRow(row), f.filterAllRemaining(), f.filterRow(row), f.filterAllRemaining()]).toEqual([false, false, false, true]);
  });

  it('refuses an unknown filter class instead of ignoring it', () => {
    expect(() => decodeFilter({ name: 'com.example.MyFilter' })).toThrow(/ClassNotFoundException: com.example.MyFilter/);
  });
});
