import { readSidecarConfig } from './sidecar.config';

describe('health-sidecar configuration', () => {
  it('defaults to the gateway next door', () => {
    expect(readSidecarConfig([], {})).toEqual({ port: 16030, address: '127.0.0.1', nodeAdminAddress: '127.0.0.1:16050', rpcAddress: '127.0.0.1:16020' });
  });

  it('takes environment and flags, flags last', () => {
    const c = readSidecarConfig(['--hbase.compat.sidecar.port=9000'], { HBASE_COMPAT_SIDECAR_PORT: '8000', HBASE_COMPAT_NODEADMIN_ADDRESS: 'gw:16050' });
    expect(c.port).toBe(9000);
    expect(c.nodeAdminAddress).toBe('gw:16050');
  });

  it('refuses unknown keys and bad ports', () => {
    expect(() => readSidecarConfig(['--nope=1'], {})).toThrow(/unknown configuration key nope/);
    expect(() => readSidecarConfig(['--hbase.compat.sidecar.port=99999'], {})).toThrow(/not a port/);
  });
});
