import { type ServerName, sameServer } from '@hbase-compat/region-mapping';

/**
 * This node's view of the cluster: who it is, which servers are live and which is the active
 * master. Single-node mode has only itself; zk-discovery replaces the membership as ZooKeeper
 * reports it. Listeners hear every change (the meta cache depends on it).
 */
export class ClusterView {
  private live: ServerName[];
  private master: ServerName;
  private readonly listeners = new Set<() => void>();
  /** Bumped on every membership change; owner-only operations are counted by the epoch they began in. */
  private epoch = 0;
  private readonly ownedInFlight = new Map<number, number>();
  private drainWaiters: Array<{ epoch: number; resolve: () => void }> = [];
  private ownershipGuard: () => boolean = () => true;

  constructor(
    readonly self: ServerName,
    private clusterIdValue: string,
  ) {
    this.live = [self];
    this.master = self;
  }

  get clusterId(): string {
    return this.clusterIdValue;
  }

  set clusterId(id: string) {
    this.clusterIdValue = id;
  }

  get liveServers(): readonly ServerName[] {
    return this.live;
  }

  get activeMaster(): ServerName {
    return this.master;
  }

  /** Cluster mode: ownership is fenced by ZooKeeper (lease and membership barrier), not just the view. */
  fenceOwnershipWith(guard: () => boolean): void {
    this.ownershipGuard = guard;
  }

  /** Whether this node may serve owner-only (atomic) operations at this moment. */
  mayActAsOwner(): boolean {
    return this.ownershipGuard();
  }

  /** Runs an owner-only operation, counted against the membership epoch it began in. */
  async runAsOwner<T>(work: () => Promise<T>): Promise<T> {
    const epoch = this.epoch;
    this.ownedInFlight.set(epoch, (this.ownedInFlight.get(epoch) ?? 0) + 1);
    try {
      return await work();
    } finally {
      const left = (this.ownedInFlight.get(epoch) ?? 1) - 1; // set above, in this epoch's entry
      if (left === 0) this.ownedInFlight.delete(epoch);
      else this.ownedInFlight.set(epoch, left);
      this.wakeDrainWaiters();
    }
  }

  /**
   * Resolves once every owner-only operation begun before the latest membership change has
   * finished: until then this node may still write for regions it no longer owns.
   */
  finishEarlierOwnedWork(): Promise<void> {
    const epoch = this.epoch;
    return new Promise((resolve) => {
      this.drainWaiters.push({ epoch, resolve });
      this.wakeDrainWaiters();
    });
  }

  /**
   * Stops serving owner-only operations for good and resolves once those in flight have finished:
   * a node leaving the cluster calls it before it leaves, so the next owner never overlaps it.
   */
  relinquishOwnership(): Promise<void> {
    this.ownershipGuard = () => false;
    this.epoch++;
    return this.finishEarlierOwnedWork();
  }

  private wakeDrainWaiters(): void {
    if (this.drainWaiters.length === 0) return;
    const oldest = Math.min(Infinity, ...this.ownedInFlight.keys());
    this.drainWaiters = this.drainWaiters.filter((w) => {
      if (oldest < w.epoch) return true;
      w.resolve();
      return false;
    });
  }

  setMembership(live: ServerName[], master: ServerName | undefined): void {
    this.epoch++;
    const sorted = [...live].sort((a, b) => a.host.localeCompare(b.host) || a.port - b.port || a.startCode - b.startCode);
    if (!sorted.some((s) => sameServer(s, this.self))) sorted.push(this.self);
    this.live = sorted;
    this.master = master ?? this.self;
    for (const l of this.listeners) l();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
