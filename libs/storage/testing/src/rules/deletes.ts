import { CellType } from '@hbase-compat/hbase-codec';
import { type Suite, b, cell, put, read, show, stored, write } from '../suite';

const ALL = { maxVersions: 10 };

/**
 * The four delete markers (ScanDeleteTracker), how long they last (MinorCompactionScanQueryMatcher
 * keeps them, MajorCompactionScanQueryMatcher purges them) and KEEP_DELETED_CELLS.
 */
export function deleteRules(s: Suite): void {
  describe('deletes', () => {
    s.rule('Delete at T hides only the put at exactly T of its column', async () => {
      const t = await s.table({ cf: { versions: 5 } });
      const row = b('r');
      await write(s.engine(), t, row, [put(row, 'cf:a', 1, 'a1'), put(row, 'cf:a', 2, 'a2'), put(row, 'cf:a', 3, 'a3'), put(row, 'cf:b', 2, 'b2')]);
      await write(s.engine(), t, row, [cell(row, 'cf:a', 2, CellType.Delete)]);
      expect(await read(s.engine(), t, row, ALL)).toEqual(['cf:a@3=a3', 'cf:a@1=a1', 'cf:b@2=b2']);
    });

    s.rule('DeleteColumn at T hides the puts of its column at T and older, not newer ones nor other columns', async () => {
      const t = await s.table({ cf: { versions: 5 } });
      const row = b('r');
      await write(s.engine(), t, row, [put(row, 'cf:a', 1, 'a1'), put(row, 'cf:a', 2, 'a2'), put(row, 'cf:a', 3, 'a3'), put(row, 'cf:b', 2, 'b2')]);
      await write(s.engine(), t, row, [cell(row, 'cf:a', 2, CellType.DeleteColumn)]);
      expect(await read(s.engine(), t, row, ALL)).toEqual(['cf:a@3=a3', 'cf:b@2=b2']);
    });

    s.rule('DeleteFamily at T hides every column of its family at T and older, and nothing in other families or rows', async () => {
      const t = await s.table({ cf: { versions: 5 }, cg: { versions: 5 } });
      const [row, other] = [b('r'), b('r2')];
      await write(s.engine(), t, row, [put(row, 'cf:a', 1, 'a1'), put(row, 'cf:a', 3, 'a3'), put(row, 'cf:b', 2, 'b2'), put(row, 'cg:a', 1, 'g1')]);
      await write(s.engine(), t, other, [put(other, 'cf:a', 1, 'o1')]);
      await write(s.engine(), t, row, [cell(row, 'cf:', 2, CellType.DeleteFamily)]);
      expect(await read(s.engine(), t, row, ALL)).toEqual(['cf:a@3=a3', 'cg:a@1=g1']);
      expect(await read(s.engine(), t, other, ALL)).toEqual(['cf:a@1=o1']);
    });

    s.rule("DeleteFamilyVersion at T hides every column's put at exactly T in its family, and nothing else", async () => {
      const t = await s.table({ cf: { versions: 5 }, cg: { versions: 5 } });
      const row = b('r');
      await write(s.engine(), t, row, [
        put(row, 'cf:a', 1, 'a1'),
        put(row, 'cf:a', 2, 'a2'),
        put(row, 'cf:b', 2, 'b2'),
        put(row, 'cf:b', 3, 'b3'),
        put(row, 'cg:a', 2, 'g2'),
      ]);
      await write(s.engine(), t, row, [cell(row, 'cf:', 2, CellType.DeleteFamilyVersion)]);
      expect(await read(s.engine(), t, row, ALL)).toEqual(['cf:a@1=a1', 'cf:b@3=b3', 'cg:a@2=g2']);
    });

    s.rule('a delete marker also hides a put written after it with an older timestamp, but not a newer one', async () => {
      const t = await s.table({ cf: { versions: 5 } });
      const row = b('r');
      await write(s.engine(), t, row, [cell(row, 'cf:a', 5, CellType.DeleteColumn), cell(row, 'cf:', 5, CellType.DeleteFamilyVersion)]);
      await write(s.engine(), t, row, [put(row, 'cf:a', 3, 'late-old'), put(row, 'cf:b', 5, 'late-same'), put(row, 'cf:a', 6, 'late-new')]);
      expect(await read(s.engine(), t, row, ALL)).toEqual(['cf:a@6=late-new']);
    });

    s.rule('a flush keeps delete markers, so they go on hiding older puts written after it', async () => {
      const t = await s.table({ cf: { versions: 5 } });
      const row = b('r');
      await write(s.engine(), t, row, [put(row, 'cf:a', 1, 'a1'), cell(row, 'cf:a', 5, CellType.DeleteColumn)]);
      await s.engine().data.compact(t, { major: false });
      expect((await stored(s.engine(), t, row)).map(show)).toEqual(['cf:a@5 DeleteColumn']);
      await write(s.engine(), t, row, [put(row, 'cf:a', 2, 'a2')]);
      expect(await read(s.engine(), t, row, ALL)).toEqual([]);
    });

    s.rule('a major compaction purges delete markers with the puts they hid; an older put written afterwards is visible', async () => {
      const t = await s.table({ cf: { versions: 5 } });
      const row = b('r');
      await write(s.engine(), t, row, [put(row, 'cf:a', 3, 'a3'), put(row, 'cf:b', 1, 'b1'), cell(row, 'cf:a', 5, CellType.DeleteColumn)]);
      await s.engine().data.compact(t, { major: true });
      expect((await stored(s.engine(), t, row)).map(show)).toEqual(['cf:b@1=b1']);
      await write(s.engine(), t, row, [put(row, 'cf:a', 4, 'a4')]);
      expect(await read(s.engine(), t, row, ALL)).toEqual(['cf:a@4=a4', 'cf:b@1=b1']);
    });

    s.rule('a raw read returns the delete markers among the puts a flush keeps, newest first', async () => {
      const t = await s.table({ cf: { versions: 5 }, cg: { versions: 5 } });
      const row = b('r');
      await write(s.engine(), t, row, [put(row, 'cf:a', 1, 'a1'), put(row, 'cf:a', 3, 'a3'), put(row, 'cg:x', 2, 'x2')]);
      await write(s.engine(), t, row, [cell(row, 'cf:a', 3, CellType.Delete), cell(row, 'cg:', 4, CellType.DeleteFamily)]);
      expect(await read(s.engine(), t, row, { maxVersions: 10, raw: true })).toEqual(['cf:a@3 Delete', 'cf:a@1=a1', 'cg:@4 DeleteFamily']);
      expect(await read(s.engine(), t, row, ALL)).toEqual(['cf:a@1=a1']);
    });

    s.rule('KEEP_DELETED_CELLS=TRUE: deleted puts survive a major compaction and a time range before the delete sees them', async () => {
      const t = await s.table({ cf: { versions: 5, keepDeletedCells: 'TRUE' } });
      const row = b('r');
      await write(s.engine(), t, row, [put(row, 'cf:a', 1, 'a1'), put(row, 'cf:a', 2, 'a2')]);
      await write(s.engine(), t, row, [cell(row, 'cf:a', 5, CellType.DeleteColumn)]);
      await s.engine().data.compact(t, { major: true });
      expect(await read(s.engine(), t, row, ALL)).toEqual([]);
      expect(await read(s.engine(), t, row, { maxVersions: 10, timeRange: { from: 0n, to: 5n } })).toEqual(['cf:a@2=a2', 'cf:a@1=a1']);
      expect(await read(s.engine(), t, row, { maxVersions: 10, raw: true })).toEqual(['cf:a@5 DeleteColumn', 'cf:a@2=a2', 'cf:a@1=a1']);
    });
  });
}
