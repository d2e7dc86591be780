export * from './node-admin';
