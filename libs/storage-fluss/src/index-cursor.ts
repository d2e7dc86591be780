import { compareCells } from '@hbase-compat/hbase-codec';
import { type RowCursor, type ScanRange, type StoredRow, isInsideStart, isInsideStop, isPastRow } from '@hbase-compat/storage';
import type { Database } from 'lmdb';
import { afterRowKey, beforeRowKey, entryCells, seekKey } from './index-keys';

/**
 * A scan over the scan index: walks it in the scan's direction, re-seeking after the last returned
 * row on every call (no read transaction outlives a call). The first call waits for the index to
 * catch up with the changelog (the scan fence, table-feed.ts).
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
    let current: StoredRow | undefined;
    const finish = (): boolean => {
      if (current === undefined) return false;
      const row = current;
      current = undefined;
      if (!isPastRow(this.range, row.row, this.last)) return false;
      if (!isInsideStop(this.range, row.row)) {
        this.done = true;
        return true;
      }
      this.last = row.row;
      if (!isInsideStart(this.range, row.row)) return false;
      row.cells.sort(compareCells);
      out.push(row);
      return out.length >= maxRows;
    };
    for (const { key, value } of this.db.getRange(this.seekOptions())) {
      for (const cell of entryCells(key, value, this.range.reversed)) {
        if (current !== undefined && !current.row.equals(cell.row)) {
          if (finish()) return out;
        }
        if (current === undefined) current = { row: cell.row, cells: [] };
        current.cells.push(cell);
      }
    }
    finish();
    this.done = true;
    return out;
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
