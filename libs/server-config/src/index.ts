export { ConfigError, configFilePath, configSources, envNameFor, loadSettings, parseConfFile, parseFlags } from './settings';
export type { ConfigFiles, ConfigSources, KeySpec, KeyTable, Kind, LoadedSettings, Value } from './settings';
export { CONFIG_KEYS, loadServerConfig } from './server-config';
export type { ConfigKey, RpcLimits, ScannerLimits, ServerConfig } from './server-config';
export { ADMIN_CONFIG_KEYS, SIDECAR_CONFIG_KEYS, loadAdminConfig, loadSidecarConfig } from './app-configs';
export type { AdminConfig, SidecarConfig } from './app-configs';
export {
  NODEADMIN_CLIENT_TLS_KEYS,
  NODEADMIN_TLS_KEYS,
  RPC_TLS_KEYS,
  loadNodeAdminClientTls,
  loadRpcTlsConfig,
  parseBoolean,
  readTlsStores,
  storeRef,
} from './tls-config';
export type { ClientAuthMode, ClientIdentity, NodeAdminClientTls, RpcTlsConfig, StoreRef, StoreType, TlsMaterial } from './tls-config';
export { FLUSS_SECURITY_KEYS, loadFlussSasl } from './fluss-security-config';
export type { FlussSaslConfig } from './fluss-security-config';
