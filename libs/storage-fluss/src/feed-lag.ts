/**
 * How far a table feed trails its changelog (StorageEngine.indexLag), per bucket: the highest log
 * end a leader reported (FetchLog high watermark or the scan fence's ListOffsets) against the
 * offset the index has applied, and since when it has trailed. A write counts once the feed has
 * heard of it, so within the tailer's poll (500 ms).
 */
export class FeedLag {
  private readonly seenEnd: bigint[];
  private readonly behindSince: (number | undefined)[];

  constructor(buckets: number) {
    this.seenEnd = Array.from({ length: buckets }, () => -1n);
    this.behindSince = Array.from({ length: buckets }, () => undefined);
  }

  /** A leader reported `end` as the bucket's log end. */
  sawEnd(bucket: number, end: bigint, applied: bigint): void {
    if (end > this.seenEnd[bucket]) this.seenEnd[bucket] = end;
    this.update(bucket, applied);
  }

  /** The bucket's applied offset changed. */
  update(bucket: number, applied: bigint): void {
    if (this.seenEnd[bucket] <= applied) this.behindSince[bucket] = undefined;
    else this.behindSince[bucket] ??= Date.now();
  }

  /** Records seen but not applied over all buckets, and how long the most trailing bucket has trailed. */
  lag(applied: readonly bigint[], now: number): { offsetsBehind: number; msBehind: number } {
    let offsetsBehind = 0n;
    let msBehind = 0;
    this.seenEnd.forEach((end, b) => {
      const from = applied[b] < 0n ? 0n : applied[b];
      if (end > from) offsetsBehind += end - from;
      const since = this.behindSince[b];
      if (since !== undefined) msBehind = Math.max(msBehind, now - since);
    });
    return { offsetsBehind: Number(offsetsBehind), msBehind };
  }
}
