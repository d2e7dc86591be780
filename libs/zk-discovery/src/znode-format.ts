import { randomBytes } from 'node:crypto';
import { ByteReader, ByteWriter, ProtocolError, pb, toLong, toNumber } from '@hbase-compat/hbase-codec';
import type { ServerName } from '@hbase-compat/region-mapping';

/**
 * Znode payloads exactly as HBase servers write them (RecoverableZooKeeper + ZKMetadata):
 *
 *   data    = 0xFF | int32 idLen | id ("pid@host" + 8 salt bytes) | payload
 *   payload = "PBUF" | protobuf message       (hbaseid, master, meta-region-server, rs/*)
 *
 * gohbase, AsyncHBase and other non-Java clients insist on the 0xFF prefix, so it is always written.
 */
const MAGIC = 0xff;
const PBUF = Buffer.from('PBUF', 'latin1');

export function withMetadata(identifier: string, payload: Buffer): Buffer {
  const id = Buffer.concat([Buffer.from(identifier, 'utf8'), randomBytes(8)]);
  const w = new ByteWriter(1 + 4 + id.length + payload.length);
  w.u8(MAGIC).i32(id.length).bytes(id).bytes(payload);
  return w.finish();
}

export function stripMetadata(data: Buffer): Buffer {
  if (data.length === 0 || data[0] !== MAGIC) return data;
  const r = new ByteReader(data, 1);
  const idLength = r.i32();
  if (idLength < 1 || idLength > 65000) throw new ProtocolError('HBGW_BAD_LENGTH', `znode metadata id length ${idLength}`);
  r.bytes(idLength);
  return r.rest();
}

export function pbufPayload(message: Uint8Array): Buffer {
  return Buffer.concat([PBUF, message]);
}

function pbufBody(data: Buffer): Buffer {
  const payload = stripMetadata(data);
  if (!payload.subarray(0, 4).equals(PBUF)) throw new ProtocolError('HBGW_BAD_HEADER', 'znode payload lacks the PBUF magic');
  return payload.subarray(4);
}

export function serverNameToPb(s: ServerName) {
  return { hostName: s.host, port: s.port, startCode: toLong(BigInt(s.startCode), true) };
}

export function serverNameFromPb(s: { hostName?: string | null; port?: number | null; startCode?: unknown } | null | undefined): ServerName {
  return { host: s?.hostName ?? '', port: s?.port ?? 0, startCode: toNumber(s?.startCode as never) };
}

export const versionInfo = (version: string) => ({
  version,
  url: 'https://github.com/hbase-compat/hbase-compat',
  revision: 'hbase-compat',
  user: 'hbase-compat',
  date: '2026-11-24',
  srcChecksum: 'hbase-compat',
  versionMajor: Number(version.split('.')[0]),
  versionMinor: Number(version.split('.')[1]),
});

export function encodeClusterId(identifier: string, clusterId: string): Buffer {
  return withMetadata(identifier, pbufPayload(pb.ClusterId.encode({ clusterId }).finish()));
}

export function decodeClusterId(data: Buffer): string {
  const payload = stripMetadata(data);
  // ClusterId.parseFrom also accepts a bare UTF-8 id without PBUF.
  if (!payload.subarray(0, 4).equals(PBUF)) return payload.toString('utf8');
  return pb.ClusterId.decode(payload.subarray(4)).clusterId;
}

export function encodeMaster(identifier: string, master: ServerName, infoPort: number): Buffer {
  return withMetadata(identifier, pbufPayload(pb.Master.encode({ master: serverNameToPb(master), rpcVersion: 0, infoPort }).finish()));
}

export function decodeMaster(data: Buffer): ServerName {
  return serverNameFromPb(pb.Master.decode(pbufBody(data)).master);
}

/** RegionState.State.OPEN = 3. */
export function encodeMetaRegionServer(identifier: string, server: ServerName): Buffer {
  return withMetadata(identifier, pbufPayload(pb.MetaRegionServer.encode({ server: serverNameToPb(server), rpcVersion: 0, state: 3 }).finish()));
}

export function decodeMetaRegionServer(data: Buffer): ServerName {
  return serverNameFromPb(pb.MetaRegionServer.decode(pbufBody(data)).server);
}

export function encodeRegionServerInfo(identifier: string, infoPort: number, version: string): Buffer {
  return withMetadata(identifier, pbufPayload(pb.RegionServerInfo.encode({ infoPort, versionInfo: versionInfo(version) }).finish()));
}

export function encodeClusterUp(identifier: string, startDate: string): Buffer {
  return withMetadata(identifier, pbufPayload(pb.ClusterUp.encode({ startDate }).finish()));
}
