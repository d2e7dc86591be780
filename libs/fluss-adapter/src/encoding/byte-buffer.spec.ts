import fc from 'fast-check';
import { ByteReader, ByteWriter, EncodingError } from './byte-buffer';

const bytesOf = (write: (w: ByteWriter) => void): Uint8Array => {
  const w = new ByteWriter(1);
  write(w);
  return w.toBytes();
};
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

describe('ByteWriter / ByteReader', () => {
  it("writes var-int32 as unsigned LEB128 of the two's-complement bits (no zigzag)", () => {
    expect(hex(bytesOf((w) => w.writeVarInt32(0)))).toBe('00');
    expect(hex(bytesOf((w) => w.writeVarInt32(127)))).toBe('7f');
    expect(hex(bytesOf((w) => w.writeVarInt32(128)))).toBe('8001');
    expect(hex(bytesOf((w) => w.writeVarInt32(16384)))).toBe('808001');
    expect(hex(bytesOf((w) => w.writeVarInt32(-1)))).toBe('ffffffff0f');
    expect(hex(bytesOf((w) => w.writeVarInt32(-2147483648)))).toBe('8080808008');
  });

  it('writes var-int64 in 1 to 10 bytes', () => {
    expect(hex(bytesOf((w) => w.writeVarInt64(0n)))).toBe('00');
    expect(hex(bytesOf((w) => w.writeVarInt64(1n << 35n)))).toBe('8080808080' + '01');
    expect(hex(bytesOf((w) => w.writeVarInt64(-1n)))).toBe('ffffffffffffffffff01');
    expect(hex(bytesOf((w) => w.writeVarInt64(-(1n << 63n))))).toBe('80808080808080808001');
    expect(hex(bytesOf((w) => w.writeVarInt64((1n << 63n) - 1n)))).toBe('ffffffffffffffff7f');
  });

  it('round-trips var-ints', () => {
    fc.assert(
      fc.property(fc.integer(), fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }), (i, l) => {
        const r = new ByteReader(bytesOf((w) => (w.writeVarInt32(i), w.writeVarInt64(l))));
        expect(r.readVarInt32()).toBe(i);
        expect(r.readVarInt64()).toBe(l);
        expect(r.remaining).toBe(0);
      }),
    );
  });

  it('reads var-int32 like Java: the fifth byte ends the value', () => {
    const r = new ByteReader(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0x01]));
    expect(r.readVarInt32()).toBe(-1);
    expect(r.remaining).toBe(1);
  });

  it('rejects an 11-byte var-long and reads past nothing', () => {
    expect(() => new ByteReader(new Uint8Array(11).fill(0x80)).readVarInt64()).toThrow(EncodingError);
    expect(() => new ByteReader(new Uint8Array([0x80])).readVarInt32()).toThrow(/truncated/);
    expect(() => new ByteReader(new Uint8Array([5, 1, 2])).readLength('bytes')).toThrow(/bad bytes length 5/);
  });

  it('writes fixed-width values little-endian and grows', () => {
    const b = bytesOf((w) => {
      w.writeInt16LE(-2);
      w.writeInt32LE(0x01020304);
      w.writeInt64LE(-2n);
      w.writeFloat32LE(1);
      w.writeFloat64LE(-0);
    });
    expect(hex(b)).toBe('feff' + '04030201' + 'feffffffffffffff' + '0000803f' + '0000000000000080');
    const r = new ByteReader(b);
    expect([r.readInt16LE(), r.readInt32LE(), r.readInt64LE(), r.readFloat32LE(), Object.is(r.readFloat64LE(), -0)]).toEqual([-2, 0x01020304, -2n, 1, true]);
  });
});
