import type { Cell } from '@hbase-compat/hbase-codec';

/** Filter.ReturnCode: what a filter tells the store scanner to do with a cell. */
export enum ReturnCode {
  INCLUDE = 'INCLUDE',
  INCLUDE_AND_NEXT_COL = 'INCLUDE_AND_NEXT_COL',
  INCLUDE_AND_SEEK_NEXT_ROW = 'INCLUDE_AND_SEEK_NEXT_ROW',
  SKIP = 'SKIP',
  NEXT_COL = 'NEXT_COL',
  NEXT_ROW = 'NEXT_ROW',
  SEEK_NEXT_USING_HINT = 'SEEK_NEXT_USING_HINT',
}

export function isIncludeCode(rc: ReturnCode): boolean {
  return rc === ReturnCode.INCLUDE || rc === ReturnCode.INCLUDE_AND_NEXT_COL || rc === ReturnCode.INCLUDE_AND_SEEK_NEXT_ROW;
}

/**
 * HBase's server-side Filter contract (org.apache.hadoop.hbase.filter.Filter), cell by cell. The
 * region scanner calls, per row: filterAllRemaining, filterRowKey(first cell), filterCell and
 * transformCell for each cell the store scanners reach, then filterRowCells + filterRow when
 * hasFilterRow (else filterRow alone), and reset between rows.
 */
export interface HFilter {
  reset(): void;
  filterAllRemaining(): boolean;
  filterRowKey(firstRowCell: Cell): boolean;
  filterCell(cell: Cell): ReturnCode;
  transformCell(cell: Cell): Cell;
  filterRowCells(cells: Cell[]): void;
  hasFilterRow(): boolean;
  filterRow(): boolean;
  getNextCellHint(cell: Cell): Cell | undefined;
  isFamilyEssential(family: Buffer): boolean;
  setReversed(reversed: boolean): void;
  isReversed(): boolean;
}

/** FilterBase: the defaults every concrete filter starts from. */
export abstract class FilterBase implements HFilter {
  protected reversed = false;
  /** Stateless by default: nothing to clear between rows. */
  reset(): void {
    return;
  }
  filterAllRemaining(): boolean {
    return false;
  }
  /** FilterBase.filterRowKey(Cell): a finished filter drops the row, else the row passes. */
  filterRowKey(_firstRowCell: Cell): boolean {
    return this.filterAllRemaining();
  }
  filterCell(_cell: Cell): ReturnCode {
    return ReturnCode.INCLUDE;
  }
  transformCell(cell: Cell): Cell {
    return cell;
  }
  /** Most filters decide cell by cell and leave the row's list alone. */
  filterRowCells(_cells: Cell[]): void {
    return;
  }
  hasFilterRow(): boolean {
    return false;
  }
  filterRow(): boolean {
    return false;
  }
  getNextCellHint(_cell: Cell): Cell | undefined {
    return undefined;
  }
  isFamilyEssential(_family: Buffer): boolean {
    return true;
  }
  setReversed(reversed: boolean): void {
    this.reversed = reversed;
  }
  isReversed(): boolean {
    return this.reversed;
  }
}

const EMPTY = Buffer.alloc(0);
/** Type code HBase gives the fake "first on row/column" key cells (Maximum sorts before Put). */
const MAXIMUM_TYPE = 255;

/** PrivateCellUtil.createFirstOnRow: sorts before every real cell of `row`. */
export function firstOnRow(row: Buffer): Cell {
  return { row, family: EMPTY, qualifier: EMPTY, timestamp: BigInt('9223372036854775807'), type: MAXIMUM_TYPE as Cell['type'], value: EMPTY };
}

/** PrivateCellUtil.createFirstOnRowCol: sorts before every version of (row, family, qualifier). */
export function firstOnRowCol(cell: Cell, qualifier: Buffer): Cell {
  return { row: cell.row, family: cell.family, qualifier, timestamp: BigInt('9223372036854775807'), type: MAXIMUM_TYPE as Cell['type'], value: EMPTY };
}

/** PrivateCellUtil.createFirstOnRowColTS. */
export function firstOnRowColTs(cell: Cell, timestamp: bigint): Cell {
  return { row: cell.row, family: cell.family, qualifier: cell.qualifier, timestamp, type: MAXIMUM_TYPE as Cell['type'], value: EMPTY };
}

/**
 * CellComparator order: row, family, qualifier, then timestamp newest first, then type (higher
 * type code first, so the fake Maximum cells sort before real ones of the same key).
 */
export function compareCells(a: Cell, b: Cell): number {
  return Buffer.compare(a.row, b.row) || compareInRow(a, b);
}

/** The same order for two cells known to share a row. */
export function compareInRow(a: Cell, b: Cell): number {
  const c = Buffer.compare(a.family, b.family) || Buffer.compare(a.qualifier, b.qualifier);
  if (c !== 0) return c;
  if (a.timestamp !== b.timestamp) return a.timestamp > b.timestamp ? -1 : 1;
  return (b.type as number) - (a.type as number);
}

export function sameColumn(a: Cell, b: Cell): boolean {
  return a.family.equals(b.family) && a.qualifier.equals(b.qualifier);
}
