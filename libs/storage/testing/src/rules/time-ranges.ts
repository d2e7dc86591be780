import { CellType } from '@hbase-compat/hbase-codec';
import { type Suite, b, cell, put, read, write } from '../suite';

/** A table keeping 5 versions and row `r` with cf:q at timestamps 1..5 (values v1..v5). */
async function fiveVersions(s: Suite) {
  const t = await s.table({ cf: { versions: 5 } });
  const row = b('r');
  await write(
    s.engine(),
    t,
    row,
    [1, 2, 3, 4, 5].map((ts) => put(row, 'cf:q', ts, `v${ts}`)),
  );
  return { t, row };
}

/** Get/Scan time ranges (TimeRange: [min, max)), per-family ranges, and how they meet versions and deletes. */
export function timeRangeRules(s: Suite): void {
  describe('time ranges', () => {
    s.rule('a time range includes its lower bound and excludes its upper bound', async () => {
      const { t, row } = await fiveVersions(s);
      expect(await read(s.engine(), t, row, { maxVersions: 5, timeRange: { from: 2n, to: 4n } })).toEqual(['cf:q@3=v3', 'cf:q@2=v2']);
    });

    s.rule('versions are counted inside the time range: the newest N within it come back', async () => {
      const { t, row } = await fiveVersions(s);
      expect(await read(s.engine(), t, row, { maxVersions: 2, timeRange: { from: 1n, to: 5n } })).toEqual(['cf:q@4=v4', 'cf:q@3=v3']);
    });

    s.rule("a family's own time range replaces the read's time range for that family only", async () => {
      const t = await s.table({ cf: { versions: 5 }, cg: { versions: 5 } });
      const row = b('r');
      await write(s.engine(), t, row, [put(row, 'cf:q', 1, 'f1'), put(row, 'cf:q', 5, 'f5'), put(row, 'cg:q', 1, 'g1'), put(row, 'cg:q', 5, 'g5')]);
      const familyTimeRanges = new Map([['cg', { from: 0n, to: 3n }]]);
      expect(await read(s.engine(), t, row, { familyTimeRanges })).toEqual(['cf:q@5=f5', 'cg:q@1=g1']);
    });

    s.rule('a delete newer than the time range still hides the puts it covers (no KEEP_DELETED_CELLS)', async () => {
      const t = await s.table({ cf: { versions: 5 } });
      const row = b('r');
      await write(s.engine(), t, row, [put(row, 'cf:a', 5, 'a5'), put(row, 'cf:b', 5, 'b5'), cell(row, 'cf:a', 10, CellType.DeleteColumn)]);
      expect(await read(s.engine(), t, row, { maxVersions: 5, timeRange: { from: 0n, to: 8n } })).toEqual(['cf:b@5=b5']);
    });
  });
}
