import type { Cell } from '@hbase-compat/hbase-codec';

/**
 * Open region scanners with leases. A scanner not touched within its lease is closed; a later
 * call for it gets UnknownScannerException, as from HBase.
 */
export interface RowBatch {
  rows: Cell[][];
  /** The region has nothing more for this scan. */
  regionDone: boolean;
  /** The whole scan is over (filter done with nothing left, or the row limit reached). */
  scanDone: boolean;
}

export interface RowSource {
  next(maxRows: number, maxBytes: number): Promise<RowBatch>;
  close(): void;
}

export interface ScannerLimits {
  /** Bytes per response (Scan.max_result_size, client default 2 MB). */
  maxResultSize: number;
  /** Scan.setBatch: cells per Result; undefined = whole rows. */
  cellsPerResult: number | undefined;
}

export interface OpenScanner {
  id: string;
  source: RowSource;
  limits: ScannerLimits;
  expectedCallSeq: number;
  leaseTimer: NodeJS.Timeout | undefined;
  busy: boolean;
  /** Rows already read but not yet sent: the rest of a row cut by the size limit, then whole rows. */
  carry: Cell[][];
}

export class ScannerRegistry {
  private readonly scanners = new Map<string, OpenScanner>();
  private nextId: bigint;

  constructor(private readonly leaseMs: number) {
    // Ids unique across restarts, so a stale id from before a restart is never mistaken for a new one.
    this.nextId = BigInt(Date.now()) << 16n;
  }

  get size(): number {
    return this.scanners.size;
  }

  get leasePeriodMs(): number {
    return this.leaseMs;
  }

  open(source: RowSource, limits: ScannerLimits): OpenScanner {
    const id = (this.nextId++).toString();
    const scanner: OpenScanner = { id, source, limits, expectedCallSeq: 0, leaseTimer: undefined, busy: false, carry: [] };
    this.scanners.set(id, scanner);
    this.renew(scanner);
    return scanner;
  }

  get(id: string): OpenScanner | undefined {
    return this.scanners.get(id);
  }

  renew(scanner: OpenScanner): void {
    if (scanner.leaseTimer) clearTimeout(scanner.leaseTimer);
    scanner.leaseTimer = setTimeout(() => this.close(scanner.id), this.leaseMs);
    scanner.leaseTimer.unref();
  }

  close(id: string): boolean {
    const scanner = this.scanners.get(id);
    if (scanner === undefined) return false;
    if (scanner.leaseTimer) clearTimeout(scanner.leaseTimer);
    scanner.source.close();
    this.scanners.delete(id);
    return true;
  }

  closeAll(): void {
    for (const id of [...this.scanners.keys()]) this.close(id);
  }
}
