export * from './descriptors';
export * from './storage-port';
export * from './row-semantics';
