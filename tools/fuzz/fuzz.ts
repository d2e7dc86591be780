import { connect } from 'node:net';
import { writeFileSync } from 'node:fs';
import { decodeResponse, HBaseExceptions } from '@hbase-compat/hbase-codec';
import { buildSession, PROBE_CALL_ID, Rng, type Session } from './mutate';
import { buildSeeds, frameOf, type Seeds } from './seeds';
import { Canary, createTable, firstRegion, putCell, rssMb, sleep } from './setup';
import { RawHBaseConnection } from '@hbase-compat/hbase-rpc-testing';

/**
 * Fuzzes a running gateway over real sockets with mutated real traffic and random frames (see
 * mutate.ts), while a canary connection does Gets throughout. Every session must end with the probe
 * answered or the connection closed by the server within --session-timeout-ms; every frame the
 * server sends must decode, and every exception must be a real HBase class. Prints one "ok"/"FAILED"
 * line per check (tools/lib/common.sh checks_import) and writes a JSON summary.
 *
 *   node tools/fuzz/ts-run.cjs tools/fuzz/fuzz.ts --port P --pid GATEWAY_PID --frames N --seconds S [--concurrency C] [--seed X] [--json FILE]
 */
interface Options {
  port: number;
  pid: number;
  frames: number;
  seconds: number;
  concurrency: number;
  seed: number;
  sessionTimeoutMs: number;
  json: string | undefined;
}

type Outcome = 'probe' | 'closed' | 'hang' | 'bad-frame';

interface Totals {
  frames: number;
  sessions: number;
  outcomes: Record<Outcome, number>;
  byKind: Record<string, number>;
  exceptions: Record<string, number>;
  unknownExceptions: Record<string, number>;
  failures: string[];
  rss: { t: number; mb: number }[];
}

const KNOWN = new Set(Object.values(HBaseExceptions).map((k) => k.className));
/** SaslUtil.SWITCH_TO_SIMPLE_AUTH, the raw answer to a KERBEROS/DIGEST preamble. */
const SWITCH_TO_SIMPLE = Buffer.from([0, 0, 0, 0, 0xff, 0xff, 0xff, 0xa8]);

function parseArgs(argv: string[]): Options {
  const get = (name: string, fallback?: string): string => {
    const i = argv.indexOf(`--${name}`);
    const v = i >= 0 ? argv[i + 1] : fallback;
    if (v === undefined) throw new Error(`--${name} is required`);
    return v;
  };
  return {
    port: Number(get('port')),
    pid: Number(get('pid')),
    frames: Number(get('frames', '100000')),
    seconds: Number(get('seconds', '50')),
    concurrency: Number(get('concurrency', '48')),
    seed: Number(get('seed', String(Date.now() % 0x7fffffff || 1))),
    sessionTimeoutMs: Number(get('session-timeout-ms', '8000')),
    json: argv.includes('--json') ? get('json') : undefined,
  };
}

/** Runs one session: writes it, then reads until the probe's answer, the server's close, or the deadline. */
function runSession(port: number, session: Session, timeoutMs: number, totals: Totals): Promise<Outcome> {
  return new Promise((resolve) => {
    const s = connect({ port, host: '127.0.0.1' });
    let buffer = Buffer.alloc(0);
    let settled = false;
    const finish = (outcome: Outcome, note?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (note && totals.failures.length < 50) totals.failures.push(`${session.kind}: ${note}`);
      s.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish('hang', `neither answered nor closed within ${timeoutMs} ms`), timeoutMs);
    s.on('error', () => finish('closed'));
    s.on('close', () => finish('closed'));
    s.on('connect', () => {
      for (const chunk of session.chunks) s.write(chunk);
    });
    s.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (buffer.length >= 8 && buffer.subarray(0, 8).equals(SWITCH_TO_SIMPLE)) {
          buffer = buffer.subarray(8);
          continue;
        }
        if (buffer.length < 4) return;
        const len = buffer.readUInt32BE(0);
        if (buffer.length < 4 + len) return;
        const body = buffer.subarray(4, 4 + len);
        buffer = buffer.subarray(4 + len);
        let callId: number;
        try {
          const r = decodeResponse(Buffer.from(body));
          callId = r.header.callId;
          const cls = r.header.exception?.exceptionClassName;
          if (cls) {
            totals.exceptions[cls] = (totals.exceptions[cls] ?? 0) + 1;
            if (!KNOWN.has(cls)) {
              totals.unknownExceptions[cls] = (totals.unknownExceptions[cls] ?? 0) + 1;
              return finish('bad-frame', `exception class unknown to HBase: ${cls}`);
            }
          }
        } catch (e) {
          return finish('bad-frame', `undecodable response frame: ${(e as Error).message}`);
        }
        if (callId === PROBE_CALL_ID) return finish('probe');
      }
    });
  });
}

async function worker(opts: Options, rng: Rng, seeds: Seeds, probe: Buffer, totals: Totals, deadline: number): Promise<void> {
  while (totals.frames < opts.frames && Date.now() < deadline) {
    const session = buildSession(rng, seeds, probe);
    totals.frames += session.frames;
    totals.sessions++;
    totals.byKind[session.kind] = (totals.byKind[session.kind] ?? 0) + 1;
    const outcome = await runSession(opts.port, session, opts.sessionTimeoutMs, totals);
    totals.outcomes[outcome]++;
  }
}

function check(ok: boolean, name: string): boolean {
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${name}`);
  return ok;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  await createTable(opts.port, 'fuzz');
  const region = await firstRegion(opts.port, 'fuzz');
  const setupConn = await RawHBaseConnection.handshake(opts.port, 'ClientService');
  const canaryValue = Buffer.from('canary-value');
  await putCell(setupConn, region, 'canary', canaryValue);
  setupConn.close();
  const seeds = buildSeeds(region);
  const probe = frameOf(seeds.calls[0], PROBE_CALL_ID);
  const totals: Totals = {
    frames: 0,
    sessions: 0,
    outcomes: { probe: 0, closed: 0, hang: 0, 'bad-frame': 0 },
    byKind: {},
    exceptions: {},
    unknownExceptions: {},
    failures: [],
    rss: [],
  };
  const canary = new Canary(opts.port, region, 'canary', canaryValue, 2000);
  canary.start();
  const started = Date.now();
  const sampler = setInterval(() => totals.rss.push({ t: (Date.now() - started) / 1000, mb: rssMb(opts.pid) ?? -1 }), 1000);
  const deadline = started + opts.seconds * 1000;
  const master = new Rng(opts.seed);
  await Promise.all(Array.from({ length: opts.concurrency }, () => worker(opts, new Rng(1 + master.int(0x7ffffffe)), seeds, probe, totals, deadline)));
  await sleep(1000);
  await canary.stop();
  clearInterval(sampler);
  const rssEnd = rssMb(opts.pid) ?? -1;
  totals.rss.push({ t: (Date.now() - started) / 1000, mb: rssEnd });
  report(opts, totals, canary, (Date.now() - started) / 1000);
}

function report(opts: Options, totals: Totals, canary: Canary, seconds: number): void {
  const rss = totals.rss.map((r) => r.mb).filter((mb) => mb > 0);
  // "Flat": the last sample within 96 MB of the sample a tenth into the run (after warm-up).
  const warm = rss[Math.min(rss.length - 1, Math.floor(rss.length / 10))] ?? 0;
  const last = rss[rss.length - 1] ?? 0;
  const summary = {
    seed: opts.seed,
    seconds,
    ...totals,
    canary: { ok: canary.ok, failed: canary.failed, maxMs: canary.maxMs, failures: canary.failures },
    rssWarmMb: warm,
    rssEndMb: last,
    rssMaxMb: Math.max(...rss),
  };
  if (opts.json) writeFileSync(opts.json, JSON.stringify(summary, null, 2));
  console.error(
    `fuzz: seed ${opts.seed}, ${totals.frames} frames in ${totals.sessions} sessions, ${seconds.toFixed(1)} s; outcomes ${JSON.stringify(totals.outcomes)}; kinds ${JSON.stringify(totals.byKind)}`,
  );
  console.error(`fuzz: exceptions ${JSON.stringify(totals.exceptions)}`);
  console.error(
    `fuzz: gateway RSS warm ${warm.toFixed(0)} MB, end ${last.toFixed(0)} MB, max ${Math.max(...rss).toFixed(0)} MB; canary ${canary.ok} ok, ${canary.failed} failed, max ${canary.maxMs} ms`,
  );
  for (const f of [...totals.failures, ...canary.failures].slice(0, 20)) console.error(`fuzz: ${f}`);
  let alive = true;
  try {
    process.kill(opts.pid, 0);
  } catch {
    alive = false;
  }
  check(alive, 'gateway process alive after fuzzing (no crash)');
  check(totals.frames >= opts.frames, `at least ${opts.frames} frames sent (${totals.frames})`);
  check(totals.outcomes.hang === 0, `no hang: every session answered its probe or was closed (${totals.outcomes.hang} hung)`);
  check(totals.outcomes['bad-frame'] === 0, `every response decodes and names a real HBase exception (${totals.outcomes['bad-frame']} bad)`);
  check(
    canary.failed === 0 && canary.ok > 0,
    `canary Gets on another connection all succeeded (${canary.ok} ok, ${canary.failed} failed, max ${canary.maxMs} ms)`,
  );
  check(last - warm <= 96, `gateway memory flat (RSS ${warm.toFixed(0)} -> ${last.toFixed(0)} MB)`);
}

main().catch((e: unknown) => {
  console.error(`fuzz: ${(e as Error).stack ?? String(e)}`);
  console.log('FAILED fuzz run completed');
  process.exit(1);
});
