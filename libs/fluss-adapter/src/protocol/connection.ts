import * as net from 'node:net';
import { fluss } from '../generated/fluss';
import { ApiKey, apiKeyName, clientVersionRange } from './api-keys';
import { FlussError } from './errors';
import { FrameSplitter, ResponseType, decodeResponseFrame, encodeRequestFrame } from './frames';

/** A protobufjs static message type, enough to encode requests and decode responses. */
export interface MessageType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

export interface SaslPlain {
  username: string;
  password: string;
}

/**
 * Told of every request's outcome, for metrics: the API's name, the seconds from sending to the
 * answer, and the request-level error's name (NONE when answered; CLIENT_ERROR for a failure that is
 * not a FlussError). The library itself keeps no metrics; the application passes this in.
 */
export type FlussRequestObserver = (api: string, seconds: number, error: string) => void;

export interface ConnectionOptions {
  host: string;
  port: number;
  /** Per-request deadline: Fluss silently drops requests it cannot parse, so every call needs one. */
  requestTimeoutMs: number;
  connectTimeoutMs: number;
  sasl?: SaslPlain;
  maxFrameBytes?: number;
  clientName?: string;
  clientVersion?: string;
  observer?: FlussRequestObserver;
}

interface Pending {
  resolve(body: Buffer): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * One TCP connection to a Fluss server. Requests are pipelined and matched to responses by request
 * id (the server may answer out of order). On open: ApiVersions (to pick each API's version), then
 * SASL/PLAIN Authenticate when configured. Any socket failure fails every pending call with a
 * retriable NETWORK_EXCEPTION and marks the connection dead; owners open a new one.
 */
export class FlussConnection {
  private socket: net.Socket | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextRequestId = 0;
  private unsent: Buffer[] = [];
  private serverVersions = new Map<number, [number, number]>();
  private closedError: Error | undefined;
  serverType: number | undefined;

  private constructor(private readonly options: ConnectionOptions) {}

  get endpoint(): string {
    return `${this.options.host}:${this.options.port}`;
  }

  get alive(): boolean {
    return this.closedError === undefined && this.socket !== undefined && !this.socket.destroyed;
  }

  static async open(options: ConnectionOptions): Promise<FlussConnection> {
    const connection = new FlussConnection(options);
    await connection.connect();
    try {
      await connection.handshake();
    } catch (e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  private connect(): Promise<void> {
    const { host, port, connectTimeoutMs } = this.options;
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host, port });
      socket.setNoDelay(true);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(FlussError.create('NetworkException', `connect to ${host}:${port} timed out after ${connectTimeoutMs} ms`));
      }, connectTimeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        this.socket = socket;
        resolve();
      });
      socket.once('error', (err) => {
        clearTimeout(timer);
        if (this.socket === undefined) reject(FlussError.create('NetworkException', `connect to ${host}:${port}: ${err.message}`));
      });
      const splitter = new FrameSplitter(this.options.maxFrameBytes ?? 512 * 1024 * 1024);
      socket.on('data', (chunk: Buffer) => {
        try {
          for (const frame of splitter.push(chunk)) this.onFrame(frame);
        } catch (e) {
          this.fail(FlussError.create('NetworkException', `bad frame from ${this.endpoint}: ${(e as Error).message}`));
        }
      });
      socket.on('error', (err) => this.fail(FlussError.create('NetworkException', `${this.endpoint}: ${err.message}`)));
      socket.on('close', () => this.fail(FlussError.create('NetworkException', `connection to ${this.endpoint} closed`)));
    });
  }

  private async handshake(): Promise<void> {
    const response = await this.call(ApiKey.ApiVersions, 0, fluss.ApiVersionsRequest, fluss.ApiVersionsResponse, {
      clientSoftwareName: this.options.clientName ?? 'hbase-compat-fluss-ts',
      clientSoftwareVersion: this.options.clientVersion ?? '0.1.0',
    });
    for (const v of response.apiVersions ?? []) this.serverVersions.set(v.apiKey, [v.minVersion, v.maxVersion]);
    this.serverType = response.serverType ?? undefined;
    if (this.options.sasl) {
      const { username, password } = this.options.sasl;
      // RFC 4616: authzid NUL authcid NUL passwd, with an empty authzid as the Java client sends.
      const token = Buffer.concat([Buffer.from([0]), Buffer.from(username, 'utf8'), Buffer.from([0]), Buffer.from(password, 'utf8')]);
      await this.call(ApiKey.Authenticate, 0, fluss.AuthenticateRequest, fluss.AuthenticateResponse, { protocol: 'PLAIN', token });
    }
  }

  /** The version to use for an API, or an UNSUPPORTED_VERSION error if we share none with the server. */
  versionFor(apiKey: number): number {
    const [ourMin, ourMax] = clientVersionRange(apiKey);
    const server = this.serverVersions.get(apiKey);
    if (server === undefined) return ourMin; // before ApiVersions answered (the handshake itself)
    const version = Math.min(ourMax, server[1]);
    if (version < Math.max(ourMin, server[0]))
      throw FlussError.create('UnsupportedVersion', `no common version of API ${apiKey}: ours ${ourMin}..${ourMax}, server ${server[0]}..${server[1]}`);
    return version;
  }

  supports(apiKey: number): boolean {
    return this.serverVersions.has(apiKey);
  }

  request<Req, Resp>(apiKey: number, requestType: MessageType<Req>, responseType: MessageType<Resp>, message: Req, timeoutMs?: number): Promise<Resp> {
    return this.call(apiKey, this.versionFor(apiKey), requestType, responseType, message, timeoutMs);
  }

  private async call<Req, Resp>(
    apiKey: number,
    version: number,
    requestType: MessageType<Req>,
    responseType: MessageType<Resp>,
    message: Req,
    timeoutMs?: number,
  ): Promise<Resp> {
    const observer = this.options.observer;
    if (observer === undefined)
      return responseType.decode(await this.send(apiKey, version, requestType.encode(message).finish(), timeoutMs ?? this.options.requestTimeoutMs));
    const started = performance.now();
    try {
      const body = await this.send(apiKey, version, requestType.encode(message).finish(), timeoutMs ?? this.options.requestTimeoutMs);
      observer(apiKeyName(apiKey), (performance.now() - started) / 1000, 'NONE');
      return responseType.decode(body);
    } catch (e) {
      observer(apiKeyName(apiKey), (performance.now() - started) / 1000, e instanceof FlussError ? e.errorName : 'CLIENT_ERROR');
      throw e;
    }
  }

  private send(apiKey: number, version: number, body: Uint8Array, timeoutMs: number): Promise<Buffer> {
    if (this.closedError) return Promise.reject(this.closedError);
    const socket = this.socket;
    if (socket === undefined) return Promise.reject(FlussError.create('NetworkException', `not connected to ${this.endpoint}`));
    const requestId = this.nextRequestId;
    this.nextRequestId = (this.nextRequestId + 1) & 0x7fffffff;
    return new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(requestId);
        reject(FlussError.create('RequestTimeOut', `API ${apiKey} to ${this.endpoint} got no answer in ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(requestId, { resolve, reject, timer });
      // setImmediate, not nextTick: every request made while the event loop handles one batch of
      // socket reads (many HBase calls) leaves in one write, saving a syscall per request.
      if (this.unsent.push(encodeRequestFrame(apiKey, version, requestId, body)) === 1) setImmediate(() => this.writeUnsent(socket));
    });
  }

  /** Requests made in the same event-loop turn go out in one write. */
  private writeUnsent(socket: net.Socket): void {
    const frames = this.unsent;
    this.unsent = [];
    if (!socket.destroyed) socket.write(frames.length === 1 ? frames[0] : Buffer.concat(frames));
  }

  private onFrame(frame: Buffer): void {
    const response = decodeResponseFrame(frame);
    if (response.type === ResponseType.ServerFailure) {
      const error = fluss.ErrorResponse.decode(response.body);
      this.fail(new FlussError(error.errorCode, `server failure from ${this.endpoint}: ${error.errorMessage ?? ''}`));
      return;
    }
    const pending = this.pending.get(response.requestId);
    if (pending === undefined) return; // timed out already
    this.pending.delete(response.requestId);
    clearTimeout(pending.timer);
    if (response.type === ResponseType.Error) {
      const error = fluss.ErrorResponse.decode(response.body);
      pending.reject(new FlussError(error.errorCode, error.errorMessage ?? ''));
    } else {
      pending.resolve(response.body);
    }
  }

  private fail(error: Error): void {
    if (this.closedError === undefined) this.closedError = error;
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(error);
      this.pending.delete(id);
    }
    this.socket?.destroy();
  }

  close(): void {
    this.fail(FlussError.create('NetworkException', `connection to ${this.endpoint} closed by the client`));
  }
}
