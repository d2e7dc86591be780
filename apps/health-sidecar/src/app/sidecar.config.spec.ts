import { readSidecarConfig } from './sidecar.config';

describe('health-sidecar configuration', () => {
  it('defaults to the gateway next door', () => {
    expect(readSidecarConfig([], {})).toEqual({ port: 16030, address: '127.0.0.1', nodeAdminAddress: '127.0.0.1:16050', rpcAddress: '127.0.0.1:16020' });
  });

  it('takes environment and flags, flags last', () => {
    const c = readSidecarConfig(['--hbase.compat.sidecar.port=9000'], { HBASE_COMPAT_SIDECAR_PORT: '8000', HBASE_COMPAT_NODEADMIN_ADDRESSES: 'gw:16050' });
    expect(c.port).toBe(9000);
    expect(c.nodeAdminAddress).toBe('gw:16050');
  });

  it('names NodeAdmin as the admin API does, and still takes the retired name', () => {
    expect(readSidecarConfig(['--hbase.compat.nodeadmin.address=old:1'], {}).nodeAdminAddress).toBe('old:1');
    expect(readSidecarConfig([], { HBASE_COMPAT_NODEADMIN_ADDRESS: 'old:2' }).nodeAdminAddress).toBe('old:2');
    expect(() => readSidecarConfig(['--hbase.compat.nodeadmin.addresses=a:1,b:2'], {})).toThrow(/exactly one gateway, got 2/);
    expect(() => readSidecarConfig(['--hbase.compat.nodeadmin.addresses=nohost'], {})).toThrow(/is not host:port/);
  });

  it('reads a configuration file named by --config', () => {
    expect(() => readSidecarConfig(['--config', '/nonexistent/sidecar.conf'], {})).toThrow(/does not exist/);
  });

  it('refuses unknown keys and bad ports', () => {
    expect(() => readSidecarConfig(['--nope=1'], {})).toThrow(/unknown configuration key nope/);
    expect(() => readSidecarConfig(['--hbase.compat.sidecar.port=99999'], {})).toThrow(/must be a port number/);
  });
});
