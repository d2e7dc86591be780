import { ProtocolError } from './protocol-error';

/**
 * Bounds-checked big-endian reader over a Buffer window. Reads return views, not copies; the
 * caller copies when it keeps bytes beyond the life of the frame. One instance can be re-pointed
 * with `reset` to avoid allocation on the hot path.
 */
export class ByteReader {
  private buf: Buffer;
  private pos: number;
  private end: number;

  constructor(buffer: Buffer, start = 0, end = buffer.length) {
    this.buf = buffer;
    this.pos = start;
    this.end = end;
  }

  reset(buffer: Buffer, start = 0, end = buffer.length): this {
    this.buf = buffer;
    this.pos = start;
    this.end = end;
    return this;
  }

  get offset(): number {
    return this.pos;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  private need(n: number): void {
    if (n < 0 || this.pos + n > this.end) {
      throw new ProtocolError('HBGW_TRUNCATED', `needed ${n} bytes at offset ${this.pos}, have ${this.end - this.pos}`);
    }
  }

  u8(): number {
    this.need(1);
    return this.buf[this.pos++];
  }

  i16(): number {
    this.need(2);
    const v = this.buf.readInt16BE(this.pos);
    this.pos += 2;
    return v;
  }

  u16(): number {
    this.need(2);
    const v = this.buf.readUInt16BE(this.pos);
    this.pos += 2;
    return v;
  }

  i32(): number {
    this.need(4);
    const v = this.buf.readInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  u32(): number {
    this.need(4);
    const v = this.buf.readUInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  i64(): bigint {
    this.need(8);
    const v = this.buf.readBigInt64BE(this.pos);
    this.pos += 8;
    return v;
  }

  /** Protobuf base-128 varint limited to 32 bits (what length prefixes use). */
  varint32(): number {
    let result = 0;
    let shift = 0;
    for (let i = 0; i < 5; i++) {
      this.need(1);
      const b = this.buf[this.pos++];
      result |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) return result >>> 0;
      shift += 7;
    }
    // Protobuf allows 10-byte encodings of negative int32; lengths are never negative.
    throw new ProtocolError('HBGW_BAD_VARINT', `varint longer than 5 bytes at offset ${this.pos}`);
  }

  bytes(n: number): Buffer {
    this.need(n);
    const v = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }

  /** A view of everything left. */
  rest(): Buffer {
    const v = this.buf.subarray(this.pos, this.end);
    this.pos = this.end;
    return v;
  }
}
