import { type Cell, CellBlockReader, HBaseRemoteError, hbaseError, pb, type hbase } from '@hbase-compat/hbase-codec';
import type { RegionRef } from '../../catalog/table-catalog';
import { decodeParam, type CallContext, type MethodResult } from '../../rpc/service-registry';
import { rowTransaction } from '../atomic-ops';
import { type DecodedMutation, checkCellSizes, checkFamilies, checkRow, decodeMutation, needsRowRead, skipMutationCells } from '../mutations';
import { encodeMergedResult, encodeResult } from '../results';
import { type ClientEnv, type Target, checkRowInRegion, resolveRegion, writableRegion } from './env';
import { actionException } from './errors';
import { doGet, getResult } from './get';
import { checkMutationRegion, mutateAsOwner, mutateOne, writeBatch } from './mutate';

/** What one Multi call accumulates across its region actions. */
interface MultiCall {
  ctx: CallContext;
  reader: CellBlockReader | undefined;
  /** Cells of all results, in the order the results are produced. */
  cells: Cell[];
}

/**
 * ClientService.Multi, in RSRpcServices.multi's order: each region action on its own; atomic or
 * conditional ones as one row transaction, the others action by action.
 */
export function multiMethod(env: ClientEnv) {
  return async (ctx: CallContext, param: Buffer): Promise<MethodResult> => {
    const req = decodeParam(pb.MultiRequest, param);
    const call: MultiCall = { ctx, reader: ctx.cellBlock ? new CellBlockReader(ctx.cellBlock, ctx.withTags) : undefined, cells: [] };
    const regionResults: hbase.pb.IRegionActionResult[] = [];
    for (const ra of req.regionAction ?? []) regionResults.push(await regionAction(env, call, ra));
    return { message: pb.MultiResponse.encode({ regionActionResult: regionResults }).finish(), cells: call.cells };
  };
}

async function regionAction(env: ClientEnv, call: MultiCall, ra: hbase.pb.IRegionAction): Promise<hbase.pb.IRegionActionResult> {
  let target: Target;
  try {
    target = resolveRegion(env, ra.region);
    if (target.kind === 'table' && (ra.atomic || ra.condition)) return await atomicRegionAction(env, target.ref, ra, call);
  } catch (e) {
    // The region's cells are still in the cell block: step over them so later regions read theirs.
    for (const a of ra.action ?? []) if (a.mutation) skipMutationCells(a.mutation, call.reader);
    return { exception: actionException(env, e) };
  }
  return { resultOrException: await nonAtomicActions(env, call, target, ra.action ?? []) };
}

/**
 * As RSRpcServices.doNonAtomicRegionMutation: a Get runs when it is reached (so it does not see
 * Puts/Deletes queued before it in the same call); Puts and Deletes are gathered and written as one
 * batch when another kind of action comes or the region's actions end; a failing action fails alone.
 */
async function nonAtomicActions(env: ClientEnv, call: MultiCall, target: Target, actions: hbase.pb.IAction[]): Promise<hbase.pb.IResultOrException[]> {
  const results: hbase.pb.IResultOrException[] = [];
  let pending: PendingWrite[] = [];
  const flush = async () => {
    if (pending.length > 0 && target.kind === 'table') await flushWrites(env, target.ref, pending, results);
    pending = [];
  };
  for (const a of actions) {
    const index = a.index ?? 0;
    try {
      if (a.get) {
        const out = getResult(call.ctx, a.get, await doGet(env, target, a.get, call.ctx.user));
        call.cells.push(...out.cells);
        results.push({ index, result: out.result });
      } else if (a.mutation) {
        const m = decodeMutation(a.mutation, call.reader);
        // ACL: each mutation's own pre-hook check (security/); a denied one fails alone.
        if (env.acl && target.kind === 'table') await env.acl.authorizeMutation(call.ctx.user, target.ref.table, m);
        if (target.kind === 'table' && (m.kind === 'put' || (m.kind === 'delete' && !needsRowRead(m)))) {
          pending.push({ index, m });
          continue;
        }
        await flush();
        const r = await mutateOne(env, writableRegion(target), m, undefined);
        const enc = encodeResult(r.cells && m.returnResults ? r.cells : [], call.ctx.cellBlocks);
        call.cells.push(...enc.cells);
        results.push({ index, result: enc.result });
      } else {
        throw hbaseError('DoNotRetryIOException', 'Unsupported action (coprocessor service calls are not served)');
      }
    } catch (e) {
      results.push({ index, exception: actionException(env, e) });
    }
  }
  await flush();
  return results;
}

interface PendingWrite {
  index: number;
  m: DecodedMutation;
}

/** Writes gathered puts and deletes; their outcomes go out in the actions' order. */
async function flushWrites(env: ClientEnv, ref: RegionRef, gathered: PendingWrite[], results: hbase.pb.IResultOrException[]): Promise<void> {
  const outcomes = await batchOutcomes(env, ref, gathered);
  for (const p of gathered) results.push(outcomes.get(p) ?? { index: p.index, result: {} });
}

/**
 * As RSRpcServices.doBatchOp over HRegion.batchMutate: an oversized cell fails the whole group; a row
 * outside the region fails alone (a sanity-check failure; the rest is written); an engine failure
 * (IOException) is every action's answer; a mutation the engine refuses for itself fails alone
 * (applied one by one to attribute it).
 */
async function batchOutcomes(env: ClientEnv, ref: RegionRef, gathered: PendingWrite[]): Promise<Map<PendingWrite, hbase.pb.IResultOrException>> {
  const out = new Map<PendingWrite, hbase.pb.IResultOrException>();
  const fail = (p: PendingWrite, e: unknown) => out.set(p, { index: p.index, exception: actionException(env, e) });
  try {
    for (const p of gathered) checkCellSizes(p.m.cells, env.maxCellSize);
  } catch (e) {
    for (const p of gathered) fail(p, e);
    return out;
  }
  const batch: PendingWrite[] = [];
  for (const p of gathered) {
    try {
      checkMutationRegion(ref, p.m, false);
      batch.push(p);
    } catch (e) {
      fail(p, e);
    }
  }
  if (batch.length === 0) return out;
  env.catalog.countRequests(ref.region, 0, batch.length); // HRegion.batchMutate: the batch's size
  try {
    await writeBatch(
      env,
      ref.table,
      batch.map((p) => p.m),
    );
    for (const p of batch) out.set(p, { index: p.index, result: {} });
    return out;
  } catch (e) {
    if (!(e instanceof HBaseRemoteError)) {
      for (const p of batch) fail(p, e);
      return out;
    }
  }
  for (const p of batch) {
    try {
      await writeBatch(env, ref.table, [p.m]);
      out.set(p, { index: p.index, result: {} });
    } catch (inner) {
      fail(p, inner);
    }
  }
  return out;
}

/**
 * RowMutations / checkAndMutate(RowMutations): all mutations of one row applied atomically. As
 * RSRpcServices.doBatchOp answers atomic actions: results by position (the client sets no index),
 * Increment/Append cells merged inline into the first result, and `processed` on the region result.
 */
async function atomicRegionAction(env: ClientEnv, ref: RegionRef, ra: hbase.pb.IRegionAction, call: MultiCall): Promise<hbase.pb.IRegionActionResult> {
  const { table } = ref;
  const decoded = decodeAtomicActions(env, ref, ra, call.reader);
  // ACL: every mutation of the row transaction, and the condition's column (security/).
  if (env.acl) for (const m of decoded) await env.acl.authorizeMutation(call.ctx.user, table, m, ra.condition);
  if (decoded.length === 0) return { resultOrException: [], processed: true };
  const outcome = await mutateAsOwner(
    env,
    table,
    decoded[0].row,
    (stored) => rowTransaction(table, ra.condition, decoded, stored.cells, env.now(), env.maxCellSize),
    decoded,
  );
  // HRegion.mutateRow / checkAndMutate: one read for a condition; the batch's writes when it is applied.
  env.catalog.countRequests(ref.region, ra.condition ? 1 : 0, outcome.processed ? decoded.length : 0);
  const first: hbase.pb.IResultOrException = { index: 0, result: outcome.returned?.length ? encodeMergedResult(outcome.returned) : {} };
  const rest = decoded.slice(1).map((_, i) => ({ index: i + 1, result: {} }));
  return { resultOrException: [first, ...rest], processed: outcome.processed };
}

function decodeAtomicActions(env: ClientEnv, ref: RegionRef, ra: hbase.pb.IRegionAction, reader: CellBlockReader | undefined): DecodedMutation[] {
  const { table } = ref;
  const decoded: DecodedMutation[] = [];
  for (const a of ra.action ?? []) {
    if (!a.mutation) throw hbaseError('DoNotRetryIOException', 'Atomic region actions may hold mutations only');
    decoded.push(decodeMutation(a.mutation, reader));
  }
  const row = decoded[0]?.row;
  for (const m of decoded) {
    if (!m.row.equals(row)) throw hbaseError('DoNotRetryIOException', 'Atomic mutations must all target the same row');
    checkRow(m.row);
    // HRegion.checkAndMutate / an atomic batch: a row outside the region fails the whole action.
    checkRowInRegion(ref, m.row, ra.condition ? 'checkAndMutate' : 'batchMutate');
    if (!ra.condition) checkFamilies(table, m.cells);
    checkCellSizes(m.cells, env.maxCellSize);
  }
  return decoded;
}
