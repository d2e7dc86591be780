import { hbaseError } from '@hbase-compat/hbase-codec';

/**
 * Leases on open region scanners, by scanner id. A scanner not touched within its lease is closed;
 * a later call for it gets UnknownScannerException, as from HBase. What a scanner is and how it
 * continues is the caller's business: the registry only holds, renews and ends leases, and remembers
 * which scanners were closed on purpose (RSRpcServices.closedScanners).
 *
 * HBase bounds open scanners only by their leases. Here the node and each connection also have a
 * ceiling, so clients that open scanners and never close them hold a bounded amount of memory: a scan
 * opened past a ceiling gets RegionTooBusyException, which the client retries with backoff while
 * leases end (open scanners are never closed early for it).
 */
export interface LeasedScanner {
  close(): void;
}

interface Lease<T> {
  scanner: T;
  timer: NodeJS.Timeout | undefined;
  /** The connection that opened it (its remote address), whose count it holds. */
  owner: string;
}

export interface ScannerCeilings {
  maxOpen: number;
  maxPerConnection: number;
}

const UNBOUNDED: ScannerCeilings = { maxOpen: Number.MAX_SAFE_INTEGER, maxPerConnection: Number.MAX_SAFE_INTEGER };

export class ScannerRegistry<T extends LeasedScanner = LeasedScanner> {
  private readonly leases = new Map<string, Lease<T>>();
  private readonly openByOwner = new Map<string, number>();
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

  constructor(
    private readonly leaseMs: number,
    private readonly ceilings: ScannerCeilings = UNBOUNDED,
  ) {
    // Ids unique across restarts, so a stale id from before a restart is never mistaken for a new one.
    this.nextId = BigInt(Date.now()) << 16n;
  }

  get size(): number {
    return this.leases.size;
  }

  get leasePeriodMs(): number {
    return this.leaseMs;
  }

  /** Registers a scanner under a new id with a fresh lease, if the node and its connection are under their ceilings. */
  open(scanner: T, owner = ''): string {
    this.checkCeilings(owner);
    const id = (this.nextId++).toString();
    this.leases.set(id, { scanner, timer: undefined, owner });
    this.openByOwner.set(owner, (this.openByOwner.get(owner) ?? 0) + 1);
    this.renew(id);
    return id;
  }

  private checkCeilings(owner: string): void {
    if (this.leases.size >= this.ceilings.maxOpen) {
      throw hbaseError('RegionTooBusyException', `Too many open scanners on this server: ${this.leases.size} (hbase.compat.scanner.max.open)`);
    }
    const held = this.openByOwner.get(owner) ?? 0;
    if (held >= this.ceilings.maxPerConnection) {
      throw hbaseError('RegionTooBusyException', `Too many open scanners on connection ${owner}: ${held} (hbase.compat.rpc.connection.max.scanners)`);
    }
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
    const held = (this.openByOwner.get(lease.owner) ?? 1) - 1;
    if (held > 0) this.openByOwner.set(lease.owner, held);
    else this.openByOwner.delete(lease.owner);
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
