export {
  decodeClusterId,
  decodeMaster,
  decodeMetaRegionServer,
  encodeClusterId,
  encodeClusterUp,
  encodeMaster,
  encodeMetaRegionServer,
  encodeRegionServerInfo,
  pbufPayload,
  serverNameFromPb,
  serverNameToPb,
  stripMetadata,
  versionInfo,
  withMetadata,
} from './znode-format';
export { ZkError, ZkSession } from './zk-session';
export type { Watcher } from './zk-session';
export { HBaseZkRegistration } from './registration';
export type { MembershipView, RegistrationOptions } from './registration';
