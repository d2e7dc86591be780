export * from './descriptors';
export * from './storage-port';
export * from './row-semantics';
export * from './catalog-json';
export * from './scan-range';
export * from './cell-tags';
export * from './long-keys';
export * from './lmdb-value-codec';
