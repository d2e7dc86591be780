export { NodeAdminClient, NodeAdminService, startNodeAdminServer } from './node-admin';
export type { DrainResponse, ListTablesResponse, MetricsText, NodeAdminHandlers, NodeStatus } from './node-admin';
export { nodeAdminClientCredentials, nodeAdminServerCredentials } from './node-admin-tls';
