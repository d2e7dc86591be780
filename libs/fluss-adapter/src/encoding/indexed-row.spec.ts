import fc from 'fast-check';
import { rowArb } from './__fixtures__/arbitraries';
import { comparable, hex, parseValues, rowTypeOf, unhex, vectors } from './__fixtures__/java-vectors';
import { DataTypes, type FieldValue, type RowType, field } from './data-types';
import { decodeIndexedRow, encodeIndexedRow } from './indexed-row';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** What Java's IndexedRow gives back: '?' for unpaired surrogates, CHAR/BINARY without trailing zero bytes. */
function javaRoundTrip(rowType: RowType, values: FieldValue[]): FieldValue[] {
  return values.map((v, i) => {
    const kind = rowType[i].type.kind;
    if (typeof v === 'string') {
      const s = v.replace(LONE_SURROGATE, '?');
      let n = s.length;
      while (kind === 'CHAR' && n > 0 && s.charCodeAt(n - 1) === 0) n--;
      return s.slice(0, n);
    }
    if (v instanceof Uint8Array && kind === 'BINARY') {
      let n = v.length;
      while (n > 0 && v[n - 1] === 0) n--;
      return v.slice(0, n);
    }
    return v;
  });
}

describe('IndexedRow', () => {
  const cases = vectors().rows.map((v, i) => [`${v.schema} #${i}`, v] as const);

  it.each(cases)('encodes %s byte for byte like IndexedRowEncoder', (_, v) => {
    const rowType = rowTypeOf(v.schema);
    expect(hex(encodeIndexedRow(rowType, parseValues(rowType, v.values)))).toBe(v.indexed);
  });

  it.each(cases)('decodes the Java bytes of %s', (_, v) => {
    const rowType = rowTypeOf(v.schema);
    expect(comparable(decodeIndexedRow(rowType, unhex(v.indexed)))).toEqual(comparable(javaRoundTrip(rowType, parseValues(rowType, v.values))));
  });

  it('round-trips arbitrary rows of every supported type', () => {
    const rowType = rowTypeOf('all');
    fc.assert(
      fc.property(rowArb(rowType, true), (values) => {
        expect(comparable(decodeIndexedRow(rowType, encodeIndexedRow(rowType, values)))).toEqual(comparable(values));
      }),
      { numRuns: 300 },
    );
  });

  it('fills variable-length slots only for non-null values, in column order', () => {
    const rowType = [field('a', DataTypes.STRING()), field('b', DataTypes.INT()), field('c', DataTypes.BYTES())];
    // bitset 01 (a null) · slot c=2 · empty slot · int32 7 · c bytes
    expect(hex(encodeIndexedRow(rowType, [null, 7, new Uint8Array([0xab, 0xcd])]))).toBe('01' + '02000000' + '00000000' + '07000000' + 'abcd');
  });

  it('rejects CHAR and BINARY values longer than their column', () => {
    const rowType = [field('c', DataTypes.CHAR(2)), field('b', DataTypes.BINARY(1))];
    expect(() => encodeIndexedRow(rowType, ['é!', null])).toThrow(/got 3 bytes/);
    expect(() => encodeIndexedRow(rowType, [null, new Uint8Array(2)])).toThrow(/got 2 bytes/);
  });
});
