import type { Cell } from '@hbase-compat/hbase-codec';
import { type KeyValueStore, LMDB_LONG_KEYS } from '@hbase-compat/storage';
import { type KnownRuns, cellFromRow } from './cell-rows';

/**
 * The layout of the scan index (changelog-index.ts): each row's cells in pages, in HBase order.
 *
 *   page key   = esc(row) 00 00 · tag           esc: 00 → 00 FF, so keys sort by unsigned row
 *   tag        = empty for a row's first page; for a page split off, the cell key of its first cell
 *   cell key   = esc(family) 00 00 · esc(qualifier) 00 00 · u64 (2^63 - 1 - ts) · u8 (255 - type)
 *   page value = u8 split | *( varint keyLen | cell key | varint rowLen | CompactedRow ), by ascending cell key
 *   split      = 1 on a row's first page once the row has other pages, else 0
 *
 * Cell keys sort as HBase's CellComparator orders the cells of one row (family and qualifier as
 * unsigned bytes, newest timestamp first, then the greater type code), so pages hand a scan its cells
 * in the order a Result needs, with no sort. A cell lives in the page of its row with the greatest
 * page key not above esc(row) 00 00 · its cell key. A write rewrites one page; a page that outgrows
 * PAGE_SPLIT_BYTES is cut into pages of about half that, so a wide row costs a write no more than a
 * narrow one.
 *
 * A row is in the index exactly when its first page is: a write reads that page with one lookup, and
 * only a row whose first page says `split` needs the ordered search for its page. So an emptied first
 * page stays (empty) while the row has other pages; any other emptied page is removed.
 *
 * Why pages rather than one entry per cell: a scan's cost was dominated by lmdb stepping through
 * one entry per cell (YCSB rows have ten) and by sorting each row's cells afterwards.
 *
 * Page keys longer than lmdb allows are kept by the shared long-key scheme (@hbase-compat/storage
 * long-keys.ts). No page is cut where its new key would be that long, so a long row keeps one page
 * and every tagged page key is stored as itself.
 */

/** A page that grows beyond this many bytes is cut into pages of about half that (if it holds two cells or more). */
export const PAGE_SPLIT_BYTES = 8192;

const UNSPLIT = 0;
const SPLIT = 1;

const MAX_INT64 = (1n << 63n) - 1n;

/** Unsigned-order escape of `bytes` at `at` (00 → 00 FF); returns the offset after it. */
function writeEscaped(out: Buffer, at: number, bytes: Buffer): number {
  if (bytes.indexOf(0) < 0) return at + bytes.copy(out, at);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    out[at++] = b;
    if (b === 0) out[at++] = 0xff;
  }
  return at;
}

function escapedLength(bytes: Buffer): number {
  let n = bytes.length;
  for (let i = bytes.indexOf(0); i >= 0 && i < bytes.length; i++) if (bytes[i] === 0) n++;
  return n;
}

/** esc(row) 00 00: a row's first page key, and the prefix of all its page keys. */
export function rowPageKey(row: Buffer): Buffer {
  const out = Buffer.allocUnsafe(escapedLength(row) + 2);
  const at = writeEscaped(out, 0, row);
  out[at] = 0;
  out[at + 1] = 0;
  return out;
}

/** Sorts after every page of `row` and before every page of a greater row. */
export const afterRowKey = (row: Buffer): Buffer => {
  const k = rowPageKey(row);
  k[k.length - 1] = 1;
  return k;
};

/** Sorts before every page of `row` and after every page of a smaller row. */
export const beforeRowKey = (row: Buffer): Buffer => rowPageKey(row).subarray(0, -2);

/** A seek key lmdb accepts that skips nothing at or after `key` (forward) / at or before it (reversed). */
export const seekKey = (key: Buffer): Buffer => LMDB_LONG_KEYS.storedKey(key);

/** The cell's key within its row: its position in HBase's cell order, as bytes. */
export function cellOrderKey(c: Cell): Buffer {
  const out = Buffer.allocUnsafe(escapedLength(c.family) + escapedLength(c.qualifier) + 4 + 9);
  let at = writeEscaped(out, 0, c.family);
  out[at++] = 0;
  out[at++] = 0;
  at = writeEscaped(out, at, c.qualifier);
  out[at++] = 0;
  out[at++] = 0;
  out.writeBigUInt64BE(MAX_INT64 - c.timestamp, at);
  out[at + 8] = 255 - c.type;
  return out;
}

/** The row a page key belongs to (esc reversed up to the 00 00 that ends it). */
export function pageRow(pageKey: Buffer): Buffer {
  const out = Buffer.allocUnsafe(pageKey.length);
  let n = 0;
  for (let i = 0; i < pageKey.length; i++) {
    const b = pageKey[i];
    if (b === 0) {
      if (pageKey[++i] === 0) break;
    }
    out[n++] = b;
  }
  return out.subarray(0, n);
}

// ---- page values -------------------------------------------------------------------------------

interface PageEntry {
  key: Buffer;
  row: Buffer;
}

/** Varint reads share one position slot instead of returning pairs: pages are decoded per scan. */
let readAt = 0;

function readVarint(bytes: Buffer): number {
  let result = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    const b = bytes[readAt++];
    if (b === undefined) throw new Error('scan index page ends inside a length');
    result |= (b & 0x7f) << shift;
    if (b < 0x80) return result >>> 0;
  }
  throw new Error('scan index page has a length of more than five bytes');
}

const varintSize = (n: number): number => (n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5);

function writeVarint(out: Buffer, at: number, n: number): number {
  while (n >= 0x80) {
    out[at++] = (n & 0x7f) | 0x80;
    n >>>= 7;
  }
  out[at++] = n;
  return at;
}

function entrySize(e: PageEntry): number {
  return varintSize(e.key.length) + e.key.length + varintSize(e.row.length) + e.row.length;
}

function encodePage(split: number, entries: readonly PageEntry[]): Buffer {
  let size = 1;
  for (const e of entries) size += entrySize(e);
  const out = Buffer.allocUnsafe(size);
  out[0] = split;
  let at = 1;
  for (const e of entries) {
    at = writeVarint(out, at, e.key.length);
    at += e.key.copy(out, at);
    at = writeVarint(out, at, e.row.length);
    at += e.row.copy(out, at);
  }
  return out;
}

/** The entries of a page, as views of `value`. */
function decodePage(value: Buffer): PageEntry[] {
  const entries: PageEntry[] = [];
  readAt = 1;
  while (readAt < value.length) {
    const keyLength = readVarint(value);
    const key = value.subarray(readAt, (readAt += keyLength));
    const rowLength = readVarint(value);
    const row = value.subarray(readAt, (readAt += rowLength));
    if (readAt > value.length) throw new Error('scan index page ends inside an entry');
    entries.push({ key, row });
  }
  return entries;
}

/**
 * The cells of one page in HBase order, as views of `value` (which nothing rewrites). They share one
 * row Buffer, and a family Buffer while the family stays the same.
 */
export function pageCells(value: Buffer): Cell[] {
  const cells: Cell[] = [];
  const known: KnownRuns = {};
  readAt = 1;
  while (readAt < value.length) {
    const keyLength = readVarint(value); // not `readAt += readVarint(…)`: that adds to readAt's old value
    readAt += keyLength;
    const rowLength = readVarint(value);
    const start = readAt;
    readAt += rowLength;
    if (readAt > value.length) throw new Error('scan index page ends inside an entry');
    const cell = cellFromRow(value, start, readAt, known);
    known.row = cell.row;
    known.family = cell.family;
    cells.push(cell);
  }
  return cells;
}

// ---- writes ------------------------------------------------------------------------------------

/** The store operations applying a cell needs: lmdb's Database inside a write transaction. */
export interface PageStore extends KeyValueStore {
  getRange(options: { start?: Buffer; reverse?: boolean }): Iterable<{ key: Buffer; value: Buffer }>;
}

/** One changelog record: a cell's CompactedRow, put (+I/+U) or removed (-D). */
export interface CellRecord {
  row: Uint8Array;
  remove: boolean;
}

/**
 * Applies changelog records in their order; call inside a write transaction. A run of records of one
 * row (a Put's cells arrive together) reads and writes the row's page once.
 */
export function applyRecords(store: PageStore, records: Iterable<CellRecord>): void {
  let run: Change[] = [];
  // The previous record's row and family: the next cell returns them when its bytes are the same.
  const known: KnownRuns = {};
  for (const { row, remove } of records) {
    const bytes = Buffer.isBuffer(row) ? row : Buffer.from(row.buffer, row.byteOffset, row.byteLength);
    const cell = cellFromRow(bytes, 0, bytes.length, known);
    if (run.length > 0 && cell.row !== run[0].cell.row) {
      applyChanges(store, run);
      run = [];
    }
    run.push({ cell, row: remove ? undefined : bytes });
    known.row = cell.row;
    known.family = cell.family;
  }
  if (run.length > 0) applyChanges(store, run);
}

/** Puts (row = its CompactedRow) or removes (undefined) one cell; call inside a write transaction. */
export function applyCell(store: PageStore, cell: Cell, row: Buffer | undefined): void {
  applyChanges(store, [{ cell, row }]);
}

interface Change {
  cell: Cell;
  row: Buffer | undefined;
}

interface Page {
  key: Buffer;
  value: Buffer;
}

/** A row's first page before it exists. */
const NO_PAGE = Buffer.from([UNSPLIT]);

/** Applies changes of one row: to its only page at once, or for a split row each to its own page. */
function applyChanges(store: PageStore, changes: readonly Change[]): void {
  const rowKey = rowPageKey(changes[0].cell.row);
  const first = LMDB_LONG_KEYS.get(store, rowKey);
  if (first !== undefined && first[0] === SPLIT) {
    for (const { cell, row } of changes) {
      const key = cellOrderKey(cell);
      const page = splitRowPage(store, rowKey, key);
      const entries = decodePage(page.value);
      edit(entries, key, row);
      writePage(store, rowKey, page, entries);
    }
    return;
  }
  const entries = first === undefined ? [] : decodePage(first);
  for (const { cell, row } of changes) edit(entries, cellOrderKey(cell), row);
  if (first !== undefined || entries.length > 0) writePage(store, rowKey, { key: rowKey, value: first ?? NO_PAGE }, entries);
}

/** Puts (row) or removes (undefined) the entry with `key` in a page's sorted entries. */
function edit(entries: PageEntry[], key: Buffer, row: Buffer | undefined): void {
  const at = firstNotBelow(entries, key);
  const present = at < entries.length && entries[at].key.equals(key);
  if (row === undefined) {
    if (present) entries.splice(at, 1);
  } else if (present) entries[at] = { key, row };
  else entries.splice(at, 0, { key, row });
}

/**
 * The page of a split row holding the cell with key `cellKey`: the greatest page key not above
 * rowKey · cellKey. Every key between the row's first page (rowKey) and that one starts with rowKey,
 * so is a page of this row, and every page of a split row is stored under its own key (no page is cut
 * where its key would be longer than lmdb allows): the first stored key at or below is the page.
 */
function splitRowPage(store: PageStore, rowKey: Buffer, cellKey: Buffer): Page {
  for (const page of store.getRange({ start: LMDB_LONG_KEYS.storedKey(Buffer.concat([rowKey, cellKey])), reverse: true })) {
    if (!LMDB_LONG_KEYS.isGroupKey(page.key)) return page;
    break;
  }
  throw new Error('scan index: a split row has no page of its own at or below its cell');
}

function firstNotBelow(entries: readonly PageEntry[], key: Buffer): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (Buffer.compare(entries[mid].key, key) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Stores a page's new entries: an empty page is removed (a split row's first page stays), a page
 * grown beyond PAGE_SPLIT_BYTES is cut into pages of about half that, and a first page that is cut
 * is marked split.
 */
function writePage(store: PageStore, rowKey: Buffer, page: Page, entries: PageEntry[]): void {
  const isFirst = page.key.length === rowKey.length;
  const flag = isFirst ? page.value[0] : UNSPLIT;
  if (entries.length === 0 && (!isFirst || flag === UNSPLIT)) {
    LMDB_LONG_KEYS.set(store, page.key, undefined);
    return;
  }
  const value = encodePage(flag, entries);
  const cuts = value.length > PAGE_SPLIT_BYTES ? cutPoints(rowKey, entries) : [];
  if (cuts.length === 0) {
    LMDB_LONG_KEYS.set(store, page.key, value);
    return;
  }
  LMDB_LONG_KEYS.set(store, page.key, encodePage(isFirst ? SPLIT : flag, entries.slice(0, cuts[0])));
  cuts.forEach((from, i) => store.put(Buffer.concat([rowKey, entries[from].key]), encodePage(UNSPLIT, entries.slice(from, cuts[i + 1]))));
}

/**
 * Where new pages start when a page is cut: after every PAGE_SPLIT_BYTES / 2 bytes of entries, at an
 * entry whose page key lmdb can store as itself (a longer one stays in the page before it).
 */
function cutPoints(rowKey: Buffer, entries: readonly PageEntry[]): number[] {
  const cuts: number[] = [];
  let bytes = 0;
  for (let i = 0; i < entries.length; i++) {
    if (bytes >= PAGE_SPLIT_BYTES / 2 && rowKey.length + entries[i].key.length <= LMDB_LONG_KEYS.limit) {
      cuts.push(i);
      bytes = 0;
    }
    bytes += entrySize(entries[i]);
  }
  return cuts;
}

/** Removes every page of the rows `doomed` picks (a bucket being rebuilt); call inside a write transaction. */
export function removeRows(store: PageStore, doomed: (row: Buffer) => boolean): number {
  const keys: Buffer[] = [];
  for (const { key, value } of store.getRange({})) {
    for (const page of LMDB_LONG_KEYS.expand(key, value)) if (doomed(pageRow(page.key))) keys.push(page.key);
  }
  for (const k of keys) LMDB_LONG_KEYS.set(store, k, undefined);
  return keys.length;
}

/** The pages behind one stored index entry, in the scan's direction (a group may hold several rows). */
export function storedPages(key: Buffer, value: Buffer, reversed: boolean): Buffer[] {
  if (!LMDB_LONG_KEYS.isGroupKey(key)) return [value];
  return LMDB_LONG_KEYS.expand(key, value, reversed).map((e) => e.value);
}
