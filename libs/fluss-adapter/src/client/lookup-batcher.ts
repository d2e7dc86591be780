import { toLong } from '@hbase-compat/hbase-codec';
import { fluss } from '../generated/fluss';
import { ApiKey } from '../protocol/api-keys';
import type { FlussConnection } from '../protocol/connection';
import { FlussError, responseError } from '../protocol/errors';

/** One caller's prefix lookups in one bucket, waiting for a request to its bucket's leader. */
export interface PendingLookup {
  tableId: bigint;
  bucket: number;
  keys: readonly Uint8Array[];
  /** The encoded keys' total length, for the request size bound. */
  bytes: number;
  resolve(lists: Buffer[][]): void;
  /** Told of a failure of the whole request or of this bucket; decides whether to retry. */
  fail(e: unknown): void;
}

export interface LookupBatcherOptions {
  /** PrefixLookupRequests one server may have in flight from this client. */
  maxInFlight: number;
  /** A request's keys stop growing past this many bytes (one caller's keys are never split). */
  maxRequestBytes: number;
}

/**
 * The prefix lookups bound for one tablet server. Like the Java client's LookupSender, which sends
 * one request per destination carrying many buckets, lookups go out as PrefixLookupRequests naming
 * every bucket that has lookups waiting (one table per request, as the request names one table id),
 * with at most `maxInFlight` requests in flight: what arrives meanwhile waits and goes out together
 * in the next one. Reads need no order among themselves; a read asked for after an acknowledged
 * PutKv is sent after it, so it sees it. An error the server reports for one bucket fails only
 * that bucket's callers.
 */
export class ServerLookupQueue {
  private readonly waiting: PendingLookup[] = [];
  private inFlight = 0;
  private pumpQueued = false;

  constructor(
    private readonly connect: () => Promise<FlussConnection>,
    private readonly options: LookupBatcherOptions,
  ) {}

  add(p: PendingLookup): void {
    this.waiting.push(p);
    // Lookups submitted together (a multi-get's buckets) join one request: send after this turn's
    // synchronous work and the microtasks queued by it.
    if (this.pumpQueued) return;
    this.pumpQueued = true;
    queueMicrotask(() => {
      this.pumpQueued = false;
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight && this.waiting.length > 0) {
      const batch = this.take();
      this.inFlight++;
      void this.send(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  /** The oldest waiting lookup and those after it of the same table, within the size bound. */
  private take(): PendingLookup[] {
    const tableId = this.waiting[0].tableId;
    const batch: PendingLookup[] = [];
    const rest: PendingLookup[] = [];
    let bytes = 0;
    for (const p of this.waiting) {
      const fits = batch.length === 0 || bytes + p.bytes <= this.options.maxRequestBytes;
      if (p.tableId === tableId && fits) {
        batch.push(p);
        bytes += p.bytes;
      } else rest.push(p);
    }
    this.waiting.splice(0, this.waiting.length, ...rest);
    return batch;
  }

  private async send(batch: PendingLookup[]): Promise<void> {
    // A bucket appears once per request; its callers' keys are laid end to end.
    const byBucket = new Map<number, PendingLookup[]>();
    for (const p of batch) {
      const list = byBucket.get(p.bucket);
      if (list === undefined) byBucket.set(p.bucket, [p]);
      else list.push(p);
    }
    let response: fluss.IPrefixLookupResponse;
    try {
      const c = await this.connect();
      response = await c.request(ApiKey.PrefixLookup, fluss.PrefixLookupRequest, fluss.PrefixLookupResponse, {
        tableId: toLong(batch[0].tableId),
        bucketsReq: [...byBucket].map(([bucketId, ps]) => ({ bucketId, keys: ps.flatMap((p) => [...p.keys]) })),
      });
    } catch (e) {
      for (const p of batch) p.fail(e);
      return;
    }
    const answers = new Map<number, fluss.IPbPrefixLookupRespForBucket>();
    for (const b of response.bucketsResp ?? []) answers.set(b.bucketId, b);
    for (const [bucket, ps] of byBucket) answerBucket(answers.get(bucket), ps);
  }
}

function answerBucket(b: fluss.IPbPrefixLookupRespForBucket | undefined, ps: PendingLookup[]): void {
  const error = b === undefined ? FlussError.create('UnknownTableOrBucket', 'the server answered no bucket') : responseError(b);
  if (error !== undefined || b === undefined) {
    for (const p of ps) p.fail(error);
    return;
  }
  const lists = (b.valueLists ?? []).map((l) => (l.values ?? []).map((v) => Buffer.from(v)));
  let at = 0;
  for (const p of ps) {
    p.resolve(lists.slice(at, at + p.keys.length));
    at += p.keys.length;
  }
}
