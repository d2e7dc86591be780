/**
 * Connection preamble, the first 6 bytes a client sends.
 *
 *   "HBas" | u8 version (0) | u8 auth (80 SIMPLE, 81 KERBEROS, 82 DIGEST)
 *   "Regist"   2.6 RpcConnectionRegistry: asks for the cluster id, then expects the server to close
 *   "Securi"   2.6 Kerberos clients: asks for the server principal, then sends a normal preamble
 */
export const PREAMBLE_LENGTH = 6;
export const RPC_MAGIC = Buffer.from('HBas', 'latin1');
export const RPC_VERSION = 0;
export const REGISTRY_PREAMBLE = Buffer.from('Regist', 'latin1');
export const SECURITY_PREAMBLE = Buffer.from('Securi', 'latin1');

export const enum AuthCode {
  SIMPLE = 80,
  KERBEROS = 81,
  DIGEST = 82,
}

export type Preamble = { kind: 'rpc'; version: number; auth: number } | { kind: 'registry' } | { kind: 'security' } | { kind: 'unknown'; bytes: Buffer };

export function parsePreamble(six: Buffer): Preamble {
  if (six.subarray(0, 4).equals(RPC_MAGIC)) return { kind: 'rpc', version: six[4], auth: six[5] };
  if (six.equals(REGISTRY_PREAMBLE)) return { kind: 'registry' };
  if (six.equals(SECURITY_PREAMBLE)) return { kind: 'security' };
  return { kind: 'unknown', bytes: Buffer.from(six) };
}

export function encodeRpcPreamble(auth: number = AuthCode.SIMPLE): Buffer {
  return Buffer.concat([RPC_MAGIC, Buffer.from([RPC_VERSION, auth])]);
}
