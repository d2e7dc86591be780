import { type Cell, hbaseError, pb, has, toLong, toNumber, type hbase } from '@hbase-compat/hbase-codec';
import type { ScanRange } from '@hbase-compat/storage';
import { decodeParam, type CallContext, type MethodResult } from '../../rpc/service-registry';
import { decodeFilter } from '../../scan/filters';
import { buildReadQuery } from '../../scan/read-query';
import { MetaRowSource, TableRowSource, clampToRegion, type RowSource } from '../../scan/row-sources';
import { encodeResult } from '../results';
import { type ClientEnv, type Target, resolveRegion } from './env';
import { RegionScanner, type ScanStep } from './region-scanner';

const DEFAULT_MAX_RESULT_SIZE = 2 * 1024 * 1024;
/** numberOfRows when a request leaves it out: as many as the size limit allows. */
const ALL_ROWS = 0x7fffffff;

/** ClientService.Scan: opens a scanner on a region, continues it, renews its lease, closes it. */
export function scanMethod(env: ClientEnv) {
  return async (ctx: CallContext, param: Buffer): Promise<MethodResult> => {
    const req = decodeParam(pb.ScanRequest, param);
    if (has(req, 'scannerId') && !has(req, 'scan')) return continueScan(env, ctx, req);
    return openScan(env, ctx, req);
  };
}

async function continueScan(env: ClientEnv, ctx: CallContext, req: hbase.pb.ScanRequest): Promise<MethodResult> {
  const { scanners } = env;
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
  scanners.renew(id);
  // The sequence advances on every checked call, lease renewals included (the client counts them too).
  scanner.expectedCallSeq++;
  if (req.renew) return { message: pb.ScanResponse.encode({ scannerId: req.scannerId, moreResults: true, moreResultsInRegion: true, ttl: scanners.leasePeriodMs }).finish() };
  return respond(env, ctx, id, await scanner.next(has(req, 'numberOfRows') ? req.numberOfRows : ALL_ROWS));
}

async function openScan(env: ClientEnv, ctx: CallContext, req: hbase.pb.ScanRequest): Promise<MethodResult> {
  const target = resolveRegion(env, req.region);
  const s = req.scan ?? pb.Scan.create();
  const maxResultSize = has(s, 'maxResultSize') && toNumber(s.maxResultSize) > 0 ? toNumber(s.maxResultSize) : DEFAULT_MAX_RESULT_SIZE;
  const scanner = new RegionScanner(openSource(env, target, s, req.limitOfRows), {
    maxResultSize,
    cellsPerResult: has(s, 'batchSize') && (s.batchSize ?? 0) > 0 ? (s.batchSize as number) : undefined,
  });
  const id = env.scanners.open(scanner);
  const rows = has(req, 'numberOfRows') ? req.numberOfRows : ALL_ROWS;
  const step = rows > 0 ? await scanner.next(rows) : { pieces: [], regionDone: false, scanDone: false };
  if (req.closeScanner) {
    env.scanners.close(id);
    return respond(env, ctx, id, { ...step, regionDone: true });
  }
  return respond(env, ctx, id, step);
}

/** The rows a new scan reads: the region's rows in the scan's range, shaped by its columns, filter and limits. */
function openSource(env: ClientEnv, target: Target, s: hbase.pb.IScan, limitOfRows: number): RowSource {
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
  const filter = s.filter ? decodeFilter(s.filter) : undefined;
  const limit = limitOfRows > 0 ? limitOfRows : undefined;
  if (target.kind === 'meta') {
    const query = buildReadQuery(undefined, s.column, s.timeRange, s.maxVersions, env.now());
    return new MetaRowSource(env.meta.rows(), range, { query, filter, limit });
  }
  const { table, region } = target.ref;
  const query = buildReadQuery(table, s.column, s.timeRange, s.maxVersions, env.now(), region.startKey);
  return new TableRowSource(env.storage, table, clampToRegion(range, region), { query, filter, limit, storeLimit: s.storeLimit ?? undefined, storeOffset: s.storeOffset ?? undefined });
}

/** Encodes the ScanResponse; a scanner whose region or scan is done is closed. */
function respond(env: ClientEnv, ctx: CallContext, id: string, step: ScanStep): MethodResult {
  if (step.regionDone || step.scanDone) env.scanners.close(id);
  const response: hbase.pb.IScanResponse = {
    scannerId: toLong(BigInt(id), true),
    moreResults: !step.scanDone,
    moreResultsInRegion: !step.regionDone,
    ttl: env.scanners.leasePeriodMs,
    heartbeatMessage: false,
  };
  let cells: Cell[] = [];
  if (ctx.cellBlocks) {
    response.cellsPerResult = step.pieces.map((p) => p.cells.length);
    response.partialFlagPerResult = step.pieces.map((p) => p.partial);
    cells = step.pieces.flatMap((p) => p.cells);
  } else {
    response.results = step.pieces.map((p) => ({ ...encodeResult(p.cells, false).result, partial: p.partial }));
  }
  return { message: pb.ScanResponse.encode(response).finish(), cells };
}
