import { type HBaseRemoteError, hbaseError } from '@hbase-compat/hbase-codec';

/**
 * The gateway-wide budget of calls in progress, shared by every connection. It plays the part of
 * HBase's call queue: RpcServer counts the bytes of queued requests (callQueueSizeInBytes against
 * hbase.ipc.server.max.callqueue.size) and RpcExecutor bounds the queue's length
 * (hbase.ipc.server.max.callqueue.length); a call past either is answered with
 * CallQueueTooBigException, which the client retries after its overload pause.
 *
 * The gateway has no handler threads, so "queued" means "admitted and not yet answered". Its byte
 * count also holds responses written to a socket but not yet taken by the kernel: a client that
 * never reads would otherwise pin them in the heap without limit, and counting them here is what
 * keeps the process's memory bounded (the default of 256 MB instead of HBase's 1 GB leaves room for
 * the rest of the heap under a 512 MB RSS target).
 */
export class CallQueue {
  private calls = 0;
  private bytesValue = 0;
  private unsentValue = 0;
  /** Connections with a call ready to start, served round-robin (see schedule). */
  private ready: (() => boolean)[] = [];
  private draining = false;

  constructor(
    private readonly maxLength: number,
    private readonly maxBytes: number,
    private readonly serverName: () => string,
  ) {}

  get length(): number {
    return this.calls;
  }

  get bytes(): number {
    return this.bytesValue;
  }

  /**
   * Admits a call of `size` request bytes, or returns the exception to answer it with. Checks run in
   * ServerRpcConnection.processRequest's order: the byte size first, then the queue's length (the
   * scheduler refusing to dispatch).
   */
  admit(size: number): HBaseRemoteError | undefined {
    if (this.bytesValue + size > this.maxBytes) {
      return hbaseError('CallQueueTooBigException', `Call queue is full on ${this.serverName()}, is hbase.ipc.server.max.callqueue.size too small?`);
    }
    if (this.calls >= this.maxLength) {
      return hbaseError('CallQueueTooBigException', `Call queue is full on ${this.serverName()}, too many items queued ?`);
    }
    this.calls++;
    this.bytesValue += size;
    return undefined;
  }

  /** Ends an admitted call (its response is now counted through addBytes until flushed). */
  finish(size: number): void {
    this.calls--;
    this.bytesValue -= size;
  }

  /** Response bytes written to a socket and not yet taken by the kernel. */
  addBytes(n: number): void {
    this.bytesValue += n;
    this.unsentValue += n;
  }

  removeBytes(n: number): void {
    this.bytesValue -= n;
    this.unsentValue -= n;
  }

  /**
   * Whether unsent responses hold a quarter of the budget: connections behind on reading then stop
   * being read, so that clients that do read keep the rest of the queue (and of the event loop).
   */
  get underPressure(): boolean {
    return this.unsentValue > this.maxBytes / 4;
  }

  /**
   * Queues a connection's turn: `turn` starts one of its calls and says whether it has another.
   * Turns run round-robin in slices of a few milliseconds between event-loop phases, so a flood of
   * calls on some connections cannot hold the loop (and the calls of other connections) for long.
   */
  schedule(turn: () => boolean): void {
    this.ready.push(turn);
    if (this.draining) return;
    this.draining = true;
    setImmediate(() => this.drain());
  }

  private drain(): void {
    const until = performance.now() + SLICE_MS;
    while (this.ready.length > 0 && performance.now() < until) {
      const turn = this.ready.shift() as () => boolean;
      if (turn()) this.ready.push(turn);
    }
    if (this.ready.length > 0) setImmediate(() => this.drain());
    else this.draining = false;
  }
}

/** Time the round-robin dispatcher runs before letting I/O and timers in. */
const SLICE_MS = 5;
