import { createHash } from 'node:crypto';
import type { Region } from './region';
import { type ServerName, serverNameToString } from './server-name';

/**
 * Rendezvous (highest-random-weight) assignment: each region goes to the live server with the
 * highest hash of (region, server). Every node computes the same answer from the same membership,
 * and when a server joins or leaves only the regions it wins or held move.
 */
export function assignRegion(region: Region, servers: readonly ServerName[]): ServerName | undefined {
  return rankServers(region, servers)[0];
}

/** Servers by descending rendezvous weight for the region (ties by name). */
function rankServers(region: Region, servers: readonly ServerName[]): ServerName[] {
  const weighted = servers.map((server) => {
    // Start codes change on restart; host:port keeps a restarted node's regions where they were.
    const digest = createHash('sha256').update(region.encodedName).update('\0').update(`${server.host}:${server.port}`).digest();
    return { server, weight: digest.readBigUInt64BE(0), name: serverNameToString(server) };
  });
  weighted.sort((a, b) => (a.weight === b.weight ? (a.name < b.name ? -1 : 1) : a.weight > b.weight ? -1 : 1));
  return weighted.map((w) => w.server);
}

/**
 * Assigns all regions of a table with bounded load: regions (in region order) take their
 * highest-weight server that holds fewer than ceil(regions / servers), so every node gets an equal
 * share (±1) while each region still prefers the same server on every node, and a membership
 * change moves few regions. Deterministic: the same membership gives the same map everywhere.
 */
export function assignTableRegions(regions: readonly Region[], servers: readonly ServerName[]): Map<string, ServerName> {
  const out = new Map<string, ServerName>();
  if (servers.length === 0) return out;
  const capacity = Math.ceil(regions.length / servers.length);
  const load = new Map<string, number>();
  for (const region of regions) {
    const ranked = rankServers(region, servers);
    const chosen = ranked.find((s) => (load.get(serverNameToString(s)) ?? 0) < capacity) ?? ranked[0];
    load.set(serverNameToString(chosen), (load.get(serverNameToString(chosen)) ?? 0) + 1);
    out.set(region.encodedName, chosen);
  }
  return out;
}
