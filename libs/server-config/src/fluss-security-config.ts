import { ConfigError, type KeySpec, type Value } from './settings';

/**
 * How the gateway authenticates to Fluss: Fluss's own client keys (ConfigOptions
 * client.security.protocol, client.security.sasl.mechanism, client.security.sasl.username and
 * client.security.sasl.password in fluss-common 0.9) under the gateway's hbase.compat.fluss. prefix.
 * Fluss 0.9 offers PLAINTEXT and SASL with the PLAIN mechanism only, and no TLS listener, so
 * SASL/PLAIN sends its password in clear: keep Fluss on a trusted network.
 */
export const FLUSS_SECURITY_KEYS = {
  'hbase.compat.fluss.client.security.protocol': {
    kind: 'string',
    default: 'PLAINTEXT',
    help: 'how the gateway authenticates to Fluss: PLAINTEXT (none) or SASL (case-insensitive, as Fluss reads it)',
  },
  'hbase.compat.fluss.client.security.sasl.mechanism': { kind: 'string', default: 'PLAIN', help: 'SASL mechanism; Fluss 0.9 supports PLAIN only' },
  'hbase.compat.fluss.client.security.sasl.username': { kind: 'optional-string', help: 'SASL/PLAIN user name (with SASL)' },
  'hbase.compat.fluss.client.security.sasl.password': {
    kind: 'optional-string',
    help: 'SASL/PLAIN password (with SASL); prefer the config file or the environment to a flag, which other local users can read',
  },
} as const satisfies Record<string, KeySpec>;

export interface FlussSaslConfig {
  username: string;
  password: string;
}

type Key = keyof typeof FLUSS_SECURITY_KEYS;

/** The SASL credentials when the protocol is SASL, undefined for PLAINTEXT; anything else is a ConfigError. */
export function loadFlussSasl(values: Record<string, Value>, origin: Record<string, string>): FlussSaslConfig | undefined {
  const text = (key: Key) => (values[key] as string | undefined)?.trim();
  const where = (key: Key) => `${key} = ${JSON.stringify(values[key])} from ${origin[key]}`;
  const protocol = (text('hbase.compat.fluss.client.security.protocol') ?? '').toUpperCase();
  if (protocol === 'PLAINTEXT') return undefined;
  if (protocol !== 'SASL') throw new ConfigError(`${where('hbase.compat.fluss.client.security.protocol')}: must be PLAINTEXT or SASL`);
  if ((text('hbase.compat.fluss.client.security.sasl.mechanism') ?? '').toUpperCase() !== 'PLAIN') {
    throw new ConfigError(`${where('hbase.compat.fluss.client.security.sasl.mechanism')}: Fluss supports PLAIN only`);
  }
  const username = text('hbase.compat.fluss.client.security.sasl.username');
  const password = values['hbase.compat.fluss.client.security.sasl.password'] as string | undefined;
  // Fluss's SaslClientAuthenticator refuses one without the other; so do we, before connecting.
  if (!username || password === undefined || password === '') {
    throw new ConfigError(
      'hbase.compat.fluss.client.security.protocol = SASL needs both hbase.compat.fluss.client.security.sasl.username and hbase.compat.fluss.client.security.sasl.password',
    );
  }
  return { username, password };
}
