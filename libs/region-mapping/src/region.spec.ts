import fc from 'fast-check';
import { assignRegion, assignTableRegions } from './assignment';
import { compareMetaRows } from './meta-row-order';
import { findRegionForRow, makeRegion, regionsFromSplitKeys } from './region';
import type { ServerName } from './server-name';
import { META_TABLE, parseTableName, tableNameToString } from './table-name';

describe('region names', () => {
  it('matches RegionInfo.createRegionName (md5 computed independently)', () => {
    const r = makeRegion(parseTableName('usertable'), Buffer.from('user5'), Buffer.alloc(0), 1700000000000);
    expect(r.encodedName).toBe('45ce57da24881ce30f26af960cc81250');
    expect(r.name.toString('latin1')).toBe('usertable,user5,1700000000000.45ce57da24881ce30f26af960cc81250.');
  });

  it('keeps binary start keys and the namespace in the name', () => {
    const r = makeRegion(parseTableName('ns1:t'), Buffer.from([0x00, 0x2c, 0xff]), Buffer.alloc(0), 1700000000000);
    expect(r.encodedName).toBe('d15c43b0114d903ef52b64655c595ff5');
    expect(r.name.subarray(0, 9).toString('latin1')).toBe('ns1:t,\x00,\xff'.slice(0, 9));
  });

  it('names hbase:meta the old way', () => {
    const meta = makeRegion(META_TABLE, Buffer.alloc(0), Buffer.alloc(0), 1);
    expect(meta.name.toString()).toBe('hbase:meta,,1');
    expect(meta.encodedName).toBe('1588230740');
  });

  it('prints default-namespace tables without a prefix', () => {
    expect(tableNameToString(parseTableName('default:t'))).toBe('t');
    expect(tableNameToString(parseTableName('ns:t'))).toBe('ns:t');
  });
});

describe('regions from split keys', () => {
  const table = parseTableName('t');
  it('sorts, de-duplicates and covers the key space', () => {
    const regions = regionsFromSplitKeys(table, [Buffer.from('n'), Buffer.from('g'), Buffer.from('n'), Buffer.from('t')], 1);
    expect(regions.map((r) => [r.startKey.toString(), r.endKey.toString()])).toEqual([
      ['', 'g'],
      ['g', 'n'],
      ['n', 't'],
      ['t', ''],
    ]);
  });

  it('finds the region of any row', () => {
    const splits = [Buffer.from([0x40]), Buffer.from([0x80]), Buffer.from([0xc0])];
    const regions = regionsFromSplitKeys(table, splits, 1);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 8 }), (bytes) => {
        const row = Buffer.from(bytes);
        const r = findRegionForRow(regions, row);
        expect(Buffer.compare(row, r.startKey)).toBeGreaterThanOrEqual(0);
        if (r.endKey.length > 0) expect(Buffer.compare(row, r.endKey)).toBeLessThan(0);
      }),
    );
  });
});

describe('hbase:meta row order (MetaCellComparator)', () => {
  it('places a start key with bytes below "," where HBase does', () => {
    const a = Buffer.from('t,a\x00b,1.x.', 'latin1');
    const b = Buffer.from('t,a,1.x.', 'latin1');
    // Start key "a" sorts before "a\x00b", though raw bytes put "t,a\x00" before "t,a,".
    expect(compareMetaRows(b, a)).toBeLessThan(0);
    expect(Buffer.compare(b, a)).toBeGreaterThan(0);
  });

  it('sorts the table state row before the table regions and tables by name', () => {
    const rows = ['t2,,1.a.', 't1,m,1.b.', 't1', 't1,,1.c.', 't10,,1.d.'].map((s) => Buffer.from(s));
    const sorted = rows.sort(compareMetaRows).map((b) => b.toString());
    expect(sorted).toEqual(['t1', 't1,,1.c.', 't1,m,1.b.', 't10,,1.d.', 't2,,1.a.']);
  });
});

describe('rendezvous assignment', () => {
  const servers: ServerName[] = [1, 2, 3].map((i) => ({ host: '127.0.0.1', port: 16020 + i, startCode: i }));
  const regions = regionsFromSplitKeys(
    parseTableName('t'),
    Array.from({ length: 23 }, (_, i) => Buffer.from([10 * (i + 1)])),
    1,
  );

  it('is deterministic and independent of membership order', () => {
    for (const r of regions) expect(assignRegion(r, servers)).toEqual(assignRegion(r, [...servers].reverse()));
  });

  it('moves only the regions of a server that leaves', () => {
    const before = regions.map((r) => assignRegion(r, servers)!);
    const after = regions.map((r) => assignRegion(r, servers.slice(0, 2))!);
    regions.forEach((_, i) => {
      if (before[i].port !== 16023) expect(after[i]).toEqual(before[i]);
    });
  });

  it('spreads regions over every server', () => {
    const ports = new Set(regions.map((r) => assignRegion(r, servers)!.port));
    expect(ports.size).toBe(3);
  });
});

describe('bounded-load table assignment', () => {
  const table = { namespace: 'default', qualifier: 'usertable' };
  const splits = Array.from({ length: 23 }, (_v, i) => Buffer.from(`user${String(i + 1).padStart(2, '0')}`));
  const regions = regionsFromSplitKeys(table, splits, 1700000000000);
  const servers = [1, 2, 3].map((i) => ({ host: '127.0.0.1', port: 16020 + i, startCode: 1000 + i }));

  it('gives every server an equal share of the regions, the same on every node', () => {
    const a = assignTableRegions(regions, servers);
    const b = assignTableRegions(regions, [...servers].reverse());
    expect([...a.entries()].map(([k, v]) => [k, v.port])).toEqual([...b.entries()].map(([k, v]) => [k, v.port]));
    const counts = new Map<number, number>();
    for (const s of a.values()) counts.set(s.port, (counts.get(s.port) ?? 0) + 1);
    expect([...counts.values()].sort()).toEqual([8, 8, 8]);
  });

  it("moves only the leaving server's regions plus what rebalancing needs when a server leaves", () => {
    const before = assignTableRegions(regions, servers);
    const after = assignTableRegions(regions, servers.slice(0, 2));
    const moved = regions.filter((r) => before.get(r.encodedName)!.port !== after.get(r.encodedName)!.port).length;
    expect(moved).toBeLessThanOrEqual(12);
    expect([...after.values()].every((s) => s.port !== 16023)).toBe(true);
  });
});
