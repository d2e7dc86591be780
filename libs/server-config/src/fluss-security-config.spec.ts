import { ConfigError, loadServerConfig } from './index';

const sasl = (...flags: string[]) => loadServerConfig({ argv: flags }).fluss.sasl;

describe('authentication toward Fluss (Fluss client.security.* keys under hbase.compat.fluss.)', () => {
  it('is PLAINTEXT by default: no credentials sent', () => {
    expect(sasl()).toBeUndefined();
    expect(sasl('--hbase.compat.fluss.client.security.protocol=plaintext')).toBeUndefined();
  });

  it('SASL (case-insensitive, as Fluss reads it) carries the PLAIN user and password as given', () => {
    expect(
      sasl(
        '--hbase.compat.fluss.client.security.protocol=sasl',
        '--hbase.compat.fluss.client.security.sasl.username=hbase',
        '--hbase.compat.fluss.client.security.sasl.password= p w ',
      ),
    ).toEqual({ username: 'hbase', password: ' p w ' });
  });

  it('takes the password from the environment, so it need not be a flag', () => {
    const config = loadServerConfig({
      env: {
        HBASE_COMPAT_FLUSS_CLIENT_SECURITY_PROTOCOL: 'SASL',
        HBASE_COMPAT_FLUSS_CLIENT_SECURITY_SASL_USERNAME: 'hbase',
        HBASE_COMPAT_FLUSS_CLIENT_SECURITY_SASL_PASSWORD: 'secret',
      },
    });
    expect(config.fluss.sasl).toEqual({ username: 'hbase', password: 'secret' });
  });

  it('refuses SASL without both credentials, an unknown protocol and a mechanism Fluss lacks, naming the key', () => {
    expect(() => sasl('--hbase.compat.fluss.client.security.protocol=SASL', '--hbase.compat.fluss.client.security.sasl.username=hbase')).toThrow(
      /needs both hbase.compat.fluss.client.security.sasl.username and hbase.compat.fluss.client.security.sasl.password/,
    );
    expect(() => sasl('--hbase.compat.fluss.client.security.protocol=SSL')).toThrow(ConfigError);
    expect(() => sasl('--hbase.compat.fluss.client.security.protocol=SSL')).toThrow(/client.security.protocol = "SSL" from .*: must be PLAINTEXT or SASL/);
    expect(() =>
      sasl(
        '--hbase.compat.fluss.client.security.protocol=SASL',
        '--hbase.compat.fluss.client.security.sasl.mechanism=SCRAM-SHA-256',
        '--hbase.compat.fluss.client.security.sasl.username=hbase',
        '--hbase.compat.fluss.client.security.sasl.password=x',
      ),
    ).toThrow(/Fluss supports PLAIN only/);
  });
});
