import { type Cell, CellType } from '@hbase-compat/hbase-codec';
import {
  ALL_TIME,
  type FamilyDescriptor,
  FOREVER_SECONDS,
  type ReadQuery,
  type ScanRange,
  type StorageEngine,
  type StoredRow,
  type TableDescriptor,
  familiesOf,
  readVisible,
} from '@hbase-compat/storage';

/**
 * What an engine's spec file hands the conformance suite: a started engine over storage of its own
 * (a temp folder, a private database prefix), a way to restart it over the same storage, and the
 * clean-up.
 */
export interface EngineUnderTest {
  engine: StorageEngine;
  /** Closes the current engine and opens a new one over the same stored data (a process restart). */
  reopen(): Promise<StorageEngine>;
  /** Closes the engine and removes what the run stored. */
  dispose(): Promise<void>;
  /**
   * An engine whose backing store cannot be reached, for the error rules; engines that have no
   * remote store (embedded) leave it out and those rules are skipped.
   */
  unreachable?(): Promise<StorageEngine>;
}

export interface ConformanceOptions {
  /** Per-test timeout (ms): a remote engine needs more than Jest's 5 s default. */
  timeoutMs?: number;
  /**
   * Rules (test names, exactly) this engine is known to break. They run as `it.failing`, so the
   * run stays green while the engine is wrong and turns red the day it is fixed, prompting the
   * entry's removal. Every entry must be reported as a bug; a rule is never weakened instead.
   */
  knownFailures?: readonly string[];
}

/** Options of one family of a test table; unset fields take HBase's defaults. */
export interface FamilySpec {
  versions?: number;
  minVersions?: number;
  ttlSeconds?: number;
  keepDeletedCells?: 'TRUE' | 'FALSE' | 'TTL';
}

/** The handle every rule group gets: the current engine, table creation and rule registration. */
export interface Suite {
  engine(): StorageEngine;
  reopen(): Promise<StorageEngine>;
  unreachable: (() => Promise<StorageEngine>) | undefined;
  /** Creates a table of its own for one rule (a fresh name each call) with the given families. */
  table(families: Record<string, FamilySpec>): Promise<TableDescriptor>;
  /** Registers one rule of the contract as a test (or as a known failure). */
  rule(name: string, body: () => Promise<void>): void;
}

export const NAMESPACE = 'default';

export const b = (s: string): Buffer => Buffer.from(s, 'latin1');

export function family(name: string, spec: FamilySpec = {}): FamilyDescriptor {
  const attributes = spec.keepDeletedCells === undefined ? [] : [{ first: b('KEEP_DELETED_CELLS'), second: b(spec.keepDeletedCells) }];
  return {
    name: b(name),
    maxVersions: spec.versions ?? 1,
    minVersions: spec.minVersions ?? 0,
    ttlSeconds: spec.ttlSeconds ?? FOREVER_SECONDS,
    attributes,
    configuration: [],
  };
}

export function descriptor(qualifier: string, families: Record<string, FamilySpec>): TableDescriptor {
  return {
    name: { namespace: NAMESPACE, qualifier },
    families: Object.entries(families).map(([name, spec]) => family(name, spec)),
    attributes: [],
    configuration: [],
    state: 'ENABLED',
    regionId: 1,
    splitKeys: [],
  };
}

/** A cell; `column` is "family:qualifier" (the qualifier may be empty). */
export function cell(row: Buffer, column: string, timestamp: number | bigint, type: CellType, value = ''): Cell {
  const at = column.indexOf(':');
  return { row, family: b(column.slice(0, at)), qualifier: b(column.slice(at + 1)), timestamp: BigInt(timestamp), type, value: b(value) };
}

export const put = (row: Buffer, column: string, timestamp: number | bigint, value: string): Cell => cell(row, column, timestamp, CellType.Put, value);

const TYPE_NAMES = new Map<CellType, string>([
  [CellType.Put, 'Put'],
  [CellType.Delete, 'Delete'],
  [CellType.DeleteColumn, 'DeleteColumn'],
  [CellType.DeleteFamily, 'DeleteFamily'],
  [CellType.DeleteFamilyVersion, 'DeleteFamilyVersion'],
]);

/** Printable bytes as text, anything else as hex, so a failed assertion reads at a glance. */
export function text(bytes: Buffer): string {
  return [...bytes].every((c) => c >= 0x20 && c < 0x7f) ? bytes.toString('latin1') : `0x${bytes.toString('hex')}`;
}

/** One cell as "cf:q@ts=value" (puts) or "cf:q@ts Delete" (markers); the row is left out. */
export function show(c: Cell): string {
  const at = `${text(c.family)}:${text(c.qualifier)}@${c.timestamp}`;
  return c.type === CellType.Put ? `${at}=${text(c.value)}` : `${at} ${TYPE_NAMES.get(c.type) ?? c.type}`;
}

/** Writes one row's cells in one mutation. */
export async function write(engine: StorageEngine, table: TableDescriptor, row: Buffer, cells: Cell[]): Promise<void> {
  await engine.data.mutate(table, [{ row, cells }]);
}

export async function stored(engine: StorageEngine, table: TableDescriptor, row: Buffer): Promise<Cell[]> {
  const [r] = await engine.data.getRows(table, [row]);
  return r.cells;
}

/**
 * What a client's Get returns of a row: the engine's stored cells through the shared HBase
 * visibility rules (row-semantics.ts), so a rule fails when the engine stored the wrong cells.
 * Defaults are Get's: one version, all time, the server's clock.
 */
export async function read(engine: StorageEngine, table: TableDescriptor, row: Buffer, query: Partial<ReadQuery> = {}): Promise<string[]> {
  const cells = await stored(engine, table, row);
  return readVisible(cells, familiesOf(table), { timeRange: ALL_TIME, maxVersions: 1, now: Date.now(), ...query }).map(show);
}

export function range(over: Partial<ScanRange> = {}): ScanRange {
  return { startRow: Buffer.alloc(0), startInclusive: true, stopRow: Buffer.alloc(0), stopInclusive: false, reversed: false, ...over };
}

/** Every row a cursor yields, `batch` rows per call, closing it at the end. */
export async function scanAll(engine: StorageEngine, table: TableDescriptor, r: ScanRange, batch = 100): Promise<StoredRow[]> {
  const cursor = engine.data.openCursor(table, r);
  const out: StoredRow[] = [];
  try {
    for (;;) {
      const rows = await cursor.next(batch);
      if (rows.length === 0) return out;
      out.push(...rows);
    }
  } finally {
    cursor.close();
  }
}

export const hex = (rows: readonly Buffer[]): string[] => rows.map((r) => r.toString('hex'));

/** A row key of `length` bytes: 'a' filler ending in `last`. */
export function longRow(length: number, last: number): Buffer {
  const key = Buffer.alloc(length, 0x61);
  key[length - 1] = last;
  return key;
}
