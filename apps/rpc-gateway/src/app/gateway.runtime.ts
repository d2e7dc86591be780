import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Long from 'long';
import { Registry, collectDefaultMetrics } from 'prom-client';
import type { Server as GrpcServer } from '@grpc/grpc-js';
import { GATEWAY_HBASE_VERSION, HBaseGateway, META_REGION, registerFlussMetrics, registerZooKeeperMetrics } from '@hbase-compat/gateway-core';
import { Backoff } from '@hbase-compat/hbase-codec';
import { assignRegion, serverNameToString, tableNameToString } from '@hbase-compat/region-mapping';
import type { ServerConfig } from '@hbase-compat/server-config';
import type { StorageEngine } from '@hbase-compat/storage';
import { EmbeddedStorageEngine } from '@hbase-compat/storage-embedded';
import { FlussStorageEngine, isAuthenticationFailure, parseBootstrapServers } from '@hbase-compat/storage-fluss';
import { HBaseZkRegistration } from '@hbase-compat/zk-discovery';
import { type DrainResponse, type NodeStatus, type ListTablesResponse, startNodeAdminServer } from '@hbase-compat/node-admin';
import { SERVER_CONFIG } from './server-config.provider';

/**
 * Owns the node's pieces and their order. Start: storage → RPC listener → ZooKeeper registration
 * → NodeAdmin. Stop (SIGTERM/SIGINT through Nest's shutdown hooks): leave ZooKeeper first so
 * clients stop choosing this node, then drain and close the listener, then storage.
 */
@Injectable()
export class GatewayRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('rpc-gateway');
  readonly metrics = new Registry();
  private storage!: StorageEngine;
  private gatewayValue!: HBaseGateway;
  private registration: HBaseZkRegistration | undefined;
  private grpc: GrpcServer | undefined;
  private readonly startedAt = Date.now();
  /** A drain was accepted (the SIGTERM it sends is still on its way): later requests are refused. */
  private drainRequested = false;

  constructor(@Inject(SERVER_CONFIG) private readonly config: ServerConfig) {
    collectDefaultMetrics({ register: this.metrics });
  }

  get gateway(): HBaseGateway {
    return this.gatewayValue;
  }

  async onApplicationBootstrap(): Promise<void> {
    const config = this.config;
    const log = {
      debug: (m: string) => this.logger.debug(m),
      info: (m: string) => this.logger.log(m),
      warn: (m: string) => this.logger.warn(m),
      error: (m: string) => this.logger.error(m),
    };
    this.storage = await this.openStorage(config, log);
    const clusterId = config.clusterId ?? this.persistedClusterId(config.dataDir);
    this.gatewayValue = new HBaseGateway({ config, storage: this.storage, logger: log, metrics: this.metrics, clusterId });
    await this.gatewayValue.start();
    const storage = this.storage;
    if (storage.warmUp !== undefined) {
      // Let the engine prepare every table now (Fluss: start the scan indexes), so the first scan does not pay for it.
      void storage.catalog.listTables().then(
        (tables) => storage.warmUp?.(tables),
        (e: Error) => this.logger.warn(`storage warm-up: ${e.message}`),
      );
    }
    if (config.zookeeperQuorum) await this.registerInZooKeeper(config, zooKeeperConnectString(config.zookeeperQuorum, config.zookeeperClientPort), clusterId);
    if (config.nodeAdminPort > 0) {
      const { server, port } = await startNodeAdminServer(
        {
          getStatus: () => this.status(),
          getMetrics: async () => ({ contentType: this.metrics.contentType, text: await this.metrics.metrics() }),
          listTables: () => this.tables(),
          drain: (reason) => this.drain(reason),
        },
        config.bindAddress,
        config.nodeAdminPort,
        config.rpcTls,
      );
      this.grpc = server;
      this.logger.log(`NodeAdmin gRPC listening on ${config.bindAddress}:${port}${config.rpcTls.nodeAdminEnabled ? ' (TLS)' : ''}`);
    }
  }

  /** Runs a start step, retrying with exponential backoff; the last failure names the config key. */
  private async withStartRetries(attempts: number, what: string, key: string, step: () => Promise<void>): Promise<void> {
    const backoff = new Backoff(1_000, 16_000);
    for (let attempt = 1; ; attempt++) {
      try {
        return await step();
      } catch (e) {
        if (isAuthenticationFailure(e)) {
          throw new Error(`${what} refused our credentials (hbase.compat.fluss.client.security.sasl.username and .password): ${(e as Error).message}`);
        }
        if (attempt >= attempts) throw new Error(`${what} unreachable after ${attempts} attempts (${key}): ${(e as Error).message}`);
        this.logger.warn(`${what} not reachable (attempt ${attempt}/${attempts}): ${(e as Error).message}`);
        await backoff.wait();
      }
    }
  }

  /** Fluss when its bootstrap servers are configured, else the embedded store. */
  private async openStorage(config: ServerConfig, log: { info(m: string): void; warn(m: string): void }): Promise<StorageEngine> {
    const fluss = config.fluss;
    if (fluss.bootstrapServers === undefined) {
      const { mode, intervalMs } = config.dataSync;
      const sync = mode === 'interval' ? `flushed every ${intervalMs} ms` : 'each commit flushed';
      this.logger.log(`storage: embedded store in ${config.dataDir} (hbase.wal.hsync=${config.walHsync}, ${sync})`);
      return new EmbeddedStorageEngine({ dataDir: config.dataDir, hsync: config.walHsync, sync: mode, syncIntervalMs: intervalMs });
    }
    const engine = new FlussStorageEngine({
      bootstrapServers: parseBootstrapServers(fluss.bootstrapServers),
      indexDir: join(config.dataDir, 'fluss-index'),
      databasePrefix: fluss.databasePrefix,
      buckets: fluss.buckets,
      replicationFactor: fluss.replicationFactor,
      requestTimeoutMs: fluss.requestTimeoutMs,
      scanCatchUpTimeoutMs: fluss.scanCatchUpTimeoutMs,
      sasl: fluss.sasl,
      log,
      requestObserver: registerFlussMetrics(this.metrics),
    });
    // Fluss unreachable at start: retry with backoff, then give up naming the key.
    try {
      await this.withStartRetries(6, `Fluss ${fluss.bootstrapServers}`, 'hbase.compat.fluss.bootstrap.servers', () => engine.start());
    } catch (e) {
      await engine.close().catch(() => undefined);
      throw e;
    }
    this.logger.log(
      `storage: Fluss at ${fluss.bootstrapServers} (databases ${fluss.databasePrefix}<namespace>, ${fluss.buckets} buckets per table; scan index in ${join(config.dataDir, 'fluss-index')})`,
    );
    return engine;
  }

  private async registerInZooKeeper(config: ServerConfig, connectString: string, clusterId: string): Promise<void> {
    const registration = new HBaseZkRegistration({
      connectString,
      znodeParent: config.znodeParent,
      sessionTimeoutMs: config.zookeeperSessionTimeoutMs,
      peerProbeIntervalMs: config.peerProbeIntervalMs,
      catalogSyncTimeoutMs: config.catalogSyncTimeoutMs,
      self: this.gatewayValue.self,
      infoPort: config.infoPort,
      version: GATEWAY_HBASE_VERSION,
      clusterId,
      metaHost: (live) => assignRegion(META_REGION, live) ?? this.gatewayValue.self,
      log: (level, m) => (level === 'info' ? this.logger.log(m) : level === 'warn' ? this.logger.warn(m) : this.logger.error(m)),
    });
    // A membership change moves regions: this node confirms it has applied the new view only after
    // its atomic operations begun under the old one finish (the registration's ownership barrier).
    registration.onMembership(async (view) => {
      this.gatewayValue.cluster.setMembership(view.live, view.master);
      await this.gatewayValue.cluster.finishEarlierOwnedWork();
    });
    this.gatewayValue.cluster.fenceOwnershipWith(() => registration.holdsOwnership());
    // Shared catalog: a DDL here is announced through ZooKeeper; every node (this one included)
    // then re-reads the durable catalog from the storage engine, and the DDL returns once all have.
    registration.onCatalogChange(() => this.gatewayValue.catalog.load());
    this.gatewayValue.catalogChangeListeners.add(() => registration.announceCatalogChange());
    // ZooKeeper unreachable at start: retry with backoff, then give up with a clear error.
    await this.withStartRetries(5, `ZooKeeper ${connectString}`, 'hbase.zookeeper.quorum', () => registration.start());
    this.gatewayValue.cluster.clusterId = registration.clusterId;
    this.registration = registration;
    registerZooKeeperMetrics(this.metrics, registration);
    // node-zookeeper-client can throw from its socket handler on a garbled reply after a
    // connection loss ("Unknown code"); that must cost a new session, not the whole node.
    process.on('uncaughtException', (e: Error) => {
      if (String(e.stack).includes('node-zookeeper-client')) {
        registration.resetSession(`client library error: ${e.message}`);
        return;
      }
      this.logger.error(`uncaught exception: ${e.stack ?? e.message}`);
      process.exit(1);
    });
    this.logger.log(
      `registered in ZooKeeper ${connectString}${config.znodeParent} as ${serverNameToString(this.gatewayValue.self)}${registration.activeMaster ? ' (active master)' : ''}`,
    );
  }

  private persistedClusterId(dataDir: string): string {
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, 'cluster-id');
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    const id = randomUUID();
    writeFileSync(file, `${id}\n`);
    return id;
  }

  async status(): Promise<NodeStatus> {
    const g = this.gatewayValue;
    let storageOk = true;
    let storageError = '';
    try {
      await this.storage.ping();
    } catch (e) {
      storageOk = false;
      storageError = (e as Error).message;
    }
    return {
      serverName: serverNameToString(g.self),
      host: g.self.host,
      port: g.self.port,
      startCode: Long.fromNumber(g.self.startCode, true),
      state: g.state,
      clusterId: g.cluster.clusterId,
      storageEngine: this.storage.name,
      storageOk,
      storageError,
      zookeeperConfigured: this.registration !== undefined,
      zookeeperState: this.registration?.state ?? 'off',
      activeMaster: this.registration?.activeMaster ?? true,
      openConnections: g.openConnections,
      inflightCalls: g.inFlightCalls,
      openScanners: g.scanners.size,
      liveServers: g.cluster.liveServers.map(serverNameToString),
      version: GATEWAY_HBASE_VERSION,
      uptimeMs: Long.fromNumber(Date.now() - this.startedAt, true),
    };
  }

  tables(): ListTablesResponse {
    const g = this.gatewayValue;
    return {
      tables: g.catalog.list().map((t) => ({
        name: tableNameToString(t.descriptor.name),
        state: t.descriptor.state,
        families: t.descriptor.families.map((f) => f.name.toString('utf8')),
        regions: t.regions.map((r) => ({
          name: r.name.toString('latin1'),
          encodedName: r.encodedName,
          startKey: r.startKey,
          endKey: r.endKey,
          server: serverNameToString(g.catalog.ownerOf(r)),
        })),
      })),
    };
  }

  /**
   * A drain request takes the very path of SIGTERM (main.ts turns it into a graceful close and
   * exit 0), so there is one shutdown sequence to trust. Answers before the drain starts.
   */
  drain(reason: string): DrainResponse {
    const state = this.drainRequested ? 'stopping' : this.gatewayValue.state;
    const accepted = state === 'serving' || state === 'starting';
    if (accepted) {
      this.drainRequested = true;
      this.logger.log(`drain requested${reason ? `: ${reason}` : ''}`);
      setTimeout(() => process.kill(process.pid, 'SIGTERM'), 50);
    }
    return { accepted, serverName: serverNameToString(this.gatewayValue.self), state };
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.logger.log(`shutting down${signal ? ` on ${signal}` : ''}`);
    if (this.registration) {
      // Finish atomic operations before leaving: the regions' next owners start once we are gone.
      const timeoutMs = this.config.shutdownTimeoutMs;
      await Promise.race([this.gatewayValue.cluster.relinquishOwnership(), new Promise((r) => setTimeout(r, timeoutMs).unref())]);
      await this.registration.stop();
    }
    await this.gatewayValue?.stop();
    const grpc = this.grpc;
    if (grpc) await new Promise<void>((resolve) => grpc.tryShutdown(() => resolve()));
    await this.storage?.close();
    this.logger.log('stopped');
  }
}

/** hbase.zookeeper.quorum as a connect string: hosts without a port take hbase.zookeeper.property.clientPort. */
function zooKeeperConnectString(quorum: string, clientPort: number): string {
  return quorum
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean)
    .map((h) => (h.includes(':') ? h : `${h}:${clientPort}`))
    .join(',');
}
