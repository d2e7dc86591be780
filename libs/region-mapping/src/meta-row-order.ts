/**
 * hbase:meta row order (MetaCellComparator.compareRows): a row `table,startKey,regionId...` is
 * split at the first comma (table) and the last comma (region id); table, then start key, then
 * the id part are compared bytewise, with HBase's quirk for a row that has no last comma. Plain byte order would misplace start keys containing bytes
 * below ','.
 */
const COMMA = 0x2c;

export function compareMetaRows(a: Buffer, b: Buffer): number {
  const aFirst = a.indexOf(COMMA);
  const bFirst = b.indexOf(COMMA);
  const aTable = aFirst < 0 ? a : a.subarray(0, aFirst);
  const bTable = bFirst < 0 ? b : b.subarray(0, bFirst);
  const byTable = Buffer.compare(aTable, bTable);
  if (byTable !== 0) return byTable;
  if (aFirst < 0 || bFirst < 0) return (aFirst < 0 ? 0 : 1) - (bFirst < 0 ? 0 : 1);
  const aFar = lastCommaAfter(a, aFirst);
  const bFar = lastCommaAfter(b, bFirst);
  const aMiddle = a.subarray(aFirst + 1, aFar < 0 ? a.length : aFar);
  const bMiddle = b.subarray(bFirst + 1, bFar < 0 ? b.length : bFar);
  const byMiddle = Buffer.compare(aMiddle, bMiddle);
  if (byMiddle !== 0) return byMiddle;
  // MetaCellComparator.compareRows then compares what follows the far delimiter; a row without one
  // (e.g. `table,` as a scan bound) has its far index -1 moved to 0, so its whole row is compared
  // with the other's region id: `t,` sorts after `t,,1700000000000.abc.` as 't' > '1'.
  return Buffer.compare(a.subarray(aFar + 1), b.subarray(bFar + 1));
}

function lastCommaAfter(row: Buffer, first: number): number {
  const last = row.lastIndexOf(COMMA);
  return last > first ? last : -1;
}
