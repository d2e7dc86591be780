import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import { type NodeAdminClientTls, type RpcTlsConfig, type TlsMaterial, readTlsStores } from '@hbase-compat/server-config';

/**
 * TLS of the internal NodeAdmin gRPC service (hbase.compat.nodeadmin.tls.enabled), with the same
 * hbase.rpc.tls.* keystore and truststore as the RPC port (PEM or PKCS12, read by
 * libs/server-config/src/tls-config.ts). The server asks for and requires a client certificate
 * when hbase.server.netty.tls.client.auth.mode is NEED (unset = NEED); gRPC has no "want" mode,
 * so WANT behaves as NONE here. Clients verify the gateway's certificate against their
 * truststore and present their keystore when they have one.
 */
const read = (path: string) => readFileSync(path);

/** gRPC takes an unencrypted PEM key: an encrypted one is decrypted with its password. */
function plainKey(material: TlsMaterial): Buffer | null {
  if (!material.key) return null;
  const key =
    material.passphrase === undefined
      ? material.key
      : createPrivateKey({ key: material.key, passphrase: material.passphrase }).export({ format: 'pem', type: 'pkcs8' });
  return Buffer.from(key);
}

const caBuffer = (material: TlsMaterial) => (material.ca ? Buffer.from(material.ca.join('\n')) : null);

export function nodeAdminServerCredentials(tls: RpcTlsConfig | undefined): grpc.ServerCredentials {
  if (!tls?.nodeAdminEnabled) return grpc.ServerCredentials.createInsecure();
  const material = readTlsStores({ keystore: tls.keystore, truststore: tls.truststore }, read);
  const key = plainKey(material);
  if (!key || !material.cert) throw new Error('NodeAdmin TLS needs hbase.rpc.tls.keystore.location');
  return grpc.ServerCredentials.createSsl(caBuffer(material), [{ private_key: key, cert_chain: Buffer.from(material.cert) }], tls.clientAuth === 'NEED');
}

export function nodeAdminClientCredentials(tls: NodeAdminClientTls | undefined): grpc.ChannelCredentials {
  if (!tls?.enabled) return grpc.credentials.createInsecure();
  const material = readTlsStores({ keystore: tls.keystore, truststore: tls.truststore }, read);
  return grpc.credentials.createSsl(caBuffer(material), plainKey(material), material.cert ? Buffer.from(material.cert) : null);
}
