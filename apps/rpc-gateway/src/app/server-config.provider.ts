import { existsSync, readFileSync } from 'node:fs';
import { ConfigError, type ServerConfig, configFilePath, loadServerConfig } from '@hbase-compat/server-config';

export const SERVER_CONFIG = Symbol('SERVER_CONFIG');

/**
 * Reads hbase-compat-server.conf (from --config, HBASE_COMPAT_CONF, or ./hbase-compat-server.conf
 * when present), the environment and the command-line flags. A bad value stops the process with a
 * message naming the key and where it came from.
 */
export function readServerConfig(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const explicit = configFilePath(argv, env);
  const path = explicit ?? (existsSync('hbase-compat-server.conf') ? 'hbase-compat-server.conf' : undefined);
  if (explicit !== undefined && !existsSync(explicit)) throw new ConfigError(`configuration file ${explicit} does not exist`);
  const confFile = path ? { text: readFileSync(path, 'utf8'), path } : undefined;
  return loadServerConfig({ confFile, env, argv });
}
