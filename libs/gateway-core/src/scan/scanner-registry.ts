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
   * Scanners closed by the client or at the end of their region: the call sequence number they had
   * reached, and when they are forgotten. As RSRpcServices.closedScanners (a cache expiring a lease
   * period after its last access), a later call for one of them is answered from here instead of with
   * UnknownScannerException. Scanners whose lease expired, or closed by an error, are not remembered,
   * as in HBase (ScannerListener, closeScanner's isError).
   */
  private readonly closed = new Map<string, { callSeq: number; until: number }>();
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
    lease.timer = setTimeout(() => this.close(id), this.leaseMs);
    lease.timer.unref();
  }

  /** Ends a scanner's lease and closes it, forgetting it (lease expiry, errors, shutdown). */
  close(id: string): boolean {
    const lease = this.leases.get(id);
    if (lease === undefined) return false;
    if (lease.timer) clearTimeout(lease.timer);
    lease.scanner.close();
    this.leases.delete(id);
    return true;
  }

  /** Closes a scanner that is done or that the client closed, remembering the call sequence it reached. */
  retire(id: string, callSeq: number): void {
    if (!this.close(id)) return;
    const now = Date.now();
    this.closed.set(id, { callSeq, until: now + this.leaseMs });
    if (now - this.lastSweep < this.leaseMs) return;
    this.lastSweep = now;
    for (const [old, entry] of this.closed) if (entry.until <= now) this.closed.delete(old);
  }

  /** The call sequence a recently retired scanner had reached (a lookup is an access, as in Guava's cache). */
  retiredCallSeq(id: string): number | undefined {
    const entry = this.closed.get(id);
    if (entry === undefined) return undefined;
    const now = Date.now();
    if (entry.until <= now) {
      this.closed.delete(id);
      return undefined;
    }
    entry.until = now + this.leaseMs;
    return entry.callSeq;
  }

  closeAll(): void {
    for (const id of [...this.leases.keys()]) this.close(id);
  }
}
