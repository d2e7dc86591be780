import { vectors } from './__fixtures__/java-vectors';
import { EncodingError } from './byte-buffer';
import { DataTypes, dataTypeFromJson, dataTypeToJson, rowTypeFromColumnsJson, unscaledFromBytes, unscaledToBytes } from './data-types';

describe('data types', () => {
  it('reads and writes the data_type JSON exactly as DataTypeJsonSerde', () => {
    for (const columns of Object.values(vectors().schemas)) {
      const rowType = rowTypeFromColumnsJson(columns);
      expect(rowType.map((f) => ({ name: f.name, data_type: dataTypeToJson(f.type, f.nullable) }))).toEqual(columns);
    }
    expect(rowTypeFromColumnsJson(vectors().schemas['cells'])[0]).toEqual({ name: 'rk', type: DataTypes.BYTES(), nullable: false });
  });

  it('refuses types it cannot encode', () => {
    expect(() => dataTypeFromJson({ type: 'ARRAY', element_type: { type: 'INTEGER' } })).toThrow(EncodingError);
    expect(() => dataTypeFromJson({ type: 'CHAR' })).toThrow(/integer "length"/);
  });

  it('converts unscaled decimals like BigInteger.toByteArray', () => {
    const cases: [bigint, string][] = [
      [0n, '00'],
      [127n, '7f'],
      [128n, '0080'],
      [-1n, 'ff'],
      [-128n, '80'],
      [-129n, 'ff7f'],
      [10n ** 27n, '033b2e3c9fd0803ce8000000'],
    ];
    for (const [v, hex] of cases) {
      expect(Buffer.from(unscaledToBytes(v)).toString('hex')).toBe(hex);
      expect(unscaledFromBytes(Buffer.from(hex, 'hex'))).toBe(v);
    }
  });
});
