import { existsSync, readFileSync } from 'node:fs';
import { type AdminConfig, configSources, loadAdminConfig } from '@hbase-compat/server-config';

export type { AdminConfig } from '@hbase-compat/server-config';

export const ADMIN_CONFIG = Symbol('ADMIN_CONFIG');

/**
 * The admin API's settings (keys in server-config's ADMIN_CONFIG_KEYS) from --config,
 * HBASE_COMPAT_CONF or ./hbase-compat-admin.conf, the environment and --key=value flags.
 */
export function readAdminConfig(argv: readonly string[], env: NodeJS.ProcessEnv): AdminConfig {
  const files = { exists: existsSync, read: (path: string) => readFileSync(path, 'utf8') };
  return loadAdminConfig(configSources(argv, env, files, 'hbase-compat-admin.conf'));
}
