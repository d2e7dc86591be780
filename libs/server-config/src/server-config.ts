import { type ConfigSources, ConfigError, type KeySpec, loadSettings } from './settings';
import { FLUSS_SECURITY_KEYS, type FlussSaslConfig, loadFlussSasl } from './fluss-security-config';
import { NODEADMIN_TLS_KEYS, RPC_TLS_KEYS, type RpcTlsConfig, loadRpcTlsConfig } from './tls-config';

/**
 * The gateway's configuration keys (hbase-compat-server.conf, environment, flags: see settings.ts),
 * HBase's own names where HBase has one.
 */

export const CONFIG_KEYS = {
  'hbase.regionserver.port': { kind: 'port', default: 16020, help: 'HBase RPC port' },
  'hbase.regionserver.hostname': { kind: 'string', default: '127.0.0.1', help: 'host name advertised to clients (ZooKeeper, hbase:meta)' },
  'hbase.regionserver.ipc.address': { kind: 'string', default: '127.0.0.1', help: 'address the RPC listener binds to' },
  'hbase.regionserver.info.port': { kind: 'non-negative-int', default: 16030, help: 'info/health port advertised in ZooKeeper (the health sidecar)' },
  'hbase.zookeeper.quorum': { kind: 'optional-string', help: 'ZooKeeper quorum host[:port],...; unset = no ZooKeeper (RPC registry only)' },
  'hbase.zookeeper.property.clientPort': { kind: 'port', default: 2181, help: 'ZooKeeper port for quorum entries without one' },
  'zookeeper.znode.parent': { kind: 'string', default: '/hbase', help: 'root znode' },
  'zookeeper.session.timeout': { kind: 'positive-int', default: 10000, help: 'ZooKeeper session timeout, ms' },
  'hbase.compat.peer.probe.interval.ms': {
    kind: 'non-negative-int',
    default: 500,
    help: "how often each node probes its peers' RPC ports to remove dead ones before their sessions expire, ms (0 = off)",
  },
  'hbase.compat.catalog.sync.timeout.ms': { kind: 'positive-int', default: 15000, help: 'how long a DDL waits for every node to load the new catalog, ms' },
  'hbase.ipc.max.request.size': { kind: 'positive-int', default: 268435456, help: 'largest request frame accepted, bytes' },
  'hbase.ipc.server.max.callqueue.length': {
    kind: 'positive-int',
    default: 300,
    help: 'calls in progress at once before new ones get CallQueueTooBigException (HBase: handler count 30 x 10 per handler)',
  },
  'hbase.ipc.server.max.callqueue.size': {
    kind: 'positive-int',
    default: 268435456,
    help: 'bytes of requests in progress plus responses not yet taken by the kernel before new calls get CallQueueTooBigException (HBase: 1 GB; 256 MB here so the RSS stays bounded)',
  },
  'hbase.ipc.client.connection.maxidletime': {
    kind: 'positive-int',
    default: 10000,
    help: 'a connection with no call for twice this long is closed (SimpleRpcServer ConnectionManager), ms',
  },
  'hbase.ipc.client.call.purge.timeout': {
    kind: 'positive-int',
    default: 120000,
    help: 'a connection whose responses made no progress for this long is closed (SimpleRpcServerResponder purge), ms',
  },
  'hbase.compat.rpc.handshake.timeout.ms': {
    kind: 'positive-int',
    default: 10000,
    help: 'a connection that has not sent its preamble and connection header within this long is closed, ms',
  },
  'hbase.compat.rpc.max.connections': { kind: 'positive-int', default: 10000, help: 'open RPC connections; further ones are closed at accept' },
  'hbase.compat.rpc.connection.max.pending.response.bytes': {
    kind: 'positive-int',
    default: 524288,
    help: 'unsent response bytes at which a connection stops being read until its client catches up',
  },
  'hbase.compat.rpc.connection.max.inflight.calls': {
    kind: 'positive-int',
    default: 16,
    help: 'calls in progress per connection; beyond it the connection is not read until some finish',
  },
  'hbase.client.scanner.timeout.period': { kind: 'positive-int', default: 60000, help: 'scanner lease, ms' },
  'hbase.compat.scanner.max.open': {
    kind: 'positive-int',
    default: 10000,
    help: 'open scanners on this node; a scan opened beyond it gets RegionTooBusyException (retried) until leases end or scans close',
  },
  'hbase.compat.rpc.connection.max.scanners': {
    kind: 'positive-int',
    default: 1000,
    help: 'open scanners one connection may hold; beyond it that connection gets RegionTooBusyException on opening a scan',
  },
  'hbase.server.keyvalue.maxsize': {
    kind: 'non-negative-int',
    default: 10485760,
    help: 'largest cell a mutation may carry, bytes as HBase counts them (0 = no limit)',
  },
  'hbase.wal.hsync': {
    kind: 'string',
    default: 'false',
    help: 'embedded store: true = acknowledge a write once its commit is flushed to disk (survives power loss); false = once committed to the OS (survives a crash of the gateway), as HBase acknowledges SYNC_WAL with hflush by default',
  },
  'hbase.compat.data.sync': {
    kind: 'string',
    default: 'commit',
    help: 'embedded store: commit = flush every commit before the next (a power loss leaves the store intact); interval = hand commits to the OS and flush every hbase.compat.data.sync.interval.ms (faster writes; a power loss can lose that interval and corrupt the store)',
  },
  'hbase.compat.data.sync.interval.ms': {
    kind: 'positive-int',
    default: 1000,
    help: 'embedded store with hbase.compat.data.sync=interval: how often the store is flushed, ms',
  },
  'hbase.compat.data.dir': { kind: 'path', default: './data/embedded', help: 'embedded store folder (kept across restarts)' },
  'hbase.compat.cluster.id': { kind: 'optional-string', help: 'cluster id; default: read from ZooKeeper /hbase/hbaseid or the data folder, else generated' },
  'hbase.compat.nodeadmin.port': { kind: 'non-negative-int', default: 16050, help: 'internal gRPC NodeAdmin port (0 = disabled)' },
  'hbase.compat.shutdown.timeout.ms': { kind: 'positive-int', default: 30000, help: 'how long in-flight calls may finish on shutdown' },
  'hbase.compat.region.default.presplit': { kind: 'positive-int', default: 1, help: 'regions for a table created without split keys' },
  'hbase.compat.fluss.bootstrap.servers': {
    kind: 'optional-string',
    help: 'Fluss coordinator host:port,...; set = tables live in Fluss, unset = the embedded store',
  },
  'hbase.compat.fluss.database.prefix': { kind: 'string', default: 'hbase_', help: 'prefix of the Fluss database of each HBase namespace' },
  'hbase.compat.fluss.buckets': { kind: 'positive-int', default: 4, help: 'buckets of each new Fluss data table' },
  'hbase.compat.fluss.replication.factor': {
    kind: 'non-negative-int',
    default: 0,
    help: 'table.replication.factor of new Fluss tables (0 = the cluster default)',
  },
  'hbase.compat.fluss.request.timeout.ms': { kind: 'positive-int', default: 10000, help: 'deadline of one Fluss request, ms' },
  'hbase.compat.fluss.scan.catchup.timeout.ms': {
    kind: 'positive-int',
    default: 10000,
    help: 'how long a scan waits for the scan index to reach the changelog end, ms',
  },
  ...FLUSS_SECURITY_KEYS,
  ...RPC_TLS_KEYS,
  ...NODEADMIN_TLS_KEYS,
  // Authorization (HBase's AccessController model; libs/gateway-core/src/security, docs/security.md).
  'hbase.security.authorization': { kind: 'string', default: 'false', help: 'true = check HBase ACLs (grant/revoke, AccessDeniedException)' },
  'hbase.superuser': { kind: 'optional-string', help: 'comma-separated users allowed everything (besides the user the gateway runs as)' },
  'hbase.compat.acl.cache.ms': {
    kind: 'non-negative-int',
    default: 1000,
    help: 'how long a node may use its copy of hbase:acl before re-reading it (a change made on another node takes effect within this), ms',
  },
} as const satisfies Record<string, KeySpec>;

export type ConfigKey = keyof typeof CONFIG_KEYS;

export interface ServerConfig {
  /** hbase.security.authorization, hbase.superuser, hbase.compat.acl.cache.ms. */
  authorization?: { enabled: boolean; superusers: string[]; cacheMs: number };
  port: number;
  hostname: string;
  bindAddress: string;
  infoPort: number;
  zookeeperQuorum: string | undefined;
  zookeeperClientPort: number;
  znodeParent: string;
  zookeeperSessionTimeoutMs: number;
  peerProbeIntervalMs: number;
  catalogSyncTimeoutMs: number;
  maxRequestBytes: number;
  scannerLeaseMs: number;
  scannerLimits: ScannerLimits;
  rpcLimits: RpcLimits;
  maxCellSize: number;
  dataDir: string;
  /** hbase.wal.hsync: the embedded store acknowledges a write only after its commit reached the disk. */
  walHsync: boolean;
  /** hbase.compat.data.sync and its interval: how the embedded store's commits reach the disk. */
  dataSync: { mode: 'commit' | 'interval'; intervalMs: number };
  clusterId: string | undefined;
  nodeAdminPort: number;
  shutdownTimeoutMs: number;
  defaultPresplit: number;
  fluss: {
    bootstrapServers: string | undefined;
    databasePrefix: string;
    buckets: number;
    replicationFactor: number | undefined;
    requestTimeoutMs: number;
    scanCatchUpTimeoutMs: number;
    /** SASL/PLAIN credentials toward Fluss; undefined = PLAINTEXT (fluss-security-config.ts). */
    sasl: FlussSaslConfig | undefined;
  };
  /** TLS of the RPC port and the NodeAdmin port (tls-config.ts). */
  rpcTls: RpcTlsConfig;
  /** Where each value came from, for logs and error messages. */
  sources: Record<ConfigKey, string>;
}

/** Bounds on open scanners, so clients that never close them cannot hold memory beyond their leases. */
export interface ScannerLimits {
  maxOpen: number;
  maxPerConnection: number;
}

/** Overload protection of the RPC listener (see libs/gateway-core/src/rpc/call-queue.ts). */
export interface RpcLimits {
  maxCallQueueLength: number;
  maxCallQueueBytes: number;
  /** Twice hbase.ipc.client.connection.maxidletime, as SimpleRpcServer's ConnectionManager counts it. */
  idleTimeoutMs: number;
  purgeTimeoutMs: number;
  handshakeTimeoutMs: number;
  maxConnections: number;
  maxPendingResponseBytes: number;
  maxInFlightPerConnection: number;
}

export function loadServerConfig(sources: ConfigSources): ServerConfig {
  const { values, sources: origin } = loadSettings(CONFIG_KEYS, sources);
  const parent = values['zookeeper.znode.parent'] as string;
  if (!parent.startsWith('/') || (parent.length > 1 && parent.endsWith('/'))) {
    throw new ConfigError(
      `zookeeper.znode.parent = ${JSON.stringify(parent)} from ${origin['zookeeper.znode.parent']}: must be an absolute znode path without a trailing '/'`,
    );
  }
  const walHsync = loadBoolean(values, origin, 'hbase.wal.hsync');
  return {
    authorization: loadAuthorization(values, origin),
    port: values['hbase.regionserver.port'] as number,
    hostname: values['hbase.regionserver.hostname'] as string,
    bindAddress: values['hbase.regionserver.ipc.address'] as string,
    infoPort: values['hbase.regionserver.info.port'] as number,
    zookeeperQuorum: values['hbase.zookeeper.quorum'] as string | undefined,
    zookeeperClientPort: values['hbase.zookeeper.property.clientPort'] as number,
    znodeParent: parent,
    zookeeperSessionTimeoutMs: values['zookeeper.session.timeout'] as number,
    peerProbeIntervalMs: values['hbase.compat.peer.probe.interval.ms'] as number,
    catalogSyncTimeoutMs: values['hbase.compat.catalog.sync.timeout.ms'] as number,
    maxRequestBytes: values['hbase.ipc.max.request.size'] as number,
    scannerLeaseMs: values['hbase.client.scanner.timeout.period'] as number,
    scannerLimits: {
      maxOpen: values['hbase.compat.scanner.max.open'] as number,
      maxPerConnection: values['hbase.compat.rpc.connection.max.scanners'] as number,
    },
    rpcLimits: {
      maxCallQueueLength: values['hbase.ipc.server.max.callqueue.length'] as number,
      maxCallQueueBytes: values['hbase.ipc.server.max.callqueue.size'] as number,
      idleTimeoutMs: 2 * (values['hbase.ipc.client.connection.maxidletime'] as number),
      purgeTimeoutMs: values['hbase.ipc.client.call.purge.timeout'] as number,
      handshakeTimeoutMs: values['hbase.compat.rpc.handshake.timeout.ms'] as number,
      maxConnections: values['hbase.compat.rpc.max.connections'] as number,
      maxPendingResponseBytes: values['hbase.compat.rpc.connection.max.pending.response.bytes'] as number,
      maxInFlightPerConnection: values['hbase.compat.rpc.connection.max.inflight.calls'] as number,
    },
    maxCellSize: values['hbase.server.keyvalue.maxsize'] as number,
    dataDir: values['hbase.compat.data.dir'] as string,
    walHsync,
    dataSync: loadDataSync(values, origin, walHsync),
    clusterId: values['hbase.compat.cluster.id'] as string | undefined,
    nodeAdminPort: values['hbase.compat.nodeadmin.port'] as number,
    shutdownTimeoutMs: values['hbase.compat.shutdown.timeout.ms'] as number,
    defaultPresplit: values['hbase.compat.region.default.presplit'] as number,
    fluss: {
      bootstrapServers: values['hbase.compat.fluss.bootstrap.servers'] as string | undefined,
      databasePrefix: values['hbase.compat.fluss.database.prefix'] as string,
      buckets: values['hbase.compat.fluss.buckets'] as number,
      replicationFactor: (values['hbase.compat.fluss.replication.factor'] as number) || undefined,
      requestTimeoutMs: values['hbase.compat.fluss.request.timeout.ms'] as number,
      scanCatchUpTimeoutMs: values['hbase.compat.fluss.scan.catchup.timeout.ms'] as number,
      sasl: loadFlussSasl(values, origin),
    },
    rpcTls: loadRpcTlsConfig(values, origin),
    sources: origin,
  };
}

/** hbase.compat.data.sync: one of two modes, and `interval` cannot promise what hbase.wal.hsync asks. */
function loadDataSync(values: Record<string, unknown>, origin: Record<string, string>, walHsync: boolean): ServerConfig['dataSync'] {
  const key = 'hbase.compat.data.sync';
  const mode = String(values[key]).trim().toLowerCase();
  if (mode !== 'commit' && mode !== 'interval') throw new ConfigError(`${key} = ${JSON.stringify(mode)} from ${origin[key]}: must be commit or interval`);
  if (mode === 'interval' && walHsync) {
    throw new ConfigError(
      `${key} = interval from ${origin[key]} cannot honour hbase.wal.hsync = true from ${origin['hbase.wal.hsync']}: a power loss can corrupt an interval-synced store`,
    );
  }
  return { mode, intervalMs: values['hbase.compat.data.sync.interval.ms'] as number };
}

/** A boolean as HBase reads one (Configuration.getBoolean: true or false, any case). */
function loadBoolean(values: Record<string, unknown>, origin: Record<string, string>, key: ConfigKey): boolean {
  const raw = String(values[key]).trim().toLowerCase();
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(`${key} = ${JSON.stringify(raw)} from ${origin[key]}: must be true or false`);
  return raw === 'true';
}

function loadAuthorization(values: Record<string, unknown>, origin: Record<string, string>): NonNullable<ServerConfig['authorization']> {
  const enabled = loadBoolean(values, origin, 'hbase.security.authorization');
  const superusers = String(values['hbase.superuser'] ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  return { enabled, superusers, cacheMs: values['hbase.compat.acl.cache.ms'] as number };
}
