import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type * as grpc from '@grpc/grpc-js';
import Long from 'long';
import { loadAdminConfig, loadServerConfig } from '@hbase-compat/server-config';
import { NodeAdminClient, startNodeAdminServer } from './node-admin';

const dir = mkdtempSync(join(tmpdir(), 'nodeadmin-tls-spec-'));
const cert = (name: string) => join(dir, name);
let server: grpc.Server | undefined;

beforeAll(() => {
  execFileSync('bash', [resolve(__dirname, '../../../tools/tls/gen-certs.sh'), dir]);
});

afterEach(() => server?.forceShutdown());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(mode: string, keystore: string[]): Promise<number> {
  const config = loadServerConfig({
    argv: [
      '--hbase.compat.nodeadmin.tls.enabled=true',
      ...keystore,
      `--hbase.rpc.tls.truststore.location=${cert('ca.pem')}`,
      `--hbase.server.netty.tls.client.auth.mode=${mode}`,
    ],
  });
  const status = { serverName: 'h,16020,1', state: 'serving', startCode: Long.fromNumber(1, true), liveServers: [] };
  const started = await startNodeAdminServer(
    { getStatus: () => status, getMetrics: () => ({}), listTables: () => ({}), drain: () => ({}) },
    '127.0.0.1',
    0,
    config.rpcTls,
  );
  server = started.server;
  return started.port;
}

/** The first call also connects: a deadline no loaded machine reaches (node-admin.spec.ts says why). */
const SPEC_DEADLINE_MS = 30_000;

/** A client as the admin API builds it from its own keys; resolves with the status or the error text. */
async function status(port: number, flags: string[]): Promise<string> {
  const { nodeAdminTls } = loadAdminConfig({ argv: flags });
  const client = new NodeAdminClient(`127.0.0.1:${port}`, SPEC_DEADLINE_MS, nodeAdminTls);
  try {
    return (await client.getStatus()).serverName ?? '';
  } catch (e) {
    return `error: ${(e as Error).message}`;
  } finally {
    client.close();
  }
}

const tlsClient = ['--hbase.compat.nodeadmin.tls.enabled=true', `--hbase.rpc.tls.truststore.location=${cert('ca.pem')}`];

describe('NodeAdmin over TLS (hbase.compat.nodeadmin.tls.enabled)', () => {
  it('with NEED, serves a client with a trusted certificate and refuses plain and certificate-less ones', async () => {
    const port = await start('NEED', [`--hbase.rpc.tls.keystore.location=${cert('server.p12')}`, '--hbase.rpc.tls.keystore.password=storepw']);
    expect(await status(port, [...tlsClient, `--hbase.rpc.tls.keystore.location=${cert('client.pem')}`])).toBe('h,16020,1');
    expect(await status(port, [...tlsClient, `--hbase.rpc.tls.keystore.location=${cert('client.p12')}`, '--hbase.rpc.tls.keystore.password=storepw'])).toBe(
      'h,16020,1',
    );
    expect(await status(port, [])).toMatch(/^error/);
    expect(await status(port, tlsClient)).toMatch(/^error/);
    expect(await status(port, [...tlsClient, `--hbase.rpc.tls.keystore.location=${cert('rogue.pem')}`])).toMatch(/^error/);
  });

  it('with NONE, serves TLS clients without a certificate; a client that does not trust the server fails', async () => {
    const port = await start('NONE', [`--hbase.rpc.tls.keystore.location=${cert('server.pem')}`]);
    expect(await status(port, tlsClient)).toBe('h,16020,1');
    expect(await status(port, ['--hbase.compat.nodeadmin.tls.enabled=true', `--hbase.rpc.tls.truststore.location=${cert('rogue-ca.pem')}`])).toMatch(/^error/);
  });
});
