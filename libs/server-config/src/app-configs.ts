import { type ConfigSources, ConfigError, type KeySpec, loadSettings } from './settings';
import { NODEADMIN_CLIENT_TLS_KEYS, type NodeAdminClientTls, loadNodeAdminClientTls } from './tls-config';

/**
 * The health sidecar's and the admin API's keys, beside the gateway's (server-config.ts), loaded by
 * the same mechanism (settings.ts). The gateway binds its NodeAdmin service on
 * `hbase.compat.nodeadmin.port`; the apps that call it find it under one name,
 * `hbase.compat.nodeadmin.addresses` (host:port list; the sidecar watches exactly one gateway).
 */
const NODEADMIN_ADDRESSES = {
  kind: 'host-port-list',
  default: '127.0.0.1:16050',
  help: "gateway NodeAdmin gRPC host:port (the admin API: one per node; the sidecar: its own node's)",
} as const satisfies KeySpec;

/** The sidecar's former name for its one NodeAdmin address. */
const RETIRED_SIDECAR_KEYS = { 'hbase.compat.nodeadmin.address': 'hbase.compat.nodeadmin.addresses' } as const;

export const SIDECAR_CONFIG_KEYS = {
  'hbase.compat.sidecar.port': { kind: 'port', default: 16030, help: "HTTP port for /health, /ready, /metrics (HBase's region server info port)" },
  'hbase.compat.sidecar.address': { kind: 'string', default: '127.0.0.1', help: 'HTTP bind address' },
  'hbase.compat.nodeadmin.addresses': NODEADMIN_ADDRESSES,
  'hbase.compat.rpc.address': { kind: 'string', default: '127.0.0.1:16020', help: "the gateway's HBase RPC host:port" },
  ...NODEADMIN_CLIENT_TLS_KEYS,
} as const satisfies Record<string, KeySpec>;

export const ADMIN_CONFIG_KEYS = {
  'hbase.compat.admin.port': { kind: 'port', default: 8080, help: 'HTTP port' },
  'hbase.compat.admin.address': { kind: 'string', default: '127.0.0.1', help: 'HTTP bind address' },
  'hbase.compat.nodeadmin.addresses': NODEADMIN_ADDRESSES,
  'hbase.zookeeper.quorum': { kind: 'optional-string', help: 'when set, servers are listed from <parent>/rs' },
  'zookeeper.znode.parent': { kind: 'string', default: '/hbase', help: 'root znode' },
  'hbase.compat.admin.token': { kind: 'optional-string', help: 'bearer token that state-changing calls (drain) must send; without one they are refused (403)' },
  'hbase.compat.admin.token.file': { kind: 'optional-string', help: 'file whose first line is the bearer token (instead of hbase.compat.admin.token)' },
  'hbase.compat.admin.reads': { kind: 'string', default: 'open', help: "'open': GET calls need no token; 'token': they need the bearer token too" },
  ...NODEADMIN_CLIENT_TLS_KEYS,
} as const satisfies Record<string, KeySpec>;

export interface SidecarConfig {
  port: number;
  address: string;
  nodeAdminAddress: string;
  rpcAddress: string;
  /** Present only when hbase.compat.nodeadmin.tls.enabled is true. */
  nodeAdminTls?: NodeAdminClientTls;
}

export interface AdminConfig {
  port: number;
  address: string;
  nodeAdminAddresses: string[];
  zookeeperQuorum: string | undefined;
  znodeParent: string;
  /** The bearer token given inline; admin.config.ts resolves tokenFile into it. */
  token: string | undefined;
  tokenFile: string | undefined;
  readsNeedToken: boolean;
  /** Present only when hbase.compat.nodeadmin.tls.enabled is true. */
  nodeAdminTls?: NodeAdminClientTls;
}

export function loadSidecarConfig(sources: ConfigSources): SidecarConfig {
  const { values, sources: origin } = loadSettings(SIDECAR_CONFIG_KEYS, sources, RETIRED_SIDECAR_KEYS);
  const nodeAdmin = values['hbase.compat.nodeadmin.addresses'] as string[];
  if (nodeAdmin.length !== 1) {
    throw new ConfigError(
      `hbase.compat.nodeadmin.addresses from ${origin['hbase.compat.nodeadmin.addresses']}: the sidecar watches exactly one gateway, got ${nodeAdmin.length}`,
    );
  }
  return {
    port: values['hbase.compat.sidecar.port'] as number,
    address: values['hbase.compat.sidecar.address'] as string,
    nodeAdminAddress: nodeAdmin[0],
    rpcAddress: values['hbase.compat.rpc.address'] as string,
    ...loadNodeAdminClientTls(values, origin),
  };
}

export function loadAdminConfig(sources: ConfigSources): AdminConfig {
  const { values, sources: origin } = loadSettings(ADMIN_CONFIG_KEYS, sources);
  const reads = values['hbase.compat.admin.reads'] as string;
  if (reads !== 'open' && reads !== 'token')
    throw new ConfigError(`hbase.compat.admin.reads from ${origin['hbase.compat.admin.reads']}: expected 'open' or 'token', got '${reads}'`);
  if (values['hbase.compat.admin.token'] !== undefined && values['hbase.compat.admin.token.file'] !== undefined) {
    throw new ConfigError('set hbase.compat.admin.token or hbase.compat.admin.token.file, not both');
  }
  return {
    port: values['hbase.compat.admin.port'] as number,
    address: values['hbase.compat.admin.address'] as string,
    nodeAdminAddresses: values['hbase.compat.nodeadmin.addresses'] as string[],
    zookeeperQuorum: values['hbase.zookeeper.quorum'] as string | undefined,
    znodeParent: values['zookeeper.znode.parent'] as string,
    token: values['hbase.compat.admin.token'] as string | undefined,
    tokenFile: values['hbase.compat.admin.token.file'] as string | undefined,
    readsNeedToken: reads === 'token',
    ...loadNodeAdminClientTls(values, origin),
  };
}
