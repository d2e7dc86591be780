import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { type DrainResponse, NodeAdminClient, type NodeStatus, type ListTablesResponse } from '@hbase-compat/node-admin';
import { ZkSession } from '@hbase-compat/zk-discovery';
import { ADMIN_CONFIG, type AdminConfig } from './admin.config';

export interface ServerView {
  serverName: string;
  source: 'zookeeper' | 'nodeadmin';
  status: NodeStatus | undefined;
  error: string | undefined;
}

/** Reads the cluster: membership from ZooKeeper when configured, details from each node's NodeAdmin. */
@Injectable()
export class ClusterService implements OnModuleDestroy {
  private readonly clients: NodeAdminClient[];

  constructor(@Inject(ADMIN_CONFIG) private readonly config: AdminConfig) {
    this.clients = config.nodeAdminAddresses.map((a) => new NodeAdminClient(a, 2000, config.nodeAdminTls));
  }

  onModuleDestroy(): void {
    for (const c of this.clients) c.close();
  }

  async statuses(): Promise<{ address: string; status?: NodeStatus; error?: string }[]> {
    return Promise.all(
      this.clients.map(async (c) => {
        try {
          return { address: c.address, status: await c.getStatus() };
        } catch (e) {
          return { address: c.address, error: (e as Error).message };
        }
      }),
    );
  }

  /** Each node's server name and Prometheus text, fetched side by side (one gRPC channel per node). */
  async scrapes(): Promise<{ address: string; serverName?: string; text?: string; error?: string }[]> {
    return Promise.all(
      this.clients.map(async (c) => {
        try {
          const [status, metrics] = await Promise.all([c.getStatus(), c.getMetrics()]);
          return { address: c.address, serverName: status.serverName ?? undefined, text: metrics.text ?? '' };
        } catch (e) {
          return { address: c.address, error: (e as Error).message };
        }
      }),
    );
  }

  async zookeeperServers(): Promise<string[] | undefined> {
    if (!this.config.zookeeperQuorum) return undefined;
    const session = new ZkSession(this.config.zookeeperQuorum, 10000);
    try {
      await session.connect(5000);
      return (await session.getChildren(`${this.config.znodeParent}/rs`)).sort();
    } finally {
      session.close();
    }
  }

  async servers(): Promise<ServerView[]> {
    const statuses = await this.statuses();
    const byName = new Map<string, NodeStatus>();
    for (const { status } of statuses) if (status?.serverName) byName.set(status.serverName, status);
    const fromZk = await this.zookeeperServers();
    if (fromZk)
      return fromZk.map((name) => ({
        serverName: name,
        source: 'zookeeper',
        status: byName.get(name),
        error: byName.has(name) ? undefined : 'no NodeAdmin address configured for this server',
      }));
    return statuses.map((s) => ({ serverName: s.status?.serverName ?? s.address, source: 'nodeadmin', status: s.status, error: s.error }));
  }

  /** Asks the node named `serverName` to drain; undefined when no configured NodeAdmin serves it. */
  async drain(serverName: string, reason: string): Promise<DrainResponse | undefined> {
    const statuses = await this.statuses();
    const index = statuses.findIndex((s) => s.status?.serverName === serverName);
    if (index < 0) return undefined;
    return this.clients[index].drain(reason);
  }

  /** Tables and regions as the first reachable node sees them (every node computes the same). */
  async tables(): Promise<ListTablesResponse> {
    let last: Error | undefined;
    for (const c of this.clients) {
      try {
        return await c.listTables();
      } catch (e) {
        last = e as Error;
      }
    }
    throw last ?? new Error('no NodeAdmin address configured');
  }
}
