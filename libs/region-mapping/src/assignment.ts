import { createHash } from 'node:crypto';
import type { Region } from './region';
import { type ServerName, serverNameToString } from './server-name';

/**
 * Rendezvous (highest-random-weight) assignment: each region goes to the live server with the
 * highest hash of (region, server). Every node computes the same answer from the same membership,
 * and when a server joins or leaves only the regions it wins or held move.
 */
export function assignRegion(region: Region, servers: readonly ServerName[]): ServerName | undefined {
  let best: ServerName | undefined;
  let bestWeight = -1n;
  for (const server of servers) {
    // Start codes change on restart; host:port keeps a restarted node's regions where they were.
    const digest = createHash('sha256').update(region.encodedName).update('\0').update(`${server.host}:${server.port}`).digest();
    const weight = digest.readBigUInt64BE(0);
    if (weight > bestWeight || (weight === bestWeight && best !== undefined && serverNameToString(server) < serverNameToString(best))) {
      best = server;
      bestWeight = weight;
    }
  }
  return best;
}
