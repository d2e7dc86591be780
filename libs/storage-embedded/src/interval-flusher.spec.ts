import { IntervalFlusher } from './interval-flusher';

/** A sync whose completion the test controls, recording when each one started. */
class ControlledSync {
  readonly started: number[] = [];
  private readonly pending: { done: () => void; fail: (e: Error) => void }[] = [];

  readonly syncOnce = (): Promise<void> => {
    this.started.push(this.started.length);
    return new Promise((done, fail) => this.pending.push({ done, fail }));
  };

  finishNext(error?: Error): void {
    const next = this.pending.shift();
    if (next === undefined) throw new Error('no sync is running');
    if (error) next.fail(error);
    else next.done();
  }

  get running(): number {
    return this.pending.length;
  }
}

const settle = () => new Promise((r) => setImmediate(r));

describe('IntervalFlusher', () => {
  const flushers: IntervalFlusher[] = [];
  const flusher = (sync: ControlledSync, intervalMs = 3_600_000): IntervalFlusher => {
    const f = new IntervalFlusher(sync.syncOnce, intervalMs);
    flushers.push(f);
    return f;
  };
  afterEach(async () => {
    for (const f of flushers.splice(0)) void f.stop().catch(() => undefined);
  });

  it('starts a flush at once when none is running and resolves when it ends', async () => {
    const sync = new ControlledSync();
    let flushed = false;
    void flusher(sync)
      .flush()
      .then(() => (flushed = true));
    expect(sync.started).toHaveLength(1);
    await settle();
    expect(flushed).toBe(false);
    sync.finishNext();
    await settle();
    expect(flushed).toBe(true);
  });

  it('makes a caller that arrives during a flush wait for a flush that starts after it', async () => {
    const sync = new ControlledSync();
    const f = flusher(sync);
    void f.flush();
    let lateFlushed = false;
    void f.flush().then(() => (lateFlushed = true));
    sync.finishNext(); // the flush that began before the late caller
    await settle();
    expect(lateFlushed).toBe(false);
    expect(sync.started).toHaveLength(2);
    sync.finishNext();
    await settle();
    expect(lateFlushed).toBe(true);
  });

  it('lets every caller that arrives during one flush share the next', async () => {
    const sync = new ControlledSync();
    const f = flusher(sync);
    void f.flush();
    const late = [f.flush(), f.flush(), f.flush()];
    sync.finishNext();
    await settle();
    expect(sync.running).toBe(1);
    sync.finishNext();
    await Promise.all(late);
    expect(sync.started).toHaveLength(2);
  });

  it('fails the callers of a failed flush, and the next demand starts a fresh one', async () => {
    const sync = new ControlledSync();
    const f = flusher(sync);
    const first = f.flush();
    sync.finishNext(new Error('EIO'));
    await expect(first).rejects.toThrow('EIO');
    const second = f.flush();
    expect(sync.started).toHaveLength(2);
    sync.finishNext();
    await expect(second).resolves.toBeUndefined();
  });

  it('flushes on its timer, and stop() flushes once more and ends the timer', async () => {
    const sync = new ControlledSync();
    const f = flusher(sync, 20);
    await new Promise((r) => setTimeout(r, 70));
    expect(sync.started).toHaveLength(1); // later ticks queue behind the unfinished one
    const stopped = f.stop();
    sync.finishNext();
    await settle();
    expect(sync.started).toHaveLength(2); // stop's own flush, started after the call
    sync.finishNext();
    await stopped;
    await new Promise((r) => setTimeout(r, 70));
    expect(sync.started).toHaveLength(2);
  });
});
