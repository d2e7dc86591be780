/**
 * Little-endian byte writer and reader for Fluss's binary row and record encodings.
 *
 * Fixed-width integers and floats are little-endian everywhere in these formats: record batches
 * go through MemorySegment, which is LE on every platform, and rows through sun.misc.Unsafe in
 * native order, which is LE on every platform Fluss runs on (x86, ARM).
 *
 * Var-ints are unsigned LEB128 (7 bits a byte, low group first, high bit = more), as
 * CompactedRowWriter.writeInt/writeLong write them. They are NOT zigzag: the bits of the
 * two's-complement value are written as they are, so a negative int always takes 5 bytes and a
 * negative long 10.
 *
 * This is deliberately separate from libs/hbase-codec's reader and writer (a different protocol
 * scope that fluss-adapter must not depend on).
 */

/** Malformed or out-of-range input for a Fluss encoding. */
export class EncodingError extends Error {
  override readonly name = 'EncodingError';
}

const EMPTY = new Uint8Array(0);

export class ByteWriter {
  private buf: Uint8Array;
  private view: DataView;
  private pos = 0;

  constructor(initialCapacity = 64) {
    this.buf = new Uint8Array(Math.max(16, initialCapacity));
    this.view = new DataView(this.buf.buffer);
  }

  get position(): number {
    return this.pos;
  }

  /** A copy of the bytes written so far. */
  toBytes(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  /** Appends n zero bytes (space for a header that is patched later). */
  skip(n: number): void {
    this.ensure(n);
    this.buf.fill(0, this.pos, this.pos + n);
    this.pos += n;
  }

  writeUint8(v: number): void {
    this.ensure(1);
    this.buf[this.pos++] = v & 0xff;
  }

  writeInt16LE(v: number): void {
    this.ensure(2);
    this.view.setInt16(this.pos, v, true);
    this.pos += 2;
  }

  writeInt32LE(v: number): void {
    this.ensure(4);
    this.view.setInt32(this.pos, v, true);
    this.pos += 4;
  }

  writeInt64LE(v: bigint): void {
    this.ensure(8);
    this.view.setBigInt64(this.pos, BigInt.asIntN(64, v), true);
    this.pos += 8;
  }

  writeFloat32LE(v: number): void {
    this.ensure(4);
    this.view.setFloat32(this.pos, v, true);
    this.pos += 4;
  }

  writeFloat64LE(v: number): void {
    this.ensure(8);
    this.view.setFloat64(this.pos, v, true);
    this.pos += 8;
  }

  writeBytes(bytes: Uint8Array): void {
    this.ensure(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  /** CompactedRowWriter.writeInt: LEB128 of the 32-bit two's-complement pattern (1-5 bytes). */
  writeVarInt32(v: number): void {
    this.ensure(5);
    let u = v >>> 0;
    while (u > 0x7f) {
      this.buf[this.pos++] = (u & 0x7f) | 0x80;
      u >>>= 7;
    }
    this.buf[this.pos++] = u;
  }

  /** CompactedRowWriter.writeLong: LEB128 of the 64-bit two's-complement pattern (1-10 bytes). */
  writeVarInt64(v: bigint): void {
    this.ensure(10);
    // Two 32-bit halves keep the loop in plain number arithmetic.
    const u = BigInt.asUintN(64, v);
    let lo = Number(u & 0xffffffffn);
    let hi = Number(u >> 32n);
    while (hi !== 0 || lo > 0x7f) {
      this.buf[this.pos++] = (lo & 0x7f) | 0x80;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    this.buf[this.pos++] = lo;
  }

  /** ORs bits into an already written byte (null bitsets are filled after the fields). */
  orUint8(at: number, bits: number): void {
    this.buf[at] |= bits;
  }

  setInt32LE(at: number, v: number): void {
    this.view.setInt32(at, v, true);
  }

  setUint32LE(at: number, v: number): void {
    this.view.setUint32(at, v, true);
  }
}

export class ByteReader {
  private readonly view: DataView;
  /** Where the next read starts and where the bytes end: the state the var-int readers share. */
  private readonly cursor: ByteCursor;

  /** Reads bytes[start, end). */
  constructor(
    private readonly bytes: Uint8Array,
    start = 0,
    end = bytes.length,
  ) {
    if (start < 0 || end > bytes.length || start > end) throw new EncodingError(`bad range [${start}, ${end}) of ${bytes.length} bytes`);
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.cursor = { at: start, limit: end };
  }

  get position(): number {
    return this.cursor.at;
  }

  get remaining(): number {
    return this.cursor.limit - this.cursor.at;
  }

  private need(n: number, what: string): number {
    const c = this.cursor;
    if (n < 0 || c.at + n > c.limit) throw new EncodingError(`truncated ${what}: need ${n} bytes at ${c.at}, have ${c.limit - c.at}`);
    const at = c.at;
    c.at += n;
    return at;
  }

  readUint8(): number {
    return this.bytes[this.need(1, 'byte')];
  }

  readInt8(): number {
    return this.view.getInt8(this.need(1, 'byte'));
  }

  readInt16LE(): number {
    return this.view.getInt16(this.need(2, 'int16'), true);
  }

  readInt32LE(): number {
    return this.view.getInt32(this.need(4, 'int32'), true);
  }

  readUint32LE(): number {
    return this.view.getUint32(this.need(4, 'uint32'), true);
  }

  readInt64LE(): bigint {
    return this.view.getBigInt64(this.need(8, 'int64'), true);
  }

  readFloat32LE(): number {
    return this.view.getFloat32(this.need(4, 'float'), true);
  }

  readFloat64LE(): number {
    return this.view.getFloat64(this.need(8, 'double'), true);
  }

  /** A view (not a copy) of the next n bytes. */
  readBytes(n: number): Uint8Array {
    if (n === 0) return EMPTY;
    const at = this.need(n, 'bytes');
    return this.bytes.subarray(at, at + n);
  }

  /** CompactedRowReader.readInt (readVarInt32At). */
  readVarInt32(): number {
    return readVarInt32At(this.bytes, this.cursor);
  }

  /** CompactedRowReader.readLong (readVarInt64At). */
  readVarInt64(): bigint {
    return readVarInt64At(this.bytes, this.cursor);
  }

  /** A var-int32 length for a following byte run, checked against what is left. */
  readLength(what: string): number {
    const n = this.readVarInt32();
    if (n < 0 || n > this.remaining) throw new EncodingError(`bad ${what} length ${n} at ${this.cursor.at} (${this.remaining} bytes left)`);
    return n;
  }
}

/**
 * A read position and its end, for decoders that read one field after another in place (the scan
 * path decodes every cell it returns, and a ByteReader per cell was a measurable share of that).
 */
export interface ByteCursor {
  at: number;
  limit: number;
}

/** The byte at the cursor, advancing it. */
export function readByteAt(bytes: Uint8Array, cursor: ByteCursor, what = 'byte'): number {
  if (cursor.at >= cursor.limit) throw new EncodingError(`truncated ${what}: need 1 bytes at ${cursor.at}, have ${cursor.limit - cursor.at}`);
  return bytes[cursor.at++];
}

/**
 * CompactedRowReader.readInt: up to 5 groups. Like Java, the fifth byte ends the value whatever
 * its continuation bit says, and bits beyond 32 are dropped.
 */
export function readVarInt32At(bytes: Uint8Array, cursor: ByteCursor): number {
  let result = 0;
  for (let i = 0; i < 5; i++) {
    const b = readByteAt(bytes, cursor);
    result |= (b & 0x7f) << (7 * i);
    if ((b & 0x80) === 0) break;
  }
  return result | 0;
}

/** CompactedRowReader.readLong: up to 10 groups; an 11th is malformed, as in Java. */
export function readVarInt64At(bytes: Uint8Array, cursor: ByteCursor): bigint {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < 10; i++) {
    const b = readByteAt(bytes, cursor);
    const bits = b & 0x7f;
    const shift = 7 * i;
    if (shift < 28) lo |= bits << shift;
    else if (shift === 28) {
      lo |= bits << 28; // the low 4 bits land in lo, the high 3 in hi
      hi |= bits >>> 4;
    } else hi |= bits << (shift - 32);
    if ((b & 0x80) === 0) return longFromHalves(hi, lo);
  }
  throw new EncodingError('malformed var-long: more than 10 bytes');
}

/** Values below 2^53 (every real timestamp) take one BigInt conversion instead of three steps. */
function longFromHalves(hi: number, lo: number): bigint {
  if (hi >= 0 && hi < 0x200000) return BigInt(hi * 0x100000000 + (lo >>> 0));
  return BigInt.asIntN(64, (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
}
