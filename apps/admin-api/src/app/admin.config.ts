import { existsSync, readFileSync } from 'node:fs';
import { type AdminConfig, ConfigError, configSources, loadAdminConfig } from '@hbase-compat/server-config';

export type { AdminConfig } from '@hbase-compat/server-config';

export const ADMIN_CONFIG = Symbol('ADMIN_CONFIG');

/**
 * The admin API's settings (keys in server-config's ADMIN_CONFIG_KEYS) from --config,
 * HBASE_COMPAT_CONF or ./hbase-compat-admin.conf, the environment and --key=value flags.
 * A token file is read here, once, so a missing or empty file stops the start instead of
 * silently leaving drain unprotected.
 */
export function readAdminConfig(argv: readonly string[], env: NodeJS.ProcessEnv): AdminConfig {
  const files = { exists: existsSync, read: (path: string) => readFileSync(path, 'utf8') };
  const config = loadAdminConfig(configSources(argv, env, files, 'hbase-compat-admin.conf'));
  if (config.tokenFile !== undefined) config.token = readTokenFile(config.tokenFile);
  if (config.token !== undefined && config.token.trim() === '') throw new ConfigError('hbase.compat.admin.token is empty');
  if (config.readsNeedToken && config.token === undefined)
    throw new ConfigError('hbase.compat.admin.reads=token needs hbase.compat.admin.token or hbase.compat.admin.token.file');
  return config;
}

function readTokenFile(path: string): string {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`hbase.compat.admin.token.file ${path}: ${(e as Error).message}`);
  }
  const token = text.split('\n')[0].trim();
  if (!token) throw new ConfigError(`hbase.compat.admin.token.file ${path} is empty`);
  return token;
}
