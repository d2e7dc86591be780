import { type Cell, hbaseError, has, toBigInt, hbase } from '@hbase-compat/hbase-codec';
import { tableNameToString } from '@hbase-compat/region-mapping';
import { ALL_TIME, type ReadQuery, type TimeRange, bytesKey } from '@hbase-compat/storage';
import type { OpenTable } from '../catalog/table-catalog';

/** Get/Scan protobuf fields → the engine-neutral ReadQuery (columns, time range, versions). */
export function buildReadQuery(
  table: OpenTable | undefined,
  columns: hbase.pb.IColumn[] | null | undefined,
  timeRange: hbase.pb.ITimeRange | null | undefined,
  maxVersions: number | null | undefined,
  now: number,
): ReadQuery {
  let map: Map<string, Set<string> | null> | undefined;
  if (columns && columns.length > 0) {
    map = new Map();
    for (const c of columns) {
      const family = Buffer.from(c.family ?? []);
      const key = bytesKey(family);
      if (table !== undefined && !table.families.has(key)) {
        throw hbaseError('NoSuchColumnFamilyException', `Column family ${family.toString('utf8')} does not exist in region of table ${tableNameToString(table.descriptor.name)}`);
      }
      const qualifiers = c.qualifier ?? [];
      if (qualifiers.length === 0) {
        map.set(key, null);
      } else {
        const existing = map.get(key);
        if (existing === null) continue;
        const set = existing ?? new Set<string>();
        for (const q of qualifiers) set.add(bytesKey(Buffer.from(q)));
        map.set(key, set);
      }
    }
  }
  return { columns: map, timeRange: toTimeRange(timeRange), maxVersions: maxVersions ?? 1, now };
}

export function toTimeRange(tr: hbase.pb.ITimeRange | null | undefined): TimeRange {
  if (!tr) return ALL_TIME;
  const from = has(tr, 'from') ? toBigInt(tr.from) : ALL_TIME.from;
  const to = has(tr, 'to') ? toBigInt(tr.to) : ALL_TIME.to;
  return { from, to };
}

export function cellsSize(cells: readonly Cell[]): number {
  let n = 0;
  for (const c of cells) n += c.row.length + c.family.length + c.qualifier.length + c.value.length + 20;
  return n;
}
