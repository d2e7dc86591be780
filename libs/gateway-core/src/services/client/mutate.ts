import { type Cell, CellBlockReader, hbaseError, pb, toStringBinary, type hbase } from '@hbase-compat/hbase-codec';
import { sameServer } from '@hbase-compat/region-mapping';
import type { RowMutation, StoredRow } from '@hbase-compat/storage';
import type { OpenTable, RegionRef } from '../../catalog/table-catalog';
import { decodeParam, type CallContext, type MethodResult } from '../../rpc/service-registry';
import { applyAtomicMutation, rowTransaction } from '../atomic-ops';
import { type DecodedMutation, checkCellSizes, checkFamilies, checkRow, decodeMutation, needsRowRead, resolveForWrite, writeOptionsFor } from '../mutations';
import { encodeResult } from '../results';
import { type ClientEnv, checkRowInRegion, resolveRegion, serverString, writableRegion } from './env';

/** ClientService.Mutate: one Put, Delete, Increment or Append, optionally conditional (checkAndMutate). */
export function mutateMethod(env: ClientEnv) {
  return async (ctx: CallContext, param: Buffer): Promise<MethodResult> => {
    const req = decodeParam(pb.MutateRequest, param);
    const ref = writableRegion(resolveRegion(env, req.region));
    const reader = ctx.cellBlock ? new CellBlockReader(ctx.cellBlock, ctx.withTags) : undefined;
    const m = decodeMutation(req.mutation ?? {}, reader);
    // ACL: AccessController.prePut/preDelete/preIncrement/preAppend/preCheckAndMutate (security/).
    if (env.acl) await env.acl.authorizeMutation(ctx.user, ref.table, m, req.condition);
    const { processed, cells } = await mutateOne(env, ref, m, req.condition);
    const response: hbase.pb.IMutateResponse = { processed };
    let outCells: readonly Cell[] = [];
    if (cells !== undefined) {
      const encoded = encodeResult(m.returnResults ? cells : [], ctx.cellBlocks);
      response.result = encoded.result;
      outCells = encoded.cells;
    }
    return { message: pb.MutateResponse.encode(response).finish(), cells: outCells };
  };
}

/** Applies one mutation: plain puts and deletes blind, read-modify-writes on the row's owner. */
export async function mutateOne(
  env: ClientEnv,
  ref: RegionRef,
  m: DecodedMutation,
  condition: hbase.pb.ICondition | null | undefined,
): Promise<{ processed: boolean; cells: Cell[] | undefined }> {
  const { table } = ref;
  checkRow(m.row);
  checkMutationRegion(ref, m, condition !== null && condition !== undefined);
  // checkAndMutate checks the mutation's families only once its condition holds (rowTransaction).
  if (!condition) checkFamilies(table, m.cells);
  checkCellSizes(m.cells, env.maxCellSize);
  if (condition) {
    const out = await mutateAsOwner(env, table, m.row, (stored) => rowTransaction(table, condition, [m], stored.cells, env.now(), env.maxCellSize), [m]);
    // HRegion.checkAndMutate reads the row once; it writes (batchMutate) only when the condition holds.
    env.catalog.countRequests(ref.region, 1, out.processed ? 1 : 0);
    return { processed: out.processed, cells: out.returned };
  }
  countMutation(env, ref, m);
  if (!needsRowRead(m)) {
    await writeBatch(env, table, [m]);
    return { processed: true, cells: undefined };
  }
  const out = await mutateAsOwner(
    env,
    table,
    m.row,
    (stored) => {
      const applied = applyAtomicMutation(table, m, stored.cells, BigInt(env.now()), env.maxCellSize);
      return { cells: applied.write, result: applied.returned };
    },
    [m],
  );
  return { processed: true, cells: out };
}

/**
 * Request counts as HRegion keeps them: batchMutate adds one write per mutation, and Increment/Append
 * read the row once per family (HRegion.reckonDeltas).
 */
function countMutation(env: ClientEnv, ref: RegionRef, m: DecodedMutation): void {
  env.catalog.countRequests(ref.region, m.kind === 'increment' || m.kind === 'append' ? familyCount(m) : 0, 1);
}

/** The distinct families a mutation's cells name (cells come grouped by family, as the client sends them). */
function familyCount(m: DecodedMutation): number {
  let n = 0;
  for (let i = 0; i < m.cells.length; i++) if (i === 0 || !m.cells[i].family.equals(m.cells[i - 1].family)) n++;
  return n;
}

/**
 * The row must lie in the addressed region (HRegion.checkRow). HRegion.checkAndMutate checks it
 * directly and an atomic batch (Increment, Append) rethrows it: WrongRegionException. A Put or Delete
 * goes through the non-atomic batch, which records a sanity-check failure that RSRpcServices reports
 * as FailedSanityCheckException.
 */
export function checkMutationRegion(ref: RegionRef, m: DecodedMutation, conditional: boolean): void {
  if (conditional) return checkRowInRegion(ref, m.row, 'checkAndMutate');
  if (m.kind === 'put' || m.kind === 'delete') return checkRowInRegion(ref, m.row, 'batchMutate', 'FailedSanityCheckException');
  checkRowInRegion(ref, m.row, 'batchMutate');
}

/** Applies plain puts and deletes of one table in one storage batch (callers have checked cell sizes). */
export async function writeBatch(env: ClientEnv, table: OpenTable, mutations: DecodedMutation[]): Promise<void> {
  const ts = BigInt(env.now());
  const rows: RowMutation[] = [];
  for (const m of mutations) {
    checkRow(m.row);
    checkFamilies(table, m.cells);
    rows.push({ row: m.row, cells: resolveForWrite(table, m, ts) });
  }
  await env.storage.data.mutate(table.descriptor, rows, writeOptionsFor(table, mutations));
}

/**
 * Runs a read-modify-write of one row on its region's owner (the same rendezvous answer on every
 * node), so the owner's row lock serializes it cluster-wide, and only while ZooKeeper fences the
 * ownership to this node; any other node answers NotServingRegionException and the client
 * relocates through hbase:meta. `mutations` are the ones `update` applies; their durability
 * decides when the write is acknowledged (writeOptionsFor).
 */
export function mutateAsOwner<T>(
  env: ClientEnv,
  table: OpenTable,
  row: Buffer,
  update: (stored: StoredRow) => { cells: Cell[] | undefined; result: T },
  mutations: readonly DecodedMutation[],
): Promise<T> {
  const region = env.catalog.regionForRow(table, row);
  if (!sameServer(env.catalog.ownerOf(region), env.cluster.self) || !env.cluster.mayActAsOwner()) {
    throw hbaseError('NotServingRegionException', `Region ${toStringBinary(region.name)} is not online on ${serverString(env.cluster)}`);
  }
  const options = writeOptionsFor(table, mutations);
  return env.cluster.runAsOwner(() => env.storage.data.mutateRowAtomically(table.descriptor, row, update, options));
}
