import type { Socket } from 'node:net';
import type { ClientIdentity } from '@hbase-compat/server-config';
import {
  AuthCode,
  ConnectionDecoder,
  FATAL_CALL_ID,
  HBaseExceptions,
  HBaseRemoteError,
  KEY_VALUE_CODEC,
  KEY_VALUE_CODEC_WITH_TAGS,
  ProtocolError,
  RPC_VERSION,
  decodeCall,
  decodeRequestHeader,
  encodeCellBlock,
  encodeExceptionResponse,
  encodeResponse,
  hbaseError,
  pb,
  toStringBinary,
  type InboundUnit,
} from '@hbase-compat/hbase-codec';
import { connectionUser } from './tls-identity';
import type { CallContext, ErrorMapper, ServiceRegistry } from './service-registry';
import { type CallQueue, FairShare } from './call-queue';

/**
 * One client connection: preamble, connection header, then any number of concurrent calls whose
 * responses go out in completion order, matched by call id. Per-call failures become exception
 * responses on that call; framing failures answer with a fatal error (call id -1) and close, as a
 * region server does. Nothing here throws past the socket.
 *
 * Under overload the connection protects the process rather than the peer: responses count against
 * the shared call queue until the kernel takes them, a connection whose unsent responses or calls in
 * progress pass their bounds is not read until its client catches up (TCP then pushes back on the
 * client), and connections that never finish their handshake, sit idle, or never take their
 * responses are closed (see ConnectionLimits).
 */
export interface ConnectionHooks {
  clusterId: () => string;
  isStopping: () => boolean;
  onCallStart: (service: string, method: string) => void;
  onCallEnd: (service: string, method: string, seconds: number, outcome: 'ok' | 'error', exceptionClass?: string) => void;
  /** A fatal error answered with call id -1 (the connection is unusable after it), for metrics. */
  onFatal?: (exceptionClass: string) => void;
  log: (level: 'debug' | 'info' | 'warn', message: string) => void;
}

/** Per-connection bounds (server-config RpcLimits). */
export interface ConnectionLimits {
  /** No preamble + connection header within this long: closed (slowloris). */
  handshakeTimeoutMs: number;
  /** No call in progress, nothing unsent and no complete frame for this long: closed (SimpleRpcServer's idle scan). */
  idleTimeoutMs: number;
  /** Unsent responses that made no progress for this long: closed (SimpleRpcServerResponder's purge). */
  purgeTimeoutMs: number;
  /** Unsent response bytes past which the connection is not read. */
  maxPendingResponseBytes: number;
  /** Calls in progress past which the connection is not read. */
  maxInFlightPerConnection: number;
}

export interface ConnectionOverload {
  queue: CallQueue;
  limits: ConnectionLimits;
}

/** Raw SASL reply telling a Kerberos/DIGEST client to continue with SIMPLE auth (SaslUtil.SWITCH_TO_SIMPLE_AUTH). */
const SWITCH_TO_SIMPLE_AUTH = Buffer.from([0, 0, 0, 0, 0xff, 0xff, 0xff, 0xa8]);
/** Metrics label of calls to a method the service does not have. */
const UNKNOWN_METHOD = 'unknown';
/** Under memory pressure, a connection may start calls while its unsent bytes are below its bound divided by this. */
const PRESSURE_FRACTION = 8;
/** Bytes of a too-large frame read to recover its call id before answering. */
const TOO_LARGE_HEAD = 4096;
/** How long a pipelining connection stays unread after its first refused call, ms; doubled for each further refusal in a row. */
const REFUSAL_HOLD_MS = 1;
/** The longest such hold, ms: a client that pipelines on past every refusal is read about once a second. */
const MAX_REFUSAL_HOLD_MS = 1000;

/** A call in a connection's share of the call queue, or a refusal of one (CallQueueTooBigException) waiting for its turn. */
interface Admitted {
  frame: Buffer;
  backlogged: boolean;
  refusal?: HBaseRemoteError;
}

export class RpcConnection {
  private readonly decoder: ConnectionDecoder;
  private serviceName: string | undefined;
  private cellBlocks = false;
  private withTags = false;
  private user = '';
  private closed = false;
  private inFlight = 0;
  private outgoing: Buffer[] = [];
  private tooLarge: { length: number; head: Buffer[]; got: number } | undefined;
  private idleWaiters: (() => void)[] = [];
  /** Call frames read but not yet in the call queue: past the connection's bound on calls in progress. */
  private waiting: Buffer[] = [];
  /** Calls in the call queue, not started yet, and refusals waiting for their turn (see admitWaiting). */
  private admitted: Admitted[] = [];
  /** Response bytes queued or written but not yet taken by the kernel. */
  private unsentBytes = 0;
  private paused = false;
  /** Set once the client pipelined past its bound on calls in progress, cleared when it has none left (see backlogged). */
  private overcommitted = false;
  /** Refusals of this connection's pipelined calls since one of them was last admitted (see holdAfterRefusal). */
  private refusalsInRow = 0;
  /** Set while the connection's next calls stay unread after a refusal; its end resumes reading. */
  private holdTimer: NodeJS.Timeout | undefined;
  /** This connection's place in the fair dispatcher (queued while it has a turn waiting). */
  private readonly share = new FairShare();
  /** Set once the socket closed and its unsent bytes left the shared budget. */
  private released = false;
  private ready = false;
  private readonly openedAt = Date.now();
  private lastFrameAt = Date.now();
  private lastWriteAt = Date.now();
  private readonly watchdog: NodeJS.Timeout;
  private readonly queue: CallQueue;
  private readonly limits: ConnectionLimits;

  constructor(
    private readonly socket: Socket,
    private readonly registry: ServiceRegistry,
    private readonly mapError: ErrorMapper,
    private readonly hooks: ConnectionHooks,
    maxFrameBytes: number,
    overload: ConnectionOverload,
    /** Whose name the connection acts as (tls-identity.ts); the header's by default. */
    private readonly identity: ClientIdentity = 'header',
  ) {
    this.decoder = new ConnectionDecoder({ maxFrameBytes });
    this.queue = overload.queue;
    this.limits = overload.limits;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('drain', () => this.updateFlow());
    socket.on('error', (e) => this.hooks.log('debug', `connection ${this.remote}: ${e.message}`));
    socket.on('close', () => this.onClose());
    const { handshakeTimeoutMs, idleTimeoutMs, purgeTimeoutMs } = this.limits;
    const tick = Math.max(50, Math.min(1000, Math.min(handshakeTimeoutMs, idleTimeoutMs, purgeTimeoutMs) / 4));
    this.watchdog = setInterval(() => this.checkTimeouts(), tick);
    this.watchdog.unref();
  }

  get remote(): string {
    return `${this.socket.remoteAddress}:${this.socket.remotePort}`;
  }

  get pendingCalls(): number {
    return this.inFlight;
  }

  /** Resolves once no call is in flight. */
  idle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  destroy(): void {
    this.flush();
    this.closed = true;
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    if (this.closed) return;
    if (this.tooLarge) return this.collectTooLarge(chunk);
    for (const unit of this.decoder.push(chunk)) {
      if (this.closed) return;
      this.lastFrameAt = Date.now();
      this.handleUnit(unit);
    }
    this.updateFlow();
  }

  private onClose(): void {
    this.closed = true;
    clearInterval(this.watchdog);
    clearTimeout(this.holdTimer);
    this.waiting = [];
    for (const a of this.admitted) if (a.refusal === undefined) this.queue.finish(a.frame.length, a.backlogged);
    this.admitted = [];
    // Responses the kernel never took leave the shared budget with the socket.
    this.queue.removeBytes(this.unsentBytes);
    this.unsentBytes = 0;
    this.released = true;
    this.queue.connectionClosed();
    this.notifyIdle();
  }

  /**
   * Whether another call may start now, or must wait for this connection to catch up. The answers of
   * calls in progress count at their expected size, so calls started together cannot overshoot the
   * connection's bound by many responses. Under memory pressure only connections that are nearly
   * caught up start calls: the ones holding the unsent bytes wait, the others are not delayed.
   */
  private canDispatch(): boolean {
    const { maxInFlightPerConnection, maxPendingResponseBytes } = this.limits;
    if (this.inFlight >= maxInFlightPerConnection) return false;
    if (this.inFlight > 0 && this.unsentBytes + this.inFlight * this.share.estimate > maxPendingResponseBytes) return false;
    if (this.behind) return false;
    return this.unsentBytes <= maxPendingResponseBytes / PRESSURE_FRACTION || !this.queue.underPressure;
  }

  /**
   * Starts held-back calls the connection can take, then stops or resumes reading the socket: a
   * client that pipelines faster than it reads its answers is held by TCP instead of by our heap.
   */
  private updateFlow(): void {
    if (this.closed) return;
    if (this.behind) this.giveBackAdmitted();
    this.admitWaiting();
    if (this.closed) return;
    if (this.admitted.length > 0 && this.canDispatch()) this.queue.schedule(this.share, this.turn, this.backlogged);
    const hold = this.waiting.length > 0 || this.admitted.length > 0 || !this.canDispatch();
    if (hold === this.paused) return;
    this.paused = hold;
    if (hold) this.socket.pause();
    else this.socket.resume();
  }

  /**
   * Whether the client has pipelined more calls than it may have in progress (served after those
   * that have not). It stays so until all its calls are answered: the calls a client has not sent
   * yet because we stopped reading do not show, so a connection that never catches up stays marked.
   */
  private readonly backlogged = (): boolean => {
    if (this.pipelined > this.limits.maxInFlightPerConnection) this.overcommitted = true;
    else if (this.pipelined === 0) this.overcommitted = false;
    return this.overcommitted;
  };

  private get pipelined(): number {
    return this.inFlight + this.admitted.length + this.waiting.length;
  }

  /**
   * Moves read calls into the call queue while the connection is within its bound on calls in
   * progress and is not behind on reading its answers (the rest count as not read yet, as TCP holds
   * them). A call the queue has no room for is answered with CallQueueTooBigException at once, as
   * ServerRpcConnection.processRequest does; a connection that pipelines past its bound only gets its
   * share (CallQueue.admit), and after each refusal it is held unread for a while (holdAfterRefusal).
   */
  private admitWaiting(): void {
    if (this.holdTimer !== undefined) return;
    while (!this.closed && this.waiting.length > 0 && this.inFlight + this.admitted.length < this.limits.maxInFlightPerConnection && !this.behind) {
      const backlogged = this.backlogged();
      const frame = this.waiting.shift() as Buffer;
      const service = this.serviceName;
      if (service === undefined) return this.fatal(new ProtocolError('HBGW_UNEXPECTED_DATA', 'call before connection header'));
      const refused = this.queue.admit(frame.length, backlogged);
      if (refused === undefined) {
        this.refusalsInRow = 0;
        this.admitted.push({ frame, backlogged });
        continue;
      }
      if (!backlogged) {
        this.refuse(service, frame, refused);
        continue;
      }
      // A pipelining connection's refusal waits for its turn like a call, and its other calls wait
      // unread: answering refusals as fast as it sends would spend the loop outside the fair queue.
      this.admitted.push({ frame, backlogged, refusal: refused });
      this.holdAfterRefusal();
      return;
    }
  }

  /** Whether the client has more unsent answers than its bound: it is not reading them (yet). */
  private get behind(): boolean {
    return this.unsentBytes > this.limits.maxPendingResponseBytes;
  }

  /**
   * A connection behind on reading gives the calls it has in the call queue back, to wait unread with
   * the rest: a client that never reads would otherwise hold places in the queue for good (200 such
   * connections held every place pipelining connections share, and a burst beside them was refused
   * call after call). They are admitted again, in order, once it has caught up.
   */
  private giveBackAdmitted(): void {
    const frames: Buffer[] = [];
    const refusals: Admitted[] = [];
    for (const a of this.admitted) {
      if (a.refusal !== undefined) {
        refusals.push(a);
        continue;
      }
      this.queue.finish(a.frame.length, a.backlogged);
      frames.push(a.frame);
    }
    if (frames.length === 0) return;
    this.admitted = refusals;
    this.waiting.unshift(...frames);
  }

  /**
   * A client pipelining past its bound does not wait for a refusal before sending its next call, as
   * HBase's client backs off before retrying the refused one. Its calls stay unread (TCP holds them)
   * for a hold that doubles with each refusal in a row: a client that reads and backs off loses a few
   * ms, and one that never reads is read once a second instead of costing a refusal per event-loop turn
   * (200 of them took half the throughput of a well-behaved client beside them; tools/abuse/run.sh).
   */
  private holdAfterRefusal(): void {
    this.refusalsInRow = Math.min(this.refusalsInRow + 1, 16);
    const holdMs = Math.min(MAX_REFUSAL_HOLD_MS, REFUSAL_HOLD_MS * 2 ** (this.refusalsInRow - 1));
    this.holdTimer = setTimeout(() => {
      this.holdTimer = undefined;
      this.updateFlow();
    }, holdMs);
  }

  /** Starts one held-back call; true while another can start on a later turn. */
  private readonly turn = (): boolean => {
    if (this.closed || this.admitted.length === 0 || !this.canDispatch()) return false;
    const call = this.admitted.shift() as Admitted;
    if (call.refusal) this.refuse(this.serviceName as string, call.frame, call.refusal);
    else void this.handleCall(call.frame, call.backlogged);
    this.admitWaiting();
    const more = this.admitted.length > 0 && this.canDispatch();
    // Without another turn, reading resumes or stays paused by the connection's own state.
    if (!more) this.updateFlow();
    return more;
  };

  /** Handshake, idle and stalled-response timeouts (checked on a timer, so a trickle of bytes does not reset them). */
  private checkTimeouts(): void {
    if (this.closed) return;
    const now = Date.now();
    const { handshakeTimeoutMs, idleTimeoutMs, purgeTimeoutMs } = this.limits;
    if (!this.ready && now - this.openedAt > handshakeTimeoutMs) {
      return this.drop(`no preamble and connection header within ${handshakeTimeoutMs} ms (hbase.compat.rpc.handshake.timeout.ms)`);
    }
    const busy = this.pipelined > 0 || this.unsentBytes > 0;
    if (this.ready && !busy && now - this.lastFrameAt > idleTimeoutMs) {
      return this.drop(`idle for more than ${idleTimeoutMs} ms (twice hbase.ipc.client.connection.maxidletime)`);
    }
    if (this.unsentBytes > 0 && now - this.lastWriteAt > purgeTimeoutMs) {
      return this.drop(`${this.unsentBytes} response bytes not read for ${purgeTimeoutMs} ms (hbase.ipc.client.call.purge.timeout)`);
    }
  }

  private drop(reason: string): void {
    this.hooks.log('info', `closing connection ${this.remote}: ${reason}`);
    this.closed = true;
    this.socket.destroy();
  }

  private handleUnit(unit: InboundUnit): void {
    switch (unit.kind) {
      case 'preamble':
        return this.handlePreamble(unit);
      case 'connection-header':
        return this.handleConnectionHeader(unit.bytes);
      case 'call':
        // Calls start in the shared round-robin (CallQueue.schedule), not here.
        this.waiting.push(unit.frame);
        return;
      case 'frame-too-large':
        // Recover the call id from the frame's head, as HBase's frame decoder does, then close.
        this.tooLarge = { length: unit.length, head: [], got: 0 };
        this.collectTooLarge(unit.head);
        return;
      case 'error':
        return this.fatal(unit.error);
    }
  }

  private handlePreamble(unit: Extract<InboundUnit, { kind: 'preamble' }>): void {
    const p = unit.preamble;
    switch (p.kind) {
      case 'registry': {
        // 2.6 RpcConnectionRegistry asks for the cluster id first, then expects us to close.
        const message = pb.GetConnectionRegistryResponse.encode({ clusterId: this.hooks.clusterId() }).finish();
        this.socket.end(encodeResponse(FATAL_CALL_ID, message));
        this.closed = true;
        return;
      }
      case 'security':
        return this.fatal(new HBaseRemoteError(HBaseExceptions.SecurityNotEnabledException, 'Security is not enabled on this server'), false);
      case 'unknown':
        return this.fatal(
          new HBaseRemoteError(
            HBaseExceptions.FatalConnectionException,
            `Expected HEADER=HBas but received HEADER=${toStringBinary(p.bytes.subarray(0, 4))} from ${this.remote}`,
          ),
        );
      case 'rpc':
        if (p.version !== RPC_VERSION) {
          return this.fatal(new HBaseRemoteError(HBaseExceptions.WrongVersionException, `Version ${p.version} is not supported, expected ${RPC_VERSION}`));
        }
        if (p.auth === AuthCode.KERBEROS || p.auth === AuthCode.DIGEST) {
          this.socket.write(SWITCH_TO_SIMPLE_AUTH);
          return;
        }
        if (p.auth !== AuthCode.SIMPLE) return this.fatal(new HBaseRemoteError(HBaseExceptions.BadAuthException, `Unknown authentication code ${p.auth}`));
        return;
    }
  }

  private handleConnectionHeader(bytes: Buffer): void {
    let header: ReturnType<typeof pb.ConnectionHeader.decode>;
    try {
      header = pb.ConnectionHeader.decode(bytes);
    } catch (e) {
      return this.fatal(new HBaseRemoteError(HBaseExceptions.FatalConnectionException, `Unable to read the connection header: ${(e as Error).message}`));
    }
    const service = header.serviceName ?? '';
    if (service === '') return this.fatal(new HBaseRemoteError(HBaseExceptions.EmptyServiceNameException, 'Service name is empty'));
    if (!this.registry.has(service)) return this.fatal(new HBaseRemoteError(HBaseExceptions.UnknownServiceException, `Unknown service ${service}`));
    const codec = header.cellBlockCodecClass ?? '';
    if (codec !== '' && codec !== KEY_VALUE_CODEC && codec !== KEY_VALUE_CODEC_WITH_TAGS) {
      return this.fatal(new HBaseRemoteError(HBaseExceptions.UnsupportedCellCodecException, `Unsupported cell codec ${codec}`));
    }
    if (header.cellBlockCompressorClass) {
      return this.fatal(
        new HBaseRemoteError(HBaseExceptions.UnsupportedCompressionCodecException, `Unsupported compression codec ${header.cellBlockCompressorClass}`),
      );
    }
    this.serviceName = service;
    this.cellBlocks = codec !== '';
    this.withTags = codec === KEY_VALUE_CODEC_WITH_TAGS;
    try {
      this.user = connectionUser(this.socket, header.userInfo?.effectiveUser ?? '', this.identity);
    } catch (e) {
      // As ServerRpcConnection.authorizeConnection: AccessDeniedException with call id -1, which the
      // Java client only sees as the connection closing, so the refusal is logged for operators too.
      this.hooks.log('warn', `refused connection ${this.remote}: ${(e as Error).message}`);
      return this.fatal(e);
    }
    this.ready = true;
  }

  /** Runs a call admitted to the call queue. */
  private async handleCall(frame: Buffer, backlogged: boolean): Promise<void> {
    const service = this.serviceName as string;
    const charged = this.share.charge(this.queue.virtualTime);
    let answered = 0;
    let callId = FATAL_CALL_ID;
    let method = '?';
    const started = process.hrtime.bigint();
    this.inFlight++;
    this.hooks.onCallStart(service, method);
    try {
      let call: ReturnType<typeof decodeCall>;
      try {
        call = decodeCall(frame);
      } catch (e) {
        // Without a readable header there is no call id to answer: the connection is unusable.
        try {
          callId = decodeRequestHeader(frame).header.callId;
        } catch {
          this.fatal(e);
          return;
        }
        throw hbaseError('DoNotRetryIOException', `Unable to read call parameter from client ${this.remote}: ${(e as Error).message}`);
      }
      callId = call.header.callId;
      const requested = call.header.methodName ?? '';
      const handler = this.registry.find(service, requested);
      if (handler === undefined) {
        // Metrics are labelled by method: a name a client made up must not become a new label each time.
        method = UNKNOWN_METHOD;
        throw hbaseError('DoNotRetryIOException', `java.lang.UnsupportedOperationException: ${requested}`);
      }
      method = requested;
      if (this.hooks.isStopping()) throw hbaseError('RegionServerStoppedException', 'Server is stopping');
      const ctx: CallContext = {
        serviceName: service,
        methodName: method,
        callId,
        cellBlocks: this.cellBlocks,
        withTags: this.withTags,
        remoteAddress: this.remote,
        user: this.user,
        cellBlock: call.cellBlock,
        timeoutMs: call.header.timeout ?? 0,
        priority: call.header.priority ?? 0,
      };
      const result = await handler(ctx, call.param);
      const block = result.cells && result.cells.length > 0 ? encodeCellBlock(result.cells, this.withTags) : undefined;
      const response = encodeResponse(callId, result.message, block);
      answered = response.length;
      this.send(response);
      this.hooks.onCallEnd(service, method, seconds(started), 'ok');
    } catch (e) {
      const remote = e instanceof HBaseRemoteError ? e : this.mapError(e);
      const response = encodeExceptionResponse(callId, remote);
      answered = response.length;
      this.send(response);
      this.hooks.onCallEnd(service, method, seconds(started), 'error', remote.kind.className);
      if (!(e instanceof HBaseRemoteError)) this.hooks.log('warn', `${service}.${method} from ${this.remote} failed: ${(e as Error).stack ?? String(e)}`);
    } finally {
      this.queue.finish(frame.length, backlogged);
      this.share.settle(charged, frame.length + answered);
      this.inFlight--;
      if (this.inFlight === 0) this.notifyIdle();
      this.updateFlow();
    }
  }

  /** Answers a call the call queue has no room for, as ServerRpcConnection.processRequest does. */
  private refuse(service: string, frame: Buffer, error: HBaseRemoteError): void {
    let callId: number;
    let method = '?';
    try {
      const { header } = decodeRequestHeader(frame);
      callId = header.callId;
      const requested = header.methodName ?? '';
      method = this.registry.find(service, requested) ? requested : UNKNOWN_METHOD;
    } catch (e) {
      return this.fatal(e);
    }
    this.hooks.onCallStart(service, method);
    this.send(encodeExceptionResponse(callId, error));
    this.hooks.onCallEnd(service, method, 0, 'error', error.kind.className);
  }

  private collectTooLarge(chunk: Buffer): void {
    const t = this.tooLarge;
    if (t === undefined) return;
    if (t.got < TOO_LARGE_HEAD) {
      t.head.push(chunk);
      t.got += chunk.length;
    }
    const head = Buffer.concat(t.head);
    let callId: number | undefined;
    try {
      callId = decodeRequestHeader(head).header.callId;
    } catch {
      if (t.got < Math.min(TOO_LARGE_HEAD, t.length)) return; // wait for more of the header
    }
    const error = hbaseError('RequestTooBigException', `RPC data length of ${t.length} received from ${this.remote} is greater than max allowed`);
    this.send(encodeExceptionResponse(callId ?? FATAL_CALL_ID, error));
    this.closeAfterFlush();
  }

  /**
   * Responses finished in the same tick (a coalesced storage batch answers many calls at once)
   * leave in one writev: one syscall instead of one per response.
   */
  private send(bytes: Buffer): void {
    if (this.closed || this.socket.destroyed) return;
    if (this.unsentBytes === 0) this.lastWriteAt = Date.now();
    this.unsentBytes += bytes.length;
    this.queue.addBytes(bytes.length);
    if (this.outgoing.push(bytes) === 1) process.nextTick(() => this.flush());
  }

  private flush(): void {
    const batch = this.outgoing;
    if (batch.length === 0) return;
    this.outgoing = [];
    if (this.socket.destroyed) return;
    if (batch.length === 1) {
      this.write(batch[0]);
      return;
    }
    this.socket.cork();
    for (const bytes of batch) this.write(bytes);
    this.socket.uncork();
  }

  /** Writes one response; its bytes leave the budgets once the kernel has taken them. */
  private write(bytes: Buffer): void {
    this.socket.write(bytes, () => {
      if (this.released) return;
      this.unsentBytes -= bytes.length;
      this.queue.removeBytes(bytes.length);
      this.lastWriteAt = Date.now();
      this.updateFlow();
    });
  }

  private fatal(error: unknown, close = true): void {
    const remote =
      error instanceof HBaseRemoteError
        ? error
        : new HBaseRemoteError(HBaseExceptions.FatalConnectionException, error instanceof Error ? error.message : String(error));
    this.hooks.log('debug', `connection ${this.remote}: ${remote.stackTrace}`);
    this.hooks.onFatal?.(remote.kind.className);
    this.send(encodeExceptionResponse(FATAL_CALL_ID, remote));
    if (close) this.closeAfterFlush();
  }

  private closeAfterFlush(): void {
    this.flush();
    this.closed = true;
    this.socket.end();
    // A peer that never reads must not pin the socket.
    setTimeout(() => this.socket.destroy(), 5000).unref();
  }

  private notifyIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}

function seconds(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}
