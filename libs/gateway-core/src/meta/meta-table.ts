import { type Cell, CellType, pb, toLong } from '@hbase-compat/hbase-codec';
import { type Region, compareMetaRows, tableNameToString, type ServerName } from '@hbase-compat/region-mapping';
import type { ClusterView } from '../cluster/cluster-view';
import type { TableCatalog } from '../catalog/table-catalog';

/**
 * hbase:meta, computed from the catalog and the region assignment (never stored). Rows:
 *   <table>                       table:state = TableState (no PBUF prefix)
 *   <region name>                 info:regioninfo = "PBUF" + RegionInfo, info:seqnumDuringOpen,
 *                                 info:server "host:port", info:serverstartcode, info:sn, info:state
 * ordered by MetaCellComparator, cells by qualifier. Rebuilt lazily after catalog or membership
 * changes, so every node that sees the same membership answers byte-identically.
 */
export interface MetaRow {
  row: Buffer;
  cells: Cell[];
}

const PBUF = Buffer.from('PBUF', 'latin1');
const INFO = Buffer.from('info');
const TABLE = Buffer.from('table');
const q = (s: string) => Buffer.from(s, 'latin1');
const QUALIFIERS = {
  regioninfo: q('regioninfo'),
  seqnumDuringOpen: q('seqnumDuringOpen'),
  server: q('server'),
  serverstartcode: q('serverstartcode'),
  sn: q('sn'),
  state: q('state'),
};
const TABLE_STATE: Record<string, number> = { ENABLED: 0, DISABLED: 1, DISABLING: 2, ENABLING: 3 };
/** Sequence id reported for open regions; any positive value satisfies clients. */
const OPEN_SEQ_NUM = 2n;

export function regionInfoPb(region: Region): ReturnType<typeof pb.RegionInfo.create> {
  return pb.RegionInfo.create({
    regionId: toLong(BigInt(region.regionId), true),
    tableName: { namespace: Buffer.from(region.table.namespace), qualifier: Buffer.from(region.table.qualifier) },
    startKey: region.startKey,
    endKey: region.endKey,
    offline: false,
    split: false,
    replicaId: region.replicaId,
  });
}

export function regionInfoBytes(region: Region): Buffer {
  return Buffer.concat([PBUF, pb.RegionInfo.encode(regionInfoPb(region)).finish()]);
}

function int64(v: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigInt64BE(BigInt(v));
  return b;
}

export class MetaTable {
  private cached: MetaRow[] | undefined;

  constructor(
    private readonly catalog: TableCatalog,
    cluster: ClusterView,
  ) {
    const invalidate = () => (this.cached = undefined);
    catalog.onChange(invalidate);
    cluster.onChange(invalidate);
  }

  rows(): MetaRow[] {
    if (this.cached === undefined) this.cached = this.build();
    return this.cached;
  }

  private build(): MetaRow[] {
    const rows: MetaRow[] = [];
    for (const table of this.catalog.list()) {
      const d = table.descriptor;
      const ts = BigInt(d.regionId);
      const stateRow = Buffer.from(tableNameToString(d.name), 'utf8');
      const state = Buffer.from(pb.TableState.encode({ state: TABLE_STATE[d.state] }).finish());
      rows.push({ row: stateRow, cells: [cell(stateRow, TABLE, QUALIFIERS.state, ts, state)] });
      const open = d.state === 'ENABLED' || d.state === 'DISABLING';
      for (const region of table.regions) {
        const owner = this.catalog.ownerOf(region);
        rows.push({ row: region.name, cells: regionCells(region, owner, open, ts) });
      }
    }
    rows.sort((a, b) => compareMetaRows(a.row, b.row));
    return rows;
  }
}

function regionCells(region: Region, owner: ServerName, open: boolean, ts: bigint): Cell[] {
  const row = region.name;
  const cells = [cell(row, INFO, QUALIFIERS.regioninfo, ts, regionInfoBytes(region))];
  // A closed region (disabled table) keeps its last location, as HBase's meta does: clients then ask
  // that server, get NotServingRegionException, look at the table state and report it disabled.
  cells.push(cell(row, INFO, QUALIFIERS.seqnumDuringOpen, ts, Buffer.from(int64(Number(OPEN_SEQ_NUM)))));
  cells.push(cell(row, INFO, QUALIFIERS.server, ts, Buffer.from(`${owner.host}:${owner.port}`)));
  cells.push(cell(row, INFO, QUALIFIERS.serverstartcode, ts, int64(owner.startCode)));
  cells.push(cell(row, INFO, QUALIFIERS.sn, ts, Buffer.from(`${owner.host},${owner.port},${owner.startCode}`)));
  cells.push(cell(row, INFO, QUALIFIERS.state, ts, Buffer.from(open ? 'OPEN' : 'CLOSED')));
  return cells;
}

function cell(row: Buffer, family: Buffer, qualifier: Buffer, timestamp: bigint, value: Buffer): Cell {
  return { row, family, qualifier, timestamp, type: CellType.Put, value };
}
