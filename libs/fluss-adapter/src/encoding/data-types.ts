/**
 * The Fluss column types we encode, and how their values look in TypeScript.
 *
 * `kind` is the Fluss DataTypeRoot name, which is also the `type` of a column's `data_type` in
 * the table/schema JSON (COMMON/utils/json/DataTypeJsonSerde.java): INTEGER, not INT.
 * Nullability belongs to the field here (Fluss keeps it on the type; the JSON writes
 * `"nullable": false` only for NOT NULL). ARRAY, MAP and ROW are not supported.
 *
 * | kind                                  | TS value                    | notes
 * |---------------------------------------|-----------------------------|------------------------------
 * | BOOLEAN                               | boolean                     |
 * | TINYINT, SMALLINT, INTEGER            | number (integer in range)   |
 * | DATE                                  | number                      | days since 1970-01-01
 * | TIME_WITHOUT_TIME_ZONE                | number                      | milliseconds of the day
 * | BIGINT                                | bigint (number accepted)    |
 * | FLOAT, DOUBLE                         | number                      | FLOAT is rounded to float32
 * | STRING, CHAR(n)                       | string                      | UTF-8 on the wire
 * | BYTES, BINARY(n)                      | Uint8Array                  |
 * | DECIMAL(p, s)                         | bigint (number accepted)    | the unscaled value
 * | TIMESTAMP_WITHOUT_TIME_ZONE(p)        | Timestamp                   | p <= 3 stores millis only
 * | TIMESTAMP_WITH_LOCAL_TIME_ZONE(p)     | Timestamp                   | same
 *
 * Decoders always return the canonical form (bigint for BIGINT/DECIMAL, bigint millis).
 */
import { EncodingError } from './byte-buffer';

export type DataType =
  | { readonly kind: 'BOOLEAN' | 'TINYINT' | 'SMALLINT' | 'INTEGER' | 'BIGINT' | 'FLOAT' | 'DOUBLE' | 'STRING' | 'BYTES' | 'DATE' }
  | { readonly kind: 'CHAR' | 'BINARY'; readonly length: number }
  | { readonly kind: 'DECIMAL'; readonly precision: number; readonly scale: number }
  | { readonly kind: 'TIME_WITHOUT_TIME_ZONE' | 'TIMESTAMP_WITHOUT_TIME_ZONE' | 'TIMESTAMP_WITH_LOCAL_TIME_ZONE'; readonly precision: number };

export type TypeKind = DataType['kind'];

export interface DataField {
  readonly name: string;
  readonly type: DataType;
  readonly nullable: boolean;
}

/** The columns of a table (or of a key), in order. */
export type RowType = readonly DataField[];

/** TimestampNtz / TimestampLtz: epoch milliseconds plus nanoseconds within that millisecond (0..999_999). */
export interface Timestamp {
  readonly millis: bigint;
  readonly nanoOfMillisecond: number;
}

export type FieldValue = boolean | number | bigint | string | Uint8Array | Timestamp | null;

/** Constructors mirroring org.apache.fluss.types.DataTypes (defaults as in Fluss: TIMESTAMP precision 6, TIME 0). */
export const DataTypes = {
  BOOLEAN: (): DataType => ({ kind: 'BOOLEAN' }),
  TINYINT: (): DataType => ({ kind: 'TINYINT' }),
  SMALLINT: (): DataType => ({ kind: 'SMALLINT' }),
  INT: (): DataType => ({ kind: 'INTEGER' }),
  BIGINT: (): DataType => ({ kind: 'BIGINT' }),
  FLOAT: (): DataType => ({ kind: 'FLOAT' }),
  DOUBLE: (): DataType => ({ kind: 'DOUBLE' }),
  STRING: (): DataType => ({ kind: 'STRING' }),
  BYTES: (): DataType => ({ kind: 'BYTES' }),
  DATE: (): DataType => ({ kind: 'DATE' }),
  CHAR: (length: number): DataType => ({ kind: 'CHAR', length }),
  BINARY: (length: number): DataType => ({ kind: 'BINARY', length }),
  DECIMAL: (precision: number, scale: number): DataType => ({ kind: 'DECIMAL', precision, scale }),
  TIME: (precision = 0): DataType => ({ kind: 'TIME_WITHOUT_TIME_ZONE', precision }),
  TIMESTAMP: (precision = 6): DataType => ({ kind: 'TIMESTAMP_WITHOUT_TIME_ZONE', precision }),
  TIMESTAMP_LTZ: (precision = 6): DataType => ({ kind: 'TIMESTAMP_WITH_LOCAL_TIME_ZONE', precision }),
} as const;

export function field(name: string, type: DataType, nullable = true): DataField {
  return { name, type, nullable };
}

/** Decimal.isCompact: precision <= 18 fits the unscaled value in a long. */
export const isCompactDecimal = (precision: number): boolean => precision <= 18;

/** TimestampNtz/TimestampLtz.isCompact: precision <= 3 stores milliseconds only. */
export const isCompactTimestamp = (precision: number): boolean => precision <= 3;

const SIMPLE_KINDS = new Set<string>(['BOOLEAN', 'TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'FLOAT', 'DOUBLE', 'STRING', 'BYTES', 'DATE']);

function intField(json: Record<string, unknown>, key: string, kind: string): number {
  const v = json[key];
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new EncodingError(`data type ${kind} needs an integer "${key}"`);
  return v;
}

/** Parses a column's `data_type` object from the Fluss table/schema JSON. */
export function dataTypeFromJson(json: unknown): { type: DataType; nullable: boolean } {
  if (typeof json !== 'object' || json === null) throw new EncodingError('data type JSON must be an object');
  const o = json as Record<string, unknown>;
  const kind = o['type'];
  if (typeof kind !== 'string') throw new EncodingError('data type JSON has no "type"');
  const nullable = o['nullable'] !== false;
  let type: DataType;
  if (SIMPLE_KINDS.has(kind)) type = { kind } as DataType;
  else if (kind === 'CHAR' || kind === 'BINARY') type = { kind, length: intField(o, 'length', kind) };
  else if (kind === 'DECIMAL') type = { kind, precision: intField(o, 'precision', kind), scale: intField(o, 'scale', kind) };
  else if (kind === 'TIME_WITHOUT_TIME_ZONE' || kind === 'TIMESTAMP_WITHOUT_TIME_ZONE' || kind === 'TIMESTAMP_WITH_LOCAL_TIME_ZONE')
    type = { kind, precision: intField(o, 'precision', kind) };
  else throw new EncodingError(`unsupported Fluss data type ${kind}`);
  return { type, nullable };
}

/** The `data_type` JSON object for a column, as DataTypeJsonSerde writes it. */
export function dataTypeToJson(type: DataType, nullable: boolean): Record<string, unknown> {
  const json: Record<string, unknown> = { type: type.kind };
  if (!nullable) json['nullable'] = false;
  if ('length' in type) json['length'] = type.length;
  if ('precision' in type) json['precision'] = type.precision;
  if ('scale' in type) json['scale'] = type.scale;
  return json;
}

/** A RowType from the `columns` of a Fluss schema JSON (`[{name, data_type}, ...]`). */
export function rowTypeFromColumnsJson(columns: readonly { name: string; data_type: unknown }[]): RowType {
  return columns.map((c) => ({ name: c.name, ...dataTypeFromJson(c.data_type) }));
}

/** The fields of `rowType` named by `names`, in that order (a key's RowType). */
export function projectRowType(rowType: RowType, names: readonly string[]): RowType {
  return names.map((n) => {
    const f = rowType.find((x) => x.name === n);
    if (!f) throw new EncodingError(`field ${n} not found in row type (${rowType.map((x) => x.name).join(', ')})`);
    return f;
  });
}

// ---------------------------------------------------------------- value checks shared by the encoders

const INT_RANGES: Partial<Record<TypeKind, readonly [number, number]>> = {
  TINYINT: [-128, 127],
  SMALLINT: [-32768, 32767],
  INTEGER: [-2147483648, 2147483647],
  DATE: [-2147483648, 2147483647],
  TIME_WITHOUT_TIME_ZONE: [-2147483648, 2147483647],
};

function fail(f: DataField, value: unknown, expected: string): never {
  const shown = typeof value === 'bigint' ? `${value}n` : value instanceof Uint8Array ? `Uint8Array(${value.length})` : JSON.stringify(value);
  throw new EncodingError(`column ${f.name} (${f.type.kind}) expects ${expected}, got ${shown}`);
}

export function checkInt(f: DataField, v: FieldValue): number {
  const range = INT_RANGES[f.type.kind] ?? [-2147483648, 2147483647];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < range[0] || v > range[1]) fail(f, v, `an integer in [${range[0]}, ${range[1]}]`);
  return v;
}

const LONG_MIN = -(1n << 63n);
const LONG_MAX = (1n << 63n) - 1n;

export function checkLong(f: DataField, v: FieldValue): bigint {
  let b: bigint;
  if (typeof v === 'bigint') b = v;
  else if (typeof v === 'number' && Number.isSafeInteger(v)) b = BigInt(v);
  else return fail(f, v, 'a bigint (or a safe integer number)');
  if (b < LONG_MIN || b > LONG_MAX) fail(f, v, 'a signed 64-bit value');
  return b;
}

export function checkNumber(f: DataField, v: FieldValue): number {
  if (typeof v !== 'number') fail(f, v, 'a number');
  return v;
}

export function checkBoolean(f: DataField, v: FieldValue): boolean {
  if (typeof v !== 'boolean') fail(f, v, 'a boolean');
  return v;
}

export function checkString(f: DataField, v: FieldValue): string {
  if (typeof v !== 'string') fail(f, v, 'a string');
  return v;
}

export function checkBytes(f: DataField, v: FieldValue): Uint8Array {
  if (!(v instanceof Uint8Array)) fail(f, v, 'a Uint8Array');
  return v;
}

export function checkTimestamp(f: DataField, v: FieldValue): Timestamp {
  if (typeof v !== 'object' || v === null || v instanceof Uint8Array || typeof v.millis !== 'bigint')
    fail(f, v, 'a Timestamp {millis: bigint, nanoOfMillisecond}');
  if (v.millis < LONG_MIN || v.millis > LONG_MAX) fail(f, v, 'millis within a signed 64-bit value');
  if (!Number.isInteger(v.nanoOfMillisecond) || v.nanoOfMillisecond < 0 || v.nanoOfMillisecond > 999_999) fail(f, v, 'nanoOfMillisecond in [0, 999999]');
  return v;
}

/** An unscaled DECIMAL value, checked against the precision. */
export function checkDecimal(f: DataField, v: FieldValue): bigint {
  const precision = f.type.kind === 'DECIMAL' ? f.type.precision : 38;
  const b = typeof v === 'bigint' ? v : typeof v === 'number' && Number.isSafeInteger(v) ? BigInt(v) : fail(f, v, 'an unscaled bigint');
  const limit = 10n ** BigInt(precision);
  if (b <= -limit || b >= limit) fail(f, v, `an unscaled value of at most ${precision} digits`);
  return b;
}

/** BigInteger.toByteArray: the shortest big-endian two's-complement form (at least one byte). */
export function unscaledToBytes(v: bigint): Uint8Array {
  let n = 1;
  while (v < -(1n << BigInt(8 * n - 1)) || v >= 1n << BigInt(8 * n - 1)) n++;
  const out = new Uint8Array(n);
  let u = BigInt.asUintN(8 * n, v);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = Number(u & 0xffn);
    u >>= 8n;
  }
  return out;
}

/** new BigInteger(bytes): big-endian two's complement. */
export function unscaledFromBytes(bytes: Uint8Array): bigint {
  if (bytes.length === 0) throw new EncodingError('empty DECIMAL bytes');
  let u = 0n;
  for (const b of bytes) u = (u << 8n) | BigInt(b);
  return BigInt.asIntN(8 * bytes.length, u);
}
