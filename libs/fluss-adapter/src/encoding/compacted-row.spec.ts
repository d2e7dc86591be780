import fc from 'fast-check';
import { rowArb } from './__fixtures__/arbitraries';
import { comparable, hex, parseValues, rowTypeOf, unhex, vectors } from './__fixtures__/java-vectors';
import { EncodingError } from './byte-buffer';
import { decodeCompactedRow, encodeCompactedRow } from './compacted-row';
import { DataTypes, type FieldValue, field } from './data-types';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** What Java gives back: an unpaired surrogate was written as '?'. */
const javaRoundTrip = (values: FieldValue[]): FieldValue[] => values.map((v) => (typeof v === 'string' ? v.replace(LONE_SURROGATE, '?') : v));

describe('CompactedRow', () => {
  const cases = vectors().rows.map((v, i) => [`${v.schema} #${i}`, v] as const);

  it.each(cases)('encodes %s byte for byte like CompactedRowEncoder', (_, v) => {
    const rowType = rowTypeOf(v.schema);
    expect(hex(encodeCompactedRow(rowType, parseValues(rowType, v.values)))).toBe(v.compacted);
  });

  it.each(cases)('decodes the Java bytes of %s', (_, v) => {
    const rowType = rowTypeOf(v.schema);
    expect(comparable(decodeCompactedRow(rowType, unhex(v.compacted)))).toEqual(comparable(javaRoundTrip(parseValues(rowType, v.values))));
  });

  it('round-trips arbitrary rows of every supported type', () => {
    const rowType = rowTypeOf('all');
    fc.assert(
      fc.property(rowArb(rowType), (values) => {
        expect(comparable(decodeCompactedRow(rowType, encodeCompactedRow(rowType, values)))).toEqual(comparable(values));
      }),
      { numRuns: 300 },
    );
  });

  it('decodes a row inside a larger buffer', () => {
    const rowType = [field('a', DataTypes.INT()), field('s', DataTypes.STRING())];
    const row = encodeCompactedRow(rowType, [300, 'x']);
    const framed = new Uint8Array([9, 9, ...row, 9]);
    expect(decodeCompactedRow(rowType, framed, 2, 2 + row.length)).toEqual([300, 'x']);
  });

  it('rejects wrong values, nulls in NOT NULL columns and mismatched row types', () => {
    const rowType = [field('k', DataTypes.BYTES(), false), field('n', DataTypes.SMALLINT())];
    expect(() => encodeCompactedRow(rowType, [null, 1])).toThrow(/k is NOT NULL/);
    expect(() => encodeCompactedRow(rowType, [new Uint8Array(0), 40000])).toThrow(EncodingError);
    expect(() => encodeCompactedRow(rowType, [new Uint8Array(0), 1.5])).toThrow(/n \(SMALLINT\)/);
    expect(() => encodeCompactedRow(rowType, [new Uint8Array(0)])).toThrow(/1 values for 2 fields/);
    const bytes = encodeCompactedRow(rowType, [new Uint8Array([1]), 2]);
    expect(() => decodeCompactedRow(rowType.slice(0, 1), bytes)).toThrow(/left after the last field/);
    expect(() => decodeCompactedRow([...rowType, field('x', DataTypes.BIGINT(), false)], bytes)).toThrow(/truncated/);
  });

  it('accepts number for BIGINT and DECIMAL and writes FLOAT as float32', () => {
    const rowType = [field('l', DataTypes.BIGINT()), field('d', DataTypes.DECIMAL(5, 2)), field('f', DataTypes.FLOAT())];
    expect(decodeCompactedRow(rowType, encodeCompactedRow(rowType, [-5, 12345, 0.1]))).toEqual([-5n, 12345n, Math.fround(0.1)]);
    expect(() => encodeCompactedRow(rowType, [null, 100000n, null])).toThrow(/at most 5 digits/);
  });
});
