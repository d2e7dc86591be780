import { type Cell, pb, toLong, hbase } from '@hbase-compat/hbase-codec';

/**
 * Result encoding. With a cell codec the cells travel in the cell block and the Result carries
 * only associated_cell_count (RSRpcServices.addResult); without one they go inline as PB Cells.
 */
export interface ResultOut {
  result: hbase.pb.IResult;
  cells: readonly Cell[];
}

export function toPbCell(c: Cell): hbase.pb.ICell {
  return { row: c.row, family: c.family, qualifier: c.qualifier, timestamp: toLong(c.timestamp, true), cellType: c.type as number, value: c.value };
}

export function encodeResult(cells: readonly Cell[], cellBlocks: boolean): ResultOut {
  if (cellBlocks) return { result: { associatedCellCount: cells.length, stale: false }, cells };
  return { result: { cell: cells.map(toPbCell), stale: false }, cells: [] };
}

export function existenceResult(exists: boolean): hbase.pb.IResult {
  return { exists, stale: false, associatedCellCount: 0 };
}

export { pb };
