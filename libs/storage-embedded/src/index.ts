export { EmbeddedStorageEngine } from './embedded-storage-engine';
export type { EmbeddedStorageOptions, EmbeddedSyncMode } from './embedded-storage-engine';
export { LMDB_MAX_KEY, LONG_ROW_PREFIX, decodeRowValue, encodeRowValue } from './row-encoding';
