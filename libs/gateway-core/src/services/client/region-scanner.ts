import type { Cell } from '@hbase-compat/hbase-codec';
import { cellHeapSize, cellsHeapSize } from '../../scan/read-query';
import type { RowBatch, RowCounts, RowSource } from '../../scan/row-sources';
import type { LeasedScanner } from '../../scan/scanner-registry';

export interface ScannerLimits {
  /** Bytes per response (Scan.max_result_size, client default 2 MB). */
  maxResultSize: number;
  /** Scan.setBatch: cells per Result; undefined = whole rows. */
  cellsPerResult: number | undefined;
}

/** One Result of a ScanResponse: a whole row, or a piece of one (partial unless it ends the row). */
export interface ResultPiece {
  cells: Cell[];
  partial: boolean;
}

/** What one scan call sends: the Results and whether the region / the whole scan is done. */
export interface ScanStep {
  pieces: ResultPiece[];
  regionDone: boolean;
  scanDone: boolean;
  /** Rows this call read and dropped (ScanResponse.scan_metrics, per call as HBase's ScannerContext). */
  counts?: RowCounts;
}

/**
 * One open scan on one region and its continuation between calls: the row source, the limits the
 * scan was opened with, the call sequence the client must follow, and rows read but not yet sent.
 */
export class RegionScanner implements LeasedScanner {
  /** RSRpcServices.RegionScannerHolder.nextCallSeq: advances on every checked call. */
  expectedCallSeq = 0;
  /** Rows already read but not yet sent: the rest of a row cut by the size limit, then whole rows. */
  private readonly carry: Cell[][] = [];
  /** The source's counters at the end of the previous call. */
  private reported: RowCounts = { rowsScanned: 0, rowsFiltered: 0 };

  constructor(
    private readonly source: RowSource,
    readonly limits: ScannerLimits,
  ) {}

  /** The next response's Results for a call asking for `wanted` rows. */
  async next(wanted: number): Promise<ScanStep> {
    const step = this.cut(await this.nextRows(wanted));
    const now = { ...this.source.counts };
    step.counts = { rowsScanned: now.rowsScanned - this.reported.rowsScanned, rowsFiltered: now.rowsFiltered - this.reported.rowsFiltered };
    this.reported = now;
    return step;
  }

  close(): void {
    this.source.close();
  }

  /** Rows carried over from the previous response first, then fresh rows from the source. */
  private async nextRows(wanted: number): Promise<RowBatch> {
    const carried = this.carry.splice(0, Math.max(1, wanted));
    if (carried.length >= wanted) return { rows: carried, regionDone: false, scanDone: false };
    const fresh = await this.source.next(wanted - carried.length, this.limits.maxResultSize);
    return { ...fresh, rows: carried.concat(fresh.rows) };
  }

  /**
   * As HBase's region scanner: the response stops at the cell where the size limit is reached; if
   * that row has more cells, its Result is partial and the rest waits for the next call (the client
   * stitches, or hands out partials with allowPartialResults). With Scan.setBatch a row's earlier
   * pieces are partial too.
   */
  private cut(batch: RowBatch): ScanStep {
    const { cellsPerResult, maxResultSize } = this.limits;
    const pieces: ResultPiece[] = [];
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
        this.carry.unshift(row.slice(cutAt), ...batch.rows.slice(r + 1));
        break;
      }
      bytes += rowBytes;
    }
    const more = this.carry.length > 0;
    return { pieces, regionDone: batch.regionDone && !more, scanDone: batch.scanDone && !more };
  }
}

/**
 * Cuts one row into Results: after every `cellsPerResult` cells (Scan.setBatch), and at the cell
 * where the response reaches `maxResultSize` if the row goes on. Returns the index of the first
 * cell not sent (row.length when the whole row went out).
 */
function splitRow(row: Cell[], bytesBefore: number, maxResultSize: number, cellsPerResult: number | undefined, pieces: ResultPiece[]): number {
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
