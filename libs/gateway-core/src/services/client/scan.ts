import { type Cell, type ScanResponseFields, encodeScanResponse, hbaseError, pb, has, toLong, toNumber, type hbase } from '@hbase-compat/hbase-codec';
import type { ScanRange } from '@hbase-compat/storage';
import { decodeParam, type CallContext, type MethodResult } from '../../rpc/service-registry';
import { filterForScan, isJavaRuntimeError } from '../../scan/filters';
import { buildReadQuery } from '../../scan/read-query';
import { MetaRowSource, TableRowSource, clampToRegion, type RowSource } from '../../scan/row-sources';
import { encodeResult } from '../results';
import { type ClientEnv, type Target, resolveRegion } from './env';
import { RegionScanner, type ScanStep } from './region-scanner';
import { AclFilteredSource } from '../../security/read-filter';

const DEFAULT_MAX_RESULT_SIZE = 2 * 1024 * 1024;

/**
 * ClientService.Scan, as RSRpcServices.scan: a request with a scanner id continues (or closes) that
 * scanner whatever else it carries (some clients resend the scan on every call); one without opens a
 * scanner on the named region. Then the same steps for both: read up to numberOfRows rows, answer,
 * and close the scanner when its region or the scan is done or the client asked.
 */
export function scanMethod(env: ClientEnv) {
  return async (ctx: CallContext, param: Buffer): Promise<MethodResult> => {
    const req = decodeParam(pb.ScanRequest, param);
    if (has(req, 'scannerId')) return continueScan(env, ctx, req);
    if (!has(req, 'scan')) throw hbaseError('DoNotRetryIOException', 'Missing required input: scannerId or scan');
    return openScan(env, ctx, req);
  };
}

async function continueScan(env: ClientEnv, ctx: CallContext, req: hbase.pb.ScanRequest): Promise<MethodResult> {
  const id = req.scannerId.toString();
  const scanner = env.scanners.get(id);
  if (scanner === undefined) {
    // RSRpcServices.getRegionScanner: a scanner closed moments ago (by the client, or because its
    // region ended) gets an empty answer carrying only its id, unless the call's sequence number is
    // not the one after the sequence the scanner had reached (a wrongly retried call); any other id is unknown.
    const lastCallSeq = env.scanners.retiredCallSeq(id);
    if (lastCallSeq !== undefined) {
      if (has(req, 'nextCallSeq') && Number(req.nextCallSeq) !== lastCallSeq + 1) {
        throw hbaseError(
          'OutOfOrderScannerNextException',
          `Expected nextCallSeq for closed request: ${lastCallSeq + 1} But the nextCallSeq got from client: ${req.nextCallSeq}; request=scanner_id: ${id}`,
        );
      }
      return { message: pb.ScanResponse.encode({ scannerId: req.scannerId }).finish() };
    }
    throw hbaseError(
      'UnknownScannerException',
      `Unknown scanner '${id}'. This can happen due to any of the following reasons: a) Scanner id given is wrong, b) Scanner lease expired because of long wait between consecutive client checkins, c) Server may be closing down, d) RegionServer restart during upgrade.\nIf the issue is due to reason (b), a possible fix would be increasing the value of'hbase.client.scanner.timeout.period' configuration.`,
    );
  }
  env.scanners.renew(id);
  checkNextCallSeq(req, id, scanner);
  if (req.renew) return { message: pb.ScanResponse.encode({ scannerId: req.scannerId }).finish() };
  return runScan(env, ctx, req, id, scanner, { scannerId: BigInt(id) });
}

/**
 * RSRpcServices.checkScanNextCallSeq: the sequence advances on every checked call (the opening one and
 * lease renewals included); a mismatch leaves the scanner as it was (the client opens a new one).
 */
function checkNextCallSeq(req: hbase.pb.ScanRequest, id: string, scanner: RegionScanner): void {
  if (!has(req, 'nextCallSeq')) return;
  if (Number(req.nextCallSeq) !== scanner.expectedCallSeq) {
    throw hbaseError(
      'OutOfOrderScannerNextException',
      `Expected nextCallSeq: ${scanner.expectedCallSeq} But the nextCallSeq got from client: ${req.nextCallSeq}; request=scanner_id: ${id}`,
    );
  }
  scanner.expectedCallSeq++;
}

async function openScan(env: ClientEnv, ctx: CallContext, req: hbase.pb.ScanRequest): Promise<MethodResult> {
  const target = resolveRegion(env, req.region);
  const s = req.scan ?? pb.Scan.create();
  const maxResultSize = has(s, 'maxResultSize') && toNumber(s.maxResultSize) > 0 ? toNumber(s.maxResultSize) : DEFAULT_MAX_RESULT_SIZE;
  // ACL: AccessController.preScannerOpen (security/); denies, or narrows to the granted cells.
  const keep = env.acl && target.kind === 'table' ? await env.acl.authorizeScan(ctx.user, target.ref.table, s) : undefined;
  const source = openSource(env, target, s, req.limitOfRows);
  const scanner = new RegionScanner(
    keep ? new AclFilteredSource(source, keep) : source,
    {
      maxResultSize,
      cellsPerResult: has(s, 'batchSize') && (s.batchSize ?? 0) > 0 ? (s.batchSize as number) : undefined,
    },
    target.kind === 'table' ? target.ref.region : undefined,
  );
  let id: string;
  try {
    id = env.scanners.open(scanner, ctx.remoteAddress);
  } catch (e) {
    scanner.close(); // over a ceiling: the source it would have read is released at once
    throw e;
  }
  // RSRpcServices.newRegionScanner: the answer to an opening call names the scanner, its lease and
  // the read point it sees. Our stores keep no MVCC; the clock at opening orders read points as HBase's do.
  const opened: ScanResponseFields = { scannerId: BigInt(id), ttl: env.scanners.leasePeriodMs, mvccReadPoint: env.now() };
  checkNextCallSeq(req, id, scanner);
  // RSRpcServices.scan: renew=true only (re)arms the lease, even on the call that opens the scanner
  // (hbase-driver opens so): no rows are read and the scanner stays open.
  if (req.renew) return { message: encodeScanResponse(opened) };
  return runScan(env, ctx, req, id, scanner, opened);
}

/**
 * The part of RSRpcServices.scan shared by opening and continuing: numberOfRows defaults to one row
 * (none when closing); a call asking for no rows leaves the region open. A failure closes the scanner;
 * unless it is final anyway (DoNotRetryIOException), the client hears ScannerResetException and
 * reopens from the last row it saw.
 */
async function runScan(
  env: ClientEnv,
  ctx: CallContext,
  req: hbase.pb.ScanRequest,
  id: string,
  scanner: RegionScanner,
  head: ScanResponseFields,
): Promise<MethodResult> {
  const rows = has(req, 'numberOfRows') ? req.numberOfRows : req.closeScanner ? 0 : 1;
  let step: ScanStep;
  try {
    step = rows > 0 ? await scanner.next(rows) : { pieces: [], regionDone: false, scanDone: false };
  } catch (e) {
    env.scanners.close(id); // not remembered: RSRpcServices.closeScanner with isError
    const mapped = env.mapError(e);
    // A RuntimeException from a filter escapes RSRpcServices.scan's IOException handler as is.
    if (mapped.kind.doNotRetry || isJavaRuntimeError(e)) throw mapped;
    throw hbaseError('ScannerResetException', `Scanner is closed on the server-side: ${mapped.stackTrace}`);
  }
  // RegionScannerImpl.nextRaw counts a read request per call, and a call yields one Result (or none at the end).
  if (rows > 0 && scanner.region !== undefined) env.catalog.countRequests(scanner.region, Math.max(1, step.pieces.length), 0);
  if (step.regionDone || step.scanDone || req.closeScanner) env.scanners.retire(id, scanner.expectedCallSeq);
  return respond(ctx, head, step, req.trackScanMetrics === true);
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
  if (raw && (s.column ?? []).some((c) => (c.qualifier ?? []).length > 0))
    throw hbaseError('DoNotRetryIOException', 'Cannot specify any column for a raw scan');
  const limit = limitOfRows > 0 ? limitOfRows : undefined;
  if (target.kind === 'meta') {
    const query = buildReadQuery(undefined, s.column, s.timeRange, s.maxVersions, env.now());
    const filter = filterForScan(s, range.reversed, query.maxVersions, []);
    return new MetaRowSource(env.meta.rows(), range, { query, filter, limit });
  }
  const { table, region } = target.ref;
  const query = buildReadQuery(table, s.column, s.timeRange, s.maxVersions, env.now(), region.startKey, s);
  const filter = filterForScan(s, range.reversed, query.maxVersions, table.families.values());
  return new TableRowSource(env.storage, table, clampToRegion(range, region), {
    query,
    filter,
    limit,
    storeLimit: s.storeLimit ?? undefined,
    storeOffset: s.storeOffset ?? undefined,
  });
}

/**
 * Encodes the ScanResponse as RSRpcServices.scan and addResults do: after the head (the scanner id, and
 * on an opening call its lease and read point), stale=false (a default replica), the flags, and the
 * cells (in the cell block when the connection has a codec). heartbeat_message is set only for a
 * heartbeat, which this server never sends.
 */
function respond(ctx: CallContext, head: ScanResponseFields, step: ScanStep, trackMetrics: boolean): MethodResult {
  const { pieces } = step;
  // `head` is this call's own object: filled in rather than copied.
  const response = head;
  response.moreResults = !step.scanDone;
  response.moreResultsInRegion = !step.regionDone;
  response.stale = false;
  if (trackMetrics) response.scanMetrics = scanMetrics(step);
  if (!ctx.cellBlocks) {
    response.results = pieces.map((p) => ({ ...encodeResult(p.cells, false).result, partial: p.partial }));
    return { message: encodeScanResponse(response), cells: [] };
  }
  const cellsPerResult: number[] = [];
  const partialFlagPerResult: boolean[] = [];
  // A one-Result answer (every short scan) hands its row's cells on as they are.
  const cells: Cell[] = pieces.length === 1 ? pieces[0].cells : [];
  for (const p of pieces) {
    cellsPerResult.push(p.cells.length);
    partialFlagPerResult.push(p.partial);
    if (pieces.length > 1) for (const c of p.cells) cells.push(c);
  }
  response.cellsPerResult = cellsPerResult;
  response.partialFlagPerResult = partialFlagPerResult;
  return { message: encodeScanResponse(response), cells };
}

/**
 * ScanResponse.scan_metrics when the client tracks them (Scan.setScanMetricsEnabled): HBase's
 * ServerSideScanMetrics row counters for this call; the client adds them up.
 */
function scanMetrics(step: ScanStep): hbase.pb.IScanMetrics {
  const counts = step.counts ?? { rowsScanned: 0, rowsFiltered: 0 };
  return {
    metrics: [
      { name: 'ROWS_SCANNED', value: toLong(BigInt(counts.rowsScanned), false) },
      { name: 'ROWS_FILTERED', value: toLong(BigInt(counts.rowsFiltered), false) },
    ],
  };
}
