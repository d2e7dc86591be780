import { parsePort, readSettings } from '@hbase-compat/server-config';

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

const KEYS = {
  'hbase.compat.admin.port': '8080',
  'hbase.compat.admin.address': '127.0.0.1',
  'hbase.compat.nodeadmin.addresses': '127.0.0.1:16050',
  'hbase.zookeeper.quorum': '',
  'zookeeper.znode.parent': '/hbase',
};

export function readAdminConfig(argv: readonly string[], env: NodeJS.ProcessEnv): AdminConfig {
  const v = readSettings(KEYS, argv, env);
  return {
    port: parsePort('hbase.compat.admin.port', v['hbase.compat.admin.port']),
    address: v['hbase.compat.admin.address'],
    nodeAdminAddresses: v['hbase.compat.nodeadmin.addresses'].split(',').map((s) => s.trim()).filter(Boolean),
    zookeeperQuorum: v['hbase.zookeeper.quorum'] || undefined,
    znodeParent: v['zookeeper.znode.parent'],
  };
}
