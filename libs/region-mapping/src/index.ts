export * from './table-name';
export * from './region';
export * from './server-name';
export * from './assignment';
export * from './meta-row-order';
