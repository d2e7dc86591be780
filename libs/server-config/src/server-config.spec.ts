import { ConfigError, envNameFor, loadServerConfig } from './index';

describe('server configuration', () => {
  it('has working defaults', () => {
    const c = loadServerConfig({});
    expect(c.port).toBe(16020);
    expect(c.znodeParent).toBe('/hbase');
    expect(c.zookeeperQuorum).toBeUndefined();
  });

  it('layers file < environment < flags and remembers where each value came from', () => {
    const c = loadServerConfig({
      confFile: { path: 'hbase-compat-server.conf', text: '# comment\nhbase.regionserver.port = 17000\nzookeeper.znode.parent = /from-file\n' },
      env: { HBASE_REGIONSERVER_PORT: '18000', HBASE_ZOOKEEPER_QUORUM: 'zk1,zk2:2182' },
      argv: ['--hbase.regionserver.port=19000'],
    });
    expect(c.port).toBe(19000);
    expect(c.sources['hbase.regionserver.port']).toBe('flag --hbase.regionserver.port=19000');
    expect(c.znodeParent).toBe('/from-file');
    expect(c.sources['zookeeper.znode.parent']).toBe('hbase-compat-server.conf:3');
    expect(c.zookeeperQuorum).toBe('zk1,zk2:2182');
  });

  it('names the key, the value and its source when a value is bad', () => {
    expect(() => loadServerConfig({ env: { HBASE_REGIONSERVER_PORT: 'abc' } })).toThrow(
      new ConfigError('hbase.regionserver.port = "abc" from environment HBASE_REGIONSERVER_PORT: must be a port number 0-65535'),
    );
    expect(() => loadServerConfig({ argv: ['--zookeeper.znode.parent=hbase'] })).toThrow(/zookeeper.znode.parent/);
  });

  it('reads hbase.wal.hsync as HBase reads a boolean, false by default as in HBase', () => {
    expect(loadServerConfig({}).walHsync).toBe(false);
    expect(loadServerConfig({ argv: ['--hbase.wal.hsync=TRUE'] }).walHsync).toBe(true);
    expect(() => loadServerConfig({ argv: ['--hbase.wal.hsync=yes'] })).toThrow(
      new ConfigError('hbase.wal.hsync = "yes" from flag --hbase.wal.hsync=yes: must be true or false'),
    );
  });

  it('reads hbase.compat.data.sync: commit by default, interval with its period, nothing else', () => {
    expect(loadServerConfig({}).dataSync).toEqual({ mode: 'commit', intervalMs: 1000 });
    expect(loadServerConfig({ argv: ['--hbase.compat.data.sync=Interval', '--hbase.compat.data.sync.interval.ms=250'] }).dataSync).toEqual({
      mode: 'interval',
      intervalMs: 250,
    });
    expect(() => loadServerConfig({ argv: ['--hbase.compat.data.sync=never'] })).toThrow(
      new ConfigError('hbase.compat.data.sync = "never" from flag --hbase.compat.data.sync=never: must be commit or interval'),
    );
  });

  it('refuses hbase.compat.data.sync=interval with hbase.wal.hsync=true, which it cannot honour', () => {
    expect(() => loadServerConfig({ argv: ['--hbase.compat.data.sync=interval', '--hbase.wal.hsync=true'] })).toThrow(
      /hbase.compat.data.sync = interval from flag .* cannot honour hbase.wal.hsync = true from flag/,
    );
  });

  it('rejects unknown keys with a suggestion', () => {
    expect(() => loadServerConfig({ argv: ['--regionserver.port=1'] })).toThrow(
      /unknown configuration key regionserver.port .*did you mean hbase.regionserver.port/,
    );
  });

  it('leaves the --config flag to the caller', () => {
    expect(loadServerConfig({ argv: ['--config', 'x.conf', '--hbase.regionserver.port=1234'] }).port).toBe(1234);
  });

  it('maps keys to environment names', () => {
    expect(envNameFor('hbase.zookeeper.property.clientPort')).toBe('HBASE_ZOOKEEPER_PROPERTY_CLIENTPORT');
  });
});
