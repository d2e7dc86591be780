import { KeyedSequencer } from '@hbase-compat/fluss-adapter';
import { BucketCoalescer } from './bucket-coalescer';
import { FeedLag } from './feed-lag';

const dest = { path: { database: 'd', table: 't' } };

/** A coalescer whose dispatch sequences per bucket and takes a batch when its turn comes, as the client's PutKv does; `hold` keeps sent batches in flight. */
function recording(failOn?: string) {
  const lanes = new KeyedSequencer();
  const sent: string[][] = [];
  let release: () => void = () => undefined;
  let gate = Promise.resolve();
  const coalescer = new BucketCoalescer<typeof dest, string, string>(
    (_d, bucket, take) =>
      lanes.run(String(bucket), async () => {
        const items = take();
        sent.push(items);
        await gate;
        if (failOn !== undefined && items.includes(failOn)) throw new Error(`failed ${failOn}`);
        return items.map((i) => i.toUpperCase());
      }),
    (i) => i.length,
    6,
  );
  const hold = () => (gate = new Promise<void>((r) => (release = r)));
  return { coalescer, sent, hold, release: () => release() };
}

describe('BucketCoalescer', () => {
  it('sends what queues behind an in-flight batch as one batch, in order, and answers each caller with its own results', async () => {
    const { coalescer, sent, hold, release } = recording();
    hold();
    const first = coalescer.submit(dest, 0, ['a']);
    await Promise.resolve();
    const later = [coalescer.submit(dest, 0, ['b', 'c']), coalescer.submit(dest, 0, ['d'])];
    release();
    expect(await first).toEqual(['A']);
    expect(await Promise.all(later)).toEqual([['B', 'C'], ['D']]);
    expect(sent).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('never splits one call and starts a new batch past the byte limit, keeping the order of batches', async () => {
    const { coalescer, sent, hold, release } = recording();
    hold();
    const calls = [
      coalescer.submit(dest, 0, ['aaaa']),
      coalescer.submit(dest, 0, ['bbbb']),
      coalescer.submit(dest, 0, ['cccccccc']),
      coalescer.submit(dest, 0, ['d']),
    ];
    release();
    await Promise.all(calls);
    expect(sent).toEqual([['aaaa'], ['bbbb'], ['cccccccc'], ['d']]);
  });

  it('keeps buckets apart and fails only the callers of the failed batch', async () => {
    const { coalescer, sent } = recording('x');
    const bad = coalescer.submit(dest, 0, ['x']);
    const good = coalescer.submit(dest, 1, ['y']);
    await expect(bad).rejects.toThrow('failed x');
    expect(await good).toEqual(['Y']);
    expect(await coalescer.submit(dest, 0, ['z'])).toEqual(['Z']);
    expect(sent).toEqual([['x'], ['y'], ['z']]);
  });
});

describe('FeedLag', () => {
  it('counts records seen but not applied, and how long a bucket has trailed', () => {
    const lag = new FeedLag(2);
    const applied = [5n, -1n];
    expect(lag.lag(applied, Date.now())).toEqual({ offsetsBehind: 0, msBehind: 0 });
    lag.sawEnd(0, 9n, applied[0]);
    lag.sawEnd(1, 3n, applied[1]);
    const later = lag.lag(applied, Date.now() + 250);
    expect(later.offsetsBehind).toBe(4 + 3);
    expect(later.msBehind).toBeGreaterThanOrEqual(250);
    applied[0] = 9n;
    applied[1] = 3n;
    lag.update(0, 9n);
    lag.update(1, 3n);
    expect(lag.lag(applied, Date.now())).toEqual({ offsetsBehind: 0, msBehind: 0 });
  });
});
