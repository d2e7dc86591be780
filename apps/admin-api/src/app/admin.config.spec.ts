import { readAdminConfig } from './admin.config';

describe('admin-api configuration', () => {
  it('splits the NodeAdmin address list and reads the ZooKeeper quorum', () => {
    const c = readAdminConfig(['--hbase.compat.nodeadmin.addresses=a:1, b:2'], { HBASE_ZOOKEEPER_QUORUM: 'zk:2181' });
    expect(c.nodeAdminAddresses).toEqual(['a:1', 'b:2']);
    expect(c.zookeeperQuorum).toBe('zk:2181');
    expect(c.port).toBe(8080);
  });

  it('treats an empty quorum as none', () => {
    expect(readAdminConfig([], {}).zookeeperQuorum).toBeUndefined();
  });
});
