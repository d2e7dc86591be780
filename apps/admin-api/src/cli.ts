import { existsSync, readFileSync } from 'node:fs';

/**
 * hbase-compat-admin: the admin REST API from a terminal (the same binary as the server; see
 * tools/hbase-compat-admin). Exit status 0 on success, 1 when the cluster is unhealthy or the
 * request was refused, 2 on a usage error.
 */
export const CLI_COMMANDS = ['list-servers', 'check-health', 'list-tables', 'regions', 'drain', 'metrics', 'help'] as const;

/** The port the admin API listens on by default (hbase.compat.admin.port). */
export const DEFAULT_URL = 'http://127.0.0.1:8080';

const USAGE = `usage: hbase-compat-admin [--url URL] [--token TOKEN] [--json] COMMAND
  list-servers      live servers with state, role, connections and in-flight calls
  check-health      one line per node; exit 1 unless every node is healthy
  list-tables       tables with state, families and region count
  regions TABLE     regions of TABLE with key range and owning server
  drain SERVER      drain SERVER (host,port,startcode) as SIGTERM would (needs the token)
  metrics           per-node request rate, errors, p50/p99 latency, scan-index lag
--json prints the API's JSON answer instead of a table.
URL: --url, else $HBASE_COMPAT_ADMIN_URL, else the first line of the file named by
$HBASE_COMPAT_ADMIN_URL_FILE (tools/cluster.sh writes one; tools/hbase-compat-admin points there),
else ${DEFAULT_URL}.
TOKEN: --token, else $HBASE_COMPAT_ADMIN_TOKEN, else the first line of $HBASE_COMPAT_ADMIN_TOKEN_FILE.`;

type Out = (line: string) => void;

interface Options {
  base: string;
  token: string | undefined;
  json: boolean;
  args: string[];
}

interface ServerRow {
  serverName: string;
  state: string;
  activeMaster: boolean;
  openConnections: number;
  inflightCalls: number;
  storageEngine: string;
  zookeeperState: string;
  error?: string;
}

interface MetricsRow {
  serverName?: string;
  address: string;
  up: boolean;
  requestsPerSecond?: number;
  errorsPerSecond?: number;
  p50Ms?: number;
  p99Ms?: number;
  inflightCalls?: number;
  scanIndexLag?: number;
  error?: string;
}

/** Fixed-width columns, the way the HBase shell prints lists. */
function table(out: Out, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    out(
      cells
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    );
  line(header);
  for (const r of rows) line(r);
}

function firstLineOf(path: string | undefined): string | undefined {
  if (!path || !existsSync(path)) return undefined;
  return readFileSync(path, 'utf8').split('\n')[0].trim() || undefined;
}

/** Removes `--name VALUE` / `--name=VALUE` from args and returns VALUE. */
function takeFlag(args: string[], name: string): string | undefined {
  const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const [flag] = args.splice(i, 1);
  return flag.includes('=') ? flag.slice(flag.indexOf('=') + 1) : (args.splice(i, 1)[0] ?? '');
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): Options {
  const args = [...argv];
  const url = takeFlag(args, '--url');
  const token = takeFlag(args, '--token');
  const jsonAt = args.indexOf('--json');
  if (jsonAt >= 0) args.splice(jsonAt, 1);
  return {
    base: url ?? env.HBASE_COMPAT_ADMIN_URL ?? firstLineOf(env.HBASE_COMPAT_ADMIN_URL_FILE) ?? DEFAULT_URL,
    token: token ?? env.HBASE_COMPAT_ADMIN_TOKEN ?? firstLineOf(env.HBASE_COMPAT_ADMIN_TOKEN_FILE),
    json: jsonAt >= 0,
    args,
  };
}

const fixed = (n: number | undefined, digits: number) => (n === undefined || n === null ? '-' : n.toFixed(digits));

export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv, out: Out = console.log, err: Out = console.error): Promise<number> {
  const options = parseOptions(argv, env);
  const [command, operand] = options.args;
  const call = async (path: string, method = 'GET'): Promise<{ status: number; body: unknown }> => {
    const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
    const response = await fetch(new URL(path, options.base), { method, headers });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  /** In --json mode every answer, refusals included, goes to stdout as the API sent it. */
  const answer = (status: number, body: unknown, ok: number[], print: () => number): number => {
    if (options.json) {
      out(JSON.stringify(body, null, 2));
      return ok.includes(status) ? 0 : 1;
    }
    return ok.includes(status) ? print() : refused(err, status, body);
  };
  try {
    switch (command) {
      case 'list-servers': {
        const { status, body } = await call('/api/servers');
        return answer(status, body, [200], () => printServers(out, body as ServerRow[]));
      }
      case 'check-health': {
        const { status, body } = await call('/api/health');
        const healthy = (body as { status?: string } | undefined)?.status === 'ok';
        const code = answer(status, body, [200], () => printHealth(out, body as HealthBody));
        return code === 0 && !healthy ? 1 : code;
      }
      case 'list-tables': {
        const { status, body } = await call('/api/tables');
        return answer(status, body, [200], () => printTables(out, body as TableRow[]));
      }
      case 'regions': {
        if (!operand) break;
        const { status, body } = await call(`/api/tables/${encodeURIComponent(operand)}/regions`);
        return answer(status, body, [200], () => printRegions(out, body as RegionRow[]));
      }
      case 'drain': {
        if (!operand) break;
        const { status, body } = await call(`/api/servers/${encodeURIComponent(operand)}/drain`, 'POST');
        return answer(status, body, [202], () => (out(`${operand} is draining: it leaves ZooKeeper, finishes its calls and exits`), 0));
      }
      case 'metrics': {
        const { status, body } = await call('/api/metrics');
        return answer(status, body, [200], () => printMetrics(out, (body as { servers: MetricsRow[] }).servers));
      }
      case 'help':
      case '--help':
        out(USAGE);
        return 0;
    }
  } catch (e) {
    const hint = (e as Error).message === 'fetch failed' ? ` (no admin API there; start one with tools/cluster.sh start, or pass --url)` : '';
    err(`hbase-compat-admin: ${options.base}: ${(e as Error).message}${hint}`);
    return 1;
  }
  err(USAGE);
  return 2;
}

type HealthBody = { status: string; nodes: { address: string; healthy: boolean; state: string; error?: string }[] };
type TableRow = { name: string; state: string; families: string[]; regions: number };
type RegionRow = { encodedName: string; startKey: string; endKey: string; server: string };

function printServers(out: Out, servers: ServerRow[]): number {
  table(
    out,
    ['SERVER', 'STATE', 'MASTER', 'CONNECTIONS', 'IN FLIGHT', 'STORAGE', 'ZOOKEEPER'],
    servers.map((s) => [
      s.serverName,
      s.state,
      s.activeMaster ? 'active' : '',
      String(s.openConnections),
      String(s.inflightCalls),
      s.storageEngine,
      s.zookeeperState,
    ]),
  );
  out(`${servers.length} server(s)`);
  return 0;
}

function printHealth(out: Out, health: HealthBody): number {
  for (const n of health.nodes) out(`${n.healthy ? 'ok  ' : 'BAD '} ${n.address} ${n.state}${n.error ? ` (${n.error})` : ''}`);
  out(`cluster ${health.status}`);
  return 0;
}

function printTables(out: Out, tables: TableRow[]): number {
  table(
    out,
    ['TABLE', 'STATE', 'FAMILIES', 'REGIONS'],
    tables.map((t) => [t.name, t.state, t.families.join(','), String(t.regions)]),
  );
  out(`${tables.length} table(s)`);
  return 0;
}

function printRegions(out: Out, regions: RegionRow[]): number {
  table(
    out,
    ['REGION', 'START KEY', 'END KEY', 'SERVER'],
    regions.map((r) => [r.encodedName, r.startKey, r.endKey, r.server]),
  );
  return 0;
}

function printMetrics(out: Out, servers: MetricsRow[]): number {
  table(
    out,
    ['SERVER', 'REQ/S', 'ERR/S', 'P50 MS', 'P99 MS', 'IN FLIGHT', 'SCAN INDEX LAG'],
    servers.map((s) =>
      s.up
        ? [
            s.serverName ?? s.address,
            fixed(s.requestsPerSecond, 1),
            fixed(s.errorsPerSecond, 1),
            fixed(s.p50Ms, 2),
            fixed(s.p99Ms, 2),
            fixed(s.inflightCalls, 0),
            fixed(s.scanIndexLag, 0),
          ]
        : [s.address, `down: ${s.error ?? ''}`, '', '', '', '', ''],
    ),
  );
  return 0;
}

function refused(err: Out, status: number, body: unknown): number {
  const message = (body as { message?: string } | undefined)?.message ?? '';
  err(`hbase-compat-admin: HTTP ${status}${message ? `: ${message}` : ''}`);
  return 1;
}
