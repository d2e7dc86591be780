/**
 * Leases on open region scanners, by scanner id. A scanner not touched within its lease is closed;
 * a later call for it gets UnknownScannerException, as from HBase. What a scanner is and how it
 * continues is the caller's business: the registry only holds, renews and ends leases, and remembers
 * which scanners were closed on purpose (RSRpcServices.closedScanners).
 */
export interface LeasedScanner {
  close(): void;
}

interface Lease<T> {
  scanner: T;
  timer: NodeJS.Timeout | undefined;
}

export class ScannerRegistry<T extends LeasedScanner = LeasedScanner> {
  private readonly leases = new Map<string, Lease<T>>();
  /**
   * Ids of scanners closed by the client or at the end of their region, with when they are forgotten.
   * As RSRpcServices.closedScanners (a cache expiring a lease period after its last access), a later
   * call for one of them gets an empty answer instead of UnknownScannerException. Scanners whose
   * lease expired are not remembered, as in HBase's ScannerListener.
   */
  private readonly closed = new Map<string, number>();
  private lastSweep = 0;
  private nextId: bigint;

  constructor(private readonly leaseMs: number) {
    // Ids unique across restarts, so a stale id from before a restart is never mistaken for a new one.
    this.nextId = BigInt(Date.now()) << 16n;
  }

  get size(): number {
    return this.leases.size;
  }

  get leasePeriodMs(): number {
    return this.leaseMs;
  }

  /** Registers a scanner under a new id with a fresh lease. */
  open(scanner: T): string {
    const id = (this.nextId++).toString();
    this.leases.set(id, { scanner, timer: undefined });
    this.renew(id);
    return id;
  }

  get(id: string): T | undefined {
    return this.leases.get(id)?.scanner;
  }

  renew(id: string): void {
    const lease = this.leases.get(id);
    if (lease === undefined) return;
    if (lease.timer) clearTimeout(lease.timer);
    lease.timer = setTimeout(() => this.close(id, false), this.leaseMs);
    lease.timer.unref();
  }

  /** Ends a scanner's lease and closes it; `remember` (the default) keeps its id in the closed cache. */
  close(id: string, remember = true): boolean {
    const lease = this.leases.get(id);
    if (lease === undefined) return false;
    if (lease.timer) clearTimeout(lease.timer);
    lease.scanner.close();
    this.leases.delete(id);
    if (remember) this.remember(id);
    return true;
  }

  /** True if the scanner was closed recently (the lookup counts as an access, as in Guava's cache). */
  wasClosed(id: string): boolean {
    const until = this.closed.get(id);
    if (until === undefined) return false;
    if (until <= Date.now()) {
      this.closed.delete(id);
      return false;
    }
    this.closed.set(id, Date.now() + this.leaseMs);
    return true;
  }

  private remember(id: string): void {
    const now = Date.now();
    this.closed.set(id, now + this.leaseMs);
    if (now - this.lastSweep < this.leaseMs) return;
    this.lastSweep = now;
    for (const [old, until] of this.closed) if (until <= now) this.closed.delete(old);
  }

  closeAll(): void {
    for (const id of [...this.leases.keys()]) this.close(id, false);
  }
}
