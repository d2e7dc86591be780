import { CellType } from '@hbase-compat/hbase-codec';
import { type Suite, b, cell, put, read, show, stored, write } from '../suite';

/** Versions: HBase keeps up to VERSIONS puts per column, ordered by timestamp (HStore, ScanQueryMatcher). */
export function versionRules(s: Suite): void {
  describe('versions', () => {
    s.rule("a row's stored cells come back in HBase cell order: family, qualifier, then newest timestamp first", async () => {
      const t = await s.table({ cf: { versions: 5 }, cg: { versions: 5 } });
      const row = b('r');
      await write(s.engine(), t, row, [put(row, 'cg:a', 1, 'x'), put(row, 'cf:b', 2, 'y'), put(row, 'cf:a', 1, 'z'), put(row, 'cf:a', 3, 'w')]);
      await write(s.engine(), t, row, [cell(row, 'cf:a', 2, CellType.Delete)]);
      expect((await stored(s.engine(), t, row)).map(show)).toEqual(['cf:a@3=w', 'cf:a@2 Delete', 'cf:a@1=z', 'cf:b@2=y', 'cg:a@1=x']);
    });

    s.rule('puts at distinct timestamps are versions: a read gets the newest VERSIONS of them, newest first', async () => {
      const t = await s.table({ cf: { versions: 3 } });
      const row = b('r');
      for (let ts = 1; ts <= 5; ts++) await write(s.engine(), t, row, [put(row, 'cf:q', ts, `v${ts}`)]);
      expect(await read(s.engine(), t, row, { maxVersions: 10 })).toEqual(['cf:q@5=v5', 'cf:q@4=v4', 'cf:q@3=v3']);
      expect(await read(s.engine(), t, row, { maxVersions: 2 })).toEqual(['cf:q@5=v5', 'cf:q@4=v4']);
    });

    s.rule('after a flush no more than VERSIONS puts of a column stay stored, and they are the newest', async () => {
      const t = await s.table({ cf: { versions: 3 } });
      const row = b('r');
      await write(
        s.engine(),
        t,
        row,
        [1, 2, 3, 4, 5].map((ts) => put(row, 'cf:q', ts, `v${ts}`)),
      );
      await s.engine().data.compact(t, { major: false });
      expect((await stored(s.engine(), t, row)).map(show)).toEqual(['cf:q@5=v5', 'cf:q@4=v4', 'cf:q@3=v3']);
    });

    s.rule('a put at the timestamp of a stored put replaces that version: the later write wins', async () => {
      const t = await s.table({ cf: { versions: 3 } });
      const row = b('r');
      await write(s.engine(), t, row, [put(row, 'cf:q', 2, 'old'), put(row, 'cf:q', 1, 'one')]);
      await write(s.engine(), t, row, [put(row, 'cf:q', 2, 'new')]);
      expect(await read(s.engine(), t, row, { maxVersions: 3 })).toEqual(['cf:q@2=new', 'cf:q@1=one']);
      await s.engine().data.compact(t, { major: false });
      expect((await stored(s.engine(), t, row)).map(show)).toEqual(['cf:q@2=new', 'cf:q@1=one']);
    });

    s.rule('versions are ordered by timestamp, not by arrival: an older put written later is not the newest', async () => {
      const t = await s.table({ cf: { versions: 1 } });
      const row = b('r');
      await write(s.engine(), t, row, [put(row, 'cf:q', 10, 'newer')]);
      await write(s.engine(), t, row, [put(row, 'cf:q', 5, 'older')]);
      expect(await read(s.engine(), t, row)).toEqual(['cf:q@10=newer']);
      await s.engine().data.compact(t, { major: false });
      expect((await stored(s.engine(), t, row)).map(show)).toEqual(['cf:q@10=newer']);
    });

    s.rule('a flush and a major compaction change no user read (all cells written before them)', async () => {
      const t = await s.table({ cf: { versions: 2 }, cg: { versions: 1 } });
      const row = b('r');
      // One mutation: what VERSIONS trims from puts a later delete uncovers depends on when HBase flushes.
      const puts = [1, 2, 3].flatMap((ts) => [put(row, 'cf:a', ts, `a${ts}`), put(row, 'cf:b', ts, `b${ts}`), put(row, 'cg:c', ts, `c${ts}`)]);
      await write(s.engine(), t, row, [...puts, cell(row, 'cf:b', 3, CellType.Delete), cell(row, 'cg:', 2, CellType.DeleteFamily)]);
      const before = await read(s.engine(), t, row, { maxVersions: 5 });
      expect(before).toEqual(['cf:a@3=a3', 'cf:a@2=a2', 'cf:b@2=b2', 'cf:b@1=b1', 'cg:c@3=c3']);
      await s.engine().data.compact(t, { major: false });
      expect(await read(s.engine(), t, row, { maxVersions: 5 })).toEqual(before);
      await s.engine().data.compact(t, { major: true });
      expect(await read(s.engine(), t, row, { maxVersions: 5 })).toEqual(before);
    });
  });
}
