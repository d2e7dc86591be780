export * from './embedded-storage-engine';
export * from './row-encoding';
