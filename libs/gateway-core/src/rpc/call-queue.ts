import { type HBaseRemoteError, hbaseError } from '@hbase-compat/hbase-codec';
import { HeapRelease } from './heap-release';

/** Calls the dispatcher starts per event-loop turn from connections within their bound on calls in progress. */
const CALLS_PER_TURN = 16;
/** Calls from backlogged connections started in a turn the others left room in (one in any other turn). */
const SPARE_TURN_BACKLOG_CALLS = 4;

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
  private admittedTotal = 0;
  /** Runs a full collection once the gateway is quiet after connections went away. */
  private readonly release = new HeapRelease(() => this.admittedTotal);
  /** Calls admitted from connections that had pipelined past their bound on calls in progress. */
  private backloggedCalls = 0;
  private bytesValue = 0;
  private unsentValue = 0;
  /** Connections within their bound on calls in progress with a call ready to start, by fair-queueing start tag (see schedule). */
  private readonly ready = new TurnHeap();
  /** Connections pipelined past that bound with a call ready to start: one of them starts per turn (see next). */
  private readonly backlog = new TurnHeap();
  private draining = false;
  private readonly refusals = new Map<string, HBaseRemoteError>();
  private clock = 0;
  private seq = 0;

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
  admit(size: number, backlogged = false): HBaseRemoteError | undefined {
    if (this.bytesValue + size > this.maxBytes) {
      return this.refusal(`Call queue is full on ${this.serverName()}, is hbase.ipc.server.max.callqueue.size too small?`);
    }
    // Connections pipelining past their own bound share half the queue, so however many of them
    // there are, the other half stays for everyone else (a fairness rule HBase does not have).
    const full = backlogged ? this.backloggedCalls >= Math.max(1, Math.floor(this.maxLength / 2)) : this.calls >= this.maxLength;
    if (full || this.calls >= this.maxLength) {
      return this.refusal(`Call queue is full on ${this.serverName()}, too many items queued ?`);
    }
    this.calls++;
    this.admittedTotal++;
    if (backlogged) this.backloggedCalls++;
    this.bytesValue += size;
    return undefined;
  }

  /**
   * One exception per wording, answered to every call it refuses: a server refusing thousands of
   * calls a second spent most of that time capturing a stack trace for each (tools/abuse/run.sh's
   * profile), and encodeExceptionResponse encodes a given error's body only once.
   */
  private refusal(message: string): HBaseRemoteError {
    let error = this.refusals.get(message);
    if (error === undefined) {
      // The server's name is in the wording and can change once (at registration): keep it small.
      if (this.refusals.size >= 4) this.refusals.clear();
      error = hbaseError('CallQueueTooBigException', message);
      this.refusals.set(message, error);
    }
    return error;
  }

  /** Ends an admitted call (its response is now counted through addBytes until flushed). */
  finish(size: number, backlogged = false): void {
    this.calls--;
    if (backlogged) this.backloggedCalls--;
    this.bytesValue -= size;
  }

  /** A connection closed: the memory it held is garbage, to be given back once things are quiet. */
  connectionClosed(): void {
    this.release.wake();
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
   * Whether unsent responses hold a quarter of the budget: connections that are behind on reading
   * then stop being read, so that clients that do read keep the rest of the queue.
   */
  get underPressure(): boolean {
    return this.unsentValue > this.maxBytes / 4;
  }

  /** The virtual time of the call started last (see FairShare). */
  get virtualTime(): number {
    return this.clock;
  }

  /**
   * Queues a connection's turn: `turn` starts one of its calls and says whether it has another.
   * Connections are served by start-time fair queueing over the bytes their calls cost (FairShare),
   * a few calls per event-loop turn (next()): a call whose work completes without real I/O (the
   * embedded store) runs to its end before the next turn, and socket reads come in between, so a
   * client whose call has just arrived waits for at most the calls of one turn, not for every
   * connection's backlog. Among connections that keep to their own bound on calls in progress, each gets the
   * same bytes per second. Connections that have pipelined more calls than that bound (`backlogged`)
   * share one call per turn between them: a backlog never delays the others by more than one call,
   * and it still drains however busy the others keep the gateway (served only from the capacity
   * they left, a 5,000-call burst beside a busy YCSB client got no answer in 30 s).
   */
  schedule(share: FairShare, turn: () => boolean, backlogged: () => boolean): void {
    if (share.queued) return;
    share.queued = true;
    const entry = { start: Math.max(this.clock, share.tag), seq: this.seq++, share, turn, isBacklogged: backlogged };
    (backlogged() ? this.backlog : this.ready).push(entry);
    this.kick();
  }

  private kick(): void {
    if (this.draining) return;
    this.draining = true;
    setImmediate(() => this.next());
  }

  /**
   * Starts up to CALLS_PER_TURN calls in fair order from connections within their bound, then one
   * from a backlogged connection (a few when the others left room): responses then leave in one writev per connection (one syscall per
   * response cut YCSB C's throughput by a quarter), a waiting client waits for at most a few calls,
   * not for any connection's backlog, and backlogs get a guaranteed share of every turn.
   */
  private next(): void {
    this.draining = false;
    let started = 0;
    for (; started < CALLS_PER_TURN; started++) {
      const entry = this.ready.pop();
      if (entry === undefined) break;
      this.start(entry);
    }
    // A turn the others did not fill leaves room for a few more of the backlog (on a loaded machine
    // a turn can take tens of ms, and one backlogged call per turn then drains a burst at 20 a second).
    const backlogTurns = started < CALLS_PER_TURN ? SPARE_TURN_BACKLOG_CALLS : 1;
    for (let i = 0; i < backlogTurns; i++) {
      const entry = this.backlog.pop();
      if (entry === undefined) break;
      this.start(entry);
    }
    if (this.ready.size > 0 || this.backlog.size > 0) this.kick();
  }

  private start(entry: ReadyTurn): void {
    entry.share.queued = false;
    this.clock = Math.max(this.clock, entry.start);
    if (entry.turn()) this.schedule(entry.share, entry.turn, entry.isBacklogged);
  }
}

/**
 * A connection's place in the dispatcher's fair queueing (start-time fair queueing, as in Goyal et
 * al.; the cost of a call is its request and response bytes). `tag` is the virtual time at which the
 * connection's next call may start: each started call moves it on by the call's expected cost (the
 * connection's previous call), corrected by the actual cost once the call is answered. A connection
 * that was idle starts at the current virtual time, so it is never behind the backlog of others.
 */
export class FairShare {
  tag = 0;
  estimate = INITIAL_ESTIMATE;
  queued = false;

  /** A call starts: the bytes it is charged in advance. */
  charge(clock: number): number {
    this.tag = Math.max(this.tag, clock) + this.estimate;
    return this.estimate;
  }

  /** A call was answered: replace its advance charge by what it cost. */
  settle(charged: number, cost: number): void {
    this.tag += cost - charged;
    this.estimate = Math.max(MIN_ESTIMATE, cost);
  }
}

interface ReadyTurn {
  isBacklogged: () => boolean;
  start: number;
  /** Order of arrival, so equal start tags are served first come first served. */
  seq: number;
  share: FairShare;
  turn: () => boolean;
}

/** Binary min-heap of ready turns by (start tag, arrival). */
class TurnHeap {
  private readonly items: ReadyTurn[] = [];

  get size(): number {
    return this.items.length;
  }

  push(item: ReadyTurn): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(a[i], a[parent])) break;
      [a[i], a[parent]] = [a[parent], a[i]];
      i = parent;
    }
  }

  pop(): ReadyTurn | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length === 0 || last === undefined) return top;
    a[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < a.length && before(a[l], a[m])) m = l;
      if (r < a.length && before(a[r], a[m])) m = r;
      if (m === i) return top;
      [a[i], a[m]] = [a[m], a[i]];
      i = m;
    }
  }
}

function before(x: ReadyTurn, y: ReadyTurn): boolean {
  return x.start < y.start || (x.start === y.start && x.seq < y.seq);
}

/** Expected cost of a connection's first call, bytes. */
const INITIAL_ESTIMATE = 1024;
/** Floor of the expected cost, so an empty answer does not make the next call free. */
const MIN_ESTIMATE = 64;
