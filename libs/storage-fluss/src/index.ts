export { FlussStorageEngine } from './fluss-storage-engine';
export { type FlussStorageOptions, parseBootstrapServers } from './fluss-options';
export { isAuthenticationFailure, toHBaseError } from './fluss-errors';
export { FlussNames, escapeFlussName, unescapeFlussName } from './fluss-names';
export { CELL_ROW_TYPE, cellTableJson, bucketOfRow } from './cell-rows';
