import type { Database } from 'lmdb';
import { Backoff } from '@hbase-compat/hbase-codec';
import {
  type FlussClient,
  type LogRecordBatch,
  type TablePath,
  ChangeType,
  FlussError,
  decodeValueRecordBatch,
  isFlussError,
  readLogRecordBatches,
  readRowRecords,
} from '@hbase-compat/fluss-adapter';
import type { RowCursor, ScanRange } from '@hbase-compat/storage';
import { FeedLag } from './feed-lag';
import { IndexCursor } from './index-cursor';
import { type CellRecord, applyRecords, removeRows } from './index-pages';
import { SharedRounds } from './scan-fence';

/**
 * One data table's part of the scan index (changelog-index.ts): a tailer per bucket applies its
 * changelog to the table's lmdb database, each FetchLog result in one transaction together with the
 * bucket's new offset (+I/+U put a cell into its row's page, -D removes it, so applying a record
 * twice is harmless).
 * Scans wait at the fence (catchUp) until every bucket has applied what its leader reported as the
 * log end after the scan opened; a bucket without usable stored offsets is rebuilt from a LimitScan
 * snapshot.
 */
export type IndexDb = Database<Buffer, Buffer>;

export interface IndexLog {
  info(message: string): void;
  warn(message: string): void;
}

const FETCH_BYTES = 8 * 1024 * 1024;

interface Waiter {
  target: bigint;
  resolve: () => void;
}

export class TableFeed {
  readonly applied: bigint[];
  private readonly waiters: Waiter[][];
  private readonly applyChain: Promise<void>[];
  private readonly catchUpFetch: (Promise<void> | undefined)[];
  private readonly fence: SharedRounds<bigint[]>;
  private readonly lagOf: FeedLag;
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
    this.fence = new SharedRounds(() => this.client.listOffsetsAll(this.path, this.buckets, 1));
    this.lagOf = new FeedLag(buckets);
  }

  /** How far the feed trails its changelog (feed-lag.ts). */
  lag(now: number): { offsetsBehind: number; msBehind: number } {
    return this.lagOf.lag(this.applied, now);
  }

  /** Notes a changelog end the bucket's leader reported. */
  private sawEnd(bucket: number, end: bigint): void {
    this.lagOf.sawEnd(bucket, end, this.applied[bucket]);
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
    const targets = await this.fence.join();
    targets.forEach((end, b) => this.sawEnd(b, end));
    const deadline = Date.now() + timeoutMs;
    await Promise.all(targets.map((target, b) => this.reach(b, target, deadline)));
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
    this.lagOf.update(bucket, offset);
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
      removeRows(this.db, (row) => this.bucketOf(row) === bucket);
      applyRecords(
        this.db,
        rows.map((r) => ({ row: r.row, remove: false })),
      );
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
      applyRecords(this.db, unappliedRecords(batches, from));
      this.offsets.put(this.offsetKey(bucket), next.toString());
    });
    this.advance(bucket, next);
  }

  openCursor(range: ScanRange, catchUpTimeoutMs: number): RowCursor {
    return new IndexCursor(this, this.db, range, catchUpTimeoutMs);
  }
}

/** The records of FetchLog batches from offset `from` on, as the scan index applies them (-U skipped). */
function* unappliedRecords(batches: readonly LogRecordBatch[], from: bigint): Iterable<CellRecord> {
  for (const batch of batches) {
    if (batch.recordCount === 0 || batch.nextOffset <= from) continue;
    for (const rec of readRowRecords(batch)) {
      if (rec.offset < from || rec.changeType === ChangeType.UPDATE_BEFORE) continue;
      yield { row: rec.row, remove: rec.changeType === ChangeType.DELETE };
    }
  }
}
