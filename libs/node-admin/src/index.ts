export * from './node-admin';
export * from './node-admin-tls';
