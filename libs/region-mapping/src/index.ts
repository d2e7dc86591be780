export {
  DEFAULT_NAMESPACE,
  META_TABLE,
  SYSTEM_NAMESPACE,
  invalidTableNameReason,
  isMetaTable,
  isValidNamespaceName,
  parseTableName,
  tableNameToString,
} from './table-name';
export type { TableName } from './table-name';
export { META_REGION_ENCODED_NAME, findRegionForRow, makeRegion, regionContainsRow, regionsFromSplitKeys } from './region';
export type { Region } from './region';
export { parseServerName, sameServer, serverNameToString } from './server-name';
export type { ServerName } from './server-name';
export { assignRegion, assignTableRegions } from './assignment';
export { compareMetaRows } from './meta-row-order';
