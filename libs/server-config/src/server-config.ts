/**
 * Gateway configuration with HBase's own key names where HBase has one. Sources, later ones win:
 *   built-in defaults < hbase-compat-server.conf (key = value lines) < environment < --key=value flags
 * Environment names are the keys upper-cased with '.' and '-' turned into '_'
 * (hbase.zookeeper.quorum -> HBASE_ZOOKEEPER_QUORUM). Every value is validated once at start and a
 * bad one is reported with its key and source.
 */
type Kind = 'string' | 'port' | 'positive-int' | 'non-negative-int' | 'path' | 'optional-string';

interface KeySpec {
  kind: Kind;
  default?: string | number;
  help: string;
}

export const CONFIG_KEYS = {
  'hbase.regionserver.port': { kind: 'port', default: 16020, help: 'HBase RPC port' },
  'hbase.regionserver.hostname': { kind: 'string', default: '127.0.0.1', help: 'host name advertised to clients (ZooKeeper, hbase:meta)' },
  'hbase.regionserver.ipc.address': { kind: 'string', default: '127.0.0.1', help: 'address the RPC listener binds to' },
  'hbase.regionserver.info.port': { kind: 'non-negative-int', default: 16030, help: 'info/health port advertised in ZooKeeper (the health sidecar)' },
  'hbase.zookeeper.quorum': { kind: 'optional-string', help: 'ZooKeeper quorum host[:port],...; unset = no ZooKeeper (RPC registry only)' },
  'hbase.zookeeper.property.clientPort': { kind: 'port', default: 2181, help: 'ZooKeeper port for quorum entries without one' },
  'zookeeper.znode.parent': { kind: 'string', default: '/hbase', help: 'root znode' },
  'zookeeper.session.timeout': { kind: 'positive-int', default: 10000, help: 'ZooKeeper session timeout, ms' },
  'hbase.compat.peer.probe.interval.ms': { kind: 'non-negative-int', default: 500, help: "how often each node probes its peers' RPC ports to remove dead ones before their sessions expire, ms (0 = off)" },
  'hbase.compat.catalog.sync.timeout.ms': { kind: 'positive-int', default: 15000, help: 'how long a DDL waits for every node to load the new catalog, ms' },
  'hbase.ipc.max.request.size': { kind: 'positive-int', default: 268435456, help: 'largest request frame accepted, bytes' },
  'hbase.client.scanner.timeout.period': { kind: 'positive-int', default: 60000, help: 'scanner lease, ms' },
  'hbase.server.keyvalue.maxsize': { kind: 'non-negative-int', default: 10485760, help: 'largest cell a mutation may carry, bytes as HBase counts them (0 = no limit)' },
  'hbase.compat.data.dir': { kind: 'path', default: './data/embedded', help: 'embedded store folder (kept across restarts)' },
  'hbase.compat.cluster.id': { kind: 'optional-string', help: 'cluster id; default: read from ZooKeeper /hbase/hbaseid or the data folder, else generated' },
  'hbase.compat.nodeadmin.port': { kind: 'non-negative-int', default: 16050, help: 'internal gRPC NodeAdmin port (0 = disabled)' },
  'hbase.compat.shutdown.timeout.ms': { kind: 'positive-int', default: 30000, help: 'how long in-flight calls may finish on shutdown' },
  'hbase.compat.region.default.presplit': { kind: 'positive-int', default: 1, help: 'regions for a table created without split keys' },
  'hbase.compat.fluss.bootstrap.servers': { kind: 'optional-string', help: 'Fluss coordinator host:port,...; set = tables live in Fluss, unset = the embedded store' },
  'hbase.compat.fluss.database.prefix': { kind: 'string', default: 'hbase_', help: 'prefix of the Fluss database of each HBase namespace' },
  'hbase.compat.fluss.buckets': { kind: 'positive-int', default: 4, help: 'buckets of each new Fluss data table' },
  'hbase.compat.fluss.replication.factor': { kind: 'non-negative-int', default: 0, help: 'table.replication.factor of new Fluss tables (0 = the cluster default)' },
  'hbase.compat.fluss.request.timeout.ms': { kind: 'positive-int', default: 10000, help: 'deadline of one Fluss request, ms' },
  'hbase.compat.fluss.scan.catchup.timeout.ms': { kind: 'positive-int', default: 10000, help: 'how long a scan waits for the scan index to reach the changelog end, ms' },
} as const satisfies Record<string, KeySpec>;

export type ConfigKey = keyof typeof CONFIG_KEYS;

export interface ServerConfig {
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
  maxCellSize: number;
  dataDir: string;
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
  };
  /** Where each value came from, for logs and error messages. */
  sources: Record<ConfigKey, string>;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function envNameFor(key: string): string {
  return key.toUpperCase().replace(/[.-]/g, '_');
}

/** Parses `key = value` lines; '#' starts a comment. */
export function parseConfFile(text: string, origin: string): Map<string, { value: string; source: string }> {
  const out = new Map<string, { value: string; source: string }>();
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.replace(/(^|\s)#.*$/, '').trim();
    if (trimmed === '') return;
    const eq = trimmed.indexOf('=');
    if (eq <= 0) throw new ConfigError(`${origin}:${i + 1}: expected "key = value", got ${JSON.stringify(line.trim())}`);
    out.set(trimmed.slice(0, eq).trim(), { value: trimmed.slice(eq + 1).trim(), source: `${origin}:${i + 1}` });
  });
  return out;
}

export function parseFlags(argv: readonly string[]): Map<string, { value: string; source: string }> {
  const out = new Map<string, { value: string; source: string }>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new ConfigError(`unexpected argument ${JSON.stringify(arg)} (flags are --key=value)`);
    const body = arg.slice(2);
    const eq = body.indexOf('=');
    if (eq > 0) out.set(body.slice(0, eq), { value: body.slice(eq + 1), source: `flag ${arg}` });
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) out.set(body, { value: argv[++i], source: `flag --${body}` });
    else throw new ConfigError(`flag --${body} needs a value`);
  }
  return out;
}

function suggest(key: string): string {
  const known = Object.keys(CONFIG_KEYS);
  const close = known.find((k) => k.endsWith(key) || key.endsWith(k.split('.').pop() ?? '~'));
  return close ? ` (did you mean ${close}?)` : '';
}

function validate(key: ConfigKey, raw: string, source: string): string | number | undefined {
  const spec: KeySpec = CONFIG_KEYS[key];
  const bad = (what: string) => new ConfigError(`${key} = ${JSON.stringify(raw)} from ${source}: ${what}`);
  switch (spec.kind) {
    case 'optional-string':
      return raw === '' ? undefined : raw;
    case 'string':
    case 'path':
      if (raw === '') throw bad('must not be empty');
      return raw;
    case 'port': {
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw bad('must be a port number 0-65535');
      return n;
    }
    case 'positive-int':
    case 'non-negative-int': {
      const n = Number(raw);
      const min = spec.kind === 'positive-int' ? 1 : 0;
      if (!Number.isSafeInteger(n) || n < min) throw bad(`must be an integer >= ${min}`);
      return n;
    }
  }
}

export interface ConfigSources {
  confFile?: { text: string; path: string };
  env?: Record<string, string | undefined>;
  argv?: readonly string[];
}

export function loadServerConfig(sources: ConfigSources): ServerConfig {
  const raw = new Map<string, { value: string; source: string }>();
  for (const [k, v] of Object.entries(CONFIG_KEYS) as [ConfigKey, KeySpec][]) {
    if (v.default !== undefined) raw.set(k, { value: String(v.default), source: 'default' });
  }
  const layer = (entries: Map<string, { value: string; source: string }>) => {
    for (const [k, v] of entries) {
      if (!(k in CONFIG_KEYS)) throw new ConfigError(`unknown configuration key ${k} from ${v.source}${suggest(k)}`);
      raw.set(k, v);
    }
  };
  if (sources.confFile) layer(parseConfFile(sources.confFile.text, sources.confFile.path));
  if (sources.env) {
    const fromEnv = new Map<string, { value: string; source: string }>();
    for (const k of Object.keys(CONFIG_KEYS)) {
      const name = envNameFor(k);
      const v = sources.env[name];
      if (v !== undefined) fromEnv.set(k, { value: v, source: `environment ${name}` });
    }
    layer(fromEnv);
  }
  if (sources.argv) layer(parseFlags(withoutConfigFlag(sources.argv)));
  const values = {} as Record<ConfigKey, string | number | undefined>;
  const origin = {} as Record<ConfigKey, string>;
  for (const key of Object.keys(CONFIG_KEYS) as ConfigKey[]) {
    const entry = raw.get(key);
    origin[key] = entry?.source ?? 'unset';
    values[key] = entry === undefined ? undefined : validate(key, entry.value, entry.source);
  }
  const parent = values['zookeeper.znode.parent'] as string;
  if (!parent.startsWith('/') || (parent.length > 1 && parent.endsWith('/'))) {
    throw new ConfigError(`zookeeper.znode.parent = ${JSON.stringify(parent)} from ${origin['zookeeper.znode.parent']}: must be an absolute znode path without a trailing '/'`);
  }
  return {
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
    maxCellSize: values['hbase.server.keyvalue.maxsize'] as number,
    dataDir: values['hbase.compat.data.dir'] as string,
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
    },
    sources: origin,
  };
}

/** `--config path` / `--config=path` from argv, else HBASE_COMPAT_CONF, else undefined. */
export function configFilePath(argv: readonly string[], env: Record<string, string | undefined>): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--config') return argv[i + 1];
    if (argv[i].startsWith('--config=')) return argv[i].slice('--config='.length);
  }
  return env['HBASE_COMPAT_CONF'];
}

/** argv without `--config PATH` / `--config=PATH` (the file itself is read by the caller). */
function withoutConfigFlag(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--config') i++;
    else if (!argv[i].startsWith('--config=')) out.push(argv[i]);
  }
  return out;
}

/**
 * Settings for the smaller apps (sidecar, admin API): `defaults` names every accepted key; the
 * environment (KEY_NAME) and then --key=value flags override. Unknown flags are refused.
 */
export function readSettings<K extends string>(defaults: Record<K, string>, argv: readonly string[], env: Record<string, string | undefined>): Record<K, string> {
  const values = { ...defaults };
  for (const key of Object.keys(defaults) as K[]) {
    const fromEnv = env[envNameFor(key)];
    if (fromEnv !== undefined) values[key] = fromEnv;
  }
  for (const arg of argv) {
    const m = /^--([^=]+)=(.*)$/.exec(arg);
    if (!m) throw new ConfigError(`unexpected argument ${arg} (flags are --key=value)`);
    if (!(m[1] in defaults)) throw new ConfigError(`unknown configuration key ${m[1]}; known: ${Object.keys(defaults).join(', ')}`);
    values[m[1] as K] = m[2];
  }
  return values;
}

export function parsePort(key: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`${key} = ${raw}: not a port`);
  return n;
}
