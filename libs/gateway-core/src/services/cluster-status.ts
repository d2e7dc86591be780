import { hbase, toLong } from '@hbase-compat/hbase-codec';
import { type Region, type ServerName, sameServer } from '@hbase-compat/region-mapping';
import { META_REGION, type OpenTable, type TableCatalog } from '../catalog/table-catalog';
import type { ClusterView } from '../cluster/cluster-view';
import { tableNameToPb } from './descriptor-convert';
import { serverNamePb } from './client-meta-service';

/**
 * ClusterStatus as HMaster.getClusterMetricsWithoutCoprocessor builds it: only the parts the
 * caller asked for (no options means all of them), each live server with the RegionLoad of every
 * region it hosts (ServerMetrics.getRegionMetrics), the balancer state, per-table region counts.
 */
export const Option = hbase.pb.Option;

const ALL_OPTIONS = Object.values(Option).filter((v): v is number => typeof v === 'number');

export interface ClusterStatusInputs {
  catalog: TableCatalog;
  cluster: ClusterView;
  version: string;
  balancerOn: boolean;
}

/** The regions a server hosts: hbase:meta where it is assigned, and every table region it owns. */
/** Host and port decide (start codes of the same process agree anyway; the old ownedRegions compared these two). */
const hostedOn = (a: ServerName, b: ServerName) => a.host === b.host && a.port === b.port;

export function regionsHostedBy(catalog: TableCatalog, server: ServerName, table?: OpenTable): { region: Region; table: OpenTable | undefined }[] {
  const out: { region: Region; table: OpenTable | undefined }[] = [];
  if (table === undefined && hostedOn(catalog.ownerOf(META_REGION), server)) out.push({ region: META_REGION, table: undefined });
  for (const t of table ? [table] : catalog.list()) {
    if (t.descriptor.state !== 'ENABLED') continue; // a disabled table's regions are closed: no server reports them
    for (const r of t.regions) if (hostedOn(catalog.ownerOf(r), server)) out.push({ region: r, table: t });
  }
  return out;
}

/** RegionLoad of one region: one store per family (HRegion opens an HStore per family), request counts as counted. */
export function regionLoadPb(catalog: TableCatalog, region: Region, table: OpenTable | undefined): hbase.pb.IRegionLoad {
  const counts = catalog.requestCounts(region);
  return {
    regionSpecifier: { type: hbase.pb.RegionSpecifier.RegionSpecifierType.REGION_NAME, value: region.name },
    stores: table ? table.descriptor.families.length : META_FAMILY_COUNT,
    storefiles: 0,
    readRequestsCount: toLong(BigInt(counts.reads), true),
    writeRequestsCount: toLong(BigInt(counts.writes), true),
    filteredReadRequestsCount: toLong(0n, true),
    completeSequenceId: toLong(0n, true),
    dataLocality: 1,
    lastMajorCompactionTs: toLong(0n, true),
    compactionState: hbase.pb.RegionLoad.CompactionState.NONE,
  };
}

/** hbase:meta's families in 2.6: info, rep_barrier, table. */
const META_FAMILY_COUNT = 3;

export function buildClusterStatus(inputs: ClusterStatusInputs, requested: readonly number[]): hbase.pb.IClusterStatus {
  const { catalog, cluster } = inputs;
  const want = new Set(requested.length > 0 ? requested : ALL_OPTIONS);
  const status: hbase.pb.IClusterStatus = {};
  if (want.has(Option.HBASE_VERSION)) status.hbaseVersion = { version: inputs.version };
  if (want.has(Option.CLUSTER_ID)) status.clusterId = { clusterId: cluster.clusterId };
  if (want.has(Option.LIVE_SERVERS)) status.liveServers = cluster.liveServers.map((s) => ({ server: serverNamePb(s), serverLoad: serverLoadPb(catalog, s) }));
  if (want.has(Option.MASTER)) status.master = serverNamePb(cluster.activeMaster);
  if (want.has(Option.BACKUP_MASTERS)) status.backupMasters = cluster.liveServers.filter((s) => !sameServer(s, cluster.activeMaster)).map(serverNamePb);
  if (want.has(Option.BALANCER_ON)) status.balancerOn = inputs.balancerOn;
  // Admin.getRegionServers() (2.5+) asks for SERVERS_NAME and reads only this list.
  if (want.has(Option.SERVERS_NAME)) status.serversName = cluster.liveServers.map(serverNamePb);
  // Per-table region counts: the shell's `alter` polls them for its progress line.
  if (want.has(Option.TABLE_TO_REGIONS_COUNT)) status.tableRegionStatesCount = catalog.list().map(tableRegionStates);
  return status;
}

function serverLoadPb(catalog: TableCatalog, server: ServerName): hbase.pb.IServerLoad {
  const hosted = regionsHostedBy(catalog, server);
  const loads = hosted.map((h) => regionLoadPb(catalog, h.region, h.table));
  let total = 0;
  for (const h of hosted) {
    const c = catalog.requestCounts(h.region);
    total += c.reads + c.writes;
  }
  return { numberOfRequests: toLong(0n, true), totalNumberOfRequests: toLong(BigInt(total), true), regionLoads: loads };
}

function tableRegionStates(t: OpenTable): hbase.pb.ITableRegionStatesCount {
  const open = t.descriptor.state === 'ENABLED' ? t.regions.length : 0;
  return {
    tableName: tableNameToPb(t.descriptor.name),
    regionStatesCount: { openRegions: open, splitRegions: 0, closedRegions: t.regions.length - open, regionsInTransition: 0, totalRegions: t.regions.length },
  };
}
