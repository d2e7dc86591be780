export * from './settings';
export * from './server-config';
export * from './app-configs';
