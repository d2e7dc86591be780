import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('binds to loopback, with no token and open reads, unless configured', () => {
    expect(readAdminConfig([], {})).toMatchObject({ address: '127.0.0.1', token: undefined, readsNeedToken: false });
  });

  it('reads the token from the first line of a token file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'admin-token-')), 'token');
    writeFileSync(file, 'abc123\n');
    expect(readAdminConfig([`--hbase.compat.admin.token.file=${file}`], {}).token).toBe('abc123');
    writeFileSync(file, '\n');
    expect(() => readAdminConfig([`--hbase.compat.admin.token.file=${file}`], {})).toThrow('is empty');
    expect(() => readAdminConfig([`--hbase.compat.admin.token.file=${file}.missing`], {})).toThrow('ENOENT');
  });

  it('refuses guarded reads without a token, a bad reads mode, and both token keys at once', () => {
    expect(() => readAdminConfig(['--hbase.compat.admin.reads=token'], {})).toThrow('needs hbase.compat.admin.token');
    expect(readAdminConfig(['--hbase.compat.admin.reads=token'], { HBASE_COMPAT_ADMIN_TOKEN: 't' }).readsNeedToken).toBe(true);
    expect(() => readAdminConfig(['--hbase.compat.admin.reads=maybe'], {})).toThrow("expected 'open' or 'token'");
    expect(() => readAdminConfig(['--hbase.compat.admin.token=a', '--hbase.compat.admin.token.file=/x'], {})).toThrow('not both');
  });
});
