import { withTtlTag } from '@hbase-compat/storage';
import { type Suite, b, put, read, show, stored, write } from '../suite';

const MINUTE = 60_000;

/**
 * Family TTL (ScanQueryMatcher's oldest unexpired timestamp, MIN_VERSIONS) and cell TTL (the TTL
 * tag Mutation.setTTL writes, ScanQueryMatcher.isCellTTLExpired). Timestamps are relative to the
 * wall clock, which both the engine and the reads use.
 */
export function ttlRules(s: Suite): void {
  describe('TTL', () => {
    s.rule('family TTL: a cell older than the TTL is not returned, a younger one is', async () => {
      const t = await s.table({ cf: { versions: 3, ttlSeconds: 60 } });
      const row = b('r');
      const now = Date.now();
      await write(s.engine(), t, row, [
        put(row, 'cf:old', now - 2 * MINUTE, 'gone'),
        put(row, 'cf:new', now - 1000, 'kept'),
        put(row, 'cf:new', now - 3 * MINUTE, 'gone'),
      ]);
      expect(await read(s.engine(), t, row, { maxVersions: 3 })).toEqual([`cf:new@${now - 1000}=kept`]);
    });

    s.rule('family TTL: after a flush no expired cell stays stored', async () => {
      const t = await s.table({ cf: { versions: 3, ttlSeconds: 60 } });
      const row = b('r');
      const now = Date.now();
      await write(s.engine(), t, row, [put(row, 'cf:old', now - 2 * MINUTE, 'gone'), put(row, 'cf:new', now - 1000, 'kept')]);
      await s.engine().data.compact(t, { major: false });
      expect((await stored(s.engine(), t, row)).map(show)).toEqual([`cf:new@${now - 1000}=kept`]);
    });

    s.rule('MIN_VERSIONS keeps the newest versions of a column past the family TTL', async () => {
      const t = await s.table({ cf: { versions: 5, minVersions: 1, ttlSeconds: 60 } });
      const row = b('r');
      const now = Date.now();
      await write(s.engine(), t, row, [put(row, 'cf:q', now - 5 * MINUTE, 'older'), put(row, 'cf:q', now - 4 * MINUTE, 'newest')]);
      expect(await read(s.engine(), t, row, { maxVersions: 5 })).toEqual([`cf:q@${now - 4 * MINUTE}=newest`]);
      await s.engine().data.compact(t, { major: true });
      expect(await read(s.engine(), t, row, { maxVersions: 5 })).toEqual([`cf:q@${now - 4 * MINUTE}=newest`]);
    });

    s.rule('cell TTL: a put whose timestamp plus its TTL tag has passed is not returned; others are', async () => {
      const t = await s.table({ cf: { versions: 3 } });
      const row = b('r');
      const ts = Date.now() - 10_000;
      await write(s.engine(), t, row, [
        withTtlTag(put(row, 'cf:short', ts, 'gone'), 1000n),
        withTtlTag(put(row, 'cf:long', ts, 'kept'), 3_600_000n),
        put(row, 'cf:plain', ts, 'kept'),
      ]);
      expect(await read(s.engine(), t, row)).toEqual([`cf:long@${ts}=kept`, `cf:plain@${ts}=kept`]);
    });

    s.rule('cell TTL: tags are stored and come back unchanged; untagged cells carry none', async () => {
      const t = await s.table({ cf: { versions: 3 } });
      const row = b('r');
      const tagged = withTtlTag(put(row, 'cf:a', Date.now(), 'v'), 3_600_000n);
      await write(s.engine(), t, row, [tagged, put(row, 'cf:b', Date.now(), 'v')]);
      const cells = await stored(s.engine(), t, row);
      expect(cells.map((c) => c.tags?.toString('hex'))).toEqual([tagged.tags?.toString('hex'), undefined]);
    });

    s.rule('cell TTL: after a flush no expired cell stays stored', async () => {
      const t = await s.table({ cf: { versions: 3 } });
      const row = b('r');
      const ts = Date.now() - 10_000;
      await write(s.engine(), t, row, [withTtlTag(put(row, 'cf:short', ts, 'gone'), 1000n), put(row, 'cf:plain', ts, 'kept')]);
      await s.engine().data.compact(t, { major: false });
      expect((await stored(s.engine(), t, row)).map(show)).toEqual([`cf:plain@${ts}=kept`]);
    });
  });
}
