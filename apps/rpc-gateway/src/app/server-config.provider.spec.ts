import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@hbase-compat/server-config';
import { readServerConfig } from './server-config.provider';

describe('rpc-gateway configuration sources', () => {
  it('reads the file named by --config, then environment, then flags', () => {
    const dir = mkdtempSync(join(tmpdir(), 'conf-'));
    const file = join(dir, 'hbase-compat-server.conf');
    writeFileSync(file, 'hbase.regionserver.port = 17020\nhbase.zookeeper.quorum = zk-a\n');
    const c = readServerConfig(['--config', file, '--hbase.zookeeper.quorum=zk-b'], { HBASE_COMPAT_DATA_DIR: '/var/lib/x' });
    expect(c.port).toBe(17020);
    expect(c.zookeeperQuorum).toBe('zk-b');
    expect(c.dataDir).toBe('/var/lib/x');
  });

  it('fails clearly when the named file is missing', () => {
    expect(() => readServerConfig(['--config', '/nonexistent/x.conf'], {})).toThrow(ConfigError);
  });
});
