import { decodeParam } from '../rpc/service-registry';
import { hbaseError, pb } from '@hbase-compat/hbase-codec';
import { META_REGION, type TableCatalog } from '../catalog/table-catalog';
import type { ClusterView } from '../cluster/cluster-view';
import type { ServiceDefinition } from '../rpc/service-registry';
import { regionInfoPb } from '../meta/meta-table';
import { serverNamePb } from './client-meta-service';

/** AdminService: the region-server calls Admin uses to inspect a server. */
export function createAdminService(cluster: ClusterView, catalog: TableCatalog): ServiceDefinition {
  const ownedRegions = () => {
    const self = cluster.self;
    const mine = [];
    for (const t of catalog.list()) for (const r of t.regions) {
      const o = catalog.ownerOf(r);
      if (o.host === self.host && o.port === self.port) mine.push(r);
    }
    return mine;
  };
  return {
    name: 'AdminService',
    methods: {
      GetRegionInfo: (_ctx, param) => {
        const req = decodeParam(pb.GetRegionInfoRequest, param);
        const name = Buffer.from(req.region?.value ?? []);
        const region = name.equals(META_REGION.name) ? META_REGION : catalog.regionByName(name)?.region;
        if (region === undefined) throw hbaseError('NotServingRegionException', `Region ${name.toString('latin1')} is not online`);
        return { message: pb.GetRegionInfoResponse.encode({ regionInfo: regionInfoPb(region) }).finish() };
      },
      GetOnlineRegion: () => ({ message: pb.GetOnlineRegionResponse.encode({ regionInfo: ownedRegions().map(regionInfoPb) }).finish() }),
      GetServerInfo: () => ({
        message: pb.GetServerInfoResponse.encode({ serverInfo: { serverName: serverNamePb(cluster.self), webuiPort: 0 } }).finish(),
      }),
    },
  };
}
