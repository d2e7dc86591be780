export { FlussClient, type FlussClientOptions, type PutKvResult, type ServerNode, type TablePath, type TableRoute } from './client/fluss-client';
/** Kept here for callers that took them from the Fluss client before they moved to hbase-codec. */
export { Backoff, splitHostPort } from '@hbase-compat/hbase-codec';
export { ApiKey, ServerType, apiKeyName } from './protocol/api-keys';
export { FlussConnection, type ConnectionOptions, type FlussRequestObserver, type SaslPlain } from './protocol/connection';
export { FlussError, FlussErrorCode, type FlussErrorKind, isFlussError } from './protocol/errors';
export { KeyedSequencer } from './client/keyed-sequencer';
export { type CreateRequest, type CreatedTable, DEFAULT_LEADER_WAIT, type LeaderWaitPlan, createWithLeaders } from './client/create-with-leaders';
export { type KvRecord, encodeKvRecordBatch, decodeValueRecordBatch } from './protocol/kv-record-batch';
export { crc32c } from './protocol/crc32c';
export { fluss } from './generated/fluss';
export {
  ByteReader,
  ByteWriter,
  CHANGE_TYPE_SHORT,
  ChangeType,
  CompactedKeyEncoder,
  DataTypes,
  EncodingError,
  SCHEMA_ID_LENGTH,
  bucketForKey,
  dataTypeFromJson,
  dataTypeToJson,
  decodeChangelog,
  decodeCompactedKey,
  decodeCompactedRow,
  decodeIndexedRow,
  decodeKvValue,
  decodeKvValueRow,
  decodeRow,
  decodeUtf8,
  encodeCompactedKey,
  encodeCompactedRow,
  encodeIndexedRow,
  encodeKvValue,
  encodeLogRecordBatch,
  encodeRow,
  encodeUtf8,
  field,
  isCompactDecimal,
  isCompactTimestamp,
  murmurHashBytes,
  parseFormat,
  projectRowType,
  readByteAt,
  readLogRecordBatches,
  readRowRecords,
  readVarInt32At,
  readVarInt64At,
  rowTypeFromColumnsJson,
} from './encoding';
export type {
  ByteCursor,
  ChangelogRecord,
  DataField,
  DataType,
  FieldValue,
  LogRecord,
  LogRecordBatch,
  LogRecordBatchInput,
  ReadBatchesOptions,
  RowFormat,
  RowType,
  Timestamp,
  TypeKind,
} from './encoding';
