import type { Cell, HBaseRemoteError } from '@hbase-compat/hbase-codec';
import type { TableName } from '@hbase-compat/region-mapping';
import type { NamespaceDescriptor, TableDescriptor } from './descriptors';

/**
 * The one interface every storage engine implements (embedded lmdb, Fluss). Engines store raw
 * cells: puts and delete markers with concrete timestamps. HBase visibility (versions, deletes,
 * time ranges, TTL) is resolved above the engine by row-semantics.ts, identically for all engines.
 */
export interface RowMutation {
  row: Buffer;
  /** Puts and delete markers, timestamps already resolved (never LATEST_TIMESTAMP). */
  cells: Cell[];
}

export interface StoredRow {
  row: Buffer;
  /** Every stored cell of the row in HBase cell order (puts and delete markers). */
  cells: Cell[];
}

/** Bounds in the scan's own direction, as HBase's Scan has them (reversed: start is the high key). */
export interface ScanRange {
  /** First row bound (empty = the end of the table the scan starts from). */
  startRow: Buffer;
  startInclusive: boolean;
  /** Last row bound (empty = run to the other end of the table). */
  stopRow: Buffer;
  stopInclusive: boolean;
  reversed: boolean;
}

/** A resumable cursor over stored rows; engines may re-seek between calls, so it holds no locks. */
export interface RowCursor {
  next(maxRows: number): Promise<StoredRow[]>;
  close(): void;
}

export interface CatalogPort {
  listNamespaces(): Promise<NamespaceDescriptor[]>;
  getNamespace(name: string): Promise<NamespaceDescriptor | undefined>;
  putNamespace(ns: NamespaceDescriptor): Promise<void>;
  deleteNamespace(name: string): Promise<void>;
  listTables(): Promise<TableDescriptor[]>;
  getTable(name: TableName): Promise<TableDescriptor | undefined>;
  putTable(table: TableDescriptor): Promise<void>;
  deleteTable(name: TableName): Promise<void>;
}

/** How a write is acknowledged, beyond what every write promises. */
export interface WriteOptions {
  /**
   * The write asked for Durability.FSYNC_WAL (itself or through its table's DURABILITY): resolve
   * only once it is on disk, whatever hbase.wal.hsync says. An engine whose writes are always
   * replicated before they are acknowledged (Fluss) has nothing more to do.
   */
  fsync?: boolean;
}

export interface DataPort {
  /**
   * Applies mutations; each row's cells apply atomically, and the promise resolves only once
   * everything is durable (an acknowledged write survives a crash of the gateway process).
   */
  mutate(table: TableDescriptor, mutations: RowMutation[], options?: WriteOptions): Promise<void>;
  /**
   * Atomic read-modify-write of one row: `update` sees the row's stored cells and returns the
   * cells to add (or undefined to change nothing). No other write to the row interleaves.
   */
  mutateRowAtomically<T>(
    table: TableDescriptor,
    row: Buffer,
    update: (stored: StoredRow) => { cells: Cell[] | undefined; result: T },
    options?: WriteOptions,
  ): Promise<T>;
  getRows(table: TableDescriptor, rows: Buffer[]): Promise<StoredRow[]>;
  openCursor(table: TableDescriptor, range: ScanRange): RowCursor;
  dropTableData(table: TableName): Promise<void>;
  /**
   * Admin.flush (minor) or Admin.majorCompact (major) of a table: every stored row is cut down to
   * what HBase's flush or major compaction keeps (row-semantics compactRow). Resolves when done.
   */
  compact(table: TableDescriptor, options: { major: boolean }): Promise<void>;
}

/** How far an engine's scan index trails the log it is fed from, per table (see StorageEngine.indexLag). */
export interface IndexLag {
  /** The HBase table as HBase prints it ("ns:qualifier"; tables of the default namespace by qualifier alone). */
  table: string;
  /** Changelog records written but not yet applied to the index, summed over the table's buckets. */
  offsetsBehind: number;
  /** How long the index has been behind (0 when it has applied everything it has seen written). */
  msBehind: number;
}

export interface StorageEngine {
  readonly name: string;
  readonly catalog: CatalogPort;
  readonly data: DataPort;
  /** Cheap liveness probe for readiness checks. */
  ping(): Promise<void>;
  /**
   * The HBase exception a client should get for an error this engine threw (so its retry logic
   * does the right thing); undefined for errors that are not the engine's own.
   */
  describeError?(e: unknown): HBaseRemoteError | undefined;
  /**
   * Optional: prepares per-table state (such as a scan index) for the given tables now rather than
   * on first use. Best effort; the app calls it once after start with every table in the catalog.
   */
  warmUp?(tables: readonly TableDescriptor[]): Promise<void>;
  /** Optional: lag of the engine's scan index behind its source, for metrics (engines without one omit it). */
  indexLag?(): ReadonlyArray<IndexLag>;
  close(): Promise<void>;
}
