export { GATEWAY_HBASE_VERSION, HBaseGateway } from './gateway';
export type { GatewayLogger, GatewayOptions, GatewayState } from './gateway';
export { ClusterView } from './cluster/cluster-view';
export { META_REGION, TableCatalog, compareTableNames, openTable } from './catalog/table-catalog';
export type { OpenTable, RegionRef } from './catalog/table-catalog';
export { MetaTable, regionInfoBytes, regionInfoPb } from './meta/meta-table';
export type { MetaRow } from './meta/meta-table';
export { ServiceRegistry, decodeParam } from './rpc/service-registry';
export type { CallContext, ErrorMapper, MethodHandler, MethodResult, ServiceDefinition } from './rpc/service-registry';
export {
  GatewayMetrics,
  OTHER_REGIONS,
  REGION_SERIES_LIMIT,
  RegionRequestTopN,
  registerFlussMetrics,
  registerIndexLagMetrics,
  registerZooKeeperMetrics,
  shortClassName,
} from './metrics';
export type { FlussRequestListener, GatewayMetricsSource, IndexLagSample, RegionCounts, ZooKeeperMetricsSource } from './metrics';
