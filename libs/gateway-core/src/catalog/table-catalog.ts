import { hbaseError } from '@hbase-compat/hbase-codec';
import {
  type Region,
  type TableName,
  META_TABLE,
  assignRegion,
  assignTableRegions,
  findRegionForRow,
  makeRegion,
  regionsFromSplitKeys,
  tableNameToString,
  type ServerName,
} from '@hbase-compat/region-mapping';
import { type FamilyDescriptor, type StorageEngine, type TableDescriptor, bytesKey } from '@hbase-compat/storage';
import type { ClusterView } from '../cluster/cluster-view';

/**
 * In-memory view of the durable catalog: tables, their regions, and which server each region is
 * assigned to. Every lookup on the request path is a Map hit; the view is rebuilt from the store
 * when a table changes (here, or, in cluster mode, when ZooKeeper says another node changed it).
 */
export interface OpenTable {
  descriptor: TableDescriptor;
  regions: Region[];
  families: Map<string, FamilyDescriptor>;
  /** The table's DURABILITY is FSYNC_WAL: its USE_DEFAULT writes wait for the disk (writeOptionsFor). */
  fsyncByDefault: boolean;
}

export interface RegionRef {
  table: OpenTable;
  region: Region;
}

export const META_REGION: Region = makeRegion(META_TABLE, Buffer.alloc(0), Buffer.alloc(0), 1);

export class TableCatalog {
  private tables = new Map<string, OpenTable>();
  private regionsByName = new Map<string, RegionRef>();
  private generation = 0;
  private readonly listeners = new Set<() => void>();
  /** Per table: region → owner, for the current membership (cleared when either changes). */
  private assignments = new Map<OpenTable, Map<string, ServerName>>();
  /** Read and write requests served per region (by encoded name), for RegionLoad; reset when the table is recreated. */
  private readonly requests = new Map<string, { reads: number; writes: number }>();

  constructor(
    private readonly storage: StorageEngine,
    private readonly cluster: ClusterView,
  ) {
    cluster.onChange(() => (this.assignments = new Map()));
  }

  async load(): Promise<void> {
    const descriptors = await this.storage.catalog.listTables();
    const tables = new Map<string, OpenTable>();
    const byName = new Map<string, RegionRef>();
    for (const d of descriptors) {
      const open = openTable(d);
      tables.set(tableNameToString(d.name), open);
      for (const r of open.regions) byName.set(bytesKey(r.name), { table: open, region: r });
    }
    this.tables = tables;
    this.regionsByName = byName;
    this.assignments = new Map();
    this.generation++;
    for (const l of this.listeners) l();
  }

  get version(): number {
    return this.generation;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  list(): OpenTable[] {
    return [...this.tables.values()].sort((a, b) => compareTableNames(a.descriptor.name, b.descriptor.name));
  }

  find(name: TableName): OpenTable | undefined {
    return this.tables.get(tableNameToString(name));
  }

  require(name: TableName): OpenTable {
    const t = this.find(name);
    if (t === undefined) throw hbaseError('TableNotFoundException', tableNameToString(name));
    return t;
  }

  regionByName(name: Buffer): RegionRef | undefined {
    return this.regionsByName.get(bytesKey(name));
  }

  regionForRow(table: OpenTable, row: Buffer): Region {
    return findRegionForRow(table.regions, row);
  }

  /** Counts requests against a region (RegionMetrics read/write request counts, as HRegion counts them). */
  countRequests(region: Region, reads: number, writes: number): void {
    const c = this.requests.get(region.encodedName);
    if (c === undefined) this.requests.set(region.encodedName, { reads, writes });
    else {
      c.reads += reads;
      c.writes += writes;
    }
  }

  requestCounts(region: Region): { reads: number; writes: number } {
    return this.requests.get(region.encodedName) ?? { reads: 0, writes: 0 };
  }

  /**
   * Admin.flush / compact / majorCompact: the engine cuts stored rows down to what a flush or major
   * compaction keeps (DataPort.compact); acknowledged writes are durable already.
   */
  compact(table: OpenTable, major: boolean): Promise<void> {
    return this.storage.data.compact(table.descriptor, { major });
  }

  ownerOf(region: Region): ServerName {
    const ref = this.regionsByName.get(bytesKey(region.name));
    if (ref === undefined) return assignRegion(region, this.cluster.liveServers) ?? this.cluster.self;
    let map = this.assignments.get(ref.table);
    if (map === undefined) {
      map = assignTableRegions(ref.table.regions, this.cluster.liveServers);
      this.assignments.set(ref.table, map);
    }
    return map.get(region.encodedName) ?? this.cluster.self;
  }
}

export function openTable(descriptor: TableDescriptor): OpenTable {
  return {
    descriptor,
    regions: regionsFromSplitKeys(descriptor.name, descriptor.splitKeys, descriptor.regionId),
    families: new Map(descriptor.families.map((f) => [bytesKey(f.name), f])),
    fsyncByDefault: descriptor.attributes.some((a) => a.first.toString('utf8') === 'DURABILITY' && a.second.toString('utf8') === 'FSYNC_WAL'),
  };
}

export function compareTableNames(a: TableName, b: TableName): number {
  return a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : a.qualifier < b.qualifier ? -1 : a.qualifier > b.qualifier ? 1 : 0;
}
