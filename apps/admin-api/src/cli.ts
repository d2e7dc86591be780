/**
 * hbase-compat-admin: the admin REST API from a terminal (the same binary as the server; see
 * tools/hbase-compat-admin). Exit status 0 on success, 1 when the cluster is unhealthy or the
 * request was refused, 2 on a usage error.
 *   hbase-compat-admin [--url http://host:port] list-servers | check-health | list-tables
 *                                              | regions TABLE | drain SERVER
 */
export const CLI_COMMANDS = ['list-servers', 'check-health', 'list-tables', 'regions', 'drain', 'help'] as const;

const USAGE = `usage: hbase-compat-admin [--url URL] COMMAND
  list-servers      live servers with state, role, connections and in-flight calls
  check-health      one line per node; exit 1 unless every node is healthy
  list-tables       tables with state, families and region count
  regions TABLE     regions of TABLE with key range and owning server
  drain SERVER      drain SERVER (host,port,startcode) as SIGTERM would
URL defaults to $HBASE_COMPAT_ADMIN_URL or http://127.0.0.1:8080.`;

type Out = (line: string) => void;

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

/** Fixed-width columns, the way the HBase shell prints lists. */
function table(out: Out, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => out(cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
  line(header);
  for (const r of rows) line(r);
}

export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv, out: Out = console.log, err: Out = console.error): Promise<number> {
  const args = [...argv];
  let base = env.HBASE_COMPAT_ADMIN_URL ?? 'http://127.0.0.1:8080';
  const urlFlag = args.findIndex((a) => a === '--url' || a.startsWith('--url='));
  if (urlFlag >= 0) {
    const [flag] = args.splice(urlFlag, 1);
    base = flag.includes('=') ? flag.slice(flag.indexOf('=') + 1) : (args.splice(urlFlag, 1)[0] ?? '');
  }
  const [command, operand] = args;
  const call = async (path: string, method = 'GET'): Promise<{ status: number; body: unknown }> => {
    const response = await fetch(new URL(path, base), { method });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  try {
    switch (command) {
      case 'list-servers': {
        const { body } = await call('/api/servers');
        const servers = body as ServerRow[];
        table(
          out,
          ['SERVER', 'STATE', 'MASTER', 'CONNECTIONS', 'IN FLIGHT', 'STORAGE', 'ZOOKEEPER'],
          servers.map((s) => [s.serverName, s.state, s.activeMaster ? 'active' : '', String(s.openConnections), String(s.inflightCalls), s.storageEngine, s.zookeeperState]),
        );
        out(`${servers.length} server(s)`);
        return 0;
      }
      case 'check-health': {
        const { body } = await call('/api/health');
        const health = body as { status: string; nodes: { address: string; healthy: boolean; state: string; error?: string }[] };
        for (const n of health.nodes) out(`${n.healthy ? 'ok  ' : 'BAD '} ${n.address} ${n.state}${n.error ? ` (${n.error})` : ''}`);
        out(`cluster ${health.status}`);
        return health.status === 'ok' ? 0 : 1;
      }
      case 'list-tables': {
        const { body } = await call('/api/tables');
        const tables = body as { name: string; state: string; families: string[]; regions: number }[];
        table(out, ['TABLE', 'STATE', 'FAMILIES', 'REGIONS'], tables.map((t) => [t.name, t.state, t.families.join(','), String(t.regions)]));
        out(`${tables.length} table(s)`);
        return 0;
      }
      case 'regions': {
        if (!operand) break;
        const { status, body } = await call(`/api/tables/${encodeURIComponent(operand)}/regions`);
        if (status !== 200) return refused(err, status, body);
        const regions = body as { encodedName: string; startKey: string; endKey: string; server: string }[];
        table(out, ['REGION', 'START KEY', 'END KEY', 'SERVER'], regions.map((r) => [r.encodedName, r.startKey, r.endKey, r.server]));
        return 0;
      }
      case 'drain': {
        if (!operand) break;
        const { status, body } = await call(`/api/servers/${encodeURIComponent(operand)}/drain`, 'POST');
        if (status !== 202) return refused(err, status, body);
        out(`${operand} is draining: it leaves ZooKeeper, finishes its calls and exits`);
        return 0;
      }
      case 'help':
      case '--help':
        out(USAGE);
        return 0;
    }
  } catch (e) {
    err(`hbase-compat-admin: ${base}: ${(e as Error).message}`);
    return 1;
  }
  err(USAGE);
  return 2;
}

function refused(err: Out, status: number, body: unknown): number {
  const message = (body as { message?: string } | undefined)?.message ?? '';
  err(`hbase-compat-admin: HTTP ${status}${message ? `: ${message}` : ''}`);
  return 1;
}
