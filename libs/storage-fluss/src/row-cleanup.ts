import { type Cell, CellType } from '@hbase-compat/hbase-codec';
import { type TableDescriptor, FOREVER_SECONDS, bytesKey, cellIdentity, familiesOf } from '@hbase-compat/storage';

/**
 * What the Fluss engine deletes in place of HBase's compactions: the stored cells no read can
 * return any more, found by reads (cleanup) and by Admin.flush / majorCompact (compact).
 */
/**
 * Cheap pre-check on sorted cells: a row of plain puts, one per column, in families without a TTL
 * holds nothing a cleanup could drop (the common case), so the full merge is skipped.
 */
export function mayHoldGarbage(cells: readonly Cell[], table: TableDescriptor): boolean {
  const families = familiesOf(table);
  let previous: Cell | undefined;
  for (const c of cells) {
    if (c.type !== CellType.Put || c.tags !== undefined) return true;
    if (previous === undefined || !previous.family.equals(c.family)) {
      const fd = families.get(bytesKey(c.family));
      if (fd === undefined || (fd.ttlSeconds > 0 && fd.ttlSeconds < FOREVER_SECONDS)) return true;
    } else if (previous.qualifier.equals(c.qualifier)) return true;
    previous = c;
  }
  return false;
}

/** The stored cells a compaction did not keep. */
export function droppedBy(kept: readonly Cell[], stored: readonly Cell[]): Cell[] {
  if (kept.length === stored.length) return [];
  const keep = new Set(kept.map(cellIdentity));
  return stored.filter((c) => !keep.has(cellIdentity(c)));
}

export const COMPACT_ROWS_PER_STEP = 256;

/** Garbage a read may find before it asks for a cleanup: enough to be worth a write. */
export const CLEANUP_MIN_GARBAGE = 4;
