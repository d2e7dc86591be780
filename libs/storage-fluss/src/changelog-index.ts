import { open, type Database, type RootDatabase } from 'lmdb';
import { mkdirSync } from 'node:fs';
import { type Cell, compareCells } from '@hbase-compat/hbase-codec';
import {
  type FlussClient,
  type TablePath,
  Backoff,
  ChangeType,
  FlussError,
  decodeValueRecordBatch,
  isFlussError,
  readLogRecordBatches,
  readRowRecords,
} from '@hbase-compat/fluss-adapter';
import { type RowCursor, type ScanRange, type StoredRow, isInsideStart, isInsideStop, isPastRow } from '@hbase-compat/storage';
import { cellFromRow, cellSuffixKey } from './cell-rows';

/**
 * The ordered index behind scans (docs/architecture.md, section 5): for every data table, a local
 * lmdb copy of its cells in HBase row order, fed by tailing each bucket's changelog with FetchLog.
 *
 *   full key    = esc(row) 00 00 · suffix      esc: 00 → 00 FF, so keys sort by unsigned row;
 *                                              suffix = family, qualifier, ts, type (key-encoded)
 *   index key   = the full key, or, when longer than lmdb allows, its first KEY_LIMIT bytes · FF
 *   index value = 00 · the cell's CompactedRow (as the changelog carries it), or for a cut key
 *                 01 · (u32 length · CompactedRow)* of every cell whose full key has that prefix
 *   offset key  = "<tableId>/<bucket>" → next changelog offset to apply
 *
 * A cut key sorts after every full key it prefixes and before every key that does not share its
 * prefix, so the order of rows survives; the cells behind one cut key are sorted when read.
 *
 * Each fetch result is applied in one lmdb transaction together with the bucket's new offset, and
 * +I/+U put a key while -D removes it, so applying a record twice is harmless. A scan first asks
 * each bucket's leader for the end of its changelog (ListOffsets) and waits until the index has
 * applied that far: every write acknowledged before the scan opened, by any gateway, is visible.
 * Concurrent scans share ListOffsets rounds and catch-up fetches (TableFeed.logEnds, fetchNow).
 *
 * A node that restarts resumes from its stored offsets. A node without them (new, or its index
 * folder lost), or whose offsets the log no longer holds (retention: `table.log.ttl`, default 7
 * days), builds a bucket from a snapshot instead: it takes the log end offset, reads every current
 * value with LimitScan, and tails from the offset it took first; replaying changes the snapshot
 * already holds is harmless. LimitScan returns a bucket in one response, so this needs a bucket
 * to fit in one (Fluss's max response size); more buckets per table keep buckets small.
 */
const escRow = (row: Buffer): Buffer => {
  // Indexed loops, and a plain copy for the usual row without zero bytes: this runs for every
  // cell the changelog feed applies.
  const firstZero = row.indexOf(0);
  const zeros = firstZero < 0 ? 0 : countZeros(row, firstZero);
  const out = Buffer.allocUnsafe(row.length + zeros + 2);
  if (zeros === 0) row.copy(out, 0);
  else {
    let at = 0;
    for (let i = 0; i < row.length; i++) {
      const b = row[i];
      out[at++] = b;
      if (b === 0) out[at++] = 0xff;
    }
  }
  out[out.length - 2] = 0;
  out[out.length - 1] = 0;
  return out;
};
function countZeros(row: Buffer, from: number): number {
  let zeros = 0;
  for (let i = from; i < row.length; i++) if (row[i] === 0) zeros++;
  return zeros;
}
/** Sorts after every key of `row` and before every key of a greater row. */
const afterRowKey = (row: Buffer): Buffer => {
  const k = escRow(row);
  k[k.length - 1] = 1;
  return k;
};
/** Sorts before every key of `row` and after every key of a smaller row. */
const beforeRowKey = (row: Buffer): Buffer => escRow(row).subarray(0, -2);

const fullKey = (c: Cell): Buffer => Buffer.concat([escRow(c.row), cellSuffixKey(c)]);

/** Longest key kept whole; lmdb-js refuses keys above 1978 bytes. */
const KEY_LIMIT = 1800;
const SINGLE = 0;
const GROUP = 1;

const storedKey = (full: Buffer): Buffer => (full.length <= KEY_LIMIT ? full : Buffer.concat([full.subarray(0, KEY_LIMIT), Buffer.from([0xff])]));
/** The lmdb key a cell is kept under. */
export const indexKeyOf = (c: Cell): Buffer => storedKey(fullKey(c));

/** A seek key lmdb accepts that does not skip anything at or after `key` (forward) / before it (reversed). */
const seekKey = (key: Buffer, reversed: boolean): Buffer => (key.length <= KEY_LIMIT ? key : reversed ? storedKey(key) : key.subarray(0, KEY_LIMIT));

function groupCells(value: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let at = 1;
  while (at < value.length) {
    const len = value.readUInt32LE(at);
    out.push(value.subarray(at + 4, at + 4 + len));
    at += 4 + len;
  }
  return out;
}

function encodeGroup(rows: readonly Buffer[]): Buffer {
  const parts: Buffer[] = [Buffer.from([GROUP])];
  for (const r of rows) {
    const len = Buffer.alloc(4);
    len.writeUInt32LE(r.length);
    parts.push(len, r);
  }
  return Buffer.concat(parts);
}

/** Puts (row) or removes (undefined) one cell, inside a write transaction. */
function applyCell(db: IndexDb, cell: Cell, row: Buffer | undefined): void {
  const full = fullKey(cell);
  const key = storedKey(full);
  if (key === full) {
    if (row === undefined) db.remove(key);
    else db.put(key, Buffer.concat([Buffer.from([SINGLE]), row]));
    return;
  }
  const existing = db.get(key);
  const others = existing === undefined ? [] : groupCells(existing).filter((r) => !fullKey(cellFromRow(r)).equals(full));
  if (row !== undefined) others.push(Buffer.from(row));
  if (others.length === 0) db.remove(key);
  else db.put(key, encodeGroup(others));
}

/** The cells behind one index entry, in the scan's row order. */
function entryCells(value: Buffer, reversed: boolean): Cell[] {
  if (value[0] === SINGLE) return [cellFromRow(value, 1)];
  const cells = groupCells(value).map((r) => cellFromRow(r));
  cells.sort((a, b) => (reversed ? -1 : 1) * Buffer.compare(a.row, b.row));
  return cells;
}

type IndexDb = Database<Buffer, Buffer>;
const FETCH_BYTES = 8 * 1024 * 1024;

export interface IndexLog {
  info(message: string): void;
  warn(message: string): void;
}

export class ChangelogIndex {
  private readonly root: RootDatabase;
  private readonly offsets: Database<string, string>;
  private readonly feeds = new Map<string, TableFeed>();

  constructor(
    dir: string,
    private readonly client: FlussClient,
    private readonly log: IndexLog,
  ) {
    mkdirSync(dir, { recursive: true });
    // The index is rebuildable from Fluss, so commits need not wait for the disk.
    this.root = open({ path: `${dir}/index.mdb`, maxDbs: 10_000, mapSize: 1 << 30, compression: false, noSync: true });
    this.offsets = this.root.openDB<string, string>('offsets', { encoding: 'string' });
  }

  /** The running feed of a data table (started on first use). */
  feed(path: TablePath, tableId: bigint, buckets: number, bucketOf: (row: Buffer) => number): TableFeed {
    const id = tableId.toString();
    let f = this.feeds.get(id);
    if (f === undefined) {
      const db = this.root.openDB<Buffer, Buffer>(`cells/${id}`, { keyEncoding: 'binary', encoding: 'binary' });
      f = new TableFeed(this.client, path, tableId, buckets, bucketOf, db, this.offsets, this.log, () => this.forget(id));
      this.feeds.set(id, f);
      f.start();
    }
    return f;
  }

  /** How far each running feed trails its changelog (StorageEngine.indexLag). */
  lag(): { path: TablePath; offsetsBehind: number; msBehind: number }[] {
    const now = Date.now();
    return [...this.feeds.values()].map((f) => ({ path: f.path, ...f.lag(now) }));
  }

  /** Stops and deletes every feed of the given Fluss table path (dropped or truncated). */
  async dropPath(path: TablePath): Promise<void> {
    for (const [id, f] of [...this.feeds]) {
      if (f.path.database === path.database && f.path.table === path.table) {
        this.feeds.delete(id);
        await f.destroy();
      }
    }
  }

  private forget(id: string): void {
    this.feeds.delete(id);
  }

  async close(): Promise<void> {
    for (const f of this.feeds.values()) f.stop();
    this.feeds.clear();
    await this.root.close();
  }
}

interface Waiter {
  target: bigint;
  resolve: () => void;
}

export class TableFeed {
  readonly applied: bigint[];
  private readonly waiters: Waiter[][];
  private readonly applyChain: Promise<void>[];
  private readonly catchUpFetch: (Promise<void> | undefined)[];
  /** The highest changelog end each bucket's leader reported (fetch high watermark or ListOffsets). */
  private readonly seenEnd: bigint[];
  /** Since when each bucket has trailed `seenEnd` (undefined while it has applied that far). */
  private readonly behindSince: (number | undefined)[];
  private fenceInFlight: Promise<bigint[]> | undefined;
  private nextFence: Promise<bigint[]> | undefined;
  private stopped = false;
  private failure: Error | undefined;

  constructor(
    private readonly client: FlussClient,
    readonly path: TablePath,
    private readonly tableId: bigint,
    private readonly buckets: number,
    private readonly bucketOf: (row: Buffer) => number,
    private readonly db: IndexDb,
    private readonly offsets: Database<string, string>,
    private readonly log: IndexLog,
    private readonly onGone: () => void,
  ) {
    this.applied = Array.from({ length: buckets }, () => -1n);
    this.waiters = Array.from({ length: buckets }, () => []);
    this.applyChain = Array.from({ length: buckets }, () => Promise.resolve());
    this.catchUpFetch = Array.from({ length: buckets }, () => undefined);
    this.seenEnd = Array.from({ length: buckets }, () => -1n);
    this.behindSince = Array.from({ length: buckets }, () => undefined);
  }

  /**
   * Changelog records seen written but not applied, over all buckets, and how long the most
   * trailing bucket has been behind. Ends are learnt from fetches and scan fences, so a write is
   * counted once the feed has heard of it (within the tailer's poll, 500 ms).
   */
  lag(now: number): { offsetsBehind: number; msBehind: number } {
    let offsetsBehind = 0n;
    let msBehind = 0;
    for (let b = 0; b < this.buckets; b++) {
      const applied = this.applied[b] < 0n ? 0n : this.applied[b];
      if (this.seenEnd[b] > applied) offsetsBehind += this.seenEnd[b] - applied;
      const since = this.behindSince[b];
      if (since !== undefined) msBehind = Math.max(msBehind, now - since);
    }
    return { offsetsBehind: Number(offsetsBehind), msBehind };
  }

  /** Notes a changelog end the bucket's leader reported. */
  private sawEnd(bucket: number, end: bigint): void {
    if (end > this.seenEnd[bucket]) this.seenEnd[bucket] = end;
    this.markLag(bucket);
  }

  private markLag(bucket: number): void {
    if (this.seenEnd[bucket] <= this.applied[bucket]) this.behindSince[bucket] = undefined;
    else this.behindSince[bucket] ??= Date.now();
  }

  private offsetKey(bucket: number): string {
    return `${this.tableId}/${bucket}`;
  }

  start(): void {
    for (let b = 0; b < this.buckets; b++) void this.tail(b);
  }

  stop(): void {
    this.stopped = true;
    for (const list of this.waiters) for (const w of list.splice(0)) w.resolve();
  }

  async destroy(): Promise<void> {
    this.stop();
    await this.db.drop();
    await this.offsets.transaction(() => {
      for (let b = 0; b < this.buckets; b++) this.offsets.remove(this.offsetKey(b));
    });
  }

  /**
   * Resolves once every bucket has applied its changelog up to the end the leader reported in a
   * ListOffsets round sent after this was called; rejects with a retriable error after `timeoutMs`.
   */
  async catchUp(timeoutMs: number): Promise<void> {
    const targets = await this.logEnds();
    targets.forEach((end, b) => this.sawEnd(b, end));
    const deadline = Date.now() + timeoutMs;
    await Promise.all(targets.map((target, b) => this.reach(b, target, deadline)));
  }

  /**
   * The log end of every bucket, from a ListOffsets round sent after this call. Concurrent scans
   * share rounds: a round already sent may have been answered before this caller's write was
   * acknowledged, so a caller joins only the round not yet sent, which goes out as soon as the
   * one in flight returns. At most two rounds run per table at once, whatever the scan rate.
   */
  private logEnds(): Promise<bigint[]> {
    if (this.nextFence !== undefined) return this.nextFence;
    if (this.fenceInFlight === undefined) return this.sendFence();
    const next = this.fenceInFlight.then(
      () => this.afterFence(),
      () => this.afterFence(),
    );
    this.nextFence = next;
    return next;
  }

  private afterFence(): Promise<bigint[]> {
    this.nextFence = undefined;
    return this.sendFence();
  }

  private sendFence(): Promise<bigint[]> {
    const round = this.client.listOffsetsAll(this.path, this.buckets, 1);
    this.fenceInFlight = round;
    const done = (): void => {
      if (this.fenceInFlight === round) this.fenceInFlight = undefined;
    };
    round.then(done, done);
    return round;
  }

  /** Waits until `bucket` has applied up to `target`, fetching now rather than at the tailer's pace. */
  private async reach(bucket: number, target: bigint, deadline: number): Promise<void> {
    while (this.applied[bucket] < target) {
      if (this.stopped) throw this.failure ?? FlussError.create('TableNotExist', `table ${this.path.database}.${this.path.table} was dropped`);
      const left = deadline - Date.now();
      if (left <= 0)
        throw FlussError.create(
          'RequestTimeOut',
          `scan index of ${this.path.database}.${this.path.table} bucket ${bucket} is at offset ${this.applied[bucket]}, the log ends at ${target}`,
        );
      if (this.applied[bucket] < 0) {
        // Still building (snapshot or stored offsets): wait for the tailer.
        await new Promise<void>((resolve) => {
          this.waiters[bucket].push({ target: 0n, resolve });
          setTimeout(resolve, Math.min(left, 1_000)).unref();
        });
        continue;
      }
      await this.fetchNow(bucket);
    }
  }

  /**
   * One FetchLog from the bucket's applied offset, shared by every scan waiting on the bucket.
   * Fluss answers a waiting FetchLog only at its max wait, not when the high watermark moves, so
   * the tailer's long poll would cost a scan up to its whole wait: fetch without waiting.
   */
  private fetchNow(bucket: number): Promise<void> {
    let run = this.catchUpFetch[bucket];
    if (run === undefined) {
      const from = this.applied[bucket];
      run = this.client.fetchLog(this.path, bucket, from, { maxBytes: FETCH_BYTES }).then(({ highWatermark, records }) => {
        this.sawEnd(bucket, highWatermark);
        return this.applyInOrder(bucket, records);
      });
      this.catchUpFetch[bucket] = run;
      const done = (): void => {
        if (this.catchUpFetch[bucket] === run) this.catchUpFetch[bucket] = undefined;
      };
      run.then(done, done);
    }
    return run;
  }

  private advance(bucket: number, offset: bigint): void {
    if (offset < this.applied[bucket]) return;
    this.applied[bucket] = offset;
    this.markLag(bucket);
    const list = this.waiters[bucket];
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].target <= offset) {
        list[i].resolve();
        list.splice(i, 1);
      }
    }
  }

  /** Applies fetched records after every earlier apply of the bucket, skipping what is applied. */
  private applyInOrder(bucket: number, records: Buffer): Promise<void> {
    const run = this.applyChain[bucket].then(() => this.apply(bucket, records));
    this.applyChain[bucket] = run.catch(() => undefined);
    return run;
  }

  private async tail(bucket: number): Promise<void> {
    const backoff = new Backoff();
    let started = false;
    while (!this.stopped) {
      try {
        if (!started) {
          this.advance(bucket, await this.startingOffset(bucket));
          started = true;
        }
        const { highWatermark, records } = await this.client.fetchLog(this.path, bucket, this.applied[bucket], {
          maxWaitMs: 500,
          minBytes: 1,
          maxBytes: FETCH_BYTES,
        });
        this.sawEnd(bucket, highWatermark);
        await this.applyInOrder(bucket, records);
        backoff.reset();
      } catch (e) {
        if (this.stopped) return;
        if (isFlussError(e, 'TableNotExist', 'UnknownTableOrBucket') && !(await this.client.tableExists(this.path).catch(() => true))) {
          this.failure = e as Error;
          this.log.info(`changelog feed of ${this.path.database}.${this.path.table} stops: the table is gone`);
          this.onGone();
          this.stop();
          return;
        }
        if (isFlussError(e, 'LogOffsetOutOfRange')) {
          this.log.warn(
            `changelog of ${this.path.database}.${this.path.table} bucket ${bucket} no longer holds offset ${this.applied[bucket]}: rebuilding from a snapshot`,
          );
          this.applied[bucket] = -1n;
          started = false;
          continue;
        }
        this.log.warn(
          `changelog feed of ${this.path.database}.${this.path.table} bucket ${bucket}: ${(e as Error).message}; retrying in ${backoff.nextDelayMs} ms`,
        );
        await backoff.wait();
      }
    }
  }

  /** The stored offset if the log still holds it, else a rebuilt bucket's. */
  private async startingOffset(bucket: number): Promise<bigint> {
    const stored = this.offsets.get(this.offsetKey(bucket));
    if (stored !== undefined && BigInt(stored) >= (await this.client.listOffsets(this.path, bucket, 0))) return BigInt(stored);
    return this.rebuild(bucket);
  }

  /** Replaces the bucket's cells by a LimitScan snapshot; returns the offset to tail from. */
  private async rebuild(bucket: number): Promise<bigint> {
    const from = await this.client.listOffsets(this.path, bucket, 1);
    const batch = await this.client.limitScan(this.path, bucket, 0x7fffffff);
    const rows = decodeValueRecordBatch(batch);
    await this.db.transaction(() => {
      for (const { value } of this.db.getRange({})) {
        for (const c of entryCells(value, false)) if (this.bucketOf(c.row) === bucket) applyCell(this.db, c, undefined);
      }
      for (const r of rows) applyCell(this.db, cellFromRow(r.row), Buffer.from(r.row));
      this.offsets.put(this.offsetKey(bucket), from.toString());
    });
    this.log.info(`rebuilt the scan index of ${this.path.database}.${this.path.table} bucket ${bucket}: ${rows.length} cells, tailing from offset ${from}`);
    return from;
  }

  /** Applies one FetchLog result from the bucket's applied offset on, then advances it. */
  private async apply(bucket: number, records: Buffer): Promise<void> {
    if (records.length === 0 || this.stopped) return;
    const { batches } = readLogRecordBatches(records);
    if (batches.length === 0) return;
    const from = this.applied[bucket];
    const next = batches[batches.length - 1].nextOffset;
    if (next <= from) return;
    await this.db.transaction(() => {
      for (const batch of batches) {
        if (batch.recordCount === 0 || batch.nextOffset <= from) continue;
        for (const rec of readRowRecords(batch)) {
          if (rec.offset < from || rec.changeType === ChangeType.UPDATE_BEFORE) continue;
          applyCell(this.db, cellFromRow(rec.row), rec.changeType === ChangeType.DELETE ? undefined : Buffer.from(rec.row));
        }
      }
      this.offsets.put(this.offsetKey(bucket), next.toString());
    });
    this.advance(bucket, next);
  }

  openCursor(range: ScanRange, catchUpTimeoutMs: number): RowCursor {
    return new IndexCursor(this, this.db, range, catchUpTimeoutMs);
  }
}

/**
 * Walks the index in the scan's direction, re-seeking after the last returned row on every call
 * (no read transaction outlives a call). The first call waits for the index to catch up.
 */
class IndexCursor implements RowCursor {
  private last: Buffer | undefined;
  private done = false;
  private caughtUp = false;

  constructor(
    private readonly feed: TableFeed,
    private readonly db: IndexDb,
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
    for (const { value } of this.db.getRange(this.seekOptions())) {
      for (const cell of entryCells(value, this.range.reversed)) {
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
      if (this.last !== undefined) return { start: seekKey(afterRowKey(this.last), false) };
      return startRow.length > 0 ? { start: seekKey(beforeRowKey(startRow), false) } : {};
    }
    const bottom = Buffer.alloc(0);
    if (this.last !== undefined) return { start: seekKey(beforeRowKey(this.last), true), end: bottom, reverse: true };
    return startRow.length > 0 ? { start: seekKey(afterRowKey(startRow), true), end: bottom, reverse: true } : { reverse: true, end: bottom };
  }
}
