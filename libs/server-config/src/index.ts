export * from './settings';
export * from './server-config';
export * from './app-configs';
export * from './tls-config';
export * from './fluss-security-config';
