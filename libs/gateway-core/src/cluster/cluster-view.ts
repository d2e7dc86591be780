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

  setMembership(live: ServerName[], master: ServerName | undefined): void {
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
