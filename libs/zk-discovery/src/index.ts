export * from './znode-format';
export * from './zk-session';
export * from './registration';
