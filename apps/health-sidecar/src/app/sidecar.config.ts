import { existsSync, readFileSync } from 'node:fs';
import { type SidecarConfig, configSources, loadSidecarConfig } from '@hbase-compat/server-config';

export type { SidecarConfig } from '@hbase-compat/server-config';

export const SIDECAR_CONFIG = Symbol('SIDECAR_CONFIG');

/**
 * The sidecar's settings (keys in server-config's SIDECAR_CONFIG_KEYS) from --config,
 * HBASE_COMPAT_CONF or ./hbase-compat-sidecar.conf, the environment and --key=value flags.
 */
export function readSidecarConfig(argv: readonly string[], env: NodeJS.ProcessEnv): SidecarConfig {
  const files = { exists: existsSync, read: (path: string) => readFileSync(path, 'utf8') };
  return loadSidecarConfig(configSources(argv, env, files, 'hbase-compat-sidecar.conf'));
}
