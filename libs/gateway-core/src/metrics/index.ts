export { GatewayMetrics, type GatewayMetricsSource, REGION_SERIES_LIMIT, shortClassName } from './gateway-metrics';
export { OTHER_REGIONS, RegionRequestTopN, type RegionCounts } from './region-requests';
export {
  type FlussRequestListener,
  type IndexLagSample,
  type ZooKeeperMetricsSource,
  registerFlussMetrics,
  registerIndexLagMetrics,
  registerZooKeeperMetrics,
} from './node-metrics';
