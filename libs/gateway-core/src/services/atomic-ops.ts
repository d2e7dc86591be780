import { type Cell, CellType, LATEST_TIMESTAMP, hbaseError, hbase } from '@hbase-compat/hbase-codec';
import { ALL_TIME, readVisible } from '@hbase-compat/storage';
import type { OpenTable } from '../catalog/table-catalog';
import { type DecodedMutation, resolveForWrite } from './mutations';
import { toTimeRange } from '../scan/read-query';
import { decodeComparator } from '../scan/comparators';
import { decodeFilter } from '../scan/filters';

/**
 * Operations that read the row before writing it, run inside the engine's per-row atomic section:
 * Increment, Append, single-version Delete at LATEST, and checkAndMutate conditions.
 */
export interface AppliedMutation {
  write: Cell[];
  /** Increment/Append: the new cells, as the client receives them. */
  returned: Cell[];
}

function latestVisible(table: OpenTable, stored: readonly Cell[], family: Buffer, qualifier: Buffer, now: bigint): Cell | undefined {
  const cells = readVisible(stored, table.families, {
    columns: new Map([[family.toString('latin1'), new Set([qualifier.toString('latin1')])]]),
    timeRange: ALL_TIME,
    maxVersions: 1,
    now: Number(now),
  });
  return cells[0];
}

export function applyAtomicMutation(table: OpenTable, m: DecodedMutation, stored: readonly Cell[], now: bigint): AppliedMutation {
  switch (m.kind) {
    case 'put':
      return { write: resolveForWrite(table, m, now), returned: [] };
    case 'delete': {
      const write = resolveForWrite(table, m, now).map((c) => {
        if (c.type !== CellType.Delete || c.timestamp !== LATEST_TIMESTAMP) return c;
        // Delete of "the latest version": aim the marker at that version's timestamp (HRegion).
        const latest = latestVisible(table, stored, c.family, c.qualifier, now);
        return { ...c, timestamp: latest ? latest.timestamp : now };
      });
      return { write, returned: [] };
    }
    case 'increment':
    case 'append': {
      const write: Cell[] = [];
      for (const c of m.cells) {
        const current = latestVisible(table, stored, c.family, c.qualifier, now);
        const ts = current && current.timestamp >= now ? current.timestamp + 1n : now;
        let value: Buffer;
        if (m.kind === 'increment') {
          if (c.value.length !== 8) throw hbaseError('DoNotRetryIOException', `Increment amount must be 8 bytes, got ${c.value.length}`);
          let base = 0n;
          if (current) {
            if (current.value.length !== 8) throw hbaseError('DoNotRetryIOException', `Field is not a long, it's ${current.value.length} bytes wide`);
            base = current.value.readBigInt64BE(0);
          }
          value = Buffer.alloc(8);
          value.writeBigInt64BE(BigInt.asIntN(64, base + c.value.readBigInt64BE(0)));
        } else {
          value = current ? Buffer.concat([current.value, c.value]) : Buffer.from(c.value);
        }
        write.push({ row: m.row, family: c.family, qualifier: c.qualifier, timestamp: ts, type: CellType.Put, value });
      }
      return { write, returned: write };
    }
  }
}

/**
 * checkAndMutate: compare the latest visible value of the column with the operand. As in
 * HRegion.checkAndMutateInternal the comparison is `compare(operand, cellValue)`, so LESS means
 * operand < cell value; an absent/empty operand passes when the cell is missing or empty (the
 * reverse for NOT_EQUAL). A filter condition holds when the filtered row is not empty.
 */
export function evaluateCondition(table: OpenTable, stored: readonly Cell[], condition: hbase.pb.ICondition, nowMs: number): boolean {
  const range = toTimeRange(condition.timeRange);
  if (condition.filter) {
    // Condition by filter: it holds when the filtered row is not empty (HRegion checkAndMutate).
    const visible = readVisible(stored, table.families, { timeRange: range, maxVersions: 1, now: nowMs });
    const filter = decodeFilter(condition.filter);
    const row = visible[0]?.row ?? Buffer.alloc(0);
    if (visible.length === 0 || filter.filterAllRemaining() || filter.filterRowKey(row)) return false;
    const kept = filter.filterCells(visible);
    return kept.length > 0 && !filter.filterRow(kept);
  }
  const family = Buffer.from(condition.family ?? []);
  const qualifier = Buffer.from(condition.qualifier ?? []);
  const cells = readVisible(stored, table.families, {
    columns: new Map([[family.toString('latin1'), new Set([qualifier.toString('latin1')])]]),
    timeRange: range,
    maxVersions: 1,
    now: nowMs,
  });
  const cell = cells[0];
  const op = condition.compareType ?? 2;
  const comparator = decodeComparator(condition.comparator);
  const operandEmpty = comparator.operand === undefined || comparator.operand.length === 0;
  if (operandEmpty) {
    if (cell === undefined) return op !== 3; /* NOT_EQUAL */
    return (cell.value.length === 0) === (op !== 3);
  }
  if (cell === undefined) return false;
  // compare(operand, cellValue): LESS holds when the operand is less than the stored value.
  const cmp = comparator.compareTo(cell.value);
  switch (op) {
    case 0:
      return cmp < 0;
    case 1:
      return cmp <= 0;
    case 2:
      return cmp === 0;
    case 3:
      return cmp !== 0;
    case 4:
      return cmp >= 0;
    case 5:
      return cmp > 0;
    case 6:
      return true;
    default:
      throw hbaseError('DoNotRetryIOException', `Unknown compare type ${op}`);
  }
}
