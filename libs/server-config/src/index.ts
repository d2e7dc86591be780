export * from './server-config';
