/**
 * Fluss RPC framing (RPC/protocol/MessageCodec.java). Big-endian headers, protobuf bodies.
 *   frame    := int32 length, bytes[length]
 *   request  := int16 apiKey, int16 apiVersion, int32 requestId, protobuf body
 *   response := int8 0 (success) | 1 (error: ErrorResponse), int32 requestId, protobuf body
 *             | int8 2 (server failure: ErrorResponse, no request id; the server then closes)
 */
export const REQUEST_HEADER_LENGTH = 8;

export const ResponseType = { Success: 0, Error: 1, ServerFailure: 2 } as const;

export function encodeRequestFrame(apiKey: number, apiVersion: number, requestId: number, body: Uint8Array): Buffer {
  const frame = Buffer.allocUnsafe(4 + REQUEST_HEADER_LENGTH + body.length);
  frame.writeInt32BE(REQUEST_HEADER_LENGTH + body.length, 0);
  frame.writeInt16BE(apiKey, 4);
  frame.writeInt16BE(apiVersion, 6);
  frame.writeInt32BE(requestId, 8);
  frame.set(body, 12);
  return frame;
}

export type DecodedResponse =
  | { type: typeof ResponseType.Success | typeof ResponseType.Error; requestId: number; body: Buffer }
  | { type: typeof ResponseType.ServerFailure; body: Buffer };

export class FrameProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FrameProtocolError';
  }
}

export function decodeResponseFrame(frame: Buffer): DecodedResponse {
  if (frame.length < 1) throw new FrameProtocolError('empty response frame');
  const type = frame.readInt8(0);
  if (type === ResponseType.ServerFailure) return { type, body: frame.subarray(1) };
  if (type !== ResponseType.Success && type !== ResponseType.Error) throw new FrameProtocolError(`unknown response type ${type}`);
  if (frame.length < 5) throw new FrameProtocolError(`response frame of ${frame.length} bytes has no request id`);
  return { type, requestId: frame.readInt32BE(1), body: frame.subarray(5) };
}

/**
 * Splits a byte stream into frames. Chunks are kept as a list and joined only when a frame is
 * complete, so a large response arriving in many chunks is copied once.
 */
export class FrameSplitter {
  private chunks: Buffer[] = [];
  private buffered = 0;

  constructor(private readonly maxFrameBytes: number) {}

  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const frames: Buffer[] = [];
    for (;;) {
      if (this.buffered < 4) break;
      const head = this.peek(4);
      const length = head.readInt32BE(0);
      if (length < 0 || length > this.maxFrameBytes) throw new FrameProtocolError(`frame length ${length} outside 0..${this.maxFrameBytes}`);
      if (this.buffered < 4 + length) break;
      const all = this.take(4 + length);
      frames.push(all.subarray(4));
    }
    return frames;
  }

  private peek(n: number): Buffer {
    if (this.chunks[0].length >= n) return this.chunks[0];
    this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0];
  }

  private take(n: number): Buffer {
    const joined = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    const out = joined.subarray(0, n);
    const rest = joined.subarray(n);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    return out;
  }
}
