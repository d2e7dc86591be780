import { ConfigError, type KeySpec, type Value } from './settings';
import { readPkcs12 } from './pkcs12';

/**
 * TLS settings of the HBase RPC port, under HBase 2.6's own key names (X509Util in hbase-common,
 * NettyRpcServer in hbase-server), and the PEM / PKCS12 stores they name. Parsing only: files
 * are read by the caller (libs/gateway-core/src/rpc/tls.ts) and passed in as bytes.
 *
 * HBase defaults kept: TLS off; when on, plaintext is still accepted on the same port
 * (supportplaintext = true); client auth NEED when the mode is unset (X509Util.ClientAuth
 * fromPropertyValue); only TLSv1.2 unless enabledProtocols says otherwise (DEFAULT_PROTOCOL);
 * the client's certificate must match its address (verify.client.hostname = true); reload off,
 * file poll every 60 s (FileChangeWatcher).
 */
export const RPC_TLS_KEYS = {
  'hbase.server.netty.tls.enabled': { kind: 'string', default: 'false', help: 'TLS on the HBase RPC port (true/false)' },
  'hbase.server.netty.tls.supportplaintext': {
    kind: 'string',
    default: 'true',
    help: 'with TLS on, also accept plain connections on the same port, told apart by their first bytes (true/false)',
  },
  'hbase.server.netty.tls.client.auth.mode': {
    kind: 'optional-string',
    help: 'client certificates: NONE, WANT (checked if sent) or NEED (required); unset = NEED, as in HBase',
  },
  'hbase.compat.rpc.tls.client.identity': {
    kind: 'string',
    default: 'header',
    help: "whose name a connection acts as: 'header' (the connection header's user, HBase's SIMPLE model) or, with client certificates, the certificate's 'cn', or its first 'dns', 'email' or 'uri' SAN; a header user that differs is refused",
  },
  'hbase.server.netty.tls.verify.client.hostname': {
    kind: 'string',
    default: 'true',
    help: "a client certificate must name the client's address (IP SAN, or its reverse-DNS name)",
  },
  'hbase.rpc.tls.host-verification.reverse-dns.enabled': {
    kind: 'string',
    default: 'true',
    help: 'when the address does not match, try the reverse-DNS name (true/false)',
  },
  'hbase.rpc.tls.keystore.location': { kind: 'optional-string', help: 'server key and certificate chain: a PEM or PKCS12 file' },
  'hbase.rpc.tls.keystore.password': { kind: 'optional-string', help: 'password of the keystore (PKCS12) or of its encrypted PEM key' },
  'hbase.rpc.tls.keystore.type': { kind: 'optional-string', help: 'PEM or PKCS12; unset = from the extension (.pem, .p12); JKS is refused' },
  'hbase.rpc.tls.truststore.location': {
    kind: 'optional-string',
    help: 'CA certificates that client certificates must chain to (PEM or PKCS12); unset = the system CAs',
  },
  'hbase.rpc.tls.truststore.password': { kind: 'optional-string', help: 'password of a PKCS12 truststore' },
  'hbase.rpc.tls.truststore.type': { kind: 'optional-string', help: 'PEM or PKCS12; unset = from the extension' },
  'hbase.rpc.tls.protocol': { kind: 'string', default: 'TLSv1.2', help: 'the one protocol enabled when enabledProtocols is unset' },
  'hbase.rpc.tls.enabledProtocols': { kind: 'optional-string', help: 'comma-separated protocols, e.g. TLSv1.2,TLSv1.3' },
  'hbase.rpc.tls.ciphersuites': {
    kind: 'optional-string',
    help: "comma-separated cipher suites, Java/IANA names (TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256); unset = HBase's defaults",
  },
  'hbase.rpc.tls.certReload': { kind: 'string', default: 'false', help: 'reload keystore and truststore when their files change (true/false)' },
  'hbase.rpc.tls.filepoll.interval.millis': { kind: 'positive-int', default: 60000, help: 'how often certReload looks at the files, ms' },
} as const satisfies Record<string, KeySpec>;

/** The NodeAdmin gRPC service's switch; it uses the hbase.rpc.tls.* stores above. */
export const NODEADMIN_TLS_KEYS = {
  'hbase.compat.nodeadmin.tls.enabled': {
    kind: 'string',
    default: 'false',
    help: 'TLS on the NodeAdmin gRPC port, with the hbase.rpc.tls.* keystore and truststore (true/false)',
  },
} as const satisfies Record<string, KeySpec>;

/** The keys a NodeAdmin client (admin API, health sidecar) reads: its switch and its stores. */
export const NODEADMIN_CLIENT_TLS_KEYS = {
  ...NODEADMIN_TLS_KEYS,
  'hbase.rpc.tls.keystore.location': { kind: 'optional-string', help: 'client key and certificate for NodeAdmin mutual TLS (PEM or PKCS12)' },
  'hbase.rpc.tls.keystore.password': RPC_TLS_KEYS['hbase.rpc.tls.keystore.password'],
  'hbase.rpc.tls.keystore.type': RPC_TLS_KEYS['hbase.rpc.tls.keystore.type'],
  'hbase.rpc.tls.truststore.location': { kind: 'optional-string', help: "CA certificates the gateway's NodeAdmin certificate must chain to" },
  'hbase.rpc.tls.truststore.password': RPC_TLS_KEYS['hbase.rpc.tls.truststore.password'],
  'hbase.rpc.tls.truststore.type': RPC_TLS_KEYS['hbase.rpc.tls.truststore.type'],
} as const satisfies Record<string, KeySpec>;

export type ClientAuthMode = 'NONE' | 'WANT' | 'NEED';
export type StoreType = 'PEM' | 'PKCS12';

export interface StoreRef {
  location: string;
  password: string | undefined;
  type: StoreType;
}

/** Where a connection's user name comes from (hbase.compat.rpc.tls.client.identity). */
export type ClientIdentity = 'header' | 'cn' | 'dns' | 'email' | 'uri';

export interface RpcTlsConfig {
  enabled: boolean;
  clientIdentity: ClientIdentity;
  supportPlaintext: boolean;
  clientAuth: ClientAuthMode;
  verifyClientHostname: boolean;
  reverseDnsLookup: boolean;
  keystore: StoreRef | undefined;
  truststore: StoreRef | undefined;
  minVersion: TlsVersion;
  maxVersion: TlsVersion;
  /** OpenSSL cipher list (TLS 1.2) and TLS 1.3 suites, colon-separated, as Node takes them. */
  ciphers: string;
  certReload: boolean;
  pollIntervalMs: number;
  nodeAdminEnabled: boolean;
}

type TlsVersion = 'TLSv1.2' | 'TLSv1.3';
type Values = Record<string, Value>;
type Origins = Record<string, string>;

export function parseBoolean(key: string, values: Values, origin: Origins): boolean {
  const raw = String(values[key]).trim().toLowerCase();
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new ConfigError(`${key} = ${JSON.stringify(values[key])} from ${origin[key]}: expected true or false`);
}

/** The store a *.location / *.password / *.type triple names (X509Util createKeyManager / createTrustManager). */
export function storeRef(prefix: 'hbase.rpc.tls.keystore' | 'hbase.rpc.tls.truststore', values: Values, origin: Origins): StoreRef | undefined {
  const location = values[`${prefix}.location`] as string | undefined;
  if (location === undefined) return undefined;
  return { location, password: values[`${prefix}.password`] as string | undefined, type: storeType(prefix, location, values, origin) };
}

/** KeyStoreFileType.fromPropertyValueOrFileName: the type key, else the extension. */
function storeType(prefix: string, location: string, values: Values, origin: Origins): StoreType {
  const given = (values[`${prefix}.type`] as string | undefined)?.toUpperCase();
  const ext = location.slice(location.lastIndexOf('.') + 1).toLowerCase();
  const type = given ?? { jks: 'JKS', pem: 'PEM', p12: 'PKCS12', bcfks: 'BCFKS' }[ext];
  const where = given ? `${prefix}.type from ${origin[`${prefix}.type`]}` : `${prefix}.location ${location}`;
  if (type === 'PEM' || type === 'PKCS12') return type;
  if (type === 'JKS' || type === 'BCFKS') {
    throw new ConfigError(
      `${where}: ${type} stores cannot be read by Node's TLS; convert it to PKCS12 (keytool -importkeystore -srckeystore <file> -destkeystore <file>.p12 -deststoretype PKCS12) or PEM`,
    );
  }
  if (given) throw new ConfigError(`${where}: unknown store type ${given} (PEM or PKCS12)`);
  throw new ConfigError(`${where}: unable to auto-detect the store type from the file name; set ${prefix}.type to PEM or PKCS12`);
}

export function loadRpcTlsConfig(values: Values, origin: Origins): RpcTlsConfig {
  const bool = (key: string) => parseBoolean(key, values, origin);
  const { minVersion, maxVersion } = protocols(values, origin);
  const config: RpcTlsConfig = {
    enabled: bool('hbase.server.netty.tls.enabled'),
    supportPlaintext: bool('hbase.server.netty.tls.supportplaintext'),
    clientIdentity: clientIdentity(values, origin),
    clientAuth: clientAuthMode(values, origin),
    verifyClientHostname: bool('hbase.server.netty.tls.verify.client.hostname'),
    reverseDnsLookup: bool('hbase.rpc.tls.host-verification.reverse-dns.enabled'),
    keystore: storeRef('hbase.rpc.tls.keystore', values, origin),
    truststore: storeRef('hbase.rpc.tls.truststore', values, origin),
    minVersion,
    maxVersion,
    ciphers: cipherList(values['hbase.rpc.tls.ciphersuites'] as string | undefined, origin['hbase.rpc.tls.ciphersuites']),
    certReload: bool('hbase.rpc.tls.certReload'),
    pollIntervalMs: values['hbase.rpc.tls.filepoll.interval.millis'] as number,
    nodeAdminEnabled: bool('hbase.compat.nodeadmin.tls.enabled'),
  };
  if ((config.enabled || config.nodeAdminEnabled) && !config.keystore) {
    // X509Util.createSslContextForServer: "Keystore is required for SSL server".
    throw new ConfigError('Keystore is required for SSL server: set hbase.rpc.tls.keystore.location');
  }
  if (config.clientIdentity !== 'header' && (!config.enabled || config.clientAuth === 'NONE')) {
    throw new ConfigError(
      `hbase.compat.rpc.tls.client.identity = ${config.clientIdentity} needs client certificates: set hbase.server.netty.tls.enabled=true and hbase.server.netty.tls.client.auth.mode to NEED or WANT`,
    );
  }
  return config;
}

function clientIdentity(values: Values, origin: Origins): ClientIdentity {
  const raw = String(values['hbase.compat.rpc.tls.client.identity']).trim().toLowerCase();
  if (raw === 'header' || raw === 'cn' || raw === 'dns' || raw === 'email' || raw === 'uri') return raw;
  throw new ConfigError(
    `hbase.compat.rpc.tls.client.identity = ${JSON.stringify(raw)} from ${origin['hbase.compat.rpc.tls.client.identity']}: expected header, cn, dns, email or uri`,
  );
}

function clientAuthMode(values: Values, origin: Origins): ClientAuthMode {
  const raw = values['hbase.server.netty.tls.client.auth.mode'] as string | undefined;
  if (raw === undefined) return 'NEED';
  const mode = raw.toUpperCase();
  if (mode === 'NONE' || mode === 'WANT' || mode === 'NEED') return mode;
  throw new ConfigError(
    `hbase.server.netty.tls.client.auth.mode = ${JSON.stringify(raw)} from ${origin['hbase.server.netty.tls.client.auth.mode']}: expected NONE, WANT or NEED`,
  );
}

/** X509Util.getEnabledProtocols: enabledProtocols if set, else the one `protocol`. Node takes a min..max range. */
function protocols(values: Values, origin: Origins): { minVersion: TlsVersion; maxVersion: TlsVersion } {
  const list = values['hbase.rpc.tls.enabledProtocols'] as string | undefined;
  const key = list === undefined ? 'hbase.rpc.tls.protocol' : 'hbase.rpc.tls.enabledProtocols';
  const names = (list ?? (values['hbase.rpc.tls.protocol'] as string)).split(',').map((s) => s.trim());
  const known: TlsVersion[] = ['TLSv1.2', 'TLSv1.3'];
  const wrong = names.find((n) => !known.includes(n as TlsVersion));
  if (wrong !== undefined) throw new ConfigError(`${key} from ${origin[key]}: protocol ${JSON.stringify(wrong)} is not supported (TLSv1.2, TLSv1.3)`);
  const sorted = known.filter((v) => names.includes(v));
  return { minVersion: sorted[0], maxVersion: sorted[sorted.length - 1] };
}

/** Java (IANA) suite names to OpenSSL's, for the suites HBase enables by default and the TLS 1.3 ones. */
const SUITES: Record<string, string> = {
  TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256: 'ECDHE-ECDSA-AES128-GCM-SHA256',
  TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256: 'ECDHE-RSA-AES128-GCM-SHA256',
  TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384: 'ECDHE-ECDSA-AES256-GCM-SHA384',
  TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384: 'ECDHE-RSA-AES256-GCM-SHA384',
  TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256: 'ECDHE-ECDSA-AES128-SHA256',
  TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256: 'ECDHE-RSA-AES128-SHA256',
  TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA: 'ECDHE-ECDSA-AES128-SHA',
  TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA: 'ECDHE-RSA-AES128-SHA',
  TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384: 'ECDHE-ECDSA-AES256-SHA384',
  TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384: 'ECDHE-RSA-AES256-SHA384',
  TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA: 'ECDHE-ECDSA-AES256-SHA',
  TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA: 'ECDHE-RSA-AES256-SHA',
  TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256: 'ECDHE-ECDSA-CHACHA20-POLY1305',
  TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256: 'ECDHE-RSA-CHACHA20-POLY1305',
  TLS_AES_128_GCM_SHA256: 'TLS_AES_128_GCM_SHA256',
  TLS_AES_256_GCM_SHA384: 'TLS_AES_256_GCM_SHA384',
  TLS_CHACHA20_POLY1305_SHA256: 'TLS_CHACHA20_POLY1305_SHA256',
};

/** X509Util DEFAULT_CIPHERS_JAVA9 (GCM first, then CBC), plus the TLS 1.3 suites for when TLSv1.3 is enabled. */
const DEFAULT_SUITES = Object.keys(SUITES).filter((s) => !s.includes('CHACHA20') || s === 'TLS_CHACHA20_POLY1305_SHA256');

function cipherList(raw: string | undefined, origin: string): string {
  const names = raw === undefined ? DEFAULT_SUITES : raw.split(',').map((s) => s.trim());
  const unknown = names.find((n) => SUITES[n] === undefined);
  if (unknown !== undefined) {
    throw new ConfigError(`hbase.rpc.tls.ciphersuites from ${origin}: ${unknown} is not supported; known: ${Object.keys(SUITES).join(', ')}`);
  }
  return names.map((n) => SUITES[n]).join(':');
}

/** Key, certificate chain and trusted CAs in the forms Node's tls.createSecureContext takes. */
export interface TlsMaterial {
  key?: string;
  cert?: string;
  passphrase?: string;
  ca?: string[];
}

/**
 * Reads the stores (X509Util.createKeyManager / createTrustManager, PEMFileLoader, PKCS12FileLoader)
 * into PEM: a PEM keystore holds the private key (possibly encrypted with the password) and its
 * chain in one file; a PKCS12 one is decoded by pkcs12.ts; a truststore's certificates become the
 * CA list. The same PEM serves the RPC port (Node TLS) and NodeAdmin (gRPC, which takes only PEM).
 */
export function readTlsStores(stores: { keystore?: StoreRef; truststore?: StoreRef }, read: (path: string) => Buffer): TlsMaterial {
  const material: TlsMaterial = {};
  const { keystore, truststore } = stores;
  if (keystore) Object.assign(material, readKeyStore(keystore, read(keystore.location)));
  if (truststore) material.ca = readTrustStore(truststore, read(truststore.location));
  return material;
}

function readKeyStore(store: StoreRef, bytes: Buffer): TlsMaterial {
  const where = `hbase.rpc.tls.keystore.location ${store.location}`;
  if (store.type === 'PKCS12') {
    const p12 = readPkcs12(bytes, store.password ?? '', where);
    if (!p12.privateKey || p12.certificates.length === 0) throw new ConfigError(`${where}: the PKCS12 keystore needs a private key and its certificate`);
    return { key: p12.privateKey, cert: p12.certificates.map(derToPem).join('\n') };
  }
  const blocks = pemBlocks(bytes.toString('latin1'));
  const key = blocks.find((b) => /PRIVATE KEY-----/.test(b.split('\n')[0]));
  const certs = blocks.filter((b) => b.startsWith('-----BEGIN CERTIFICATE-----'));
  if (!key || certs.length === 0) throw new ConfigError(`${where}: a PEM keystore needs a private key and its certificate`);
  return { key, cert: certs.join('\n'), ...(store.password === undefined ? {} : { passphrase: store.password }) };
}

function readTrustStore(store: StoreRef, bytes: Buffer): string[] {
  const where = `hbase.rpc.tls.truststore.location ${store.location}`;
  const certs =
    store.type === 'PEM'
      ? pemBlocks(bytes.toString('latin1')).filter((b) => b.startsWith('-----BEGIN CERTIFICATE-----'))
      : readPkcs12(bytes, store.password ?? '', where).certificates.map(derToPem);
  if (certs.length === 0) throw new ConfigError(`${where}: no certificates found`);
  return certs;
}

function pemBlocks(text: string): string[] {
  return text.match(/-----BEGIN [A-Z0-9 ]+-----[\s\S]*?-----END [A-Z0-9 ]+-----/g) ?? [];
}

function derToPem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----`;
}

/** What a NodeAdmin client (admin API, health sidecar) needs: the switch and its own stores. */
export interface NodeAdminClientTls {
  enabled: boolean;
  keystore: StoreRef | undefined;
  truststore: StoreRef | undefined;
}

/** `{ nodeAdminTls }` when TLS toward NodeAdmin is on, else nothing (the configs stay as they were). */
export function loadNodeAdminClientTls(values: Values, origin: Origins): { nodeAdminTls?: NodeAdminClientTls } {
  if (!parseBoolean('hbase.compat.nodeadmin.tls.enabled', values, origin)) return {};
  const tls = { enabled: true, keystore: storeRef('hbase.rpc.tls.keystore', values, origin), truststore: storeRef('hbase.rpc.tls.truststore', values, origin) };
  return { nodeAdminTls: tls };
}
