/** Test-only fast-check arbitraries for rows of a RowType. */
import fc from 'fast-check';
import type { DataType, FieldValue, RowType } from '../data-types';
import { isCompactTimestamp } from '../data-types';

const LONG = { min: -(1n << 63n), max: (1n << 63n) - 1n };
const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * Values of a type. `indexedSafe` leaves out CHAR/BINARY values ending in a zero byte, which an
 * IndexedRow does not give back (its reader strips trailing zeros, as Java's does).
 */
export function valueArb(t: DataType, indexedSafe: boolean): fc.Arbitrary<FieldValue> {
  switch (t.kind) {
    case 'BOOLEAN':
      return fc.boolean();
    case 'TINYINT':
      return fc.integer({ min: -128, max: 127 });
    case 'SMALLINT':
      return fc.integer({ min: -32768, max: 32767 });
    case 'INTEGER':
    case 'DATE':
    case 'TIME_WITHOUT_TIME_ZONE':
      return fc.integer();
    case 'BIGINT':
      return fc.bigInt(LONG);
    case 'FLOAT':
      return fc.float();
    case 'DOUBLE':
      return fc.double();
    case 'STRING':
      return fc.string({ unit: 'grapheme', maxLength: 30 });
    case 'BYTES':
      return fc.uint8Array({ maxLength: 40 });
    case 'CHAR':
      return fc.string({ unit: 'grapheme', maxLength: t.length }).filter((s) => utf8Length(s) <= t.length && !(indexedSafe && s.endsWith('\u0000')));
    case 'BINARY':
      return fc.uint8Array({ maxLength: t.length }).filter((b) => !(indexedSafe && b.length > 0 && b[b.length - 1] === 0));
    case 'DECIMAL': {
      const limit = 10n ** BigInt(t.precision) - 1n;
      return fc.bigInt({ min: -limit, max: limit });
    }
    case 'TIMESTAMP_WITHOUT_TIME_ZONE':
    case 'TIMESTAMP_WITH_LOCAL_TIME_ZONE':
      return fc.record({
        millis: fc.bigInt(LONG),
        nanoOfMillisecond: isCompactTimestamp(t.precision) ? fc.constant(0) : fc.integer({ min: 0, max: 999_999 }),
      });
  }
}

export function rowArb(rowType: RowType, indexedSafe = false): fc.Arbitrary<FieldValue[]> {
  return fc.tuple(...rowType.map((f) => (f.nullable ? fc.option(valueArb(f.type, indexedSafe), { nil: null }) : valueArb(f.type, indexedSafe))));
}
