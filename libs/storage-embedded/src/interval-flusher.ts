/**
 * Flushes a store whose commits reach only the OS (lmdb MDB_NOSYNC, hbase.compat.data.sync=interval):
 * on a timer, as HBase syncs ASYNC_WAL edits every hbase.regionserver.optionallogflushinterval, and
 * on demand for writes that must be on disk before they are acknowledged (FSYNC_WAL, the catalog).
 *
 * Demands coalesce. A caller whose commit landed while a flush was already running cannot know that
 * flush covered it, so it waits for the next one to start, which every such caller shares.
 */
export class IntervalFlusher {
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  private readonly timer: NodeJS.Timeout;

  constructor(
    /** One flush of everything committed before it starts. */
    private readonly syncOnce: () => Promise<void>,
    intervalMs: number,
  ) {
    // A failed timed flush is not lost: the next demanded flush, or stop, fails the same way.
    this.timer = setInterval(() => void this.flush().catch(() => undefined), intervalMs);
    this.timer.unref();
  }

  /** Resolves once everything committed before the call is on disk. */
  readonly flush = (): Promise<void> => {
    if (this.running === undefined) return this.start();
    const startNext = (): Promise<void> => {
      this.queued = undefined;
      return this.start();
    };
    this.queued ??= this.running.then(startNext, startNext);
    return this.queued;
  };

  /** Stops the timer and flushes what is left. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private start(): Promise<void> {
    const flushing = this.syncOnce().finally(() => {
      if (this.running === flushing) this.running = undefined;
    });
    this.running = flushing;
    return flushing;
  }
}
