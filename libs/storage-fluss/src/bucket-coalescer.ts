import type { TablePath } from '@hbase-compat/fluss-adapter';

/**
 * Coalesces calls per Fluss bucket, the engine's only per-bucket queue (used for writes; reads are
 * batched by the client per tablet server instead, see fluss-adapter lookup-batcher.ts). Each bucket
 * has at most one open batch: calls join it until it is taken for sending, then later calls start
 * the next one. When a batch is taken is up to `dispatch`, which holds the batch's place in line:
 * FlussClient.putKv with the batch as a records supplier; the client sequences a bucket's PutKvs
 * one at a time (idempotent writes) and takes the records when the bucket's turn comes, so
 * everything that arrived meanwhile goes out together.
 *
 * A batch stays under `maxBytes` unless one call alone is larger; one call's items are never
 * split across batches, so a row's cells still apply atomically. Every caller gets back the
 * results of its own items, or the batch's error. Batches of a bucket are dispatched in the order
 * they opened, so writes to one row keep their order.
 */
export type Dispatch<D, I, R> = (dest: D, bucket: number, take: () => I[]) => Promise<R[]>;

interface Part<R> {
  count: number;
  resolve: (results: R[]) => void;
  reject: (e: unknown) => void;
}

interface Batch<I, R> {
  items: I[];
  bytes: number;
  parts: Part<R>[];
}

export class BucketCoalescer<D extends { path: TablePath }, I, R> {
  private readonly open = new Map<string, Batch<I, R>>();

  constructor(
    private readonly dispatch: Dispatch<D, I, R>,
    private readonly sizeOf: (item: I) => number,
    private readonly maxBytes: number,
  ) {}

  submit(dest: D, bucket: number, items: I[]): Promise<R[]> {
    const key = `${dest.path.database}.${dest.path.table}#${bucket}`;
    let bytes = 0;
    for (const i of items) bytes += this.sizeOf(i);
    const current = this.open.get(key);
    const fresh = current === undefined || current.bytes + bytes > this.maxBytes;
    const joined: Batch<I, R> = fresh ? { items: [], bytes: 0, parts: [] } : current;
    if (fresh) this.open.set(key, joined);
    const result = new Promise<R[]>((resolve, reject) => joined.parts.push({ count: items.length, resolve, reject }));
    for (const i of items) joined.items.push(i);
    joined.bytes += bytes;
    if (fresh) this.send(key, dest, bucket, joined);
    return result;
  }

  private send(key: string, dest: D, bucket: number, batch: Batch<I, R>): void {
    const close = (): void => {
      if (this.open.get(key) === batch) this.open.delete(key);
    };
    const take = (): I[] => {
      close();
      return batch.items;
    };
    this.dispatch(dest, bucket, take).then(
      (results) => {
        close();
        let at = 0;
        for (const p of batch.parts) {
          p.resolve(results.slice(at, at + p.count));
          at += p.count;
        }
      },
      (e: unknown) => {
        close();
        for (const p of batch.parts) p.reject(e);
      },
    );
  }
}
