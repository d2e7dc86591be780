import { connect, type Socket } from 'node:net';
import { writeFileSync } from 'node:fs';
import { decodeCellBlock, encodeRequest, encodeRpcPreamble, KEY_VALUE_CODEC, lengthPrefixed, pb } from '@hbase-compat/hbase-codec';
import { RawHBaseConnection } from '@hbase-compat/hbase-rpc-testing';
import { Canary, createTable, firstRegion, putCell, sleep } from '../fuzz/setup';

/**
 * Attacker-style load on a running gateway, bounded in time and count, loopback only:
 *   deaf      connections that pipeline Gets and Scans and never read a response
 *   slowloris connections that send their handshake one byte per second (reconnecting when closed)
 *   burst     one connection sending thousands of pipelined calls at once (repeated)
 *   scanners  clients that open scanners and never close them
 * Counts what each attacker got back, by exception class, and writes a JSON summary.
 *
 *   node tools/fuzz/ts-run.cjs tools/abuse/abuse.ts --port P --table usertable --seconds S --json FILE
 *        [--deaf 200] [--slowloris 500] [--burst 5000] [--scanners 100]
 */
interface Options {
  port: number;
  table: string;
  seconds: number;
  deaf: number;
  slowloris: number;
  burst: number;
  scanners: number;
  /** Rows to create first (quick runs without YCSB's load); 0 = the table is there already. */
  load: number;
  json: string;
}

interface Stats {
  connectionsOpened: Record<string, number>;
  closedByServer: Record<string, number>;
  responses: Record<string, Record<string, number>>;
  scannersOpened: number;
  burstRounds: { sent: number; ok: number; refused: number; other: number; unanswered: number; ms: number }[];
  /** Attackers that ended on an error (a server that stopped accepting connections), by kind and error. */
  failures: Record<string, number>;
}

function option(argv: string[], name: string, fallback?: string): string {
  const i = argv.indexOf(`--${name}`);
  const v = i >= 0 ? argv[i + 1] : fallback;
  if (v === undefined) throw new Error(`--${name} is required`);
  return v;
}

function parse(argv: string[]): Options {
  const n = (name: string, fallback: string) => Number(option(argv, name, fallback));
  return {
    port: n('port', ''),
    table: option(argv, 'table', 'usertable'),
    seconds: n('seconds', '40'),
    deaf: n('deaf', '200'),
    slowloris: n('slowloris', '500'),
    burst: n('burst', '5000'),
    scanners: n('scanners', '100'),
    load: n('load', '0'),
    json: option(argv, 'json'),
  };
}

const stats: Stats = { connectionsOpened: {}, closedByServer: {}, responses: {}, scannersOpened: 0, burstRounds: [], failures: {} };
let stopping = false;

function count(map: Record<string, number>, key: string, n = 1): void {
  map[key] = (map[key] ?? 0) + n;
}

function countResponse(kind: string, className: string | null | undefined): void {
  const byClass = (stats.responses[kind] ??= {});
  count(byClass, className ? className.slice(className.lastIndexOf('.') + 1) : 'ok');
}

function handshakeBytes(): Buffer {
  return Buffer.concat([
    encodeRpcPreamble(),
    lengthPrefixed(
      pb.ConnectionHeader.encode({ userInfo: { effectiveUser: 'abuse' }, serviceName: 'ClientService', cellBlockCodecClass: KEY_VALUE_CODEC }).finish(),
    ),
  ]);
}

function rawSocket(port: number, kind: string): Promise<Socket> {
  return new Promise((resolve) => {
    const s = connect({ port, host: '127.0.0.1' }, () => resolve(s));
    count(stats.connectionsOpened, kind);
    s.on('error', () => undefined);
    s.on('close', () => {
      if (!stopping) count(stats.closedByServer, kind);
    });
  });
}

/** Pipelines Gets and whole-region Scans, never reading; keeps at most 1 MB queued on its own side. */
async function deaf(opts: Options, frames: Buffer[]): Promise<void> {
  while (!stopping) {
    const s = await rawSocket(opts.port, 'deaf');
    s.pause();
    s.write(handshakeBytes());
    let i = 0;
    while (!stopping && !s.destroyed) {
      if (s.writableLength < 1 << 20) s.write(Buffer.concat(Array.from({ length: 50 }, () => frames[i++ % frames.length])));
      await sleep(100);
    }
    s.destroy();
  }
}

/** One byte per second of a handshake and a Get, reconnecting whenever the server closes. */
async function slowloris(opts: Options, get: Buffer): Promise<void> {
  const stream = Buffer.concat([handshakeBytes(), get]);
  while (!stopping) {
    const s = await rawSocket(opts.port, 'slowloris');
    s.on('data', () => undefined);
    for (let i = 0; i < stream.length && !stopping && !s.destroyed; i++) {
      s.write(stream.subarray(i, i + 1));
      await sleep(1000);
    }
    s.destroy();
    await sleep(100);
  }
}

/** Every 10 s, `n` pipelined Gets on one connection that does read its answers. */
async function burst(opts: Options, region: Buffer, row: Buffer): Promise<void> {
  const param = pb.GetRequest.encode({ region: { type: 1, value: region }, get: { row } }).finish();
  await sleep(5000);
  while (!stopping) {
    count(stats.connectionsOpened, 'burst');
    const c = await RawHBaseConnection.handshake(opts.port, 'ClientService');
    const started = Date.now();
    const round = { sent: opts.burst, ok: 0, refused: 0, other: 0, unanswered: 0, ms: 0 };
    // Each answer is counted as it comes, so a round cut off at 30 s still shows how far it got.
    const calls = Array.from({ length: opts.burst }, (_, i) =>
      c.call('Get', param, undefined, i + 1).then((r) => {
        const cls = r.header.exception?.exceptionClassName;
        countResponse('burst', cls);
        if (!cls) round.ok++;
        else if (cls.endsWith('CallQueueTooBigException')) round.refused++;
        else round.other++;
      }),
    );
    await Promise.race([Promise.all(calls), sleep(30_000)]);
    round.unanswered = round.sent - round.ok - round.refused - round.other;
    round.ms = Date.now() - started;
    stats.burstRounds.push(round);
    c.close();
    await sleep(10_000);
  }
}

/** Opens a scanner every 500 ms and never closes it (the lease ends it). */
async function scannerHoarder(opts: Options, region: Buffer): Promise<void> {
  const c = await RawHBaseConnection.handshake(opts.port, 'ClientService');
  count(stats.connectionsOpened, 'scanners');
  const param = pb.ScanRequest.encode({ region: { type: 1, value: region }, scan: { caching: 1 }, numberOfRows: 1 }).finish();
  while (!stopping && !c.socket.destroyed) {
    const r = await Promise.race([c.call('Scan', param), sleep(10_000).then(() => undefined)]);
    if (r) {
      countResponse('scanners', r.header.exception?.exceptionClassName);
      if (!r.header.exception) stats.scannersOpened++;
    }
    await sleep(500);
  }
  c.close();
}

/** A row of the region, so Gets hit data (the region's first row). */
async function someRow(port: number, region: Buffer): Promise<Buffer> {
  const c = await RawHBaseConnection.handshake(port, 'ClientService');
  const r = await c.call(
    'Scan',
    pb.ScanRequest.encode({ region: { type: 1, value: region }, scan: { caching: 1 }, numberOfRows: 1, closeScanner: true }).finish(),
  );
  c.close();
  const cells = r.cellBlock ? decodeCellBlock(r.cellBlock) : [];
  return cells[0]?.row ?? Buffer.from('user0');
}

async function loadRows(port: number, region: Buffer, rows: number): Promise<void> {
  const c = await RawHBaseConnection.handshake(port, 'ClientService');
  const value = Buffer.alloc(1000, 'x');
  for (let i = 0; i < rows; i++) await putCell(c, region, `user${String(i).padStart(6, '0')}`, value);
  c.close();
}

async function main(): Promise<void> {
  const opts = parse(process.argv.slice(2));
  if (opts.load > 0) await createTable(opts.port, opts.table);
  const region = await firstRegion(opts.port, opts.table);
  if (opts.load > 0) await loadRows(opts.port, region, opts.load);
  const row = await someRow(opts.port, region);
  // A well-behaved raw client beside the attackers: one Get at a time, its latency recorded.
  const canaryValue = Buffer.from('canary-value');
  const setup = await RawHBaseConnection.handshake(opts.port, 'ClientService');
  // The canary row sorts right after the region's first row, so it lies in the region.
  const canaryRow = `${row.toString('latin1')}\u0000`;
  // A table this script loaded has the family cf; YCSB's usertable has `family`.
  await putCell(setup, region, canaryRow, canaryValue, opts.load > 0 ? 'cf' : 'family');
  setup.close();
  const canary = new Canary(opts.port, region, canaryRow, canaryValue, 5000);
  canary.start();
  const value = { type: 1, value: region };
  const frames = [
    encodeRequest({ callId: 1, methodName: 'Get' }, pb.GetRequest.encode({ region: value, get: { row } }).finish()),
    encodeRequest(
      { callId: 2, methodName: 'Scan' },
      pb.ScanRequest.encode({ region: value, scan: { caching: 100 }, numberOfRows: 100, closeScanner: true }).finish(),
    ),
  ];
  const started = Date.now();
  // An attacker the server stops answering (HBase's region server under this attack refused
  // connections) ends and is counted; the others go on, and the report is still written.
  const guarded = (kind: string, task: Promise<void>): Promise<void> =>
    task.catch((e: unknown) => count(stats.failures, `${kind}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`));
  const tasks = [
    ...Array.from({ length: opts.deaf }, () => guarded('deaf', deaf(opts, frames))),
    ...Array.from({ length: opts.slowloris }, (_, i) =>
      guarded(
        'slowloris',
        sleep(i * 2).then(() => slowloris(opts, frames[0])),
      ),
    ),
    ...(opts.burst > 0 ? [guarded('burst', burst(opts, region, row))] : []),
    ...Array.from({ length: opts.scanners }, () => guarded('scanners', scannerHoarder(opts, region))),
  ];
  await sleep(opts.seconds * 1000);
  stopping = true;
  await Promise.race([Promise.allSettled(tasks), sleep(15_000)]);
  await canary.stop();
  const canaryStats = { ok: canary.ok, failed: canary.failed, maxMs: canary.maxMs, failures: canary.failures };
  writeFileSync(opts.json, JSON.stringify({ ...opts, ranSeconds: (Date.now() - started) / 1000, ...stats, canary: canaryStats }, null, 2));
  console.error(`abuse: canary ${JSON.stringify(canaryStats)}`);
  console.error(`abuse: ${JSON.stringify(stats)}`);
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error(`abuse: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
