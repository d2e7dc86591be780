import { connect } from 'node:net';
import { type ServerName, serverNameToString } from '@hbase-compat/region-mapping';

/**
 * Fast failure detection for peers whose process died (SIGKILL, crash): their ZooKeeper session
 * lives on until it times out, but their RPC port is already closed. A refused TCP connection is
 * proof that nothing listens there any more; a timeout proves nothing (a partition, a slow host),
 * so only refusals count, and those cases are left to session expiry.
 */
export type ProbeOutcome = 'listening' | 'refused' | 'unknown';

export function probeTcp(host: string, port: number, timeoutMs: number): Promise<ProbeOutcome> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (outcome: ProbeOutcome) => {
      socket.destroy();
      resolve(outcome);
    };
    socket.setTimeout(timeoutMs, () => done('unknown'));
    socket.once('connect', () => done('listening'));
    socket.once('error', (e: NodeJS.ErrnoException) => done(e.code === 'ECONNREFUSED' ? 'refused' : 'unknown'));
  });
}

/** Counts consecutive refusals per peer; a peer is dead after `strikes` of them in a row. */
export class PeerFailureDetector {
  private readonly refusals = new Map<string, number>();

  constructor(
    private readonly strikes: number,
    private readonly probe: (peer: ServerName) => Promise<ProbeOutcome>,
  ) {}

  /** Probes every peer once; resolves with the peers now known dead. */
  async sweep(peers: readonly ServerName[]): Promise<ServerName[]> {
    const seen = new Set(peers.map(serverNameToString));
    for (const key of this.refusals.keys()) if (!seen.has(key)) this.refusals.delete(key);
    const outcomes = await Promise.all(peers.map(async (peer) => ({ peer, outcome: await this.probe(peer) })));
    const dead: ServerName[] = [];
    for (const { peer, outcome } of outcomes) {
      const key = serverNameToString(peer);
      const count = outcome === 'refused' ? (this.refusals.get(key) ?? 0) + 1 : 0;
      this.refusals.set(key, count);
      if (count >= this.strikes) dead.push(peer);
    }
    return dead;
  }
}

/**
 * Members whose host:port a newer start code has taken: the older process is gone (HBase's master
 * expires such a server the same way when its successor reports in).
 */
export function supersededMembers(live: readonly ServerName[]): ServerName[] {
  const newest = new Map<string, ServerName>();
  for (const s of live) {
    const key = `${s.host}:${s.port}`;
    const seen = newest.get(key);
    if (seen === undefined || s.startCode > seen.startCode) newest.set(key, s);
  }
  return live.filter((s) => newest.get(`${s.host}:${s.port}`) !== s);
}
