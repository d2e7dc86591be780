import { bytesKey } from '@hbase-compat/storage';

/** Serializes the atomic operations of a row, and lets plain writes wait for them. */
export class RowLocks {
  private readonly held = new Map<string, Promise<void>>();

  async withLock<T>(key: string, body: () => Promise<T>): Promise<T> {
    for (;;) {
      const current = this.held.get(key);
      if (current === undefined) break;
      await current;
    }
    let release!: () => void;
    const p = new Promise<void>((r) => (release = r));
    this.held.set(key, p);
    try {
      return await body();
    } finally {
      this.held.delete(key);
      release();
    }
  }

  /** Waits until no atomic operation holds any of the rows (free when none is running at all). */
  async awaitFree(rows: readonly { row: Buffer }[]): Promise<void> {
    if (this.held.size === 0) return;
    for (const { row } of rows) {
      const k = bytesKey(row);
      for (;;) {
        const current = this.held.get(k);
        if (current === undefined) break;
        await current;
      }
    }
  }
}
