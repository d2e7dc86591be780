export * from './gateway';
export * from './cluster/cluster-view';
export * from './catalog/table-catalog';
export * from './meta/meta-table';
export * from './rpc/service-registry';
export * from './metrics';
