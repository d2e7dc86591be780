export * from './raw-client';
