import { readFileSync } from 'node:fs';
import { CellType, decodeCellBlock, encodeCellBlock, pb } from '@hbase-compat/hbase-codec';
import { RawHBaseConnection } from '@hbase-compat/hbase-rpc-testing';

/** Test data over raw RPC (shared by tools/fuzz and tools/abuse): a table, its region, a canary row. */
const META_REGION = { type: 1, value: Buffer.from('hbase:meta,,1') };

export async function createTable(port: number, table: string): Promise<void> {
  const c = await RawHBaseConnection.handshake(port, 'MasterService');
  const tableName = { namespace: Buffer.from('default'), qualifier: Buffer.from(table) };
  const r = await c.call('CreateTable', pb.CreateTableRequest.encode({ tableSchema: { tableName, columnFamilies: [{ name: Buffer.from('cf') }] } }).finish());
  c.close();
  const cls = r.header.exception?.exceptionClassName ?? '';
  if (cls !== '' && !cls.endsWith('TableExistsException')) throw new Error(`CreateTable ${table}: ${cls}`);
}

/** The region name of a one-region table, read from hbase:meta. */
export async function firstRegion(port: number, table: string): Promise<Buffer> {
  const c = await RawHBaseConnection.handshake(port, 'ClientService');
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      // As the Java client locates a row: a reversed scan of the info family from the table's last possible row.
      const scan = {
        startRow: Buffer.from(`${table},,99999999999999`),
        stopRow: Buffer.from(`${table},,`),
        includeStopRow: true,
        reversed: true,
        column: [{ family: Buffer.from('info') }],
        caching: 1,
      };
      const r = await c.call('Scan', pb.ScanRequest.encode({ region: META_REGION, scan, numberOfRows: 1, closeScanner: true, limitOfRows: 1 }).finish());
      if (r.header.exception) throw new Error(`meta scan: ${r.header.exception.exceptionClassName}`);
      const cells = r.cellBlock ? decodeCellBlock(r.cellBlock) : [];
      if (cells.length > 0) return cells[0].row;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no region of ${table} in hbase:meta`);
  } finally {
    c.close();
  }
}

/** One cell `family:q` (the tables createTable makes have the family `cf`; YCSB's usertable has `family`). */
export async function putCell(c: RawHBaseConnection, region: Buffer, row: string, value: Buffer, family = 'cf'): Promise<void> {
  const cells = encodeCellBlock([
    { row: Buffer.from(row), family: Buffer.from(family), qualifier: Buffer.from('q'), timestamp: 0x7fffffffffffffffn, type: CellType.Put, value },
  ]);
  const r = await c.call(
    'Mutate',
    pb.MutateRequest.encode({ region: { type: 1, value: region }, mutation: { row: Buffer.from(row), mutateType: 2, associatedCellCount: 1 } }).finish(),
    cells,
  );
  if (r.header.exception) throw new Error(`put ${row}: ${r.header.exception.exceptionClassName}`);
}

export function getParam(region: Buffer, row: string): Uint8Array {
  return pb.GetRequest.encode({ region: { type: 1, value: region }, get: { row: Buffer.from(row) } }).finish();
}

/** Gets of one row, one at a time, on their own connection, for as long as the run lasts. */
export class Canary {
  ok = 0;
  failed = 0;
  maxMs = 0;
  readonly failures: string[] = [];
  private stopped = false;
  private done: Promise<void> = Promise.resolve();

  constructor(
    private readonly port: number,
    private readonly region: Buffer,
    private readonly row: string,
    private readonly expected: Buffer,
    private readonly limitMs: number,
  ) {}

  start(): void {
    this.done = this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.done;
  }

  private async loop(): Promise<void> {
    let c = await this.connect();
    while (c !== undefined && !this.stopped) {
      const started = Date.now();
      const outcome = await Promise.race([
        c.call('Get', getParam(this.region, this.row)),
        c.closed.then(() => 'closed' as const),
        sleep(this.limitMs).then(() => 'timeout' as const),
      ]);
      const ms = Date.now() - started;
      this.maxMs = Math.max(this.maxMs, ms);
      const problem = typeof outcome === 'string' ? outcome : checkValue(outcome, this.expected);
      if (problem === undefined) this.ok++;
      else {
        this.fail(`${problem} after ${ms} ms`);
        c.close();
        c = await this.connect();
      }
      await sleep(20);
    }
    c?.close();
  }

  /** A new connection; a server that refuses it is a failure, retried until stopped. */
  private async connect(): Promise<RawHBaseConnection | undefined> {
    while (!this.stopped) {
      try {
        return await RawHBaseConnection.handshake(this.port, 'ClientService');
      } catch (e) {
        this.fail(`connect: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        await sleep(500);
      }
    }
    return undefined;
  }

  private fail(problem: string): void {
    this.failed++;
    if (this.failures.length < 20) this.failures.push(`${new Date().toISOString()} ${problem}`);
  }
}

function checkValue(r: Awaited<ReturnType<RawHBaseConnection['call']>>, expected: Buffer): string | undefined {
  if (r.header.exception) return r.header.exception.exceptionClassName ?? 'exception';
  const cells = r.cellBlock ? decodeCellBlock(r.cellBlock) : [];
  return cells.length === 1 && cells[0].value.equals(expected) ? undefined : `wrong value (${cells.length} cells)`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The resident set of a process in MB, from /proc/<pid>/status (VmRSS). */
export function rssMb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
