import type { Socket } from 'node:net';
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
import type { CallContext, ErrorMapper, ServiceRegistry } from './service-registry';

/**
 * One client connection: preamble, connection header, then any number of concurrent calls whose
 * responses go out in completion order, matched by call id. Per-call failures become exception
 * responses on that call; framing failures answer with a fatal error (call id -1) and close, as a
 * region server does. Nothing here throws past the socket.
 */
export interface ConnectionHooks {
  clusterId: () => string;
  isStopping: () => boolean;
  onCallStart: (service: string, method: string) => void;
  onCallEnd: (service: string, method: string, seconds: number, outcome: 'ok' | 'error', exceptionClass?: string) => void;
  log: (level: 'debug' | 'info' | 'warn', message: string) => void;
}

/** Raw SASL reply telling a Kerberos/DIGEST client to continue with SIMPLE auth (SaslUtil.SWITCH_TO_SIMPLE_AUTH). */
const SWITCH_TO_SIMPLE_AUTH = Buffer.from([0, 0, 0, 0, 0xff, 0xff, 0xff, 0xa8]);
/** Bytes of a too-large frame read to recover its call id before answering. */
const TOO_LARGE_HEAD = 4096;

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

  constructor(
    private readonly socket: Socket,
    private readonly registry: ServiceRegistry,
    private readonly mapError: ErrorMapper,
    private readonly hooks: ConnectionHooks,
    maxFrameBytes: number,
  ) {
    this.decoder = new ConnectionDecoder({ maxFrameBytes });
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (e) => this.hooks.log('debug', `connection ${this.remote}: ${e.message}`));
    socket.on('close', () => {
      this.closed = true;
      this.notifyIdle();
    });
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
      this.handleUnit(unit);
    }
  }

  private handleUnit(unit: InboundUnit): void {
    switch (unit.kind) {
      case 'preamble':
        return this.handlePreamble(unit);
      case 'connection-header':
        return this.handleConnectionHeader(unit.bytes);
      case 'call':
        void this.handleCall(unit.frame);
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
          new HBaseRemoteError(HBaseExceptions.FatalConnectionException, `Expected HEADER=HBas but received HEADER=${toStringBinary(p.bytes.subarray(0, 4))} from ${this.remote}`),
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
      return this.fatal(new HBaseRemoteError(HBaseExceptions.UnsupportedCompressionCodecException, `Unsupported compression codec ${header.cellBlockCompressorClass}`));
    }
    this.serviceName = service;
    this.cellBlocks = codec !== '';
    this.withTags = codec === KEY_VALUE_CODEC_WITH_TAGS;
    this.user = header.userInfo?.effectiveUser ?? '';
  }

  private async handleCall(frame: Buffer): Promise<void> {
    const service = this.serviceName;
    if (service === undefined) return this.fatal(new ProtocolError('HBGW_UNEXPECTED_DATA', 'call before connection header'));
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
      method = call.header.methodName ?? '';
      const handler = this.registry.find(service, method);
      if (handler === undefined) {
        throw hbaseError('DoNotRetryIOException', `java.lang.UnsupportedOperationException: ${method}`);
      }
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
      this.send(encodeResponse(callId, result.message, block));
      this.hooks.onCallEnd(service, method, seconds(started), 'ok');
    } catch (e) {
      const remote = e instanceof HBaseRemoteError ? e : this.mapError(e);
      this.send(encodeExceptionResponse(callId, remote));
      this.hooks.onCallEnd(service, method, seconds(started), 'error', remote.kind.className);
      if (!(e instanceof HBaseRemoteError)) this.hooks.log('warn', `${service}.${method} from ${this.remote} failed: ${(e as Error).stack ?? String(e)}`);
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) this.notifyIdle();
    }
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
    if (this.outgoing.push(bytes) === 1) process.nextTick(() => this.flush());
  }

  private flush(): void {
    const batch = this.outgoing;
    if (batch.length === 0) return;
    this.outgoing = [];
    if (this.socket.destroyed) return;
    if (batch.length === 1) {
      this.socket.write(batch[0]);
      return;
    }
    this.socket.cork();
    for (const bytes of batch) this.socket.write(bytes);
    this.socket.uncork();
  }

  private fatal(error: unknown, close = true): void {
    const remote =
      error instanceof HBaseRemoteError ? error : new HBaseRemoteError(HBaseExceptions.FatalConnectionException, error instanceof Error ? error.message : String(error));
    this.hooks.log('debug', `connection ${this.remote}: ${remote.stackTrace}`);
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

