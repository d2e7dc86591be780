import fc from 'fast-check';
import { rowArb } from './__fixtures__/arbitraries';
import { comparable, hex, parseValues, rowTypeOf, unhex, vectors } from './__fixtures__/java-vectors';
import { encodeCompactedRow, nullBitsSize } from './compacted-row';
import { DataTypes, field, projectRowType } from './data-types';
import { CompactedKeyEncoder, decodeCompactedKey, encodeCompactedKey } from './key-encoder';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const decodeRoundTrip = (s: string): string => s.replace(LONE_SURROGATE, '?');

describe('compacted key encoding', () => {
  const cases = vectors().keys.map((v, i) => [`${v.schema} [${v.keyFields.join(',')}] #${i}`, v] as const);

  it.each(cases)('encodes %s like CompactedKeyEncoder', (_, v) => {
    const rowType = rowTypeOf(v.schema);
    const encoder = new CompactedKeyEncoder(rowType, v.keyFields);
    expect(hex(encoder.encodeKey(parseValues(rowType, v.values)))).toBe(v.key);
  });

  it.each(cases)('decodes the Java key of %s', (_, v) => {
    const rowType = rowTypeOf(v.schema);
    const positions = v.keyFields.map((n) => rowType.findIndex((f) => f.name === n));
    const expected = parseValues(rowType, v.values, positions).map((x) => (typeof x === 'string' ? decodeRoundTrip(x) : x));
    expect(comparable(decodeCompactedKey(projectRowType(rowType, v.keyFields), unhex(v.key)))).toEqual(comparable(expected));
  });

  it('is the compacted row encoding without the null bitset', () => {
    const rowType = rowTypeOf('all').map((f) => ({ ...f, nullable: false }));
    fc.assert(
      fc.property(rowArb(rowType), (values) => {
        expect(hex(encodeCompactedKey(rowType, values))).toBe(hex(encodeCompactedRow(rowType, values).subarray(nullBitsSize(rowType.length))));
      }),
      { numRuns: 100 },
    );
  });

  it('makes the bucket key a byte prefix of a primary key that starts with it', () => {
    const rowType = rowTypeOf('cells');
    const pk = new CompactedKeyEncoder(rowType, ['rk', 'cf', 'q']);
    const bucketKey = new CompactedKeyEncoder(rowType, ['rk']);
    for (const v of vectors().rows.filter((r) => r.schema === 'cells')) {
      const row = parseValues(rowType, v.values);
      const full = pk.encodeKey(row);
      const prefix = bucketKey.encodeKey(row);
      expect(hex(full.subarray(0, prefix.length))).toBe(hex(prefix));
    }
  });

  it('encodes the worked examples of the protocol notes', () => {
    expect(hex(encodeCompactedKey([field('s', DataTypes.STRING())], ['a2']))).toBe('026132');
    expect(hex(encodeCompactedKey([field('i', DataTypes.INT()), field('s', DataTypes.STRING())], [1, 'a2']))).toBe('01026132');
  });

  it('rejects null key values and unknown key columns', () => {
    const rowType = [field('k', DataTypes.STRING()), field('v', DataTypes.INT())];
    expect(() => new CompactedKeyEncoder(rowType, ['k']).encodeKey([null, 1])).toThrow(/key columns cannot be null/);
    expect(() => new CompactedKeyEncoder(rowType, ['nope'])).toThrow(/field nope not found/);
  });
});
