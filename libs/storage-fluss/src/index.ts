export { FlussStorageEngine, type FlussStorageOptions, parseBootstrapServers, toHBaseError } from './fluss-storage-engine';
export { FlussNames, escapeFlussName, unescapeFlussName } from './fluss-names';
export { CELL_ROW_TYPE, cellTableJson, bucketOfRow } from './cell-rows';
