import { X509Certificate, createDecipheriv, createPrivateKey, pbkdf2Sync } from 'node:crypto';
import { ConfigError } from './settings';

/**
 * The certificates and private key of a PKCS12 store (RFC 7292), in PEM for Node's TLS and gRPC
 * (gRPC takes no PKCS12, and Node's `pfx` cannot carry a CA-only truststore). Grammar read here:
 *   PFX            = SEQ { version, authSafe ContentInfo(data: OCTET STRING of SEQ OF ContentInfo), macData? }
 *   ContentInfo    = SEQ { OID data | encryptedData, [0] content }
 *   EncryptedData  = SEQ { version, SEQ { OID, AlgorithmIdentifier, [0] IMPLICIT encrypted bytes } }
 *   SafeContents   = SEQ OF SafeBag = SEQ { OID bagId, [0] value, attributes? }
 *   CertBag        = SEQ { OID x509Certificate, [0] OCTET STRING (DER certificate) }
 *   ShroudedKeyBag = EncryptedPrivateKeyInfo = SEQ { AlgorithmIdentifier, OCTET STRING } (PKCS8 inside)
 * Encryption: PBES2 (PBKDF2 with HMAC-SHA1/256/384/512, AES-CBC), what keytool (JDK 17) and
 * OpenSSL 3 write, or none. Older PKCS#12 PBE schemes (RC2, 3DES) get a clear error. The MAC is
 * not checked: a wrong password shows up as a decryption failure.
 */
export interface Pkcs12Contents {
  /** DER certificates; with a key, the one matching it comes first. */
  certificates: Buffer[];
  /** PEM (PKCS8) of the first private key, if any. */
  privateKey: string | undefined;
}

export function readPkcs12(pfx: Buffer, password: string, origin: string): Pkcs12Contents {
  const fail = (why: string) => new ConfigError(`${origin}: not a readable PKCS12 store: ${why}`);
  try {
    const [, authSafe] = children(read(pfx, 0).value);
    const [oid, content] = children(authSafe.value);
    if (oidString(oid.value) !== DATA) throw fail('authSafe is not plain data (public-key integrity mode is not supported)');
    const found: Bags = { certificates: [], keys: [] };
    for (const info of children(read(explicit(content).value, 0).value)) {
      const [type, body] = children(info.value);
      const kind = oidString(type.value);
      if (kind === DATA) safeBags(read(explicit(body).value, 0).value, password, fail, found);
      else if (kind === ENCRYPTED_DATA) safeBags(read(decryptData(explicit(body), password, fail), 0).value, password, fail, found);
    }
    return withLeafFirst(found);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw fail((e as Error).message);
  }
}

/** The certificates only (a truststore). */
export function readPkcs12Certificates(pfx: Buffer, password: string, origin: string): Buffer[] {
  return readPkcs12(pfx, password, origin).certificates;
}

interface Bags {
  certificates: Buffer[];
  keys: Buffer[];
}

function withLeafFirst({ certificates, keys }: Bags): Pkcs12Contents {
  if (keys.length === 0) return { certificates, privateKey: undefined };
  const privateKey = createPrivateKey({ key: keys[0], format: 'der', type: 'pkcs8' }).export({ format: 'pem', type: 'pkcs8' }).toString();
  const key = createPrivateKey(privateKey);
  const leaf = certificates.findIndex((c) => new X509Certificate(c).checkPrivateKey(key));
  const ordered = leaf <= 0 ? certificates : [certificates[leaf], ...certificates.filter((_, i) => i !== leaf)];
  return { certificates: ordered, privateKey };
}

const DATA = '1.2.840.113549.1.7.1';
const ENCRYPTED_DATA = '1.2.840.113549.1.7.6';
const CERT_BAG = '1.2.840.113549.1.12.10.1.3';
const SHROUDED_KEY_BAG = '1.2.840.113549.1.12.10.1.2';
const KEY_BAG = '1.2.840.113549.1.12.10.1.1';
const X509_CERT = '1.2.840.113549.1.9.22.1';
const PBES2 = '1.2.840.113549.1.5.13';
const PBKDF2 = '1.2.840.113549.1.5.12';
const PRF: Record<string, string> = {
  '1.2.840.113549.2.7': 'sha1',
  '1.2.840.113549.2.9': 'sha256',
  '1.2.840.113549.2.10': 'sha384',
  '1.2.840.113549.2.11': 'sha512',
};
const AES: Record<string, string> = {
  '2.16.840.1.101.3.4.1.2': 'aes-128-cbc',
  '2.16.840.1.101.3.4.1.22': 'aes-192-cbc',
  '2.16.840.1.101.3.4.1.42': 'aes-256-cbc',
};

interface Tlv {
  tag: number;
  value: Buffer;
  end: number;
}

/** One DER element at `at`. */
function read(buf: Buffer, at: number): Tlv {
  const tag = buf[at];
  let len = buf[at + 1];
  let start = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4) throw new Error('unsupported DER length');
    len = buf.readUIntBE(start, n);
    start += n;
  }
  if (tag === undefined || start + len > buf.length) throw new Error('truncated DER');
  return { tag, value: buf.subarray(start, start + len), end: start + len };
}

function children(body: Buffer): Tlv[] {
  const out: Tlv[] = [];
  for (let at = 0; at < body.length;) {
    const tlv = read(body, at);
    out.push(tlv);
    at = tlv.end;
  }
  return out;
}

/** The element inside an [n] EXPLICIT wrapper. */
function explicit(tlv: Tlv): Tlv {
  return read(tlv.value, 0);
}

function oidString(v: Buffer): string {
  const parts = [Math.floor(v[0] / 40), v[0] % 40];
  let n = 0;
  for (const b of v.subarray(1)) {
    n = n * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      parts.push(n);
      n = 0;
    }
  }
  return parts.join('.');
}

function safeBags(safeContents: Buffer, password: string, fail: (why: string) => Error, found: Bags): void {
  for (const bag of children(safeContents)) {
    const [id, value] = children(bag.value);
    const kind = oidString(id.value);
    if (kind === CERT_BAG) {
      const [certType, certValue] = children(explicit(value).value);
      if (oidString(certType.value) === X509_CERT) found.certificates.push(explicit(certValue).value);
    } else if (kind === KEY_BAG) {
      found.keys.push(value.value);
    } else if (kind === SHROUDED_KEY_BAG) {
      const [algorithm, encrypted] = children(explicit(value).value);
      found.keys.push(decrypt(algorithm, encrypted.value, password, fail));
    }
  }
}

function decryptData(encryptedData: Tlv, password: string, fail: (why: string) => Error): Buffer {
  const [, info] = children(encryptedData.value);
  const [, algorithm, encrypted] = children(info.value);
  return decrypt(algorithm, encrypted.value, password, fail);
}

function decrypt(algorithm: Tlv, encrypted: Buffer, password: string, fail: (why: string) => Error): Buffer {
  const [algOid, params] = children(algorithm.value);
  if (oidString(algOid.value) !== PBES2)
    throw fail(`encryption ${oidString(algOid.value)} is not supported (re-export it with PBES2/AES, e.g. openssl pkcs12 -export or keytool on JDK 17+)`);
  const [kdf, scheme] = children(params.value);
  const [kdfOid, kdfParams] = children(kdf.value);
  if (oidString(kdfOid.value) !== PBKDF2) throw fail('PBES2 key derivation other than PBKDF2');
  const [salt, iterations, ...rest] = children(kdfParams.value);
  const prfSeq = rest.find((t) => t.tag === 0x30);
  const digest = prfSeq ? PRF[oidString(children(prfSeq.value)[0].value)] : 'sha1';
  const [encOid, iv] = children(scheme.value);
  const cipher = AES[oidString(encOid.value)];
  if (!digest || !cipher) throw fail('PBES2 with an unsupported PRF or cipher');
  const keyLength = Number(cipher.slice(4, 7)) / 8;
  const key = pbkdf2Sync(Buffer.from(password, 'utf8'), salt.value, iterations.value.readUIntBE(0, iterations.value.length), keyLength, digest);
  try {
    const d = createDecipheriv(cipher, key, iv.value);
    return Buffer.concat([d.update(encrypted), d.final()]);
  } catch {
    throw fail('decryption failed (wrong password?)');
  }
}
