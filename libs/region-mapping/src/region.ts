import { createHash } from 'node:crypto';
import { type TableName, tableNameToString, isMetaTable } from './table-name';

/**
 * Virtual regions: a table's key space cut at its split keys. Region names are byte-exact with
 * RegionInfo.createRegionName (the client recomputes them from RegionInfo and sends them back):
 *
 *   name    = table "," startKey "," regionId ["_" replicaId %04X] "." md5hex "."
 *   md5hex  = lower-case hex MD5 of everything before the first "."
 *
 * hbase:meta keeps its old-style name `hbase:meta,,1` with encoded name 1588230740.
 */
export interface Region {
  table: TableName;
  startKey: Buffer;
  /** Empty means "to the end of the table". */
  endKey: Buffer;
  regionId: number;
  replicaId: number;
  /** Full region name bytes, as RegionSpecifier.value carries it. */
  name: Buffer;
  /** The md5 part (or the meta's 1588230740). */
  encodedName: string;
}

export const META_REGION_ENCODED_NAME = '1588230740';

export function makeRegion(table: TableName, startKey: Buffer, endKey: Buffer, regionId: number, replicaId = 0): Region {
  if (isMetaTable(table)) {
    const name = Buffer.from(`${tableNameToString(table)},,1`, 'latin1');
    return { table, startKey, endKey, regionId: 1, replicaId: 0, name, encodedName: META_REGION_ENCODED_NAME };
  }
  const replica = replicaId > 0 ? `_${replicaId.toString(16).toUpperCase().padStart(4, '0')}` : '';
  const head = Buffer.concat([Buffer.from(`${tableNameToString(table)},`, 'utf8'), startKey, Buffer.from(`,${regionId}${replica}`, 'latin1')]);
  const encodedName = createHash('md5').update(head).digest('hex');
  const name = Buffer.concat([head, Buffer.from(`.${encodedName}.`, 'latin1')]);
  return { table, startKey, endKey, regionId, replicaId, name, encodedName };
}

/** Regions from split keys (sorted, de-duplicated, empty keys dropped, as HBase's createTable does). */
export function regionsFromSplitKeys(table: TableName, splitKeys: readonly Buffer[], regionId: number): Region[] {
  const splits = [...splitKeys].filter((k) => k.length > 0).sort(Buffer.compare);
  const unique = splits.filter((k, i) => i === 0 || !k.equals(splits[i - 1]));
  const bounds = [Buffer.alloc(0), ...unique, Buffer.alloc(0)];
  const regions: Region[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) regions.push(makeRegion(table, bounds[i], bounds[i + 1], regionId));
  return regions;
}

export function regionContainsRow(region: Region, row: Buffer): boolean {
  return Buffer.compare(row, region.startKey) >= 0 && (region.endKey.length === 0 || Buffer.compare(row, region.endKey) < 0);
}

/** The region holding `row`; regions must be sorted by start key and cover the key space. */
export function findRegionForRow(regions: readonly Region[], row: Buffer): Region {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (Buffer.compare(regions[mid].startKey, row) <= 0) lo = mid;
    else hi = mid - 1;
  }
  return regions[lo];
}
