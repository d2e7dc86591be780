import { pb } from '@hbase-compat/hbase-codec';
import { decodeParam, type ServiceDefinition } from '../rpc/service-registry';
import { buildClusterStatus } from './cluster-status';
import { encode, MasterContext, type MasterServiceDeps } from './master-context';
import { tableListingMethods } from './master-listing';
import { namespaceMethods } from './master-namespaces';
import { procedureMethods } from './master-procedures';
import { switchMethods } from './master-switches';
import { columnDdlMethods, tableDdlMethods } from './master-tables';
import { guardMasterService } from '../security';

export type { MasterServiceDeps } from './master-context';
export { defaultSplits } from './master-tables';
export { javaRegexToJs } from './master-listing';

/**
 * MasterService, assembled from one file per concern: table and column DDL (master-tables),
 * descriptor and name listings (master-listing), namespaces (master-namespaces), procedures
 * (master-procedures) and switches (master-switches), sharing the DDL queue in master-context.
 */
export function createMasterService(deps: MasterServiceDeps): ServiceDefinition {
  const ctx = new MasterContext(deps);
  const service: ServiceDefinition = {
    name: 'MasterService',
    methods: {
      IsMasterRunning: () => encode(pb.IsMasterRunningResponse, { isMasterRunning: true }),
      GetClusterStatus: (_call, param) => {
        const options = decodeParam(pb.GetClusterStatusRequest, param).options ?? [];
        return encode(pb.GetClusterStatusResponse, {
          clusterStatus: buildClusterStatus(
            { catalog: deps.catalog, cluster: deps.cluster, version: deps.version, balancerOn: ctx.switches.balancer },
            options,
          ),
        });
      },
      ...tableDdlMethods(ctx),
      ...columnDdlMethods(ctx),
      ...tableListingMethods(ctx),
      ...namespaceMethods(ctx),
      ...procedureMethods(ctx),
      ...switchMethods(ctx.switches),
    },
  };
  // ACL: with hbase.security.authorization, the AccessController's checks and the Grant/Revoke RPCs (security/).
  return deps.acl ? guardMasterService(service, deps.acl, deps.catalog) : service;
}
