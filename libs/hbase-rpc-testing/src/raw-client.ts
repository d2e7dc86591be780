import { connect, type Socket } from 'node:net';
import { decodeResponse, encodeRequest, encodeRpcPreamble, type hbase, KEY_VALUE_CODEC, lengthPrefixed, pb } from '@hbase-compat/hbase-codec';

/**
 * A minimal HBase RPC client speaking raw frames, for tests and tools: it can send well-formed
 * calls, arbitrary bytes, and read whatever the server answers (including fatal errors and close).
 */
export interface RawResponse {
  header: hbase.pb.ResponseHeader;
  message: Buffer | undefined;
  cellBlock: Buffer | undefined;
}

export class RawHBaseConnection {
  private buffer = Buffer.alloc(0);
  private readonly waiting: ((r: RawResponse) => void)[] = [];
  private readonly byCallId = new Map<number, (r: RawResponse) => void>();
  private readonly early: RawResponse[] = [];
  private nextCallId = 0;
  closed: Promise<void>;

  private constructor(readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    this.closed = new Promise((resolve) => socket.on('close', () => resolve()));
    socket.on('error', () => undefined);
  }

  /** A client over a socket that is already connected (e.g. a TLS one). */
  static over(socket: Socket): RawHBaseConnection {
    return new RawHBaseConnection(socket);
  }

  /** Sends the SIMPLE preamble and a ConnectionHeader naming `user` and `service`. */
  greet(service: string, user = 'test', codec: string | undefined = KEY_VALUE_CODEC): this {
    this.write(encodeRpcPreamble());
    this.write(lengthPrefixed(pb.ConnectionHeader.encode({ userInfo: { effectiveUser: user }, serviceName: service, cellBlockCodecClass: codec }).finish()));
    return this;
  }

  static open(port: number, host = '127.0.0.1'): Promise<RawHBaseConnection> {
    return new Promise((resolve, reject) => {
      const s = connect({ port, host }, () => resolve(new RawHBaseConnection(s)));
      s.once('error', reject);
    });
  }

  /** Opens a connection and sends the SIMPLE preamble and a ConnectionHeader for `service`. */
  static async handshake(port: number, service: string, codec: string | undefined = KEY_VALUE_CODEC): Promise<RawHBaseConnection> {
    return (await RawHBaseConnection.open(port)).greet(service, 'test', codec);
  }

  write(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  /** Sends a call and resolves with its response (matched by call id). */
  call(method: string, param: Uint8Array, cellBlock?: Uint8Array, callId = this.nextCallId++): Promise<RawResponse> {
    const p = new Promise<RawResponse>((resolve) => this.byCallId.set(callId, resolve));
    this.write(encodeRequest({ callId, methodName: method }, param, cellBlock));
    return p;
  }

  /** Resolves with the next response frame that no call is waiting for (e.g. a fatal error). */
  next(): Promise<RawResponse> {
    const r = this.early.shift();
    if (r) return Promise.resolve(r);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    while (this.buffer.length >= 4) {
      const len = this.buffer.readInt32BE(0);
      if (this.buffer.length < 4 + len) return;
      const body = this.buffer.subarray(4, 4 + len);
      this.buffer = this.buffer.subarray(4 + len);
      const r = decodeResponse(Buffer.from(body));
      const resolver = this.byCallId.get(r.header.callId);
      if (resolver) {
        this.byCallId.delete(r.header.callId);
        resolver(r);
      } else {
        const w = this.waiting.shift();
        if (w) w(r);
        else this.early.push(r);
      }
    }
  }
}
