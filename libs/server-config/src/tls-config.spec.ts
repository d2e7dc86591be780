import { ConfigError, loadServerConfig } from './index';

const tlsOn = ['--hbase.server.netty.tls.enabled=true', '--hbase.rpc.tls.keystore.location=/k/server.pem'];

describe('RPC TLS configuration (HBase X509Util keys)', () => {
  it("keeps HBase's defaults: off, plaintext supported, NEED, TLSv1.2 only, hostname verified, no reload", () => {
    const t = loadServerConfig({}).rpcTls;
    expect(t).toMatchObject({
      enabled: false,
      supportPlaintext: true,
      clientAuth: 'NEED',
      verifyClientHostname: true,
      reverseDnsLookup: true,
      minVersion: 'TLSv1.2',
      maxVersion: 'TLSv1.2',
      certReload: false,
      pollIntervalMs: 60000,
      nodeAdminEnabled: false,
    });
    expect(t.ciphers.split(':')[0]).toBe('ECDHE-ECDSA-AES128-GCM-SHA256');
  });

  it('reads the store types from the type keys or the file extension', () => {
    const t = loadServerConfig({
      argv: [
        ...tlsOn,
        '--hbase.rpc.tls.truststore.location=/k/ca.p12',
        '--hbase.rpc.tls.truststore.password=pw',
        '--hbase.server.netty.tls.client.auth.mode=want',
      ],
    }).rpcTls;
    expect(t.keystore).toEqual({ location: '/k/server.pem', password: undefined, type: 'PEM' });
    expect(t.truststore).toEqual({ location: '/k/ca.p12', password: 'pw', type: 'PKCS12' });
    expect(t.clientAuth).toBe('WANT');
    const typed = loadServerConfig({ argv: [...tlsOn, '--hbase.rpc.tls.keystore.type=pkcs12'] }).rpcTls;
    expect(typed.keystore?.type).toBe('PKCS12');
  });

  it('maps enabledProtocols to a version range and Java suite names to OpenSSL ones', () => {
    const t = loadServerConfig({
      argv: ['--hbase.rpc.tls.enabledProtocols=TLSv1.3,TLSv1.2', '--hbase.rpc.tls.ciphersuites=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_AES_128_GCM_SHA256'],
    }).rpcTls;
    expect([t.minVersion, t.maxVersion]).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(t.ciphers).toBe('ECDHE-RSA-AES256-GCM-SHA384:TLS_AES_128_GCM_SHA256');
  });

  it.each([
    [['--hbase.server.netty.tls.enabled=true'], /Keystore is required for SSL server/],
    [
      ['--hbase.server.netty.tls.enabled=true', '--hbase.rpc.tls.keystore.location=/k/server.jks'],
      /JKS stores cannot be read by Node's TLS; convert it to PKCS12/,
    ],
    [[...tlsOn, '--hbase.rpc.tls.keystore.type=BCFKS'], /BCFKS stores cannot be read/],
    [['--hbase.rpc.tls.keystore.location=/k/server.key'], /unable to auto-detect the store type/],
    [['--hbase.server.netty.tls.client.auth.mode=SOMETIMES'], /expected NONE, WANT or NEED/],
    [['--hbase.server.netty.tls.enabled=yes'], /expected true or false/],
    [['--hbase.rpc.tls.protocol=TLSv1.1'], /TLSv1.1" is not supported/],
    [['--hbase.rpc.tls.ciphersuites=TLS_RSA_WITH_RC4_128_MD5'], /TLS_RSA_WITH_RC4_128_MD5 is not supported/],
  ])('refuses %j at start', (argv, message) => {
    expect(() => loadServerConfig({ argv })).toThrow(ConfigError);
    expect(() => loadServerConfig({ argv })).toThrow(message);
  });
});
