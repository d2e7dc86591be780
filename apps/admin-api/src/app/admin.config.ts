/**
 * admin-api settings (flags --key=value or environment KEY_NAME):
 *   hbase.compat.admin.port          HTTP port                                  (default 8080)
 *   hbase.compat.admin.address       HTTP bind address                          (default 127.0.0.1)
 *   hbase.compat.nodeadmin.addresses gateway NodeAdmin host:port list           (default 127.0.0.1:16050)
 *   hbase.zookeeper.quorum           when set, servers are listed from <parent>/rs (default unset)
 *   zookeeper.znode.parent           root znode                                 (default /hbase)
 */
export interface AdminConfig {
  port: number;
  address: string;
  nodeAdminAddresses: string[];
  zookeeperQuorum: string | undefined;
  znodeParent: string;
}

export const ADMIN_CONFIG = Symbol('ADMIN_CONFIG');

const KEYS: Record<string, string> = {
  'hbase.compat.admin.port': '8080',
  'hbase.compat.admin.address': '127.0.0.1',
  'hbase.compat.nodeadmin.addresses': '127.0.0.1:16050',
  'hbase.zookeeper.quorum': '',
  'zookeeper.znode.parent': '/hbase',
};

export function readAdminConfig(argv: readonly string[], env: NodeJS.ProcessEnv): AdminConfig {
  const v: Record<string, string> = { ...KEYS };
  for (const key of Object.keys(KEYS)) {
    const e = env[key.toUpperCase().replace(/[.-]/g, '_')];
    if (e !== undefined) v[key] = e;
  }
  for (const arg of argv) {
    const m = /^--([^=]+)=(.*)$/.exec(arg);
    if (!m) throw new Error(`unexpected argument ${arg} (flags are --key=value)`);
    if (!(m[1] in KEYS)) throw new Error(`unknown configuration key ${m[1]}; known: ${Object.keys(KEYS).join(', ')}`);
    v[m[1]] = m[2];
  }
  const port = Number(v['hbase.compat.admin.port']);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`hbase.compat.admin.port = ${v['hbase.compat.admin.port']}: not a port`);
  return {
    port,
    address: v['hbase.compat.admin.address'],
    nodeAdminAddresses: v['hbase.compat.nodeadmin.addresses'].split(',').map((s) => s.trim()).filter(Boolean),
    zookeeperQuorum: v['hbase.zookeeper.quorum'] || undefined,
    znodeParent: v['zookeeper.znode.parent'],
  };
}
