import { decodeParam, type MethodResult } from '../rpc/service-registry';
import { hbaseError, pb, toLong, toStringBinary } from '@hbase-compat/hbase-codec';
import type { Region } from '@hbase-compat/region-mapping';
import { META_REGION, type RegionRef, type TableCatalog } from '../catalog/table-catalog';
import type { ClusterView } from '../cluster/cluster-view';
import type { ServiceDefinition } from '../rpc/service-registry';
import { regionInfoPb } from '../meta/meta-table';
import { serverNamePb } from './client-meta-service';
import { regionLoadPb, regionsHostedBy } from './cluster-status';
import { tableNameFromPb } from './descriptor-convert';

/**
 * AdminService: the region-server calls Admin uses to inspect a server and ask it for
 * maintenance (RSRpcServices). Compactions and flushes have no files to rewrite here; they cut
 * stored rows down to what HBase's flush or major compaction keeps where the engine offers it
 * (TableCatalog.compact), and are otherwise accepted with nothing to do, as HBase accepts them.
 */
const encode = <T>(type: { encode(m: T): { finish(): Uint8Array } }, m: T): MethodResult => ({ message: type.encode(m).finish() });

export function createAdminService(cluster: ClusterView, catalog: TableCatalog): ServiceDefinition {
  /** One compaction per table and kind at a time: Admin.compact(table) asks every region. */
  const running = new Map<string, Promise<void>>();

  function compactOnce(ref: RegionRef, major: boolean): Promise<void> {
    const key = `${ref.table.descriptor.name.namespace}:${ref.table.descriptor.name.qualifier}:${major}`;
    let run = running.get(key);
    if (run === undefined) {
      run = catalog.compact(ref.table, major).finally(() => running.delete(key));
      running.set(key, run);
    }
    return run;
  }

  /** RSRpcServices.getRegion: a region this cluster serves, or NotServingRegionException. */
  function onlineRegion(spec: { value?: Uint8Array | null } | null | undefined): RegionRef {
    const name = Buffer.from(spec?.value ?? []);
    const ref = catalog.regionByName(name);
    if (ref === undefined || ref.table.descriptor.state !== 'ENABLED')
      throw hbaseError('NotServingRegionException', `Region ${name.toString('latin1')} is not online`);
    return ref;
  }

  /** HStore lookup of RSRpcServices.compactRegion/flushRegion: the named family must exist. */
  function checkFamily(ref: RegionRef, family: Uint8Array | null | undefined): void {
    if (family === undefined || family === null || family.length === 0) return; // an unset optional bytes field decodes empty
    const f = Buffer.from(family);
    if (!ref.table.descriptor.families.some((d) => d.name.equals(f))) {
      throw hbaseError('NoSuchColumnFamilyException', `column family ${toStringBinary(f)} does not exist in region ${toStringBinary(ref.region.name)}`);
    }
  }

  return {
    name: 'AdminService',
    methods: {
      GetRegionInfo: (_ctx, param) => {
        const req = decodeParam(pb.GetRegionInfoRequest, param);
        const name = Buffer.from(req.region?.value ?? []);
        const region: Region | undefined = name.equals(META_REGION.name) ? META_REGION : catalog.regionByName(name)?.region;
        if (region === undefined) throw hbaseError('NotServingRegionException', `Region ${name.toString('latin1')} is not online`);
        return encode(pb.GetRegionInfoResponse, { regionInfo: regionInfoPb(region) });
      },
      GetOnlineRegion: () => encode(pb.GetOnlineRegionResponse, { regionInfo: regionsHostedBy(catalog, cluster.self).map((h) => regionInfoPb(h.region)) }),
      GetServerInfo: () => encode(pb.GetServerInfoResponse, { serverInfo: { serverName: serverNamePb(cluster.self), webuiPort: 0 } }),

      CompactRegion: async (_ctx, param) => {
        const req = decodeParam(pb.CompactRegionRequest, param);
        const ref = onlineRegion(req.region);
        checkFamily(ref, req.family);
        await compactOnce(ref, req.major === true);
        return encode(pb.CompactRegionResponse, {});
      },
      FlushRegion: async (_ctx, param) => {
        const req = decodeParam(pb.FlushRegionRequest, param);
        const ref = onlineRegion(req.region);
        checkFamily(ref, req.family);
        await compactOnce(ref, false);
        return encode(pb.FlushRegionResponse, { lastFlushTime: toLong(BigInt(Date.now()), true), flushed: true });
      },
      // Compactions are never queued here, so the switch only remembers what it was told (RSRpcServices answers the previous state).
      CompactionSwitch: (() => {
        let enabled = true;
        return (_ctx, param) => {
          const prevState = enabled;
          enabled = decodeParam(pb.CompactionSwitchRequest, param).enabled === true;
          return encode(pb.CompactionSwitchResponse, { prevState });
        };
      })(),
      // Admin.getRegionMetrics(server[, table]): the RegionLoad of each region this server hosts.
      GetRegionLoad: (_ctx, param) => {
        const req = decodeParam(pb.GetRegionLoadRequest, param);
        const table = req.tableName ? catalog.find(tableNameFromPb(req.tableName)) : undefined;
        if (req.tableName && table === undefined) return encode(pb.GetRegionLoadResponse, { regionLoads: [] });
        const hosted = regionsHostedBy(catalog, cluster.self, table);
        return encode(pb.GetRegionLoadResponse, { regionLoads: hosted.map((h) => regionLoadPb(catalog, h.region, h.table)) });
      },
    },
  };
}
