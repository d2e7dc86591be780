import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pb } from '@hbase-compat/hbase-codec';
import type { ServerName } from '@hbase-compat/region-mapping';
import { HBaseZkRegistration, type MembershipView } from '../src/registration';
import { ZkSession } from '../src/zk-session';
import { decodeClusterId, decodeMaster, decodeMetaRegionServer, stripMetadata } from '../src/znode-format';

/** Registration against a real ZooKeeper server (Debian's package, started by tools/zookeeper.sh). */
const ROOT = resolve(__dirname, '../../..');
jest.setTimeout(120_000);

function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

describe('ZooKeeper registration in HBase formats', () => {
  let port: number;
  let dir: string;
  let reader: ZkSession;
  const zk = (cmd: string) =>
    execFileSync('bash', [join(ROOT, 'tools/zookeeper.sh'), cmd, '--port', String(port), '--dir', join(dir, 'zk')], { stdio: 'pipe', timeout: 90_000 });

  beforeAll(async () => {
    port = await freePort();
    dir = mkdtempSync(join(tmpdir(), 'zk-test-'));
    zk('start');
    reader = new ZkSession(`127.0.0.1:${port}`, 10_000);
    await reader.connect(10_000);
  });

  const started: HBaseZkRegistration[] = [];

  afterAll(async () => {
    for (const r of started) await r.stop();
    reader?.close();
    zk('stop');
    rmSync(dir, { recursive: true, force: true });
  });

  const server = (p: number): ServerName => ({ host: '127.0.0.1', port: p, startCode: 1700000000000 + p });
  // Peers here have no RPC listener, so probing them (tested on its own below) is off by default.
  const registration = (s: ServerName, clusterId: string, znodeParent = '/hbase', peerProbeIntervalMs = 0) =>
    new HBaseZkRegistration({
      peerProbeIntervalMs,
      connectString: `127.0.0.1:${port}`,
      znodeParent,
      sessionTimeoutMs: 4000,
      self: s,
      infoPort: 16030,
      version: '2.6.4',
      clusterId,
      metaHost: (live) => [...live].sort((a, b) => a.port - b.port)[0],
    });

  it('writes hbaseid, master, meta-region-server and rs/<server> with the 0xFF + PBUF framing', async () => {
    const first = registration(server(16021), 'cluster-one');
    started.push(first);
    await first.start();
    const hbaseid = (await reader.getData('/hbase/hbaseid'))!;
    expect(hbaseid[0]).toBe(0xff);
    const idLength = hbaseid.readInt32BE(1);
    expect(idLength).toBeGreaterThan(8);
    expect(hbaseid.subarray(5 + idLength, 9 + idLength).toString()).toBe('PBUF');
    expect(decodeClusterId(hbaseid)).toBe('cluster-one');
    expect(decodeMaster((await reader.getData('/hbase/master'))!)).toEqual(server(16021));
    const meta = (await reader.getData('/hbase/meta-region-server'))!;
    expect(decodeMetaRegionServer(meta)).toEqual(server(16021));
    expect(pb.MetaRegionServer.decode(stripMetadata(meta).subarray(4)).state).toBe(3);
    expect(await reader.getChildren('/hbase/rs')).toEqual(['127.0.0.1,16021,1700000016021']);
    const rsInfo = pb.RegionServerInfo.decode(stripMetadata((await reader.getData('/hbase/rs/127.0.0.1,16021,1700000016021'))!).subarray(4));
    expect(rsInfo.infoPort).toBe(16030);
    expect(rsInfo.versionInfo?.version).toBe('2.6.4');

    // A second node adopts the existing cluster id, waits as backup master, and both see each other.
    const second = registration(server(16022), 'cluster-two');
    const views: MembershipView[] = [];
    second.onMembership((v) => {
      views.push(v);
    });
    started.push(second);
    await second.start();
    expect(second.clusterId).toBe('cluster-one');
    expect(second.activeMaster).toBe(false);
    expect(await reader.getChildren('/hbase/backup-masters')).toEqual(['127.0.0.1,16022,1700000016022']);
    expect(
      views
        .at(-1)!
        .live.map((s) => s.port)
        .sort(),
    ).toEqual([16021, 16022]);

    // The master leaves: the backup takes over and rewrites meta-region-server to a live node.
    await first.stop();
    const deadline = Date.now() + 10_000;
    const metaHost = async () => decodeMetaRegionServer((await reader.getData('/hbase/meta-region-server'))!).port;
    while ((!second.activeMaster || (await metaHost()) !== 16022) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(second.activeMaster).toBe(true);
    expect(decodeMaster((await reader.getData('/hbase/master'))!)).toEqual(server(16022));
    expect(decodeMetaRegionServer((await reader.getData('/hbase/meta-region-server'))!)).toEqual(server(16022));
    expect(await reader.getChildren('/hbase/rs')).toEqual(['127.0.0.1,16022,1700000016022']);

    await second.stop();
    expect(await reader.getChildren('/hbase/rs')).toEqual([]);
    expect(await reader.getData('/hbase/master')).toBeUndefined();
  });

  const waitFor = async (what: string, condition: () => boolean | Promise<boolean>, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('returns from a catalog announcement only after every member has reloaded the catalog', async () => {
    const a = registration(server(16031), 'c', '/sync-catalog');
    const b = registration(server(16032), 'c', '/sync-catalog');
    started.push(a, b);
    const reloadedByB: number[] = [];
    b.onCatalogChange(async () => {
      await sleep(300);
      reloadedByB.push(Date.now());
    });
    await a.start();
    await b.start();
    const before = reloadedByB.length;
    await a.announceCatalogChange();
    expect(reloadedByB.length).toBe(before + 1);
    const sync = JSON.parse((await reader.getData('/sync-catalog/compat-sync/127.0.0.1,16032,1700000016032'))!.toString());
    const catalogVersion = (await reader.getDataVersioned('/sync-catalog/compat-catalog'))!.version;
    expect(sync.catalog).toBe(catalogVersion);
    await a.stop();
    await b.stop();
  });

  it('fences ownership on every node until all members have applied a membership change', async () => {
    const a = registration(server(16041), 'c', '/sync-members');
    const b = registration(server(16042), 'c', '/sync-members');
    started.push(a, b);
    await a.start();
    await b.start();
    await waitFor('both nodes to own their regions', () => a.holdsOwnership() && b.holdsOwnership(), 10_000);
    // A third node that is slow to apply the view it joined under (in-flight work, say).
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const c = registration(server(16043), 'c', '/sync-members');
    started.push(c);
    c.onMembership(() => gate);
    const joining = c.start();
    await waitFor('a and b to see c', () => a.membership.live.length === 3 && b.membership.live.length === 3, 10_000);
    await sleep(300);
    expect([a.holdsOwnership(), b.holdsOwnership(), c.holdsOwnership()]).toEqual([false, false, false]);
    release();
    await joining;
    await waitFor('all three to own again', () => a.holdsOwnership() && b.holdsOwnership() && c.holdsOwnership(), 10_000);
    for (const r of [a, b, c]) await r.stop();
  });

  it('removes a member whose process died (port refusing) long before its session expires', async () => {
    const a = registration(server(16051), 'c', '/sync-dead', 250);
    started.push(a);
    await a.start();
    // A "dead" peer: its session stays alive (60 s), but nothing listens on its port.
    const deadPort = await freePort();
    const ghost = new ZkSession(`127.0.0.1:${port}`, 60_000);
    await ghost.connect(10_000);
    const t0 = Date.now();
    await ghost.create(`/sync-dead/rs/127.0.0.1,${deadPort},1`, Buffer.alloc(0), 'ephemeral');
    await waitFor('the dead member to be removed', async () => !(await reader.getChildren('/sync-dead/rs')).includes(`127.0.0.1,${deadPort},1`), 10_000);
    expect(Date.now() - t0).toBeLessThan(5_000);
    // A member superseded by a newer start code on the same host and port is removed as well.
    await ghost.create('/sync-dead/rs/127.0.0.1,16051,5', Buffer.alloc(0), 'ephemeral');
    await waitFor('the superseded member to be removed', async () => !(await reader.getChildren('/sync-dead/rs')).includes('127.0.0.1,16051,5'), 10_000);
    expect(await reader.getChildren('/sync-dead/rs')).toEqual(['127.0.0.1,16051,1700000016051']);
    ghost.close();
    await a.stop();
  });

  it('stops owning within half a session timeout when ZooKeeper goes away, and resumes after', async () => {
    const a = registration(server(16061), 'c', '/sync-lease');
    started.push(a);
    await a.start();
    await waitFor('ownership', () => a.holdsOwnership(), 10_000);
    const stoppedAt = Date.now();
    zk('stop');
    try {
      await waitFor('the lease to lapse', () => !a.holdsOwnership(), 10_000);
      // The session (4 s) could expire on the server no sooner than 4 s after the last round trip.
      expect(Date.now() - stoppedAt).toBeLessThan(4_000);
    } finally {
      zk('start');
    }
    await waitFor('ownership again after ZooKeeper is back', () => a.holdsOwnership(), 30_000);
    expect(await reader.getChildren('/sync-lease/rs')).toEqual(['127.0.0.1,16061,1700000016061']);
    await a.stop();
  });
});
