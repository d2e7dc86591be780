/**
 * Leases on open region scanners, by scanner id. A scanner not touched within its lease is closed;
 * a later call for it gets UnknownScannerException, as from HBase. What a scanner is and how it
 * continues is the caller's business: the registry only holds, renews and ends leases.
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

  close(id: string): boolean {
    const lease = this.leases.get(id);
    if (lease === undefined) return false;
    if (lease.timer) clearTimeout(lease.timer);
    lease.scanner.close();
    this.leases.delete(id);
    return true;
  }

  closeAll(): void {
    for (const id of [...this.leases.keys()]) this.close(id);
  }
}
