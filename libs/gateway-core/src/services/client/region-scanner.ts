import type { Cell } from '@hbase-compat/hbase-codec';
import type { Region } from '@hbase-compat/region-mapping';
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
    /** The user-table region read, whose read requests the scan counts; undefined for hbase:meta. */
    readonly region?: Region,
  ) {}

  /** The next response's Results for a call asking for `wanted` Results (ScanRequest.number_of_rows). */
  async next(wanted: number): Promise<ScanStep> {
    const step = this.cut(await this.nextRows(wanted), Math.max(1, wanted));
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
    if (this.carry.length === 0) return this.source.next(wanted, this.limits.maxResultSize);
    const carried = this.carry.splice(0, Math.max(1, wanted));
    if (carried.length >= wanted) return { rows: carried, regionDone: false, scanDone: false };
    const fresh = await this.source.next(wanted - carried.length, this.limits.maxResultSize);
    return { ...fresh, rows: carried.concat(fresh.rows) };
  }

  /**
   * As RSRpcServices.scan over HBase's region scanner: a response holds at most `wanted` Results and
   * stops at the cell where the size limit is reached; if that row has more cells, its Result is
   * partial and the rest waits for the next call (the client stitches, or hands out partials with
   * allowPartialResults). With Scan.setBatch a row's earlier pieces are partial too.
   */
  private cut(batch: RowBatch, wanted: number): ScanStep {
    const pieces: ResultPiece[] = [];
    let bytes = 0;
    for (let r = 0; r < batch.rows.length; r++) {
      const row = batch.rows[r];
      const rowBytes = cellsHeapSize(row);
      const cutAt = this.splitRow(row, rowBytes, bytes, pieces, wanted);
      bytes += cutAt === row.length ? rowBytes : cellsHeapSize(row.slice(0, cutAt));
      if (cutAt < row.length || pieces.length >= wanted) {
        this.carry.unshift(...(cutAt < row.length ? [row.slice(cutAt)] : []), ...batch.rows.slice(r + 1));
        break;
      }
    }
    const more = this.carry.length > 0;
    return { pieces, regionDone: batch.regionDone && !more, scanDone: batch.scanDone && !more };
  }

  /**
   * Cuts one row into Results: after every `cellsPerResult` cells (Scan.setBatch), at the cell where
   * the response reaches the size limit if the row goes on, and when the response has `wanted`
   * Results. Returns the index of the first cell not sent (row.length when the whole row went out).
   * `rowBytes` is the whole row's heap size (cellsHeapSize), which the caller needs too.
   */
  private splitRow(row: Cell[], rowBytes: number, bytesBefore: number, pieces: ResultPiece[], wanted: number): number {
    const { cellsPerResult, maxResultSize } = this.limits;
    // The common case: a whole row that ends before the size limit goes out as one Result.
    if (cellsPerResult === undefined && (bytesBefore + rowBytes < maxResultSize || row.length === 1)) {
      pieces.push({ cells: row, partial: false });
      return row.length;
    }
    let bytes = bytesBefore;
    let start = 0;
    for (let i = 0; i < row.length; i++) {
      bytes += cellHeapSize(row[i]);
      const last = i + 1 === row.length;
      const sizeReached = bytes >= maxResultSize && !last;
      const batchFull = cellsPerResult !== undefined && i + 1 - start === cellsPerResult;
      if (last || sizeReached || batchFull) {
        // RegionScannerImpl.populateResult reports a full batch only when the row has more cells, so
        // a Result that fills the batch at the row's end is whole. (HBase looks at the next stored
        // cell, older versions included: a row whose last column keeps hidden versions, as hbase:meta
        // rows do, gets that Result flagged partial there. Not modelled.)
        pieces.push({ cells: row.slice(start, i + 1), partial: !last });
        start = i + 1;
        if (sizeReached || pieces.length >= wanted) return i + 1;
      }
    }
    return row.length;
  }
}
