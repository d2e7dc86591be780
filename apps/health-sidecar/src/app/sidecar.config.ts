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

const KEYS = {
  'hbase.compat.sidecar.port': '16030',
  'hbase.compat.sidecar.address': '127.0.0.1',
  'hbase.compat.nodeadmin.address': '127.0.0.1:16050',
  'hbase.compat.rpc.address': '127.0.0.1:16020',
} as const;

export function readSidecarConfig(argv: readonly string[], env: NodeJS.ProcessEnv): SidecarConfig {
  const values: Record<string, string> = { ...KEYS };
  for (const key of Object.keys(KEYS)) {
    const envValue = env[key.toUpperCase().replace(/[.-]/g, '_')];
    if (envValue !== undefined) values[key] = envValue;
  }
  for (const arg of argv) {
    const m = /^--([^=]+)=(.*)$/.exec(arg);
    if (!m) throw new Error(`unexpected argument ${arg} (flags are --key=value)`);
    if (!(m[1] in KEYS)) throw new Error(`unknown configuration key ${m[1]}; known: ${Object.keys(KEYS).join(', ')}`);
    values[m[1]] = m[2];
  }
  const port = Number(values['hbase.compat.sidecar.port']);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`hbase.compat.sidecar.port = ${values['hbase.compat.sidecar.port']}: not a port`);
  return { port, address: values['hbase.compat.sidecar.address'], nodeAdminAddress: values['hbase.compat.nodeadmin.address'], rpcAddress: values['hbase.compat.rpc.address'] };
}
