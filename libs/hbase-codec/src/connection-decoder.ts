import { PREAMBLE_LENGTH, parsePreamble, type Preamble } from './preamble';
import { ProtocolError } from './protocol-error';

/**
 * Splits the inbound byte stream of one connection into protocol units.
 *
 *   stream     = preamble [connection-header] *call-frame
 *   preamble   = 6 bytes (see preamble.ts)
 *   connection-header = int32 length | ConnectionHeader (raw protobuf, not delimited)
 *   call-frame = int32 length | body   (body parsed by call-frames.ts: decodeCall)
 *
 * A "Securi" preamble is followed by a second preamble; a "Regist" preamble by nothing. Lengths are
 * checked against `maxFrameBytes` before anything is buffered, so an oversized frame costs nothing.
 * The decoder keeps one backing buffer with a read offset and compacts only when it must.
 */
export type InboundUnit =
  | { kind: 'preamble'; preamble: Preamble }
  | { kind: 'connection-header'; bytes: Buffer }
  | { kind: 'call'; frame: Buffer }
  /** A frame over the limit: `head` is what arrived of its body; the decoder stops after it. */
  | { kind: 'frame-too-large'; length: number; limit: number; head: Buffer }
  /** Bytes that cannot be framed; the decoder stops after it. */
  | { kind: 'error'; error: ProtocolError };

const EMPTY = Buffer.alloc(0);

const enum State {
  AwaitPreamble,
  AwaitConnectionHeader,
  Calls,
  Closed,
  Failed,
}

export interface ConnectionDecoderOptions {
  maxFrameBytes: number;
}

export class FrameTooLargeError extends ProtocolError {
  constructor(
    readonly length: number,
    readonly limit: number,
  ) {
    super('HBGW_FRAME_TOO_LARGE', `frame of ${length} bytes exceeds the limit of ${limit} bytes`);
  }
}

export class ConnectionDecoder {
  private buffer: Buffer = EMPTY;
  private start = 0;
  private end = 0;
  private state = State.AwaitPreamble;

  constructor(private readonly options: ConnectionDecoderOptions) {}

  /**
   * Feeds bytes; returns every unit they complete. Bad framing ends the list with an 'error' or
   * 'frame-too-large' unit, after which the decoder accepts nothing more.
   */
  push(chunk: Buffer): InboundUnit[] {
    if (this.state === State.Failed) return [];
    this.append(chunk);
    const units: InboundUnit[] = [];
    for (;;) {
      let unit: InboundUnit | undefined;
      try {
        unit = this.next();
      } catch (e) {
        this.state = State.Failed;
        if (e instanceof FrameTooLargeError) {
          const head = Buffer.from(this.buffer.subarray(this.start + 4, this.end));
          units.push({ kind: 'frame-too-large', length: e.length, limit: e.limit, head });
        } else {
          units.push({ kind: 'error', error: e as ProtocolError });
        }
        this.buffer = EMPTY;
        this.start = this.end = 0;
        return units;
      }
      if (unit === undefined) break;
      units.push(unit);
    }
    if (this.start === this.end) {
      // Units handed out are views into this buffer and may still be in use: never reuse it.
      this.buffer = EMPTY;
      this.start = 0;
      this.end = 0;
    }
    return units;
  }

  /** Bytes received but not yet part of a complete unit. */
  get pendingBytes(): number {
    return this.end - this.start;
  }

  private next(): InboundUnit | undefined {
    const available = this.end - this.start;
    switch (this.state) {
      case State.Failed:
        return undefined;
      case State.Closed:
        if (available > 0) throw new ProtocolError('HBGW_UNEXPECTED_DATA', `${available} bytes after a registry preamble`);
        return undefined;
      case State.AwaitPreamble: {
        if (available < PREAMBLE_LENGTH) return undefined;
        const preamble = parsePreamble(this.buffer.subarray(this.start, this.start + PREAMBLE_LENGTH));
        this.start += PREAMBLE_LENGTH;
        if (preamble.kind === 'rpc') this.state = State.AwaitConnectionHeader;
        else if (preamble.kind === 'registry') this.state = State.Closed;
        // 'security' keeps waiting for the real preamble; 'unknown' is rejected by the caller.
        return { kind: 'preamble', preamble };
      }
      case State.AwaitConnectionHeader:
      case State.Calls: {
        if (available < 4) return undefined;
        const length = this.buffer.readInt32BE(this.start);
        if (length < 0) throw new ProtocolError('HBGW_BAD_LENGTH', `negative frame length ${length}`);
        if (length > this.options.maxFrameBytes) throw new FrameTooLargeError(length, this.options.maxFrameBytes);
        if (available < 4 + length) {
          // Grow with what arrives rather than by what the length claims: a peer announcing 200 MB
          // and sending a few bytes must not cost 200 MB (appends double the buffer as data comes).
          this.reserve(Math.min(4 + length, 2 * available + 65536));
          return undefined;
        }
        const body = this.buffer.subarray(this.start + 4, this.start + 4 + length);
        this.start += 4 + length;
        if (this.state === State.AwaitConnectionHeader) {
          this.state = State.Calls;
          return { kind: 'connection-header', bytes: body };
        }
        return { kind: 'call', frame: body };
      }
    }
  }

  private append(chunk: Buffer): void {
    if (this.end === this.start) {
      // Fast path: nothing pending, take the chunk as it is (units returned are views into it).
      this.buffer = chunk;
      this.end = chunk.length;
      return;
    }
    this.reserve(this.end - this.start + chunk.length);
    chunk.copy(this.buffer, this.end);
    this.end += chunk.length;
  }

  /**
   * Makes room for `total` bytes counted from `start`. Units already handed out may be views into
   * the old buffer, so the buffer is never written in place before `start`: a fresh one is taken.
   */
  private reserve(total: number): void {
    if (this.start + total <= this.buffer.length) return;
    const pending = this.end - this.start;
    const next = Buffer.allocUnsafe(Math.max(total, 4096, pending * 2));
    this.buffer.copy(next, 0, this.start, this.end);
    this.buffer = next;
    this.start = 0;
    this.end = pending;
  }
}
