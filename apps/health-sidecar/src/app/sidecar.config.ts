import { parsePort, readSettings } from '@hbase-compat/server-config';

/**
 * Sidecar settings (flags --key=value or environment KEY_NAME):
 *   hbase.compat.sidecar.port      HTTP port for /health, /ready, /metrics   (default 16030, HBase's RS info port)
 *   hbase.compat.sidecar.address   HTTP bind address                          (default 127.0.0.1)
 *   hbase.compat.nodeadmin.address the gateway's NodeAdmin gRPC host:port     (default 127.0.0.1:16050)
 *   hbase.compat.rpc.address       the gateway's HBase RPC host:port          (default 127.0.0.1:16020)
 */
export interface SidecarConfig {
  port: number;
  address: string;
  nodeAdminAddress: string;
  rpcAddress: string;
}

export const SIDECAR_CONFIG = Symbol('SIDECAR_CONFIG');

const KEYS: Record<'hbase.compat.sidecar.port' | 'hbase.compat.sidecar.address' | 'hbase.compat.nodeadmin.address' | 'hbase.compat.rpc.address', string> = {
  'hbase.compat.sidecar.port': '16030',
  'hbase.compat.sidecar.address': '127.0.0.1',
  'hbase.compat.nodeadmin.address': '127.0.0.1:16050',
  'hbase.compat.rpc.address': '127.0.0.1:16020',
};

export function readSidecarConfig(argv: readonly string[], env: NodeJS.ProcessEnv): SidecarConfig {
  const v = readSettings(KEYS, argv, env);
  return {
    port: parsePort('hbase.compat.sidecar.port', v['hbase.compat.sidecar.port']),
    address: v['hbase.compat.sidecar.address'],
    nodeAdminAddress: v['hbase.compat.nodeadmin.address'],
    rpcAddress: v['hbase.compat.rpc.address'],
  };
}
