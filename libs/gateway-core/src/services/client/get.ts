import { type Cell, hbaseError, pb, type hbase } from '@hbase-compat/hbase-codec';
import { readVisible } from '@hbase-compat/storage';
import type { OpenTable } from '../../catalog/table-catalog';
import { decodeParam, type CallContext, type MethodResult } from '../../rpc/service-registry';
import { decodeFilter, loadsOnDemand, type RowFilter } from '../../scan/filters';
import { applyStoreLimits, buildReadQuery, trimVersions, widenForFilter } from '../../scan/read-query';
import { projectMetaCells } from '../../scan/row-sources';
import { encodeResult, existenceResult, type ResultOut } from '../results';
import { type ClientEnv, type Target, checkRowInRegion, resolveRegion } from './env';

/** ClientService.Get: one row of a table region or of hbase:meta. */
export function getMethod(env: ClientEnv) {
  return async (ctx: CallContext, param: Buffer): Promise<MethodResult> => {
    const req = decodeParam(pb.GetRequest, param);
    const target = resolveRegion(env, req.region);
    const g = req.get ?? {};
    const out = getResult(ctx, g, await doGet(env, target, g, ctx.user));
    return { message: pb.GetResponse.encode({ result: out.result }).finish(), cells: out.cells };
  };
}

/** Reads one Get (also a Multi action) on the named region. */
export async function doGet(env: ClientEnv, target: Target, get: hbase.pb.IGet, user = ''): Promise<Cell[]> {
  if (get.closestRowBefore) throw hbaseError('UnknownProtocolException', 'closest_row_before is not supported; use a reversed scan');
  if (target.kind === 'meta') return readMetaRow(env, get);
  checkRowInRegion(target.ref, Buffer.from(get.row ?? []), 'Get');
  // ACL: AccessController.preGetOp/preExists (security/); denies, or narrows to the granted cells.
  const keep = env.acl ? await env.acl.authorizeGet(user, target.ref.table, get) : undefined;
  // HRegion.get reads through one RegionScannerImpl.nextRaw call: one read request.
  env.catalog.countRequests(target.ref.region, 1, 0);
  const cells = await readRow(env, target.ref.table, get);
  return keep ? cells.filter(keep) : cells;
}

export function getResult(ctx: CallContext, get: hbase.pb.IGet, cells: Cell[]): ResultOut {
  if (get.existenceOnly) return { result: existenceResult(cells.length > 0), cells: [] };
  return encodeResult(cells, ctx.cellBlocks);
}

async function readRow(env: ClientEnv, table: OpenTable, get: hbase.pb.IGet): Promise<Cell[]> {
  const row = Buffer.from(get.row ?? []);
  const query = buildReadQuery(table, get.column, get.timeRange, get.maxVersions, env.now(), row, get);
  const [stored] = await env.storage.data.getRows(table.descriptor, [row]);
  if (!get.filter) return applyStoreLimits(readVisible(stored.cells, table.families, query), get.storeLimit, get.storeOffset);
  const visible = readVisible(stored.cells, table.families, widenForFilter(query));
  const cells = trimVersions(
    applyFilterToRow(decodeFilter(get.filter, { maxVersions: query.maxVersions, loadColumnFamiliesOnDemand: loadsOnDemand(get) }), row, visible),
    query.maxVersions,
  );
  return applyStoreLimits(cells, get.storeLimit, get.storeOffset);
}

function readMetaRow(env: ClientEnv, get: hbase.pb.IGet): Cell[] {
  const row = Buffer.from(get.row ?? []);
  const query = buildReadQuery(undefined, get.column, get.timeRange, get.maxVersions, env.now());
  const found = env.meta.rows().find((r) => r.row.equals(row));
  return found ? projectMetaCells(found.cells, query) : [];
}

function applyFilterToRow(filter: RowFilter, row: Buffer, cells: Cell[]): Cell[] {
  if (filter.filterAllRemaining() || filter.filterRowKey(row)) return [];
  const kept = filter.filterCells(cells);
  if (kept.length === 0 || filter.filterRow(kept)) return [];
  return kept;
}
