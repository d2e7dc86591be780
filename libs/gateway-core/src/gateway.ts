import { createServer, type Server, type Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { Registry } from 'prom-client';
import { type ServerName, sameServer, serverNameToString, tableNameToString } from '@hbase-compat/region-mapping';
import type { StorageEngine } from '@hbase-compat/storage';
import type { ServerConfig } from '@hbase-compat/server-config';
import { TableCatalog } from './catalog/table-catalog';
import { ClusterView } from './cluster/cluster-view';
import { MetaTable } from './meta/meta-table';
import { RpcConnection } from './rpc/rpc-connection';
import { RpcTlsListener } from './rpc/tls';
import { CallQueue } from './rpc/call-queue';
import { type ErrorMapper, ServiceRegistry } from './rpc/service-registry';
import { ScannerRegistry } from './scan/scanner-registry';
import { createClientService } from './services/client-service';
import { createErrorMapper } from './services/client/errors';
import type { RegionScanner } from './services/client/region-scanner';
import { createClientMetaService } from './services/client-meta-service';
import { createMasterService } from './services/master-service';
import { createAdminService } from './services/admin-service';
import { AccessControl } from './security';
import { GatewayMetrics } from './metrics/gateway-metrics';
import { registerIndexLagMetrics } from './metrics/node-metrics';

/**
 * The HBase RPC gateway, framework-free: a TCP listener, per-connection protocol handling, the
 * services, and the catalog/meta view over a storage engine. The rpc-gateway app wraps it in
 * NestJS; tests and tools run it directly.
 */
export const GATEWAY_HBASE_VERSION = '2.6.4';

export interface GatewayLogger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface GatewayOptions {
  config: ServerConfig;
  storage: StorageEngine;
  logger?: GatewayLogger;
  metrics?: Registry;
  /** Cluster id when none is configured (e.g. adopted from ZooKeeper's /hbase/hbaseid). */
  clusterId?: string;
  now?: () => number;
}

export type GatewayState = 'created' | 'starting' | 'serving' | 'stopping' | 'stopped';

const silentLogger: GatewayLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

export class HBaseGateway {
  readonly cluster: ClusterView;
  readonly catalog: TableCatalog;
  readonly meta: MetaTable;
  readonly scanners: ScannerRegistry<RegionScanner>;
  private readonly server: Server;
  private readonly tls: RpcTlsListener | undefined;
  private readonly connections = new Set<RpcConnection>();
  private readonly registry = new ServiceRegistry();
  /** Calls in progress and unsent responses, shared by all connections (overload protection). */
  private readonly callQueue: CallQueue;
  private readonly logger: GatewayLogger;
  private stateValue: GatewayState = 'created';
  private readonly metrics: GatewayMetrics | undefined;
  /** The one error translation every RPC path uses (engine errors become the same HBase class everywhere). */
  private readonly mapError: ErrorMapper;
  /** Listeners told after a DDL change here (cluster mode tells the other nodes). */
  readonly catalogChangeListeners = new Set<() => Promise<void>>();

  constructor(private readonly options: GatewayOptions) {
    const { config, storage } = options;
    const now = options.now ?? Date.now;
    this.logger = options.logger ?? silentLogger;
    const self: ServerName = { host: config.hostname, port: config.port, startCode: now() };
    this.cluster = new ClusterView(self, config.clusterId ?? options.clusterId ?? randomUUID());
    this.catalog = new TableCatalog(storage, this.cluster);
    this.meta = new MetaTable(this.catalog, this.cluster);
    this.scanners = new ScannerRegistry<RegionScanner>(config.scannerLeaseMs, config.scannerLimits);
    this.callQueue = new CallQueue(config.rpcLimits.maxCallQueueLength, config.rpcLimits.maxCallQueueBytes, () => serverNameToString(this.cluster.self));
    this.mapError = createErrorMapper(storage);
    this.metrics = options.metrics ? this.createMetrics(options.metrics) : undefined;
    // ACL: hbase.security.authorization (security/); undefined = no checks at all.
    const acl = AccessControl.create(storage, config.authorization, now);
    this.registry
      .register(
        createClientService({
          acl,
          catalog: this.catalog,
          storage,
          meta: this.meta,
          scanners: this.scanners,
          cluster: this.cluster,
          now,
          mapError: this.mapError,
          maxCellSize: config.maxCellSize,
          onActionException: (exceptionClass) => this.metrics?.exceptionSent(exceptionClass, 'action'),
        }),
      )
      .register(
        createMasterService({
          acl,
          catalog: this.catalog,
          storage,
          cluster: this.cluster,
          now,
          defaultPresplit: config.defaultPresplit,
          version: GATEWAY_HBASE_VERSION,
          onCatalogChanged: async () => {
            for (const l of this.catalogChangeListeners) await l();
          },
        }),
      )
      .register(createClientMetaService(this.cluster, this.catalog))
      .register(createAdminService(this.cluster, this.catalog));
    // TLS (HBase's hbase.server.netty.tls.* keys, rpc/tls.ts) wraps sockets before accept() sees them.
    const tls = (this.tls = RpcTlsListener.create(config.rpcTls, config.rpcLimits.handshakeTimeoutMs, this.logger, (s) => this.accept(s)));
    this.server = createServer((socket) => (tls ? tls.accept(socket) : this.accept(socket)));
    this.server.on('error', (e) => this.logger.error(`listener error: ${e.message}`));
  }

  get state(): GatewayState {
    return this.stateValue;
  }

  get self(): ServerName {
    return this.cluster.self;
  }

  get openConnections(): number {
    return this.connections.size;
  }

  get inFlightCalls(): number {
    let n = 0;
    for (const c of this.connections) n += c.pendingCalls;
    return n;
  }

  /** Loads the catalog and starts listening; resolves once the port accepts connections. */
  async start(): Promise<void> {
    this.stateValue = 'starting';
    await this.catalog.load();
    const { port, bindAddress } = this.options.config;
    await new Promise<void>((resolve, reject) => {
      const onError = (e: Error) => reject(e);
      this.server.once('error', onError);
      this.server.listen({ port, host: bindAddress }, () => {
        this.server.off('error', onError);
        resolve();
      });
    });
    const address = this.server.address();
    if (address && typeof address === 'object' && this.cluster.self.port === 0) {
      // Port 0 (tests): advertise the port the kernel chose.
      (this.cluster.self as { port: number }).port = address.port;
    }
    this.stateValue = 'serving';
    this.logger.info(
      `HBase RPC listening on ${bindAddress}:${this.listeningPort} as ${this.cluster.self.host},${this.cluster.self.port},${this.cluster.self.startCode}; cluster id ${this.cluster.clusterId}; storage ${this.options.storage.name}`,
    );
  }

  get listeningPort(): number {
    const address = this.server.address();
    return address && typeof address === 'object' ? address.port : this.options.config.port;
  }

  /**
   * Graceful stop: refuse new connections and new calls (RegionServerStoppedException makes
   * clients relocate), let in-flight calls finish within the timeout, then close everything.
   */
  async stop(timeoutMs = this.options.config.shutdownTimeoutMs): Promise<void> {
    if (this.stateValue === 'stopped' || this.stateValue === 'stopping') return;
    this.stateValue = 'stopping';
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    const drained = Promise.all([...this.connections].map((c) => c.idle()));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([drained, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    if (timer) clearTimeout(timer);
    for (const c of this.connections) c.destroy();
    this.connections.clear();
    this.tls?.close();
    this.scanners.closeAll();
    await closed;
    this.stateValue = 'stopped';
    this.logger.info('HBase RPC listener stopped');
  }

  private accept(socket: Socket): void {
    if (this.stateValue !== 'serving') {
      this.metrics?.connectionRefused();
      socket.destroy();
      return;
    }
    const { rpcLimits } = this.options.config;
    if (this.connections.size >= rpcLimits.maxConnections) {
      this.logger.warn(
        `refusing connection from ${socket.remoteAddress}:${socket.remotePort}: ${this.connections.size} open, the limit (hbase.compat.rpc.max.connections)`,
      );
      this.metrics?.connectionRefused();
      socket.destroy();
      return;
    }
    const connection = new RpcConnection(
      socket,
      this.registry,
      this.mapError,
      {
        clusterId: () => this.cluster.clusterId,
        isStopping: () => this.stateValue === 'stopping',
        onCallStart: () => this.metrics?.callStarted(),
        onCallEnd: (service, method, seconds, outcome, exceptionClass) => this.metrics?.callEnded(service, method, seconds, outcome, exceptionClass),
        onFatal: (exceptionClass) => this.metrics?.exceptionSent(exceptionClass, 'connection'),
        log: (level, message) => this.logger[level](message),
      },
      this.options.config.maxRequestBytes,
      { queue: this.callQueue, limits: rpcLimits },
      this.options.config.rpcTls.clientIdentity,
    );
    this.connections.add(connection);
    this.metrics?.connectionOpened(socket);
    socket.on('close', () => {
      this.connections.delete(connection);
      this.metrics?.connectionClosed(socket);
    });
  }

  /** The gateway's series (docs/metrics.md) on the caller's registry; gauges read this state when scraped. */
  private createMetrics(registry: Registry): GatewayMetrics {
    const { storage } = this.options;
    const metrics = new GatewayMetrics(registry, {
      scannersOpen: () => this.scanners.size,
      callQueue: () => ({ length: this.callQueue.length, bytes: this.callQueue.bytes }),
      regionsOwned: () => this.catalog.list().reduce((n, t) => n + t.regions.filter((r) => sameServer(this.catalog.ownerOf(r), this.cluster.self)).length, 0),
      liveServers: () => this.cluster.liveServers.length,
      regionRequests: () =>
        this.catalog
          .list()
          .flatMap((t) => t.regions.map((r) => ({ table: tableNameToString(t.descriptor.name), region: r.encodedName, ...this.catalog.requestCounts(r) }))),
    });
    registerIndexLagMetrics(registry, () => storage.indexLag?.() ?? []);
    return metrics;
  }
}
