export { FlussClient, type FlussClientOptions, type PutKvResult, type ServerNode, type TablePath, type TableRoute, splitHostPort } from './client/fluss-client';
export { ApiKey, ServerType, apiKeyName } from './protocol/api-keys';
export { FlussConnection, type ConnectionOptions, type FlussRequestObserver, type SaslPlain } from './protocol/connection';
export { FlussError, FlussErrorCode, type FlussErrorKind, isFlussError } from './protocol/errors';
export { Backoff } from './client/backoff';
export { type KvRecord, encodeKvRecordBatch, decodeValueRecordBatch } from './protocol/kv-record-batch';
export { crc32c } from './protocol/crc32c';
export { fluss } from './generated/fluss';
export * from './encoding';
