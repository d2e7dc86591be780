import fc from 'fast-check';
import { type Cell, CellType, compareCells } from '@hbase-compat/hbase-codec';
import { ALL_TIME, cellIdentity, compactByRules, compactRow, mergeRow, readByRules, readVisible, type ReadQuery } from './row-semantics';
import { type FamilyDescriptor, FOREVER_SECONDS } from './descriptors';
import { cellTtlMs, withTtlTag } from './cell-tags';

const row = Buffer.from('r');
const fam = (name: string, maxVersions = 3, ttlSeconds = FOREVER_SECONDS, minVersions = 0): FamilyDescriptor => ({
  name: Buffer.from(name),
  maxVersions,
  minVersions,
  ttlSeconds,
  attributes: [],
  configuration: [],
});
const compareAll = compareCells;
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
const TYPE_NAMES: Record<number, string> = { 4: 'Put', 8: 'Delete', 10: 'DeleteFamilyVersion', 12: 'DeleteColumn', 14: 'DeleteFamily' };
const showRaw = (cells: Cell[]) => cells.map((c) => `${c.family}:${c.qualifier}@${c.timestamp}/${TYPE_NAMES[c.type]}`);
const keepDeleted = (f: FamilyDescriptor, value: string): FamilyDescriptor => ({
  ...f,
  attributes: [{ first: Buffer.from('KEEP_DELETED_CELLS'), second: Buffer.from(value) }],
});
const range = (from: number, to: number) => ({ from: BigInt(from), to: BigInt(to) });

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
    const columns = new Map<string, Set<string> | null>([
      ['a', new Set(['y'])],
      ['b', null],
    ]);
    expect(show(readVisible(stored, fams, query({ columns })))).toEqual(['a:y@1=y', 'b:z@1=z']);
  });

  it('expires cells older than the TTL', () => {
    const ttl = families(fam('t', 3, 10));
    const stored = mergeRow(row, [], [put('t', 'q', 995_000, 'new'), put('t', 'q', 980_000, 'old')], ttl, 990_000);
    expect(show(readVisible(stored, ttl, query({ maxVersions: 5, now: 1_000_000 })))).toEqual(['t:q@995000=new']);
  });

  it('a cell TTL tag hides the cell once ts + ttl < now, and cannot outlive the family TTL', () => {
    const ttl = families(fam('a', 3), fam('t', 3, 10));
    const stored = mergeRow(
      row,
      [],
      [
        withTtlTag(put('a', 'gone', 900_000, 'x'), 50_000n),
        withTtlTag(put('a', 'kept', 900_000, 'y'), 200_000n),
        withTtlTag(put('t', 'q', 980_000, 'z'), 1_000_000n),
      ],
      ttl,
      900_000,
    );
    expect(show(readVisible(stored, ttl, query({ now: 1_000_000 })))).toEqual(['a:kept@900000=y']);
    expect(readVisible(stored, ttl, query({ now: 1_000_000 }))[0].tags).toBeUndefined();
  });

  it('an expired cell-TTL version does not count against VERSIONS', () => {
    const two = families(fam('a', 2));
    const stored = [withTtlTag(put('a', 'q', 3, 'new'), 1n), put('a', 'q', 2, 'mid'), put('a', 'q', 1, 'old')];
    expect(show(readVisible(stored, two, query({ maxVersions: 5, now: 1_000 })))).toEqual(['a:q@2=mid', 'a:q@1=old']);
  });

  it('withTtlTag replaces an earlier TTL tag', () => {
    expect(cellTtlMs(withTtlTag(withTtlTag(put('a', 'q', 1, 'v'), 5n), 7n))).toBe(7n);
  });

  it('reads as after a flush: a time range over versions beyond VERSIONS finds nothing', () => {
    const two = families(fam('a', 2));
    const stored = [3, 2, 1].map((ts) => put('a', 'q', ts, `v${ts}`));
    expect(show(readVisible(stored, two, query({ maxVersions: 5, timeRange: range(0, 2) })))).toEqual([]);
    expect(show(readVisible(stored, two, query({ maxVersions: 5, timeRange: range(0, 3) })))).toEqual(['a:q@2=v2']);
  });

  it('KEEP_DELETED_CELLS: markers count only inside the time range', () => {
    const kdc = families(keepDeleted(fam('a', 5), 'TRUE'));
    const stored = mergeRow(row, [], [put('a', 'q', 1, 'v1'), put('a', 'q', 2, 'v2'), del('a', 'q', 4, CellType.DeleteColumn)], kdc, 0);
    expect(stored.filter((c) => c.type === CellType.Put)).toHaveLength(2);
    expect(show(readVisible(stored, kdc, query({ maxVersions: 5 })))).toEqual([]);
    expect(show(readVisible(stored, kdc, query({ maxVersions: 5, timeRange: range(0, 4) })))).toEqual(['a:q@2=v2', 'a:q@1=v1']);
    expect(show(readVisible(stored, kdc, query({ maxVersions: 5, timeRange: range(0, 5) })))).toEqual([]);
    const plain = families(fam('a', 5));
    expect(show(readVisible(stored, plain, query({ maxVersions: 5, timeRange: range(0, 4) })))).toEqual([]);
  });

  it('KEEP_DELETED_CELLS: a flush keeps deleted versions and counts them against VERSIONS', () => {
    const kdc = families(keepDeleted(fam('a', 2), 'TRUE'));
    const stored = mergeRow(row, [], [1, 2, 3].map((ts) => put('a', 'q', ts, `v${ts}`)).concat(del('a', 'q', 10, CellType.DeleteColumn)), kdc, 0);
    expect(show(readVisible(stored, kdc, query({ maxVersions: 5, timeRange: range(0, 10) })))).toEqual(['a:q@3=v3', 'a:q@2=v2']);
  });

  it('raw reads return markers and masked puts as a flush leaves them, markers not counted as versions', () => {
    const stored = [
      put('a', 'q', 3, 'v3'),
      del('a', 'q', 3, CellType.Delete),
      put('a', 'q', 2, 'v2'),
      put('a', 'q', 1, 'v1'),
      del('a', '', 5, CellType.DeleteFamilyVersion),
    ];
    const raw = readVisible(stored.sort(compareAll), fams, query({ raw: true, maxVersions: 1 }));
    expect(showRaw(raw)).toEqual(['a:@5/DeleteFamilyVersion', 'a:q@3/Delete', 'a:q@2/Put']);
    const ranged = readVisible(stored, fams, query({ raw: true, maxVersions: 10, timeRange: range(2, 4) }));
    expect(showRaw(ranged)).toEqual(['a:q@3/Delete', 'a:q@2/Put']);
  });

  it('per-family time ranges replace the query time range for their family', () => {
    const stored = apply([put('a', 'q', 1, 'a1'), put('a', 'q', 2, 'a2'), put('b', 'q', 1, 'b1')]);
    const q = query({ maxVersions: 5, timeRange: range(2, 10), familyTimeRanges: new Map([['b', range(0, 2)]]) });
    expect(show(readVisible(stored, fams, q))).toEqual(['a:q@2=a2', 'b:q@1=b1']);
  });

  it('a major compaction purges markers and masked puts unless KEEP_DELETED_CELLS', () => {
    const cells = [put('a', 'q', 2, 'v2'), put('a', 'q', 1, 'v1'), del('a', 'q', 1, CellType.DeleteColumn)].sort(compareAll);
    expect(showRaw(compactRow(cells, fams, 0, true))).toEqual(['a:q@2/Put']);
    expect(showRaw(compactRow(cells, fams, 0, false))).toEqual(['a:q@2/Put', 'a:q@1/DeleteColumn']);
    const kdc = families(keepDeleted(fam('a', 5), 'TRUE'));
    expect(showRaw(compactRow(cells, kdc, 0, true))).toEqual(['a:q@2/Put', 'a:q@1/DeleteColumn', 'a:q@1/Put']);
  });

  it('a flush ends a column past VERSIONS, dropping the older markers with it (the scanner seeks on)', () => {
    const two = families(fam('a', 2));
    const stored = mergeRow(row, [], [1, 2, 3, 4].map((ts) => put('a', 'q', ts, `v${ts}`)).concat(del('a', 'q', 1, CellType.Delete)), two, 0);
    expect(showRaw(stored)).toEqual(['a:q@4/Put', 'a:q@3/Put']);
  });
});

describe('readVisible on plain rows agrees with the matcher walk', () => {
  const NOW = 1_000_000;
  const tableFamilies = families(fam('a'), fam('b', 1), fam('t', 2, 1), fam('z', 0), keepDeleted(fam('k'), 'TRUE'));
  const FAMILY_NAMES = ['a', 'b', 'k', 't', 'u', 'z'];
  const MARKERS = [CellType.Delete, CellType.DeleteColumn, CellType.DeleteFamily, CellType.DeleteFamilyVersion];

  /** A random cell of the row; `plain` cells are untagged puts. */
  function randomCell(next: (n: number) => number, plain: boolean, i: number): Cell {
    const family = FAMILY_NAMES[next(FAMILY_NAMES.length)];
    let c = put(family, `q${next(4)}`, 998_000 + next(1_100) * 10, `v${i}`);
    if (!plain && next(4) === 0) c = { ...c, type: MARKERS[next(MARKERS.length)], value: Buffer.alloc(0) };
    if (!plain && next(4) === 0) c = withTtlTag(c, BigInt(next(3_000)));
    return c;
  }

  /**
   * A stored row in cell order. Plain: one untagged put per column. Nearly plain: a plain row and
   * one more cell that may be a marker, a tagged put or a second version (each a reason to walk).
   */
  function randomRow(next: (n: number) => number, kind: 'plain' | 'nearly' | 'any'): Cell[] {
    const cells: Cell[] = [];
    for (let i = next(12); i >= 0; i--) cells.push(randomCell(next, kind !== 'any', i));
    cells.sort(compareCells);
    if (kind === 'any') return cells;
    const plain = cells.filter((c, i) => i === 0 || !(c.family.equals(cells[i - 1].family) && c.qualifier.equals(cells[i - 1].qualifier)));
    if (kind === 'plain') return plain;
    const extra = plain.length > 0 && next(2) === 0 ? { ...plain[next(plain.length)], timestamp: 997_995n } : randomCell(next, false, 99);
    return [...plain, extra].sort(compareCells);
  }

  function randomQuery(next: (n: number) => number): ReadQuery {
    const q = query({ maxVersions: next(4), now: NOW });
    if (next(3) === 0) q.timeRange = range(998_000 + next(11_000), 998_000 + next(13_000));
    if (next(3) === 0)
      q.columns = new Map([
        ['a', next(2) === 0 ? null : new Set(['q1', 'q2'])],
        ['t', null],
      ]);
    if (next(8) === 0) q.raw = true;
    if (next(8) === 0) q.familyTimeRanges = new Map([['a', range(999_000, 1_004_000)]]);
    return q;
  }

  it('agrees on 12,000 random rows and queries, plain and not (fast-check; a failure prints its seed)', () => {
    let plainVisible = 0;
    const shown = (cells: Cell[]) => cells.map((c) => `${showRaw([c])[0]}=${c.value}${c.tags === undefined ? '' : ' tagged'}`);
    fc.assert(
      fc.property(fc.gen(), (g) => {
        // The row and query builders above draw numbers below n; fast-check supplies and replays them.
        const next = (n: number): number => g(fc.nat, n - 1);
        const kind = (['plain', 'nearly', 'any'] as const)[next(3)];
        const stored = randomRow(next, kind);
        const q = randomQuery(next);
        const expected = readByRules(stored, tableFamilies, q);
        expect(shown(readVisible(stored, tableFamilies, q))).toEqual(shown(expected));
        if (kind === 'plain' && expected.length > 0) plainVisible++;
      }),
      { numRuns: 12_000 },
    );
    // The generator must reach the shortcut's case often, or the agreement above proves little.
    expect(plainVisible).toBeGreaterThan(1_600);
  });

  it('compactRow and mergeRow agree with the matcher walk on 12,000 random rows and writes (fast-check)', () => {
    const shown = (cells: Cell[]) => cells.map((c) => `${showRaw([c])[0]}=${c.value}${c.tags === undefined ? '' : ' tagged'}`);
    /** The merge as it was first written: identities in a map (last write wins), sorted, then the walk. */
    const mergeByRules = (stored: Cell[], incoming: Cell[]): Cell[] => {
      const byIdentity = new Map<string, Cell>();
      for (const c of [...stored, ...incoming]) byIdentity.set(cellIdentity(c), c);
      return compactByRules([...byIdentity.values()].sort(compareCells), tableFamilies, NOW, false);
    };
    let plainMerges = 0;
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const next = (n: number): number => g(fc.nat, n - 1);
        const kind = (['plain', 'nearly', 'any'] as const)[next(3)];
        const cells = randomRow(next, kind);
        const major = next(2) === 0;
        expect(shown(compactRow(cells, tableFamilies, NOW, major))).toEqual(shown(compactByRules(cells, tableFamilies, NOW, major)));
        // A write: stored as a merge left it, incoming in any order, repeats included.
        const stored = mergeByRules([], cells);
        const incoming = randomRow(next, next(2) === 0 ? 'plain' : 'any').reverse();
        if (next(3) === 0 && incoming.length > 0) incoming.push({ ...incoming[0], value: Buffer.from('again') });
        const expected = mergeByRules(stored, incoming);
        expect(shown(mergeRow(row, stored, incoming, tableFamilies, NOW))).toEqual(shown(expected));
        if (kind === 'plain' && expected.length > 1) plainMerges++;
      }),
      { numRuns: 12_000 },
    );
    expect(plainMerges).toBeGreaterThan(1_600);
  });
});
