import { type Cell, compareCells } from '@hbase-compat/hbase-codec';
import { type FlussClient, type KvRecord, type TablePath, createWithLeaders, isFlussError } from '@hbase-compat/fluss-adapter';
import { type TableName, tableNameToString } from '@hbase-compat/region-mapping';
import {
  type DataPort,
  type RowCursor,
  type RowMutation,
  type ScanRange,
  type StoredRow,
  type TableDescriptor,
  bytesKey,
  cellIdentity,
  compactRow,
  familiesOf,
  mergeRow,
} from '@hbase-compat/storage';
import { BucketCoalescer } from './bucket-coalescer';
import { bucketOfRow, cellFromStoredValue, cellTableJson, deleteRecord, putRecord, rowPrefix } from './cell-rows';
import type { ChangelogIndex, TableFeed } from './changelog-index';
import type { FlussNames } from './fluss-names';
import type { FlussStorageOptions } from './fluss-options';
import { RowLocks } from './row-locks';
import { CLEANUP_MIN_GARBAGE, COMPACT_ROWS_PER_STEP, droppedBy, mayHoldGarbage } from './row-cleanup';

/**
 * The Fluss engine's DataPort: an HBase table's cells in its current Fluss table (one Fluss row per
 * cell, cell-rows.ts). Gets are PrefixLookups, which the client sends many buckets per request to each
 * tablet server (fluss-adapter lookup-batcher.ts); puts are coalesced PutKvs (bucket-coalescer.ts),
 * and no write reads first; atomic row updates hold a row lock (row-locks.ts); scans go to the
 * changelog index; reads delete what HBase's compactions would have (row-cleanup.ts).
 */
interface DataTable {
  path: TablePath;
  tableId: bigint;
  /** Fixed for a Fluss table's life: this engine never alters a data table's schema. */
  schemaId: number;
  buckets: number;
  feed: TableFeed;
}

/** Largest PutKv batch built from queued calls. */
const MAX_BATCH_BYTES = 2 * 1024 * 1024;

export class FlussData implements DataPort {
  private readonly tables = new Map<string, Promise<DataTable>>();
  /** "database.table" of each resolved Fluss table → its HBase table name, for metrics. */
  private readonly labels = new Map<string, string>();
  private readonly writer: BucketCoalescer<DataTable, KvRecord, never>;
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
    // Writes wait their turn in the client's PutKv sequence, which takes the batch when it sends.
    this.writer = new BucketCoalescer<DataTable, KvRecord, never>(
      (t, bucket, take) => client.putKv(t.path, bucket, t.schemaId, take).then(() => []),
      (r) => r.key.length + (r.value?.length ?? 0) + 16,
      MAX_BATCH_BYTES,
    );
    this.now = options.now ?? Date.now;
  }

  /** Keeps the table's Fluss table `current` if it exists, else creates a new incarnation (fluss-adapter create-with-leaders.ts). */
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

  /** The HBase table (as tableNameToString prints it) whose data a Fluss table holds; its Fluss name when not resolved here. */
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
    return { path, tableId: route.tableId, schemaId: route.schemaId, buckets, feed };
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
    await Promise.all([...byBucket].map(([b, records]) => this.writer.submit(t, b, records)));
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

  /** One lookup per bucket for all the rows in it (the client groups buckets by server); cells come back in HBase order. */
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
        const lists = await this.client.prefixLookup(
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
