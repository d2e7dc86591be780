/**
 * Runs tasks one at a time per key, in call order; a task that fails does not stop the ones after
 * it. The client runs a bucket's PutKvs through one (idempotent writes need each batch's outcome
 * before the next sequence number); the Fluss engine queues its coalesced reads the same way.
 */
export class KeyedSequencer {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const run = (this.tails.get(key) ?? Promise.resolve()).then(task, task);
    this.tails.set(key, run);
    const done = (): void => {
      if (this.tails.get(key) === run) this.tails.delete(key);
    };
    run.then(done, done);
    return run;
  }
}
