import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { loadServerConfig } from '@hbase-compat/server-config';
import { EmbeddedStorageEngine } from '@hbase-compat/storage-embedded';
import { CellType, decodeCellBlock, encodeCellBlock, encodeRequest, encodeRpcPreamble, KEY_VALUE_CODEC, lengthPrefixed, pb } from '@hbase-compat/hbase-codec';
import { RawHBaseConnection } from '@hbase-compat/hbase-rpc-testing';
import { HBaseGateway } from '../src';
import { liveMemory } from './live-memory';
import { startTestGateway } from './gateway-fixture';

/**
 * The gateway under overload and hostile peers: a client that never reads is held back by TCP
 * instead of by the heap, calls past the call queue's bounds get CallQueueTooBigException, stalled
 * handshakes and idle connections are closed, and other connections keep working throughout.
 */
jest.setTimeout(30_000);

type Fixture = Awaited<ReturnType<typeof startTestGateway>>;

const tableName = { namespace: Buffer.from('default'), qualifier: Buffer.from('load') };
const BIG = 64 * 1024;

async function createTable(port: number): Promise<void> {
  const c = await RawHBaseConnection.handshake(port, 'MasterService');
  const r = await c.call('CreateTable', pb.CreateTableRequest.encode({ tableSchema: { tableName, columnFamilies: [{ name: Buffer.from('cf') }] } }).finish());
  expect(r.header.exception).toBeFalsy();
  c.close();
}

function region(fixture: Fixture): { type: number; value: Buffer } {
  const t = fixture.gateway.catalog.list().find((x) => x.descriptor.name.qualifier === 'load');
  return { type: 1, value: t!.regions[0].name };
}

async function put(fixture: Fixture, c: RawHBaseConnection, row: string, value: Buffer): Promise<void> {
  const cells = encodeCellBlock([
    { row: Buffer.from(row), family: Buffer.from('cf'), qualifier: Buffer.from('q'), timestamp: 0x7fffffffffffffffn, type: CellType.Put, value },
  ]);
  const r = await c.call(
    'Mutate',
    pb.MutateRequest.encode({ region: region(fixture), mutation: { row: Buffer.from(row), mutateType: 2, associatedCellCount: 1 } }).finish(),
    cells,
  );
  expect(r.header.exception).toBeFalsy();
}

function getFrame(fixture: Fixture, row: string, callId: number): Buffer {
  return encodeRequest({ callId, methodName: 'Get' }, pb.GetRequest.encode({ region: region(fixture), get: { row: Buffer.from(row) } }).finish());
}

/** A well-behaved round trip on its own connection, timed. */
async function timedGet(fixture: Fixture, row: string): Promise<{ ms: number; bytes: number }> {
  const c = await RawHBaseConnection.handshake(fixture.port, 'ClientService');
  const started = Date.now();
  const r = await c.call('Get', pb.GetRequest.encode({ region: region(fixture), get: { row: Buffer.from(row) } }).finish());
  const ms = Date.now() - started;
  c.close();
  expect(r.header.exception).toBeFalsy();
  return { ms, bytes: r.cellBlock ? decodeCellBlock(r.cellBlock)[0].value.length : 0 };
}

/** A raw socket that handshakes and then never reads what the server sends. */
async function deafClient(port: number): Promise<Socket> {
  const s = connect({ port, host: '127.0.0.1' });
  await new Promise((r) => s.once('connect', r));
  s.on('error', () => undefined);
  s.pause();
  s.write(encodeRpcPreamble());
  s.write(
    lengthPrefixed(
      pb.ConnectionHeader.encode({ userInfo: { effectiveUser: 'deaf' }, serviceName: 'ClientService', cellBlockCodecClass: KEY_VALUE_CODEC }).finish(),
    ),
  );
  return s;
}

function closedWithin(s: Socket, ms: number): Promise<boolean> {
  if (s.destroyed) return Promise.resolve(true);
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), ms);
    s.once('close', () => {
      clearTimeout(t);
      resolve(true);
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(condition: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await sleep(50);
}

describe('gateway under a client that never reads', () => {
  let fixture: Fixture;

  beforeAll(async () => {
    fixture = await startTestGateway(['--hbase.compat.rpc.connection.max.pending.response.bytes=262144', '--hbase.ipc.client.call.purge.timeout=3000']);
    await createTable(fixture.port);
    const c = await RawHBaseConnection.handshake(fixture.port, 'ClientService');
    await put(fixture, c, 'big', Buffer.alloc(BIG, 7));
    c.close();
  });

  afterAll(async () => {
    await fixture.stop();
  });

  it('stops reading it, keeps memory bounded, and serves others meanwhile', async () => {
    // 3,000 Gets of a 64 KB cell: 190 MB of answers if the gateway kept taking calls; then 32 MB of
    // Gets with long row keys, more than the kernel's socket buffers hold.
    const gets = Buffer.concat(Array.from({ length: 3000 }, (_, i) => getFrame(fixture, 'big', i)));
    const long = Buffer.concat(Array.from({ length: 2000 }, (_, i) => getFrame(fixture, 'k'.repeat(16000), 3000 + i)));
    const before = liveMemory().arrayBuffers;
    const s = await deafClient(fixture.port);
    s.write(gets);
    s.write(long);
    await sleep(1500);
    // The gateway stopped reading, so our requests back up on our side.
    expect(s.writableLength).toBeGreaterThan(0);
    const grown = liveMemory().arrayBuffers - before;
    expect(grown).toBeLessThan(48 * 1024 * 1024);
    const other = await timedGet(fixture, 'big');
    expect(other.bytes).toBe(BIG);
    expect(other.ms).toBeLessThan(1000);
    s.destroy();
  });

  it('closes it once its responses made no progress for the purge timeout', async () => {
    // Connections of the test before are closed once the gateway sees their resets.
    await until(() => fixture.gateway.openConnections === 0, 5000);
    const baseline = 0;
    const s = await deafClient(fixture.port);
    // 64 MB of answers: more than the kernel's buffers take, so some stay unsent.
    s.write(Buffer.concat(Array.from({ length: 1000 }, (_, i) => getFrame(fixture, 'big', i))));
    await sleep(500);
    expect(fixture.gateway.openConnections).toBe(baseline + 1);
    // The gateway's side closes; our paused socket would only notice when it reads.
    await until(() => fixture.gateway.openConnections === baseline, 8000);
    expect(fixture.gateway.openConnections).toBe(baseline);
    s.destroy();
  });

  it('does not reserve the memory a frame only announces', async () => {
    const before = liveMemory().arrayBuffers;
    const sockets = await Promise.all(Array.from({ length: 20 }, () => deafClient(fixture.port)));
    const announce = Buffer.alloc(8);
    announce.writeInt32BE(200 * 1024 * 1024, 0); // 200 MB claimed, 4 bytes sent
    for (const s of sockets) s.write(announce);
    await sleep(500);
    expect(liveMemory().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
    for (const s of sockets) s.destroy();
  });

  it('gives the memory back once the deaf clients are gone', async () => {
    await sleep(300);
    const other = await timedGet(fixture, 'big');
    expect(other.bytes).toBe(BIG);
    expect(fixture.gateway.inFlightCalls).toBe(0);
  });
});

describe('gateway call queue limits', () => {
  let fixture: Fixture;

  beforeAll(async () => {
    fixture = await startTestGateway(['--hbase.ipc.server.max.callqueue.length=4', '--hbase.ipc.server.max.callqueue.size=4096']);
    await createTable(fixture.port);
  });

  afterAll(async () => {
    await fixture.stop();
  });

  it('answers calls past the queue length with CallQueueTooBigException and keeps the connection', async () => {
    const c = await RawHBaseConnection.handshake(fixture.port, 'ClientService');
    const frames = Array.from({ length: 60 }, (_, i) => getFrame(fixture, `r${i}`, 100 + i));
    c.write(Buffer.concat(frames));
    const responses = [];
    for (let i = 0; i < frames.length; i++) responses.push(await c.next());
    expect(new Set(responses.map((r) => r.header.callId)).size).toBe(frames.length);
    const refused = responses.filter((r) => r.header.exception);
    expect(refused.length).toBeGreaterThan(0);
    expect(responses.length - refused.length).toBeGreaterThanOrEqual(4);
    const e = refused[0].header.exception!;
    expect(e.exceptionClassName).toBe('org.apache.hadoop.hbase.CallQueueTooBigException');
    expect(e.doNotRetry).toBe(false);
    expect(e.stackTrace).toMatch(/^org\.apache\.hadoop\.hbase\.CallQueueTooBigException: Call queue is full on 127\.0\.0\.1,\d+,\d+, too many items queued \?/);
    // Nothing stays queued: a later call goes through.
    const later = await c.call('Get', pb.GetRequest.encode({ region: region(fixture), get: { row: Buffer.from('x') } }).finish());
    expect(later.header.exception).toBeFalsy();
    c.close();
  });

  it('answers a call past the queue size with CallQueueTooBigException naming the size key', async () => {
    const c = await RawHBaseConnection.handshake(fixture.port, 'ClientService');
    const row = Buffer.from('huge');
    const cells = encodeCellBlock([
      { row, family: Buffer.from('cf'), qualifier: Buffer.from('q'), timestamp: 1n, type: CellType.Put, value: Buffer.alloc(8192) },
    ]);
    const r = await c.call(
      'Mutate',
      pb.MutateRequest.encode({ region: region(fixture), mutation: { row, mutateType: 2, associatedCellCount: 1 } }).finish(),
      cells,
    );
    expect(r.header.exception?.exceptionClassName).toBe('org.apache.hadoop.hbase.CallQueueTooBigException');
    expect(r.header.exception?.stackTrace).toContain(', is hbase.ipc.server.max.callqueue.size too small?');
    c.close();
  });
});

describe('gateway connection timeouts and limits', () => {
  let fixture: Fixture;

  beforeAll(async () => {
    fixture = await startTestGateway([
      '--hbase.compat.rpc.handshake.timeout.ms=400',
      '--hbase.ipc.client.connection.maxidletime=300',
      '--hbase.compat.rpc.max.connections=8',
    ]);
    await createTable(fixture.port);
  });

  afterAll(async () => {
    await fixture.stop();
  });

  it('closes a connection that trickles its handshake (slowloris)', async () => {
    const s = connect({ port: fixture.port, host: '127.0.0.1' });
    s.on('error', () => undefined);
    await new Promise((r) => s.once('connect', r));
    const preamble = encodeRpcPreamble();
    let i = 0;
    const trickle = setInterval(() => i < preamble.length && !s.destroyed && s.write(preamble.subarray(i, ++i)), 100);
    const closed = await closedWithin(s, 3000);
    clearInterval(trickle);
    expect(closed).toBe(true);
  });

  it('closes a connection idle for twice hbase.ipc.client.connection.maxidletime', async () => {
    const c = await RawHBaseConnection.handshake(fixture.port, 'ClientService');
    const r = await c.call('Get', pb.GetRequest.encode({ region: region(fixture), get: { row: Buffer.from('r') } }).finish());
    expect(r.header.exception).toBeFalsy();
    const started = Date.now();
    expect(await closedWithin(c.socket, 3000)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
  });

  it('closes a connection that trickles a call after its handshake', async () => {
    const c = await RawHBaseConnection.handshake(fixture.port, 'ClientService');
    const frame = getFrame(fixture, 'r', 1);
    let i = 0;
    const trickle = setInterval(() => i < frame.length && !c.socket.destroyed && c.write(frame.subarray(i, ++i)), 100);
    const closed = await closedWithin(c.socket, 3000);
    clearInterval(trickle);
    expect(closed).toBe(true);
  });

  it('refuses connections past hbase.compat.rpc.max.connections and keeps serving the others', async () => {
    await sleep(100);
    const open = await Promise.all(
      Array.from({ length: 8 - fixture.gateway.openConnections }, () => RawHBaseConnection.handshake(fixture.port, 'ClientService')),
    );
    await sleep(100);
    const extra = await RawHBaseConnection.open(fixture.port);
    expect(await closedWithin(extra.socket, 2000)).toBe(true);
    const r = await open[0].call('Get', pb.GetRequest.encode({ region: region(fixture), get: { row: Buffer.from('r') } }).finish());
    expect(r.header.exception).toBeFalsy();
    for (const c of open) c.close();
  });
});

describe('gateway metrics under made-up method names', () => {
  it('labels calls to unknown methods as one label instead of one per name', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hbase-compat-test-'));
    const metrics = new Registry();
    const storage = new EmbeddedStorageEngine({ dataDir });
    const gateway = new HBaseGateway({
      config: loadServerConfig({ argv: ['--hbase.regionserver.port=0', `--hbase.compat.data.dir=${dataDir}`] }),
      storage,
      metrics,
      clusterId: 'm',
    });
    await gateway.start();
    try {
      const c = await RawHBaseConnection.handshake(gateway.listeningPort, 'ClientService');
      for (let i = 0; i < 50; i++) {
        const r = await c.call(`Made-up-${i}`, new Uint8Array());
        expect(r.header.exception?.exceptionClassName).toBe('org.apache.hadoop.hbase.DoNotRetryIOException');
      }
      c.close();
      const counter = (await metrics.getMetricsAsJSON()).find((m) => m.name === 'hbase_rpc_requests_total');
      const methods = new Set((counter?.values ?? []).map((v) => String(v.labels.method)));
      expect(methods).toEqual(new Set(['unknown']));
    } finally {
      await gateway.stop(1000);
      await storage.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
