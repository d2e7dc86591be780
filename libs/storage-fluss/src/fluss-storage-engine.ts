import { type Cell, CellType, compareCells, hbaseError, HBaseRemoteError } from '@hbase-compat/hbase-codec';
import { FlussClient, FlussError, type FlussRequestObserver, type KvRecord, type TablePath, isFlussError, splitHostPort } from '@hbase-compat/fluss-adapter';
import { type TableName, tableNameToString } from '@hbase-compat/region-mapping';
import {
  type CatalogPort,
  type DataPort,
  type IndexLag,
  type RowCursor,
  type RowMutation,
  type ScanRange,
  type StorageEngine,
  type StoredRow,
  type TableDescriptor,
  FOREVER_SECONDS,
  bytesKey,
  cellIdentity,
  compactRow,
  familiesOf,
  mergeRow,
} from '@hbase-compat/storage';
import { bucketOfRow, cellFromStoredValue, cellTableJson, deleteRecord, putRecord, rowPrefix } from './cell-rows';
import { ChangelogIndex, type TableFeed } from './changelog-index';
import { FlussCatalog } from './fluss-catalog';
import { FlussNames } from './fluss-names';
import { createWithLeaders } from './fluss-tables';

/**
 * The Fluss engine: HBase tables as Fluss primary-key tables, one Fluss row per cell
 * (cell-rows.ts), descriptors in a Fluss catalog table (fluss-catalog.ts), scans served by the
 * changelog-fed index (changelog-index.ts). Gets are PrefixLookups and puts PutKvs; no write reads
 * first. Stateless apart from the index, which any node can rebuild from Fluss.
 */
export interface FlussStorageOptions {
  bootstrapServers: string[];
  /** Folder for the scan index (rebuildable; losing it costs a rebuild, not data). */
  indexDir: string;
  databasePrefix?: string;
  /** Buckets of each new data table. */
  buckets?: number;
  /** table.replication.factor of new tables; unset = the cluster's default. */
  replicationFactor?: number;
  requestTimeoutMs?: number;
  /** How long a scan may wait for the index to reach the log end before a retriable error. */
  scanCatchUpTimeoutMs?: number;
  now?: () => number;
  log?: { info(m: string): void; warn(m: string): void };
  /** Told of every Fluss request's outcome (the app's metrics). */
  requestObserver?: FlussRequestObserver;
}

interface DataTable {
  path: TablePath;
  tableId: bigint;
  buckets: number;
  feed: TableFeed;
}

/** Largest PutKv batch the writer builds from queued mutations. */
const MAX_BATCH_BYTES = 2 * 1024 * 1024;

export class FlussStorageEngine implements StorageEngine {
  readonly name = 'fluss';
  readonly catalog: CatalogPort;
  readonly data: DataPort;
  readonly client: FlussClient;
  private readonly flussCatalog: FlussCatalog;
  private readonly index: ChangelogIndex;
  private readonly fluss: FlussData;

  constructor(private readonly options: FlussStorageOptions) {
    this.client = new FlussClient({
      bootstrapServers: options.bootstrapServers,
      requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
      connectTimeoutMs: 3_000,
      retries: 6,
      observer: options.requestObserver,
    });
    const log = options.log ?? { info: () => undefined, warn: () => undefined };
    const names = new FlussNames(options.databasePrefix ?? 'hbase_');
    this.index = new ChangelogIndex(options.indexDir, this.client, log);
    this.fluss = new FlussData(this.client, names, this.index, options, log, (name) => this.flussCatalog.dataTableOf(name));
    this.flussCatalog = new FlussCatalog(
      this.client,
      names,
      { ensureDataTable: (t, current) => this.fluss.ensureDataTable(t, current), dataTableChanged: (name) => this.fluss.forget(name) },
      log,
    );
    this.catalog = this.flussCatalog;
    this.data = this.fluss;
  }

  /** Connects, creates the catalog table if needed; call once before use. */
  async start(): Promise<void> {
    await this.flussCatalog.init(this.options.replicationFactor);
  }

  /** Starts the scan index of every table now rather than at its first scan. */
  async warmUp(tables: readonly TableDescriptor[]): Promise<void> {
    await Promise.all(tables.map((t) => this.fluss.table(t.name).catch(() => undefined)));
  }

  /** Lag of each running scan-index feed behind its table's changelog, by HBase table. */
  indexLag(): ReadonlyArray<IndexLag> {
    return this.index.lag().map(({ path, offsetsBehind, msBehind }) => ({ table: this.fluss.hbaseTableOf(path), offsetsBehind, msBehind }));
  }

  /** The Fluss table that holds an HBase table's data now (its name changes with every create or truncate). */
  dataTableOf(name: TableName): Promise<TablePath> {
    return this.flussCatalog.dataTableOf(name);
  }

  async ping(): Promise<void> {
    await this.client.refreshNodes();
  }

  describeError(e: unknown): HBaseRemoteError | undefined {
    return toHBaseError(e);
  }

  async close(): Promise<void> {
    await this.index.close();
    await this.client.close();
  }
}

/** Fluss errors become the exceptions an HBase client retries (or not), as a region server's would. */
export function toHBaseError(e: unknown): HBaseRemoteError | undefined {
  if (!(e instanceof FlussError)) return undefined;
  if (e.retriable) return hbaseError('RegionTooBusyException', `Fluss storage unavailable, retry later: ${e.message}`);
  return hbaseError('IOException', `Fluss storage error ${e.errorName}: ${e.message}`);
}

interface Pending<I, R> {
  items: I[];
  bytes: number;
  resolve: (r: R[]) => void;
  reject: (e: unknown) => void;
}

/**
 * Coalesces calls per Fluss bucket: while one request for a bucket is in flight, later calls queue
 * and go out together as the next request (up to `maxBytes`), and each caller gets back the results
 * of its own items. Writers never split one caller's items across requests, so a row's cells still
 * apply atomically; readers save round trips under concurrent gets.
 */
class BucketCoalescer<I, R> {
  private readonly queues = new Map<string, Pending<I, R>[]>();
  private readonly busy = new Set<string>();

  constructor(
    private readonly send: (path: TablePath, bucket: number, items: I[]) => Promise<R[]>,
    private readonly sizeOf: (item: I) => number,
    private readonly maxBytes: number,
  ) {}

  submit(path: TablePath, bucket: number, items: I[]): Promise<R[]> {
    const key = `${path.database}.${path.table}#${bucket}`;
    let bytes = 0;
    for (const i of items) bytes += this.sizeOf(i);
    return new Promise<R[]>((resolve, reject) => {
      let q = this.queues.get(key);
      if (q === undefined) this.queues.set(key, (q = []));
      q.push({ items, bytes, resolve, reject });
      if (!this.busy.has(key)) void this.drain(key, path, bucket);
    });
  }

  private async drain(key: string, path: TablePath, bucket: number): Promise<void> {
    this.busy.add(key);
    try {
      for (;;) {
        const q = this.queues.get(key);
        if (q === undefined || q.length === 0) break;
        const group: Pending<I, R>[] = [];
        let bytes = 0;
        while (q.length > 0 && (group.length === 0 || bytes + q[0].bytes <= this.maxBytes)) {
          const g = q.shift()!;
          group.push(g);
          bytes += g.bytes;
        }
        try {
          const results = await this.send(path, bucket, group.length === 1 ? group[0].items : group.flatMap((g) => g.items));
          let at = 0;
          for (const g of group) {
            g.resolve(results.slice(at, at + g.items.length));
            at += g.items.length;
          }
        } catch (e) {
          for (const g of group) g.reject(e);
        }
      }
    } finally {
      this.busy.delete(key);
      const q = this.queues.get(key);
      if (q !== undefined && q.length === 0) this.queues.delete(key);
    }
  }
}

/** Serializes the atomic operations of a row, and lets plain writes wait for them. */
class RowLocks {
  private readonly held = new Map<string, Promise<void>>();

  async withLock<T>(key: string, body: () => Promise<T>): Promise<T> {
    for (;;) {
      const current = this.held.get(key);
      if (current === undefined) break;
      await current;
    }
    let release!: () => void;
    const p = new Promise<void>((r) => (release = r));
    this.held.set(key, p);
    try {
      return await body();
    } finally {
      this.held.delete(key);
      release();
    }
  }

  /** Waits until no atomic operation holds any of the rows (free when none is running at all). */
  async awaitFree(rows: readonly { row: Buffer }[]): Promise<void> {
    if (this.held.size === 0) return;
    for (const { row } of rows) {
      const k = bytesKey(row);
      for (;;) {
        const current = this.held.get(k);
        if (current === undefined) break;
        await current;
      }
    }
  }
}

/**
 * Cheap pre-check on sorted cells: a row of plain puts, one per column, in families without a TTL
 * holds nothing a cleanup could drop (the common case), so the full merge is skipped.
 */
function mayHoldGarbage(cells: readonly Cell[], table: TableDescriptor): boolean {
  const families = familiesOf(table);
  let previous: Cell | undefined;
  for (const c of cells) {
    if (c.type !== CellType.Put || c.tags !== undefined) return true;
    const sameFamily = previous !== undefined && previous.family.equals(c.family);
    if (!sameFamily) {
      const fd = families.get(bytesKey(c.family));
      if (fd === undefined || (fd.ttlSeconds > 0 && fd.ttlSeconds < FOREVER_SECONDS)) return true;
    } else if (previous!.qualifier.equals(c.qualifier)) return true;
    previous = c;
  }
  return false;
}

/** The stored cells a compaction did not keep. */
function droppedBy(kept: readonly Cell[], stored: readonly Cell[]): Cell[] {
  if (kept.length === stored.length) return [];
  const keep = new Set(kept.map(cellIdentity));
  return stored.filter((c) => !keep.has(cellIdentity(c)));
}

const COMPACT_ROWS_PER_STEP = 256;

/** Garbage a read may find before it asks for a cleanup: enough to be worth a write. */
const CLEANUP_MIN_GARBAGE = 4;

class FlussData implements DataPort {
  private readonly tables = new Map<string, Promise<DataTable>>();
  /** "database.table" of each resolved Fluss table → its HBase table name, for metrics. */
  private readonly labels = new Map<string, string>();
  private readonly writer: BucketCoalescer<KvRecord, never>;
  private readonly reader: BucketCoalescer<Uint8Array, Buffer[]>;
  private readonly locks = new RowLocks();
  private readonly now: () => number;

  constructor(
    private readonly client: FlussClient,
    private readonly names: FlussNames,
    private readonly index: ChangelogIndex,
    private readonly options: FlussStorageOptions,
    private readonly log: { info(m: string): void; warn(m: string): void },
    /** The Fluss table holding an HBase table's data, from the catalog. */
    private readonly dataTableOf: (name: TableName) => Promise<TablePath>,
  ) {
    this.writer = new BucketCoalescer<KvRecord, never>(
      (path, bucket, records) => this.putKv(path, bucket, records),
      (r) => r.key.length + (r.value?.length ?? 0) + 16,
      MAX_BATCH_BYTES,
    );
    this.reader = new BucketCoalescer<Uint8Array, Buffer[]>(
      (path, bucket, prefixes) => client.prefixLookup(path, bucket, prefixes),
      (p) => p.length,
      MAX_BATCH_BYTES,
    );
    this.now = options.now ?? Date.now;
  }

  /** Keeps the table's Fluss table `current` if it exists, else creates a new incarnation (fluss-tables.ts). */
  async ensureDataTable(table: TableDescriptor, current: string | undefined): Promise<string> {
    const database = this.names.database(table.name.namespace);
    this.forget(table.name);
    if (current !== undefined && (await this.client.tableExists({ database, table: current }))) {
      await this.client.awaitLeaders({ database, table: current });
      return current;
    }
    await this.client.createDatabase(database, true);
    const json = cellTableJson(
      { buckets: this.options.buckets ?? 4, replicationFactor: this.options.replicationFactor },
      `HBase table ${tableNameToString(table.name)}`,
    );
    const created = await createWithLeaders(
      this.client,
      { nextPath: () => this.names.newIncarnation(table.name), tableJson: json, ignoreIfExists: false },
      this.log,
    );
    if (created.attempts > 1)
      this.log.warn(`Fluss table for ${tableNameToString(table.name)} created as ${created.path.table} after ${created.attempts} attempts`);
    return created.path.table;
  }

  /** The HBase table ("namespace:qualifier") whose data a Fluss table holds; its Fluss name when not resolved here. */
  hbaseTableOf(path: TablePath): string {
    return this.labels.get(`${path.database}.${path.table}`) ?? `${path.database}.${path.table}`;
  }

  /** Drops the cached route of a table whose Fluss table changed. */
  forget(name: TableName): void {
    this.tables.delete(tableNameToString(name));
  }

  /** The Fluss table behind an HBase table, its route cached until the table changes. */
  table(name: TableName): Promise<DataTable> {
    const key = tableNameToString(name);
    let t = this.tables.get(key);
    if (t === undefined) {
      t = this.resolve(name);
      this.tables.set(key, t);
      t.catch(() => this.tables.delete(key));
    }
    return t;
  }

  private async resolve(name: TableName): Promise<DataTable> {
    const path = await this.dataTableOf(name);
    const route = await this.client.awaitLeaders(path, 15_000);
    const buckets = route.leaders.length;
    this.labels.set(`${path.database}.${path.table}`, tableNameToString(name));
    const feed = this.index.feed(path, route.tableId, buckets, (row) => bucketOfRow(row, buckets));
    return { path, tableId: route.tableId, buckets, feed };
  }

  private async run<T>(name: TableName, body: (t: DataTable) => Promise<T>): Promise<T> {
    try {
      return await body(await this.table(name));
    } catch (e) {
      // The table was dropped or recreated elsewhere: resolve it again next time.
      if (isFlussError(e, 'TableNotExist', 'UnknownTableOrBucket')) this.tables.delete(tableNameToString(name));
      throw e;
    }
  }

  /** One PutKv with the table's current schema id (writes have no per-record results). */
  private async putKv(path: TablePath, bucket: number, records: KvRecord[]): Promise<never[]> {
    const { schemaId } = await this.client.route(path);
    await this.client.putKv(path, bucket, schemaId, records);
    return [];
  }

  /** Groups records by bucket and writes each group with one (coalesced) PutKv. */
  private async write(t: DataTable, byRow: { row: Buffer; records: KvRecord[] }[]): Promise<void> {
    const byBucket = new Map<number, KvRecord[]>();
    for (const { row, records } of byRow) {
      if (records.length === 0) continue;
      const b = bucketOfRow(row, t.buckets);
      const list = byBucket.get(b);
      if (list === undefined) byBucket.set(b, [...records]);
      else list.push(...records);
    }
    await Promise.all([...byBucket].map(([b, records]) => this.writer.submit(t.path, b, records)));
  }

  async mutate(table: TableDescriptor, mutations: RowMutation[]): Promise<void> {
    if (mutations.length === 0) return;
    await this.locks.awaitFree(mutations);
    await this.run(table.name, (t) =>
      this.write(
        t,
        mutations.map((m) => ({ row: m.row, records: m.cells.map(putRecord) })),
      ),
    );
  }

  async mutateRowAtomically<T>(table: TableDescriptor, row: Buffer, update: (stored: StoredRow) => { cells: Cell[] | undefined; result: T }): Promise<T> {
    return this.locks.withLock(bytesKey(row), () =>
      this.run(table.name, async (t) => {
        const [stored] = await this.read(t, table, [row]);
        const { cells, result } = update(stored);
        if (cells !== undefined && cells.length > 0) await this.write(t, [{ row, records: cells.map(putRecord) }]);
        return result;
      }),
    );
  }

  async getRows(table: TableDescriptor, rows: Buffer[]): Promise<StoredRow[]> {
    return this.run(table.name, (t) => this.read(t, table, rows));
  }

  /** One PrefixLookup per bucket for all the rows in it; cells come back in HBase order. */
  private async read(t: DataTable, table: TableDescriptor, rows: Buffer[]): Promise<StoredRow[]> {
    const byBucket = new Map<number, number[]>();
    rows.forEach((row, i) => {
      const b = bucketOfRow(row, t.buckets);
      const list = byBucket.get(b);
      if (list === undefined) byBucket.set(b, [i]);
      else list.push(i);
    });
    const out: StoredRow[] = rows.map((row) => ({ row, cells: [] }));
    await Promise.all(
      [...byBucket].map(async ([b, indexes]) => {
        const lists = await this.reader.submit(
          t.path,
          b,
          indexes.map((i) => rowPrefix(rows[i])),
        );
        indexes.forEach((i, k) => {
          const cells = (lists[k] ?? []).map(cellFromStoredValue);
          cells.sort(compareCells);
          out[i].cells = cells;
        });
      }),
    );
    for (const r of out) this.cleanUp(t, table, r);
    return out;
  }

  /**
   * Deletes what no read can return any more (versions beyond VERSIONS, hidden puts, expired
   * cells, cells of dropped families): the work HBase's compactions do, done when a read finds
   * enough of it. Best effort and off the read's path.
   */
  private cleanUp(t: DataTable, table: TableDescriptor, stored: StoredRow): void {
    if (stored.cells.length < CLEANUP_MIN_GARBAGE || !mayHoldGarbage(stored.cells, table)) return;
    const kept = mergeRow(stored.row, [], stored.cells, familiesOf(table), this.now());
    const garbage = stored.cells.length - kept.length;
    if (garbage < CLEANUP_MIN_GARBAGE && garbage * 2 < stored.cells.length) return;
    if (garbage <= 0) return;
    const keep = new Set(kept.map(cellIdentity));
    const doomed = stored.cells.filter((c) => !keep.has(cellIdentity(c)));
    this.write(t, [{ row: stored.row, records: doomed.map(deleteRecord) }]).catch((e) =>
      this.log.warn(`cleanup of a row in ${t.path.database}.${t.path.table}: ${(e as Error).message}`),
    );
  }

  openCursor(table: TableDescriptor, range: ScanRange): RowCursor {
    const timeout = this.options.scanCatchUpTimeoutMs ?? 10_000;
    let inner: RowCursor | undefined;
    let closed = false;
    return {
      next: async (maxRows) => {
        if (closed) return [];
        if (inner === undefined) inner = await this.run(table.name, async (t) => t.feed.openCursor(range, timeout));
        return inner.next(maxRows);
      },
      close: () => {
        closed = true;
        inner?.close();
      },
    };
  }

  /**
   * Admin.flush / majorCompact: walks the table through the scan index and deletes from Fluss every
   * cell the compaction would not keep, so the stored rows match what the embedded engine keeps.
   */
  async compact(table: TableDescriptor, options: { major: boolean }): Promise<void> {
    const families = familiesOf(table);
    const cursor = this.openCursor(table, { startRow: Buffer.alloc(0), startInclusive: true, stopRow: Buffer.alloc(0), stopInclusive: false, reversed: false });
    try {
      for (;;) {
        const rows = await cursor.next(COMPACT_ROWS_PER_STEP);
        if (rows.length === 0) return;
        const now = this.now();
        const doomed = rows.map((r) => ({ row: r.row, records: droppedBy(compactRow(r.cells, families, now, options.major), r.cells).map(deleteRecord) }));
        const writes = doomed.filter((d) => d.records.length > 0);
        if (writes.length > 0) await this.run(table.name, (t) => this.write(t, writes));
      }
    } finally {
      cursor.close();
    }
  }

  /** Drops every Fluss table of the HBase table: the current incarnation and any left by a failed DDL. */
  async dropTableData(name: TableName): Promise<void> {
    this.forget(name);
    const database = this.names.database(name.namespace);
    let flussTables: string[];
    try {
      flussTables = await this.client.listTables(database);
    } catch (e) {
      if (isFlussError(e, 'DatabaseNotExist')) return;
      throw e;
    }
    for (const table of flussTables.filter((t) => this.names.isIncarnationOf(t, name))) {
      const path = { database, table };
      await this.index.dropPath(path);
      await this.client.dropTable(path, true);
    }
  }
}

/** "host:port,host:port" → bootstrap list (validated). */
export function parseBootstrapServers(text: string): string[] {
  const list = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of list) splitHostPort(s);
  return list;
}
