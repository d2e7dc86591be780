import fc from 'fast-check';
import { vectors, hex, unhex } from './__fixtures__/java-vectors';
import { decodeUtf8, decodeUtf8LikeJava, encodeUtf8 } from './utf8';

describe('UTF-8 as the Java client converts it', () => {
  it.each(vectors().utf8.map((v) => [v.bytes, v]))('decodes %s like BinaryString.toString', (_, v) => {
    expect(decodeUtf8(unhex(v.bytes))).toBe(v.decoded);
    expect(decodeUtf8LikeJava(unhex(v.bytes))).toBe(v.decoded);
    expect(hex(encodeUtf8(v.decoded))).toBe(v.encoded);
  });

  it('writes an unpaired surrogate as "?" (TextEncoder would write EF BF BD)', () => {
    expect(hex(encodeUtf8('a\ud800b'))).toBe('613f62');
    expect(hex(encodeUtf8('\udc00\ud83d\ude00\ud83d'))).toBe('3ff09f98803f');
  });

  it('keeps a leading byte-order mark, as Java does', () => {
    expect(decodeUtf8(unhex('efbbbf61'))).toBe('\ufeffa');
    expect(hex(encodeUtf8('\ufeff'))).toBe('efbbbf');
  });

  it('agrees with Node for well-formed strings, and its Java fallback agrees on valid input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const b = encodeUtf8(s);
        expect(hex(b)).toBe(Buffer.from(s, 'utf8').toString('hex'));
        expect(decodeUtf8(b)).toBe(s);
        expect(decodeUtf8LikeJava(b)).toBe(s);
      }),
    );
  });
});
