import { existsSync, readFileSync } from 'node:fs';
import { type ServerConfig, configSources, loadServerConfig } from '@hbase-compat/server-config';

export const SERVER_CONFIG = Symbol('SERVER_CONFIG');

/**
 * Reads hbase-compat-server.conf (from --config, HBASE_COMPAT_CONF, or ./hbase-compat-server.conf
 * when present), the environment and the command-line flags. A bad value stops the process with a
 * message naming the key and where it came from.
 */
export function readServerConfig(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const files = { exists: existsSync, read: (path: string) => readFileSync(path, 'utf8') };
  return loadServerConfig(configSources(argv, env, files, 'hbase-compat-server.conf'));
}
