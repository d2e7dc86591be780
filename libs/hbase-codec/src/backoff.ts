/**
 * Exponential backoff between retries: the first delay, doubled after every wait up to `maxMs`,
 * back to the first after a success. One implementation for the Fluss client's request retries,
 * the scan index's changelog tailing and the gateway's start-up retries.
 */
export class Backoff {
  private delay: number;

  constructor(
    private readonly firstMs = 100,
    private readonly maxMs = 2_000,
  ) {
    this.delay = firstMs;
  }

  /** The delay the next wait() will sleep. */
  get nextDelayMs(): number {
    return this.delay;
  }

  async wait(): Promise<void> {
    const ms = this.delay;
    this.delay = Math.min(ms * 2, this.maxMs);
    await new Promise((r) => setTimeout(r, ms));
  }

  reset(): void {
    this.delay = this.firstMs;
  }
}
