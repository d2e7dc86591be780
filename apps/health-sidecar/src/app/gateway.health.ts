import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { connect } from 'node:net';
import { splitHostPort } from '@hbase-compat/hbase-codec';
import { NodeAdminClient, type NodeStatus } from '@hbase-compat/node-admin';
import { SIDECAR_CONFIG, type SidecarConfig } from './sidecar.config';

/** Health indicators for the gateway next door, read over NodeAdmin gRPC and a TCP probe. */
@Injectable()
export class GatewayHealthIndicators implements OnModuleDestroy {
  readonly client: NodeAdminClient;

  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(SIDECAR_CONFIG) private readonly config: SidecarConfig,
  ) {
    this.client = new NodeAdminClient(config.nodeAdminAddress, 2000, config.nodeAdminTls);
  }

  onModuleDestroy(): void {
    this.client.close();
  }

  /** The gateway process answers its control plane. */
  async alive() {
    const i = this.indicators.check('gateway');
    try {
      const s = await this.client.getStatus();
      return i.up({ server: s.serverName, state: s.state });
    } catch (e) {
      return i.down({ reason: `NodeAdmin ${this.config.nodeAdminAddress}: ${(e as Error).message}` });
    }
  }

  async status(): Promise<NodeStatus | undefined> {
    try {
      return await this.client.getStatus();
    } catch {
      return undefined;
    }
  }

  async serving(status: NodeStatus | undefined) {
    const i = this.indicators.check('rpc');
    if (!status) return i.down({ reason: 'gateway unreachable' });
    return status.state === 'serving' ? i.up({ state: status.state }) : i.down({ state: status.state });
  }

  async zookeeper(status: NodeStatus | undefined) {
    const i = this.indicators.check('zookeeper');
    if (!status) return i.down({ reason: 'gateway unreachable' });
    if (!status.zookeeperConfigured) return i.up({ state: 'off' });
    return status.zookeeperState === 'connected' ? i.up({ state: status.zookeeperState }) : i.down({ state: status.zookeeperState });
  }

  async storage(status: NodeStatus | undefined) {
    const i = this.indicators.check('storage');
    if (!status) return i.down({ reason: 'gateway unreachable' });
    return status.storageOk ? i.up({ engine: status.storageEngine }) : i.down({ engine: status.storageEngine, reason: status.storageError });
  }

  /** The RPC port accepts TCP connections. */
  async rpcPort() {
    const i = this.indicators.check('rpc-port');
    const ok = await probeTcp(this.config.rpcAddress);
    return ok ? i.up({ address: this.config.rpcAddress }) : i.down({ address: this.config.rpcAddress });
  }
}

/** Whether `address` (host:port) accepts a TCP connection within 2 s; false for a malformed address too. */
function probeTcp(address: string): Promise<boolean> {
  let host: string;
  let port: number;
  try {
    [host, port] = splitHostPort(address);
  } catch {
    return Promise.resolve(false);
  }
  return new Promise<boolean>((resolve) => {
    const socket = connect({ host, port });
    const done = (v: boolean) => {
      socket.destroy();
      resolve(v);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
