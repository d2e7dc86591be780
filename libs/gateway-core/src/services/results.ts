import { type Cell, compareCells, pb, toLong, hbase } from '@hbase-compat/hbase-codec';

/**
 * Result encoding. With a cell codec the cells travel in the cell block and the Result carries
 * only associated_cell_count (RSRpcServices.addResult); without one they go inline as PB Cells.
 *
 * Cell order: a client's Result.getValue/getColumnLatestCell binary-search the cells in
 * CellComparator order, so every Result HBase builds from one read or one Increment/Append is in
 * that order. encodeResult guarantees it for Get, Multi, Increment, Append, checkAndMutate, inline
 * Scan results and hbase:meta Gets. Scan rows sent in cell blocks are cut into partial Results
 * before encoding, so they rely on their row sources (storage reads, the meta table) yielding
 * sorted rows, which both engines do. The one exception HBase itself makes, RowMutations' merged
 * Increment/Append results, goes through encodeMergedResult.
 */
export interface ResultOut {
  result: hbase.pb.IResult;
  cells: readonly Cell[];
}

export function toPbCell(c: Cell): hbase.pb.ICell {
  return { row: c.row, family: c.family, qualifier: c.qualifier, timestamp: toLong(c.timestamp, true), cellType: c.type as number, value: c.value };
}

/** The cells in CellComparator order; the same array when it already is (the usual case: reads come sorted). */
export function sortedCells<T extends readonly Cell[]>(cells: T): T | Cell[] {
  for (let i = 1; i < cells.length; i++) {
    if (compareCells(cells[i - 1], cells[i]) > 0) return [...cells].sort(compareCells);
  }
  return cells;
}

export function encodeResult(cells: readonly Cell[], cellBlocks: boolean): ResultOut {
  return encodeInOrder(sortedCells(cells), cellBlocks);
}

/**
 * RowMutations (mutateRow, checkAndMutate of RowMutations): RSRpcServices.doBatchOp and
 * HRegion.mutateRow concatenate each Increment/Append's sorted Result in mutation order, unsorted
 * across them; the client receives exactly that, inline in the first action's result.
 */
export function encodeMergedResult(cells: readonly Cell[]): hbase.pb.IResult {
  return encodeInOrder(cells, false).result;
}

function encodeInOrder(cells: readonly Cell[], cellBlocks: boolean): ResultOut {
  if (cellBlocks) return { result: { associatedCellCount: cells.length, stale: false }, cells };
  return { result: { cell: cells.map(toPbCell), stale: false }, cells: [] };
}

export function existenceResult(exists: boolean): hbase.pb.IResult {
  return { exists, stale: false, associatedCellCount: 0 };
}

export { pb };
