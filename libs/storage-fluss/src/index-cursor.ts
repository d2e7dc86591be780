import type { Cell } from '@hbase-compat/hbase-codec';
import { type RowCursor, type ScanRange, type StoredRow, isInsideStart, isInsideStop, isPastRow } from '@hbase-compat/storage';
import type { Database } from 'lmdb';
import { afterRowKey, beforeRowKey, pageCells, seekKey, storedPages } from './index-pages';

/**
 * A scan over the scan index: walks its pages in the scan's direction, re-seeking after the last
 * returned row on every call (no read transaction outlives a call). The first call waits for the
 * index to catch up with the changelog (the scan fence, table-feed.ts). A row's pages hold its cells
 * in HBase order (index-pages.ts): joined in key order they are the row's cells, sorted, in either
 * direction.
 */
export class IndexCursor implements RowCursor {
  private last: Buffer | undefined;
  private done = false;
  private caughtUp = false;

  constructor(
    private readonly feed: { catchUp(timeoutMs: number): Promise<void> },
    private readonly db: Database<Buffer, Buffer>,
    private readonly range: ScanRange,
    private readonly catchUpTimeoutMs: number,
  ) {}

  async next(maxRows: number): Promise<StoredRow[]> {
    if (this.done || maxRows <= 0) return [];
    if (!this.caughtUp) {
      await this.feed.catchUp(this.catchUpTimeoutMs);
      this.caughtUp = true;
    }
    const out: StoredRow[] = [];
    const { reversed } = this.range;
    let row: Buffer | undefined;
    let pages: Cell[][] = [];
    const finish = (): boolean => {
      if (row === undefined) return false;
      const done = this.accept(row, pages, out);
      row = undefined;
      pages = [];
      return done || out.length >= maxRows;
    };
    for (const { key, value } of this.db.getRange(this.seekOptions())) {
      for (const page of storedPages(key, value, reversed)) {
        const cells = pageCells(page);
        if (cells.length === 0) continue;
        if (row !== undefined && !row.equals(cells[0].row) && finish()) return out;
        row ??= cells[0].row;
        pages.push(cells);
      }
    }
    finish();
    this.done = true;
    return out;
  }

  /** Adds a whole row to `out` if the range takes it; true when the scan has passed its stop row. */
  private accept(row: Buffer, pages: Cell[][], out: StoredRow[]): boolean {
    if (!isPastRow(this.range, row, this.last)) return false;
    if (!isInsideStop(this.range, row)) {
      this.done = true;
      return true;
    }
    this.last = row;
    if (!isInsideStart(this.range, row)) return false;
    if (this.range.reversed) pages.reverse();
    out.push({ row, cells: pages.length === 1 ? pages[0] : pages.flat() });
    return false;
  }

  close(): void {
    this.done = true;
  }

  private seekOptions(): { start?: Buffer; end?: Buffer; reverse?: boolean } {
    const { reversed, startRow } = this.range;
    if (!reversed) {
      if (this.last !== undefined) return { start: seekKey(afterRowKey(this.last)) };
      return startRow.length > 0 ? { start: seekKey(beforeRowKey(startRow)) } : {};
    }
    const bottom = Buffer.alloc(0);
    if (this.last !== undefined) return { start: seekKey(beforeRowKey(this.last)), end: bottom, reverse: true };
    return startRow.length > 0 ? { start: seekKey(afterRowKey(startRow)), end: bottom, reverse: true } : { reverse: true, end: bottom };
  }
}
