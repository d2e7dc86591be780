/**
 * The scan fence's ListOffsets rounds, shared by concurrent scans of one table (table-feed.ts).
 * A scan needs the log end of every bucket from a round sent after it opened: a round already in
 * flight may have been answered before the scan's own earlier write was acknowledged. So a caller
 * joins only the round not yet sent, which goes out as soon as the one in flight returns. At most
 * two rounds run per table at once, whatever the scan rate.
 */
export class SharedRounds<T> {
  private inFlight: Promise<T> | undefined;
  private next: Promise<T> | undefined;

  constructor(private readonly send: () => Promise<T>) {}

  /** The answer of a round sent after this call. */
  join(): Promise<T> {
    if (this.next !== undefined) return this.next;
    if (this.inFlight === undefined) return this.start();
    const next = this.inFlight.then(
      () => this.afterRound(),
      () => this.afterRound(),
    );
    this.next = next;
    return next;
  }

  private afterRound(): Promise<T> {
    this.next = undefined;
    return this.start();
  }

  private start(): Promise<T> {
    const round = this.send();
    this.inFlight = round;
    const done = (): void => {
      if (this.inFlight === round) this.inFlight = undefined;
    };
    round.then(done, done);
    return round;
  }
}
