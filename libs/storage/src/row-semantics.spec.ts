import { type Cell, CellType } from '@hbase-compat/hbase-codec';
import { ALL_TIME, mergeRow, readVisible, type ReadQuery } from './row-semantics';
import { type FamilyDescriptor, FOREVER_SECONDS } from './descriptors';

const row = Buffer.from('r');
const fam = (name: string, maxVersions = 3, ttlSeconds = FOREVER_SECONDS, minVersions = 0): FamilyDescriptor => ({
  name: Buffer.from(name),
  maxVersions,
  minVersions,
  ttlSeconds,
  attributes: [],
  configuration: [],
});
const families = (...f: FamilyDescriptor[]) => new Map(f.map((x) => [x.name.toString('latin1'), x]));
const put = (family: string, qualifier: string, ts: number, value: string): Cell => ({
  row,
  family: Buffer.from(family),
  qualifier: Buffer.from(qualifier),
  timestamp: BigInt(ts),
  type: CellType.Put,
  value: Buffer.from(value),
});
const del = (family: string, qualifier: string, ts: number, type: CellType): Cell => ({ ...put(family, qualifier, ts, ''), type });
const query = (over: Partial<ReadQuery> = {}): ReadQuery => ({ timeRange: ALL_TIME, maxVersions: 1, now: 1_000_000, ...over });
const show = (cells: Cell[]) => cells.map((c) => `${c.family}:${c.qualifier}@${c.timestamp}=${c.value}`);

describe('HBase row semantics', () => {
  const fams = families(fam('a'), fam('b', 1));
  const apply = (...batches: Cell[][]) => batches.reduce<Cell[]>((stored, batch) => mergeRow(row, stored, batch, fams, 1_000_000), []);

  it('returns the newest version by default and up to min(query, family) versions', () => {
    const stored = apply([put('a', 'q', 1, 'v1')], [put('a', 'q', 3, 'v3')], [put('a', 'q', 2, 'v2')]);
    expect(show(readVisible(stored, fams, query()))).toEqual(['a:q@3=v3']);
    expect(show(readVisible(stored, fams, query({ maxVersions: 10 })))).toEqual(['a:q@3=v3', 'a:q@2=v2', 'a:q@1=v1']);
  });

  it('keeps only VERSIONS versions of a column', () => {
    const stored = apply([put('b', 'q', 1, 'v1')], [put('b', 'q', 2, 'v2')]);
    expect(stored.filter((c) => c.type === CellType.Put)).toHaveLength(1);
    expect(show(readVisible(stored, fams, query({ maxVersions: 5 })))).toEqual(['b:q@2=v2']);
  });

  it('a later write of the same coordinates replaces the value', () => {
    const stored = apply([put('a', 'q', 5, 'old')], [put('a', 'q', 5, 'new')]);
    expect(show(readVisible(stored, fams, query()))).toEqual(['a:q@5=new']);
  });

  it('DeleteColumn hides versions up to its timestamp, also ones written later', () => {
    const stored = apply([put('a', 'q', 1, 'v1'), put('a', 'q', 5, 'v5')], [del('a', 'q', 3, CellType.DeleteColumn)], [put('a', 'q', 2, 'late')]);
    expect(show(readVisible(stored, fams, query({ maxVersions: 10 })))).toEqual(['a:q@5=v5']);
  });

  it('Delete hides exactly one version', () => {
    const stored = apply([put('a', 'q', 1, 'v1'), put('a', 'q', 2, 'v2')], [del('a', 'q', 2, CellType.Delete)]);
    expect(show(readVisible(stored, fams, query({ maxVersions: 10 })))).toEqual(['a:q@1=v1']);
  });

  it('DeleteFamily hides the family up to its timestamp; other families stay', () => {
    const stored = apply([put('a', 'x', 1, '1'), put('a', 'y', 9, '9'), put('b', 'z', 1, 'z')], [del('a', '', 5, CellType.DeleteFamily)]);
    expect(show(readVisible(stored, fams, query()))).toEqual(['a:y@9=9', 'b:z@1=z']);
  });

  it('DeleteFamilyVersion hides one timestamp across the family', () => {
    const stored = apply([put('a', 'x', 4, 'x4'), put('a', 'y', 4, 'y4'), put('a', 'y', 3, 'y3')], [del('a', '', 4, CellType.DeleteFamilyVersion)]);
    expect(show(readVisible(stored, fams, query({ maxVersions: 10 })))).toEqual(['a:y@3=y3']);
  });

  it('applies time ranges before counting versions', () => {
    const stored = apply([put('a', 'q', 1, 'v1'), put('a', 'q', 2, 'v2'), put('a', 'q', 3, 'v3')]);
    expect(show(readVisible(stored, fams, query({ timeRange: { from: 1n, to: 3n } })))).toEqual(['a:q@2=v2']);
  });

  it('projects families and qualifiers', () => {
    const stored = apply([put('a', 'x', 1, 'x'), put('a', 'y', 1, 'y'), put('b', 'z', 1, 'z')]);
    const columns = new Map<string, Set<string> | null>([['a', new Set(['y'])], ['b', null]]);
    expect(show(readVisible(stored, fams, query({ columns })))).toEqual(['a:y@1=y', 'b:z@1=z']);
  });

  it('expires cells older than the TTL', () => {
    const ttl = families(fam('t', 3, 10));
    const stored = mergeRow(row, [], [put('t', 'q', 995_000, 'new'), put('t', 'q', 980_000, 'old')], ttl, 990_000);
    expect(show(readVisible(stored, ttl, query({ maxVersions: 5, now: 1_000_000 })))).toEqual(['t:q@995000=new']);
  });
});
