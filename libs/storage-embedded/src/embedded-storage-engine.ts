import { open, type Database, type RootDatabase } from 'lmdb';
import { mkdirSync } from 'node:fs';
import type { Cell } from '@hbase-compat/hbase-codec';
import { type TableName, tableNameToString } from '@hbase-compat/region-mapping';
import {
  type CatalogPort,
  type DataPort,
  type NamespaceDescriptor,
  type RowCursor,
  type RowMutation,
  type ScanRange,
  type StorageEngine,
  type StoredRow,
  type TableDescriptor,
  type WriteOptions,
  compactRow,
  familiesOf,
  mergeRow,
  catalogFromJson,
  catalogToJson,
  namespaceFromJson,
  namespaceToJson,
  isInsideStart,
  isInsideStop,
  isPastRow,
  LMDB_LONG_KEYS,
  LMDB_BINARY_COPYING,
  LMDB_MAP_SIZE,
} from '@hbase-compat/storage';
import { IntervalFlusher } from './interval-flusher';
import { decodeRowValue, encodeRowValue } from './row-encoding';

/**
 * The embedded engine: one lmdb environment on local disk, a catalog database and one database
 * per table holding one value per HBase row (row-encoding.ts). lmdb keeps keys in memcmp order,
 * which is HBase's unsigned row order. Writes go through lmdb-js's batched asynchronous
 * transactions: a batch commits in one transaction.
 *
 * When a write is acknowledged follows HBase's WAL (AbstractFSWAL, HRegion.WAL_HSYNC_CONF_KEY): by
 * default HBase acknowledges a SYNC_WAL edit once it is hflushed, handed to the OS, and only with
 * hbase.wal.hsync=true once it is on disk. Here a write is acknowledged at its lmdb commit, which puts
 * it in the OS's page cache and survives a crash of the gateway process; with `hsync` (or a
 * FSYNC_WAL write) it waits for the commit's flush as well.
 *
 * How commits reach the disk is `sync` (hbase.compat.data.sync):
 * - `commit` (default): each commit is flushed before the next one commits (lmdb-js overlappingSync),
 *   so after a power loss the store opens intact at its last flushed commit. The price is a disk
 *   flush in the latency of every write that queues behind one.
 * - `interval`: commits go to the OS only (lmdb MDB_NOSYNC) and the whole file is flushed every
 *   `syncIntervalMs`, as HBase's ASYNC_WAL is synced every hbase.regionserver.optionallogflushinterval.
 *   A process crash still loses nothing acknowledged, but a power loss or kernel crash can lose the
 *   last interval and, as lmdb documents for MDB_NOSYNC, leave the file corrupt. It cannot honour
 *   hsync, so the two are refused together; a FSYNC_WAL write waits for a flush that starts after its commit.
 */
export type EmbeddedSyncMode = 'commit' | 'interval';

export interface EmbeddedStorageOptions {
  dataDir: string;
  /** hbase.wal.hsync: acknowledge a write only once its commit is flushed to disk (default false, as HBase). */
  hsync?: boolean;
  /** hbase.compat.data.sync: how commits reach the disk (default `commit`). */
  sync?: EmbeddedSyncMode;
  /** hbase.compat.data.sync.interval.ms: how often `interval` flushes the file (default 1000). */
  syncIntervalMs?: number;
  /** Injected clock (ms), for TTL and tests. */
  now?: () => number;
}

export class EmbeddedStorageEngine implements StorageEngine {
  readonly name = 'embedded';
  readonly catalog: CatalogPort;
  readonly data: DataPort;
  private readonly root: RootDatabase;
  /** Set in `interval` mode: what flushes the store. */
  private readonly flusher: IntervalFlusher | undefined;

  constructor(options: EmbeddedStorageOptions) {
    const interval = options.sync === 'interval';
    if (interval && options.hsync === true) {
      throw new Error('hbase.wal.hsync=true needs hbase.compat.data.sync=commit: an interval-synced store can be left corrupt by a power loss');
    }
    mkdirSync(options.dataDir, { recursive: true });
    // separateFlushed: a write's promise resolves at its commit; `root.flushed` once it is on disk.
    this.root = open({
      path: `${options.dataDir}/store.mdb`,
      maxDbs: 100_000,
      mapSize: LMDB_MAP_SIZE,
      compression: false,
      separateFlushed: true,
      noSync: interval,
    });
    this.flusher = interval ? new IntervalFlusher(() => syncEnvironment(this.root), options.syncIntervalMs ?? 1000) : undefined;
    const tables = this.root.openDB<unknown, string>('catalog/tables', { encoding: 'json' });
    const namespaces = this.root.openDB<unknown, string>('catalog/namespaces', { encoding: 'json' });
    const onDisk = this.flusher?.flush ?? (async (): Promise<void> => void (await this.root.flushed));
    this.catalog = new EmbeddedCatalog(tables, namespaces, onDisk);
    this.data = new EmbeddedData(this.root, options.now ?? Date.now, options.hsync === true, onDisk);
  }

  async ping(): Promise<void> {
    this.root.getStats();
  }

  async close(): Promise<void> {
    await (this.flusher?.stop() ?? this.root.flushed);
    await this.root.close();
  }
}

/** lmdb-js runs mdb_env_sync(force) on a worker thread and calls back with an error or nothing. */
function syncEnvironment(root: RootDatabase): Promise<void> {
  const env = root as unknown as { sync(callback: (error?: Error) => void): void };
  return new Promise((done, fail) => env.sync((error) => (error ? fail(error) : done())));
}

/** Waits until the writes committed so far are on disk. */
type OnDisk = () => Promise<void>;

class EmbeddedCatalog implements CatalogPort {
  constructor(
    private readonly tables: Database<unknown, string>,
    private readonly namespaces: Database<unknown, string>,
    private readonly onDisk: OnDisk,
  ) {}

  async listNamespaces(): Promise<NamespaceDescriptor[]> {
    return [...this.namespaces.getRange({})].map((e) => namespaceFromJson(e.value));
  }

  async getNamespace(name: string): Promise<NamespaceDescriptor | undefined> {
    const v = this.namespaces.get(name);
    return v === undefined ? undefined : namespaceFromJson(v);
  }

  async putNamespace(ns: NamespaceDescriptor): Promise<void> {
    await this.namespaces.put(ns.name, namespaceToJson(ns));
    await this.onDisk();
  }

  async deleteNamespace(name: string): Promise<void> {
    await this.namespaces.remove(name);
    await this.onDisk();
  }

  async listTables(): Promise<TableDescriptor[]> {
    return [...this.tables.getRange({})].map((e) => catalogFromJson(e.value));
  }

  async getTable(name: TableName): Promise<TableDescriptor | undefined> {
    const v = this.tables.get(tableNameToString(name));
    return v === undefined ? undefined : catalogFromJson(v);
  }

  async putTable(table: TableDescriptor): Promise<void> {
    await this.tables.put(tableNameToString(table.name), catalogToJson(table));
    await this.onDisk();
  }

  async deleteTable(name: TableName): Promise<void> {
    await this.tables.remove(tableNameToString(name));
    await this.onDisk();
  }
}

type RowDb = Database<Buffer, Buffer>;

/** Sorts below every key, so a reversed range includes the lowest one. */
const BOTTOM = Buffer.alloc(0);

class EmbeddedData implements DataPort {
  private readonly dbs = new Map<string, RowDb>();

  constructor(
    private readonly root: RootDatabase,
    private readonly now: () => number,
    /** hbase.wal.hsync: every write waits for the disk, not only FSYNC_WAL ones. */
    private readonly hsync: boolean,
    private readonly onDisk: OnDisk,
  ) {}

  private db(name: TableName): RowDb {
    const key = tableNameToString(name);
    let db = this.dbs.get(key);
    if (db === undefined) {
      db = this.root.openDB<Buffer, Buffer>(`table/${key}`, LMDB_BINARY_COPYING);
      this.dbs.set(key, db);
    }
    return db;
  }

  /** Stored cells of one row, read inside or outside a write transaction. */
  private readRow(db: RowDb, row: Buffer): Cell[] {
    const value = LMDB_LONG_KEYS.get(db, row);
    return value === undefined ? [] : decodeRowValue(row, value);
  }

  private writeRow(db: RowDb, row: Buffer, cells: Cell[]): void {
    LMDB_LONG_KEYS.set(db, row, cells.length === 0 ? undefined : Buffer.from(encodeRowValue(cells)));
  }

  async mutate(table: TableDescriptor, mutations: RowMutation[], options?: WriteOptions): Promise<void> {
    if (mutations.length === 0) return;
    const db = this.db(table.name);
    const families = familiesOf(table);
    await db.transaction(() => {
      const now = this.now();
      for (const m of mutations) {
        const stored = this.readRow(db, m.row);
        this.writeRow(db, m.row, mergeRow(m.row, stored, m.cells, families, now));
      }
    });
    if (this.hsync || options?.fsync === true) await this.onDisk();
  }

  async mutateRowAtomically<T>(
    table: TableDescriptor,
    row: Buffer,
    update: (stored: StoredRow) => { cells: Cell[] | undefined; result: T },
    options?: WriteOptions,
  ): Promise<T> {
    const db = this.db(table.name);
    const families = familiesOf(table);
    const result = await db.transaction(() => {
      const stored = this.readRow(db, row);
      const { cells, result } = update({ row, cells: stored });
      if (cells !== undefined && cells.length > 0) this.writeRow(db, row, mergeRow(row, stored, cells, families, this.now()));
      return result;
    });
    // FSYNC_WAL waits for the disk whatever hbase.wal.hsync says (HRegion.sync forces the sync).
    if (this.hsync || options?.fsync === true) await this.onDisk();
    return result;
  }

  async getRows(table: TableDescriptor, rows: Buffer[]): Promise<StoredRow[]> {
    const db = this.db(table.name);
    return rows.map((row) => ({ row, cells: this.readRow(db, row) }));
  }

  openCursor(table: TableDescriptor, range: ScanRange): RowCursor {
    return new EmbeddedCursor(this.db(table.name), range);
  }

  /**
   * Writes already keep only what a flush would, so a flush changes nothing; a major compaction
   * rewrites every row without the markers it purges. One transaction per table.
   */
  async compact(table: TableDescriptor, options: { major: boolean }): Promise<void> {
    const db = this.db(table.name);
    const families = familiesOf(table);
    await db.transaction(() => {
      const now = this.now();
      for (const row of this.allRows(db)) {
        const stored = this.readRow(db, row);
        const kept = compactRow(stored, families, now, options.major);
        if (kept.length !== stored.length) this.writeRow(db, row, kept);
      }
    });
  }

  /** Every row key of the table, long rows included, read before any of them is rewritten. */
  private allRows(db: RowDb): Buffer[] {
    const rows: Buffer[] = [];
    for (const { key, value } of db.getRange({})) for (const e of LMDB_LONG_KEYS.expand(key, value)) rows.push(Buffer.from(e.key));
    return rows;
  }

  async dropTableData(name: TableName): Promise<void> {
    const db = this.db(name);
    await db.drop();
    this.dbs.delete(tableNameToString(name));
  }
}

/**
 * Re-seeks from the last returned row on every call, so no read transaction stays open between
 * scanner calls (a client may hold a scanner for its whole lease).
 */
class EmbeddedCursor implements RowCursor {
  private last: Buffer | undefined;
  private done = false;
  /** Qualifier views of the row taken before, reused by the next row's decoding (row-encoding.ts). */
  private readonly qualifiers: Buffer[] = [];

  constructor(
    private readonly db: RowDb,
    private readonly range: ScanRange,
  ) {}

  async next(maxRows: number): Promise<StoredRow[]> {
    if (this.done || maxRows <= 0) return [];
    const out: StoredRow[] = [];
    for (const { key, value } of this.db.getRange(this.seekOptions())) {
      // Most stored keys are rows themselves; only a long row's group expands into several.
      if (!LMDB_LONG_KEYS.isGroupKey(key)) {
        if (this.take(out, key, value, maxRows)) return out;
        continue;
      }
      for (const e of LMDB_LONG_KEYS.expand(key, value, this.range.reversed)) if (this.take(out, e.key, e.value, maxRows)) return out;
    }
    this.done = true;
    return out;
  }

  /** Adds one stored row if it is in range; answers whether the call is over (enough rows, or past the stop row). */
  private take(out: StoredRow[], row: Buffer, value: Buffer, maxRows: number): boolean {
    if (!isPastRow(this.range, row, this.last)) return false;
    if (!isInsideStop(this.range, row)) {
      this.done = true;
      return true;
    }
    // Past a row already taken is inside the start too (rows come in scan order).
    if (this.last === undefined && !isInsideStart(this.range, row)) return false;
    out.push({ row, cells: decodeRowValue(row, value, this.qualifiers) });
    this.last = row;
    return out.length >= maxRows;
  }

  close(): void {
    this.done = true;
  }

  /**
   * lmdb-js range options: forward [start, ...), reversed from `start` downwards (inclusive).
   * Reversed ranges always name `end`: without it lmdb-js stops before the key 0x00.
   */
  private seekOptions(): { start?: Buffer; end?: Buffer; reverse?: boolean } {
    const { reversed, startRow } = this.range;
    const from = this.last ?? (startRow.length > 0 ? startRow : undefined);
    if (from === undefined) return reversed ? { reverse: true, end: BOTTOM } : {};
    // A long row's group holds the row itself, in either direction (long-keys.ts).
    const start = LMDB_LONG_KEYS.storedKey(from);
    return reversed ? { start, end: BOTTOM, reverse: true } : { start };
  }
}
