/**
 * Test-only loader for java-vectors.json, the golden vectors printed by
 * tools/fluss-vectors/Vectors.java from the real Fluss 0.9.1 Java classes (see its header for
 * the value notation). Regenerate with tools/fluss-vectors/gen.sh.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FieldValue, RowType } from '../data-types';
import { rowTypeFromColumnsJson } from '../data-types';

type JsonValue = null | boolean | number | string | [string, number];

export interface RowVector {
  schema: string;
  values: JsonValue[];
  compacted: string;
  indexed: string;
  kvValueCompacted: string;
  kvValueIndexedSchema513: string;
}

export interface KeyVector {
  schema: string;
  keyFields: string[];
  values: JsonValue[];
  key: string;
  hash: number;
  buckets: Record<string, number> | null;
}

export interface HashVector {
  bytes: string;
  hash: number;
  buckets: Record<string, number>;
}

export interface LogBatchVector {
  name: string;
  format: 'COMPACTED' | 'INDEXED';
  magic: number;
  baseOffset: string;
  schemaId: number;
  writerId: string;
  batchSequence: number;
  commitTimestamp: string;
  appendOnly: boolean;
  schema: string;
  checksum: number;
  nextOffset: string;
  lastOffset: string;
  recordCount: number;
  leaderEpoch: number;
  records: { changeType: string; values: JsonValue[] }[];
  readBack: { offset: string; timestamp: string; changeType: string; values: JsonValue[] }[];
  bytes: string;
}

export interface KvBatchVector {
  schemaId: number;
  writerId: string;
  batchSequence: number;
  records: { key: string; value: string | null }[];
  bytes: string;
}

export interface JavaVectors {
  schemas: Record<string, { name: string; data_type: unknown }[]>;
  rows: RowVector[];
  keys: KeyVector[];
  hashes: HashVector[];
  logBatches: LogBatchVector[];
  kvBatches: KvBatchVector[];
  utf8: { bytes: string; decoded: string; encoded: string }[];
}

let cached: JavaVectors | undefined;

export function vectors(): JavaVectors {
  cached ??= JSON.parse(readFileSync(join(__dirname, 'java-vectors.json'), 'utf8')) as JavaVectors;
  return cached;
}

export function rowTypeOf(schema: string): RowType {
  return rowTypeFromColumnsJson(vectors().schemas[schema]);
}

export const hex = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
export const unhex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'hex'));

/** A JSON value of the vectors as the FieldValue the encoders take. */
export function parseValue(rowType: RowType, i: number, v: JsonValue): FieldValue {
  if (v === null) return null;
  const t = rowType[i].type;
  switch (t.kind) {
    case 'BIGINT':
    case 'DECIMAL':
      return BigInt(v as string);
    case 'FLOAT': {
      const dv = new DataView(new ArrayBuffer(4));
      dv.setUint32(0, parseInt(v as string, 16));
      return dv.getFloat32(0);
    }
    case 'DOUBLE': {
      const dv = new DataView(new ArrayBuffer(8));
      dv.setBigUint64(0, BigInt('0x' + (v as string)));
      return dv.getFloat64(0);
    }
    case 'BYTES':
    case 'BINARY':
      return unhex(v as string);
    case 'TIMESTAMP_WITHOUT_TIME_ZONE':
    case 'TIMESTAMP_WITH_LOCAL_TIME_ZONE': {
      const [millis, nanos] = v as [string, number];
      return { millis: BigInt(millis), nanoOfMillisecond: nanos };
    }
    default:
      return v as FieldValue;
  }
}

export function parseValues(rowType: RowType, values: readonly JsonValue[], positions?: readonly number[]): FieldValue[] {
  return (positions ?? values.map((_, i) => i)).map((p) => parseValue(rowType, p, values[p]));
}

/** Byte arrays as hex so that Jest compares contents, not Buffer vs Uint8Array. */
export function comparable(values: readonly FieldValue[]): unknown[] {
  return values.map((v) => (v instanceof Uint8Array ? `0x${hex(v)}` : v));
}
