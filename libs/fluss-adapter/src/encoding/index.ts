/**
 * Pure Fluss 0.9.1 encodings (no I/O), byte-compatible with the Java client: rows, keys,
 * bucketing, stored values and log record batches. Checked against vectors produced by the real
 * Java classes (tools/fluss-vectors, __fixtures__/java-vectors.json).
 */
export { type ByteCursor, ByteReader, ByteWriter, EncodingError, readByteAt, readVarInt32At, readVarInt64At } from './byte-buffer';
export {
  type DataField,
  type DataType,
  type FieldValue,
  type RowType,
  type Timestamp,
  type TypeKind,
  DataTypes,
  dataTypeFromJson,
  dataTypeToJson,
  field,
  isCompactDecimal,
  isCompactTimestamp,
  projectRowType,
  rowTypeFromColumnsJson,
} from './data-types';
export { decodeUtf8, encodeUtf8 } from './utf8';
export { decodeCompactedRow, encodeCompactedRow } from './compacted-row';
export { decodeIndexedRow, encodeIndexedRow } from './indexed-row';
export { type RowFormat, decodeRow, encodeRow, parseFormat } from './row-format';
export { CompactedKeyEncoder, decodeCompactedKey, encodeCompactedKey } from './key-encoder';
export { bucketForKey, murmurHashBytes } from './bucketing';
export { SCHEMA_ID_LENGTH, decodeKvValue, decodeKvValueRow, encodeKvValue } from './kv-value';
export {
  CHANGE_TYPE_SHORT,
  ChangeType,
  type ChangelogRecord,
  type LogRecord,
  type LogRecordBatch,
  type LogRecordBatchInput,
  type ReadBatchesOptions,
  decodeChangelog,
  encodeLogRecordBatch,
  readLogRecordBatches,
  readRowRecords,
} from './log-record-batch';
