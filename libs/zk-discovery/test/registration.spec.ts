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
  const zk = (cmd: string) => execFileSync('bash', [join(ROOT, 'tools/zookeeper.sh'), cmd, '--port', String(port), '--dir', join(dir, 'zk')], { stdio: 'pipe', timeout: 90_000 });

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
  const registration = (s: ServerName, clusterId: string) =>
    new HBaseZkRegistration({
      connectString: `127.0.0.1:${port}`,
      znodeParent: '/hbase',
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
    second.onMembership((v) => views.push(v));
    started.push(second);
    await second.start();
    expect(second.clusterId).toBe('cluster-one');
    expect(second.activeMaster).toBe(false);
    expect(await reader.getChildren('/hbase/backup-masters')).toEqual(['127.0.0.1,16022,1700000016022']);
    expect(views.at(-1)!.live.map((s) => s.port).sort()).toEqual([16021, 16022]);

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
});
