import { decodeParam } from '../rpc/service-registry';
import {
  type Cell,
  CellBlockReader,
  hbaseError,
  HBaseRemoteError,
  pb,
  hbase,
  has,
  toLong,
  toNumber,
  toStringBinary,
} from '@hbase-compat/hbase-codec';
import { sameServer } from '@hbase-compat/region-mapping';
import { type StorageEngine, type StoredRow, readVisible, type RowMutation, type ScanRange } from '@hbase-compat/storage';
import { META_REGION, type OpenTable, type RegionRef, type TableCatalog } from '../catalog/table-catalog';
import type { ClusterView } from '../cluster/cluster-view';
import type { MetaTable } from '../meta/meta-table';
import type { CallContext, MethodResult, ServiceDefinition } from '../rpc/service-registry';
import { decodeFilter, type RowFilter } from '../scan/filters';
import { applyStoreLimits, buildReadQuery, cellHeapSize, cellsHeapSize, trimVersions, widenForFilter } from '../scan/read-query';
import { MetaRowSource, TableRowSource, clampToRegion, projectMetaCells } from '../scan/row-sources';
import type { OpenScanner, RowBatch, ScannerRegistry } from '../scan/scanner-registry';
import { type DecodedMutation, checkCellSizes, checkFamilies, checkRow, decodeMutation, needsRowRead, resolveForWrite, skipMutationCells } from './mutations';
import { applyAtomicMutation, evaluateCondition } from './atomic-ops';
import { encodeResult, existenceResult } from './results';

/**
 * ClientService: Get, Mutate, Multi, Scan on table regions and on hbase:meta.
 */
export interface ClientServiceDeps {
  catalog: TableCatalog;
  storage: StorageEngine;
  meta: MetaTable;
  scanners: ScannerRegistry;
  cluster: ClusterView;
  now: () => number;
  /** hbase.server.keyvalue.maxsize; 0 = unlimited. */
  maxCellSize?: number;
}

type Target = { kind: 'meta' } | { kind: 'table'; ref: RegionRef };

const DEFAULT_MAX_RESULT_SIZE = 2 * 1024 * 1024;

export function createClientService(deps: ClientServiceDeps): ServiceDefinition {
  const { catalog, storage, meta, scanners, now } = deps;
  const maxCellSize = deps.maxCellSize ?? 10485760;

  function resolveRegion(spec: hbase.pb.IRegionSpecifier | null | undefined): Target {
    const value = Buffer.from(spec?.value ?? []);
    if (spec?.type === 2 /* ENCODED_REGION_NAME */) {
      const encoded = value.toString('latin1');
      if (encoded === META_REGION.encodedName) return { kind: 'meta' };
      for (const t of catalog.list()) for (const r of t.regions) if (r.encodedName === encoded) return checkOpen({ table: t, region: r });
    } else {
      if (value.equals(META_REGION.name)) return { kind: 'meta' };
      const ref = catalog.regionByName(value);
      if (ref) return checkOpen(ref);
    }
    throw hbaseError('NotServingRegionException', `Region ${toStringBinary(value)} is not online on ${serverString(deps.cluster)}`);
  }

  function checkOpen(ref: RegionRef): Target {
    if (ref.table.descriptor.state !== 'ENABLED') {
      throw hbaseError('NotServingRegionException', `Region ${toStringBinary(ref.region.name)} is not online on ${serverString(deps.cluster)} (table is ${ref.table.descriptor.state.toLowerCase()})`);
    }
    return { kind: 'table', ref };
  }

  async function readRow(table: OpenTable, get: hbase.pb.IGet): Promise<Cell[]> {
    if (get.closestRowBefore) throw hbaseError('UnknownProtocolException', 'closest_row_before is not supported; use a reversed scan');
    const row = Buffer.from(get.row ?? []);
    const query = buildReadQuery(table, get.column, get.timeRange, get.maxVersions, now(), row);
    const [stored] = await storage.data.getRows(table.descriptor, [row]);
    if (!get.filter) return applyStoreLimits(readVisible(stored.cells, table.families, query), get.storeLimit, get.storeOffset);
    const visible = readVisible(stored.cells, table.families, widenForFilter(query));
    const cells = trimVersions(applyFilterToRow(decodeFilter(get.filter), row, visible), query.maxVersions);
    return applyStoreLimits(cells, get.storeLimit, get.storeOffset);
  }

  function readMetaRow(get: hbase.pb.IGet): Cell[] {
    const row = Buffer.from(get.row ?? []);
    const query = buildReadQuery(undefined, get.column, get.timeRange, get.maxVersions, now());
    const found = meta.rows().find((r) => r.row.equals(row));
    return found ? projectMetaCells(found.cells, query) : [];
  }

  async function doGet(target: Target, get: hbase.pb.IGet): Promise<Cell[]> {
    if (target.kind === 'meta') {
      if (get.closestRowBefore) throw hbaseError('UnknownProtocolException', 'closest_row_before is not supported; use a reversed scan');
      return readMetaRow(get);
    }
    return readRow(target.ref.table, get);
  }

  function getResult(ctx: CallContext, get: hbase.pb.IGet, cells: Cell[]) {
    if (get.existenceOnly) return { result: existenceResult(cells.length > 0), cells: [] as Cell[] };
    return encodeResult(cells, ctx.cellBlocks);
  }

  /**
   * Runs a read-modify-write of one row on its region's owner (the same rendezvous answer on every
   * node), so the owner's row lock serializes it cluster-wide, and only while ZooKeeper fences the
   * ownership to this node; any other node answers NotServingRegionException and the client
   * relocates through hbase:meta.
   */
  function mutateAsOwner<T>(table: OpenTable, row: Buffer, update: (stored: StoredRow) => { cells: Cell[] | undefined; result: T }): Promise<T> {
    const region = catalog.regionForRow(table, row);
    if (!sameServer(catalog.ownerOf(region), deps.cluster.self) || !deps.cluster.mayActAsOwner()) {
      throw hbaseError('NotServingRegionException', `Region ${toStringBinary(region.name)} is not online on ${serverString(deps.cluster)}`);
    }
    return deps.cluster.runAsOwner(() => storage.data.mutateRowAtomically(table.descriptor, row, update));
  }

  function tableOf(target: Target): OpenTable {
    if (target.kind === 'meta') throw hbaseError('DoNotRetryIOException', 'hbase:meta is read-only on this server');
    return target.ref.table;
  }
  /** Applies plain puts and deletes of one table in one storage batch (callers have checked cell sizes). */
  async function writeBatch(table: OpenTable, mutations: DecodedMutation[]): Promise<void> {
    const ts = BigInt(now());
    const rows: RowMutation[] = [];
    for (const m of mutations) {
      checkRow(m.row);
      checkFamilies(table, m.cells);
      rows.push({ row: m.row, cells: resolveForWrite(table, m, ts) });
    }
    await storage.data.mutate(table.descriptor, rows);
  }

  async function mutateOne(table: OpenTable, m: DecodedMutation, condition: hbase.pb.ICondition | null | undefined): Promise<{ processed: boolean; cells: Cell[] | undefined }> {
    checkRow(m.row);
    checkFamilies(table, m.cells);
    checkCellSizes(m.cells, maxCellSize);
    if (condition) {
      const passed = await mutateAsOwner(table, m.row, (stored) => {
        const ok = evaluateCondition(table, stored.cells, condition, now());
        if (!ok) return { cells: undefined, result: false };
        return { cells: applyAtomicMutation(table, m, stored.cells, BigInt(now())).write, result: true };
      });
      return { processed: passed, cells: undefined };
    }
    if (!needsRowRead(m)) {
      await writeBatch(table, [m]);
      return { processed: true, cells: undefined };
    }
    const out = await mutateAsOwner(table, m.row, (stored) => {
      const applied = applyAtomicMutation(table, m, stored.cells, BigInt(now()));
      return { cells: applied.write, result: applied.returned };
    });
    return { processed: true, cells: out };
  }

  async function get(ctx: CallContext, param: Buffer): Promise<MethodResult> {
    const req = decodeParam(pb.GetRequest, param);
    const target = resolveRegion(req.region);
    const g = req.get ?? {};
    const cells = await doGet(target, g);
    const out = getResult(ctx, g, cells);
    return { message: pb.GetResponse.encode({ result: out.result }).finish(), cells: out.cells };
  }

  async function mutate(ctx: CallContext, param: Buffer): Promise<MethodResult> {
    const req = decodeParam(pb.MutateRequest, param);
    const target = resolveRegion(req.region);
    const table = tableOf(target);
    const reader = ctx.cellBlock ? new CellBlockReader(ctx.cellBlock, ctx.withTags) : undefined;
    const m = decodeMutation(req.mutation ?? {}, reader);
    const { processed, cells } = await mutateOne(table, m, req.condition);
    const response: hbase.pb.IMutateResponse = { processed };
    let outCells: readonly Cell[] = [];
    if (cells !== undefined) {
      const encoded = encodeResult(m.returnResults ? cells : [], ctx.cellBlocks);
      response.result = encoded.result;
      outCells = encoded.cells;
    }
    return { message: pb.MutateResponse.encode(response).finish(), cells: outCells };
  }

  /**
   * Multi, in RSRpcServices.doNonAtomicRegionMutation's order: a Get runs when it is reached (so it
   * does not see Puts/Deletes queued before it in the same call); Puts and Deletes are gathered and
   * written as one batch when another kind of mutation comes or the region's actions end; a
   * failing action fails alone. Cells of results go out in the order the results are produced.
   */
  async function multi(ctx: CallContext, param: Buffer): Promise<MethodResult> {
    const req = decodeParam(pb.MultiRequest, param);
    const reader = ctx.cellBlock ? new CellBlockReader(ctx.cellBlock, ctx.withTags) : undefined;
    const responseCells: Cell[] = [];
    const regionResults: hbase.pb.IRegionActionResult[] = [];
    for (const ra of req.regionAction ?? []) {
      const actions = ra.action ?? [];
      let target: Target;
      try {
        target = resolveRegion(ra.region);
        if (target.kind === 'table' && (ra.atomic || ra.condition)) {
          regionResults.push(await atomicRegionAction(target.ref.table, ra, reader));
          continue;
        }
      } catch (e) {
        for (const a of actions) if (a.mutation) skipMutationCells(a.mutation, reader);
        regionResults.push({ exception: toNameBytes(e) });
        continue;
      }
      const results: hbase.pb.IResultOrException[] = [];
      let pending: { index: number; m: DecodedMutation }[] = [];
      const flush = async () => {
        if (pending.length === 0 || target.kind !== 'table') return;
        const batch = pending;
        pending = [];
        const table = target.ref.table;
        try {
          // As RSRpcServices.doBatchOp: an oversized cell fails the whole group of puts and deletes, not just its own action.
          for (const p of batch) checkCellSizes(p.m.cells, maxCellSize);
        } catch (e) {
          for (const p of batch) results.push({ index: p.index, exception: toNameBytes(e) });
          return;
        }
        try {
          await writeBatch(table, batch.map((p) => p.m));
          for (const p of batch) results.push({ index: p.index, result: {} });
        } catch (e) {
          // One bad mutation must not fail its neighbours: apply one by one to attribute errors.
          if (!(e instanceof HBaseRemoteError)) throw e;
          for (const p of batch) {
            try {
              await writeBatch(table, [p.m]);
              results.push({ index: p.index, result: {} });
            } catch (inner) {
              results.push({ index: p.index, exception: toNameBytes(inner) });
            }
          }
        }
      };
      for (const a of actions) {
        const index = a.index ?? 0;
        try {
          if (a.get) {
            const cells = await doGet(target, a.get);
            const out = getResult(ctx, a.get, cells);
            responseCells.push(...out.cells);
            results.push({ index, result: out.result });
          } else if (a.mutation) {
            const m = decodeMutation(a.mutation, reader);
            if (target.kind === 'table' && (m.kind === 'put' || (m.kind === 'delete' && !needsRowRead(m)))) {
              pending.push({ index, m });
              continue;
            }
            await flush();
            const r = await mutateOne(tableOf(target), m, undefined);
            const enc = encodeResult(r.cells && m.returnResults ? r.cells : [], ctx.cellBlocks);
            responseCells.push(...enc.cells);
            results.push({ index, result: enc.result });
          } else {
            throw hbaseError('DoNotRetryIOException', 'Unsupported action (coprocessor service calls are not served)');
          }
        } catch (e) {
          results.push({ index, exception: toNameBytes(e) });
        }
      }
      await flush();
      regionResults.push({ resultOrException: results });
    }
    return { message: pb.MultiResponse.encode({ regionActionResult: regionResults }).finish(), cells: responseCells };
  }

  /**
   * RowMutations / checkAndMutate(RowMutations): all mutations of one row applied atomically. As
   * RSRpcServices.doBatchOp answers atomic actions: results by position (the client sets no index),
   * Increment/Append cells merged inline into the first result, and `processed` on the region result.
   */
  async function atomicRegionAction(table: OpenTable, ra: hbase.pb.IRegionAction, reader: CellBlockReader | undefined): Promise<hbase.pb.IRegionActionResult> {
    const decoded: DecodedMutation[] = [];
    for (const a of ra.action ?? []) {
      if (!a.mutation) throw hbaseError('DoNotRetryIOException', 'Atomic region actions may hold mutations only');
      decoded.push(decodeMutation(a.mutation, reader));
    }
    if (decoded.length === 0) return { resultOrException: [], processed: true };
    const row = decoded[0].row;
    for (const m of decoded) {
      if (!m.row.equals(row)) throw hbaseError('DoNotRetryIOException', 'Atomic mutations must all target the same row');
      checkRow(m.row);
      checkFamilies(table, m.cells);
      checkCellSizes(m.cells, maxCellSize);
    }
    const outcome = await mutateAsOwner(table, row, (stored) => {
      if (ra.condition && !evaluateCondition(table, stored.cells, ra.condition, now())) return { cells: undefined, result: { processed: false, returned: [] as Cell[] } };
      const ts = BigInt(now());
      const write: Cell[] = [];
      const returned: Cell[] = [];
      let current = stored.cells;
      for (const m of decoded) {
        const applied = applyAtomicMutation(table, m, current, ts);
        write.push(...applied.write);
        if (m.returnResults) returned.push(...applied.returned);
        current = current.concat(applied.write);
      }
      return { cells: write, result: { processed: true, returned } };
    });
    const first: hbase.pb.IResultOrException = { index: 0, result: outcome.returned.length > 0 ? encodeResult(outcome.returned, false).result : {} };
    const rest = decoded.slice(1).map((_, i) => ({ index: i + 1, result: {} }));
    return { resultOrException: [first, ...rest], processed: outcome.processed };
  }

  async function scan(ctx: CallContext, param: Buffer): Promise<MethodResult> {
    const req = decodeParam(pb.ScanRequest, param);
    if (has(req, 'scannerId') && !has(req, 'scan')) {
      const id = req.scannerId.toString();
      const scanner = scanners.get(id);
      if (req.closeScanner) {
        scanners.close(id);
        return { message: pb.ScanResponse.encode({ moreResults: false }).finish() };
      }
      if (scanner === undefined) throw hbaseError('UnknownScannerException', `Unknown scanner '${id}'. This can happen due to any of the following reasons: a) Scanner id given is wrong, b) Scanner lease expired because of long wait between consecutive client checkins, c) Server may be closing down, d) RegionServer restart during upgrade.`);
      if (has(req, 'nextCallSeq') && Number(req.nextCallSeq) !== scanner.expectedCallSeq) {
        scanners.close(id);
        throw hbaseError('OutOfOrderScannerNextException', `Expected nextCallSeq: ${scanner.expectedCallSeq} But the nextCallSeq got from client: ${req.nextCallSeq}; request=scanner_id: ${id}`);
      }
      scanners.renew(scanner);
      // The sequence advances on every checked call, lease renewals included (the client counts them too).
      scanner.expectedCallSeq++;
      if (req.renew) return { message: pb.ScanResponse.encode({ scannerId: req.scannerId, moreResults: true, moreResultsInRegion: true, ttl: scanners.leasePeriodMs }).finish() };
      return respond(ctx, scanner, req.scannerId, await nextRows(scanner, has(req, 'numberOfRows') ? req.numberOfRows : 0x7fffffff));
    }
    // Open: a new scanner on the region.
    const target = resolveRegion(req.region);
    const s = req.scan ?? pb.Scan.create();
    const range: ScanRange = {
      startRow: Buffer.from(s.startRow ?? []),
      startInclusive: s.includeStartRow ?? true,
      stopRow: Buffer.from(s.stopRow ?? []),
      stopInclusive: s.includeStopRow ?? false,
      reversed: s.reversed === true,
    };
    // UserScanQueryMatcher's rule: a raw scan may name families but not columns.
    const raw = (s.attribute ?? []).some((a) => a.name === '_raw_' && (a.value?.[0] ?? 0) !== 0);
    if (raw && (s.column ?? []).some((c) => (c.qualifier ?? []).length > 0)) throw hbaseError('DoNotRetryIOException', 'Cannot specify any column for a raw scan');
    const filter: RowFilter | undefined = s.filter ? decodeFilter(s.filter) : undefined;
    const limit = req.limitOfRows > 0 ? req.limitOfRows : undefined;
    const maxResultSize = has(s, 'maxResultSize') && toNumber(s.maxResultSize) > 0 ? toNumber(s.maxResultSize) : DEFAULT_MAX_RESULT_SIZE;
    let source;
    if (target.kind === 'meta') {
      const query = buildReadQuery(undefined, s.column, s.timeRange, s.maxVersions, now());
      source = new MetaRowSource(meta.rows(), range, { query, filter, limit });
    } else {
      const table = target.ref.table;
      const query = buildReadQuery(table, s.column, s.timeRange, s.maxVersions, now(), target.ref.region.startKey);
      source = new TableRowSource(storage, table, clampToRegion(range, target.ref.region), { query, filter, limit, storeLimit: s.storeLimit ?? undefined, storeOffset: s.storeOffset ?? undefined });
    }
    const scanner = scanners.open(source, { maxResultSize, cellsPerResult: has(s, 'batchSize') && (s.batchSize ?? 0) > 0 ? (s.batchSize as number) : undefined });
    const rows = has(req, 'numberOfRows') ? req.numberOfRows : 0x7fffffff;
    const batch = rows > 0 ? await source.next(rows, maxResultSize) : { rows: [], regionDone: false, scanDone: false };
    const scannerIdLong = toScannerLong(scanner.id);
    if (req.closeScanner) {
      scanners.close(scanner.id);
      return respond(ctx, scanner, scannerIdLong, { ...batch, regionDone: true });
    }
    return respond(ctx, scanner, scannerIdLong, batch);
  }

  /** Rows carried over from the previous response first, then fresh rows from the source. */
  async function nextRows(scanner: OpenScanner, wanted: number): Promise<RowBatch> {
    const carried = scanner.carry.splice(0, Math.max(1, wanted));
    if (carried.length >= wanted) return { rows: carried, regionDone: false, scanDone: false };
    const fresh = await scanner.source.next(wanted - carried.length, scanner.limits.maxResultSize);
    return { ...fresh, rows: carried.concat(fresh.rows) };
  }

  /**
   * Builds the ScanResponse. As HBase's region scanner: the response stops at the cell where the size
   * limit is reached; if that row has more cells, its Result is partial and the rest waits for the next
   * call (the client stitches, or hands out partials with allowPartialResults). With Scan.setBatch a
   * row's earlier pieces are partial too.
   */
  function respond(ctx: CallContext, scanner: OpenScanner, idLong: hbase.pb.ScanRequest['scannerId'], batch: RowBatch): MethodResult {
    const { cellsPerResult, maxResultSize } = scanner.limits;
    const pieces: { cells: Cell[]; partial: boolean }[] = [];
    let bytes = 0;
    for (let r = 0; r < batch.rows.length; r++) {
      const row = batch.rows[r];
      const rowBytes = cellsHeapSize(row);
      // The common case: a whole row that ends before the size limit goes out as one Result.
      if (cellsPerResult === undefined && (bytes + rowBytes < maxResultSize || row.length === 1)) {
        pieces.push({ cells: row, partial: false });
        bytes += rowBytes;
        continue;
      }
      const cutAt = splitRow(row, bytes, maxResultSize, cellsPerResult, pieces);
      if (cutAt < row.length) {
        scanner.carry.unshift(row.slice(cutAt), ...batch.rows.slice(r + 1));
        break;
      }
      bytes += rowBytes;
    }
    const more = scanner.carry.length > 0;
    const regionDone = batch.regionDone && !more;
    const scanDone = batch.scanDone && !more;
    if (regionDone || scanDone) scanners.close(scanner.id);
    const response: hbase.pb.IScanResponse = {
      scannerId: idLong,
      moreResults: !scanDone,
      moreResultsInRegion: !regionDone,
      ttl: scanners.leasePeriodMs,
      heartbeatMessage: false,
    };
    let cells: Cell[] = [];
    if (ctx.cellBlocks) {
      response.cellsPerResult = pieces.map((p) => p.cells.length);
      response.partialFlagPerResult = pieces.map((p) => p.partial);
      cells = pieces.flatMap((p) => p.cells);
    } else {
      response.results = pieces.map((p) => ({ ...encodeResult(p.cells, false).result, partial: p.partial }));
    }
    return { message: pb.ScanResponse.encode(response).finish(), cells };
  }

  return {
    name: 'ClientService',
    methods: {
      Get: get,
      Mutate: mutate,
      Multi: multi,
      Scan: scan,
    },
  };
}


/**
 * Cuts one row into Results: after every `cellsPerResult` cells (Scan.setBatch), and at the cell
 * where the response reaches `maxResultSize` if the row goes on. Returns the index of the first
 * cell not sent (row.length when the whole row went out).
 */
function splitRow(row: Cell[], bytesBefore: number, maxResultSize: number, cellsPerResult: number | undefined, pieces: { cells: Cell[]; partial: boolean }[]): number {
  let bytes = bytesBefore;
  let start = 0;
  for (let i = 0; i < row.length; i++) {
    bytes += cellHeapSize(row[i]);
    const last = i + 1 === row.length;
    const sizeReached = bytes >= maxResultSize && !last;
    if (last || sizeReached || (cellsPerResult !== undefined && i + 1 - start === cellsPerResult)) {
      pieces.push({ cells: row.slice(start, i + 1), partial: !last });
      start = i + 1;
    }
    if (sizeReached) return i + 1;
  }
  return row.length;
}

function toScannerLong(id: string) {
  return toLong(BigInt(id), true);
}

function applyFilterToRow(filter: RowFilter, row: Buffer, cells: Cell[]): Cell[] {
  if (filter.filterAllRemaining() || filter.filterRowKey(row)) return [];
  const kept = filter.filterCells(cells);
  if (kept.length === 0 || filter.filterRow(kept)) return [];
  return kept;
}


function toNameBytes(e: unknown): hbase.pb.INameBytesPair {
  const err = e instanceof HBaseRemoteError ? e : hbaseError('IOException' as never, e instanceof Error ? e.message : String(e));
  return { name: err.kind.className, value: Buffer.from(err.stackTrace, 'utf8') };
}


function serverString(cluster: ClusterView): string {
  return `${cluster.self.host},${cluster.self.port},${cluster.self.startCode}`;
}

