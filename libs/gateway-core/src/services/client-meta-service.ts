import { pb, toLong } from '@hbase-compat/hbase-codec';
import type { ServerName } from '@hbase-compat/region-mapping';
import { META_REGION, type TableCatalog } from '../catalog/table-catalog';
import type { ClusterView } from '../cluster/cluster-view';
import type { ServiceDefinition } from '../rpc/service-registry';
import { regionInfoPb } from '../meta/meta-table';

/** ClientMetaService: what RpcConnectionRegistry asks any node (hbase.client.bootstrap.servers). */
const BOOTSTRAP_NODE_LIMIT = 10;

export function serverNamePb(s: ServerName) {
  return { hostName: s.host, port: s.port, startCode: toLong(BigInt(s.startCode), true) };
}

export function createClientMetaService(cluster: ClusterView, catalog: TableCatalog): ServiceDefinition {
  return {
    name: 'ClientMetaService',
    methods: {
      GetClusterId: () => ({ message: pb.GetClusterIdResponse.encode({ clusterId: cluster.clusterId }).finish() }),
      GetActiveMaster: () => ({ message: pb.GetActiveMasterResponse.encode({ serverName: serverNamePb(cluster.activeMaster) }).finish() }),
      GetMasters: () => ({
        message: pb.GetMastersResponse.encode({ masterServers: [{ serverName: serverNamePb(cluster.activeMaster), isActive: true }] }).finish(),
      }),
      GetMetaRegionLocations: () => ({
        message: pb.GetMetaRegionLocationsResponse.encode({
          metaLocations: [{ regionInfo: regionInfoPb(META_REGION), serverName: serverNamePb(catalog.ownerOf(META_REGION)), seqNum: toLong(0n) }],
        }).finish(),
      }),
      GetBootstrapNodes: () => ({
        message: pb.GetBootstrapNodesResponse.encode({ serverName: cluster.liveServers.slice(0, BOOTSTRAP_NODE_LIMIT).map(serverNamePb) }).finish(),
      }),
    },
  };
}
