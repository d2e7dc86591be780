import { comparable, hex, parseValues, rowTypeOf, unhex, vectors } from './__fixtures__/java-vectors';
import { encodeCompactedRow } from './compacted-row';
import { DataTypes, field } from './data-types';
import { decodeKvValue, decodeKvValueRow, encodeKvValue } from './kv-value';

describe('stored KV value (ValueEncoder)', () => {
  const cases = vectors().rows.map((v, i) => [`${v.schema} #${i}`, v] as const);

  it.each(cases)('prefixes %s with the int16 LE schema id like ValueEncoder.encodeValue', (_, v) => {
    expect(hex(encodeKvValue(1, unhex(v.compacted)))).toBe(v.kvValueCompacted);
    expect(hex(encodeKvValue(513, unhex(v.indexed)))).toBe(v.kvValueIndexedSchema513);
    const { schemaId, row } = decodeKvValue(unhex(v.kvValueIndexedSchema513));
    expect([schemaId, hex(row)]).toEqual([513, v.indexed]);
  });

  it('decodes a value with the row type of its schema id', () => {
    const v = vectors().rows.find((r) => r.schema === 'cells')!;
    const rowType = rowTypeOf('cells');
    const seen: number[] = [];
    const decoded = decodeKvValueRow('COMPACTED', (id) => (seen.push(id), rowType), unhex(v.kvValueCompacted));
    expect(seen).toEqual([1]);
    expect(comparable(decoded.values)).toEqual(comparable(parseValues(rowType, v.values)));
    const indexed = decodeKvValueRow('INDEXED', () => rowType, unhex(v.kvValueIndexedSchema513));
    expect(indexed.schemaId).toBe(513);
  });

  it('pads a row of an older schema with nulls (columns are only added at the end)', () => {
    const v1 = [field('k', DataTypes.STRING(), false)];
    const value = encodeKvValue(1, encodeCompactedRow(v1, ['a']));
    expect(decodeKvValueRow('COMPACTED', () => v1, value, 3)).toEqual({ schemaId: 1, values: ['a', null, null] });
  });

  it('rejects bad schema ids and short values', () => {
    expect(() => encodeKvValue(40000, new Uint8Array(0))).toThrow(/bad schema id/);
    expect(() => decodeKvValue(new Uint8Array(1))).toThrow(/no schema id/);
  });
});
