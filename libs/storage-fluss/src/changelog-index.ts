import { open, type Database, type RootDatabase } from 'lmdb';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { FlussClient, TablePath } from '@hbase-compat/fluss-adapter';
import { LMDB_BINARY_COPYING, LMDB_MAP_SIZE } from '@hbase-compat/storage';
import { type IndexLog, TableFeed } from './table-feed';

export type { IndexLog } from './table-feed';
export { TableFeed } from './table-feed';

/**
 * The ordered index behind scans (docs/architecture.md, section 5): for every data table, a local
 * lmdb copy of its cells in HBase row order, fed by tailing each bucket's changelog with FetchLog.
 *
 *   cells/<tableId>  each row's cells in pages, rows in HBase row order and cells in HBase cell
 *                    order (index-pages.ts; long keys by the shared long-key scheme of @hbase-compat/storage)
 *   offsets          "<tableId>/<bucket>" → next changelog offset to apply
 *
 * The pieces: table-feed.ts (tailing, snapshots, the fence), scan-fence.ts (shared ListOffsets
 * rounds), index-cursor.ts (scans), feed-lag.ts (lag for metrics).
 *
 * Each fetch result is applied in one lmdb transaction together with the bucket's new offset, and
 * +I/+U put a cell into its row's page while -D removes it, so applying a record twice is harmless. A scan first asks
 * each bucket's leader for the end of its changelog (ListOffsets) and waits until the index has
 * applied that far: every write acknowledged before the scan opened, by any gateway, is visible.
 * Concurrent scans share ListOffsets rounds and catch-up fetches (scan-fence.ts, TableFeed.fetchNow).
 *
 * A node that restarts resumes from its stored offsets. A node without them (new, or its index
 * folder lost), or whose offsets the log no longer holds (retention: `table.log.ttl`, default 7
 * days), builds a bucket from a snapshot instead: it takes the log end offset, reads every current
 * value with LimitScan, and tails from the offset it took first; replaying changes the snapshot
 * already holds is harmless. LimitScan returns a bucket in one response, so this needs a bucket
 * to fit in one (Fluss's max response size); more buckets per table keep buckets small.
 */

/** The index file; its name changes with the layout, so an older index is rebuilt rather than misread. */
const INDEX_FILE = 'scan-index-v3.mdb';
/** Earlier layouts: one entry per cell (v2), and v2 before the shared long-key scheme (index.mdb). */
const LEGACY_FILES = ['index.mdb', 'index.mdb-lock', 'scan-index-v2.mdb', 'scan-index-v2.mdb-lock'];

export class ChangelogIndex {
  private readonly root: RootDatabase;
  private readonly offsets: Database<string, string>;
  private readonly feeds = new Map<string, TableFeed>();

  constructor(
    dir: string,
    private readonly client: FlussClient,
    private readonly log: IndexLog,
  ) {
    mkdirSync(dir, { recursive: true });
    // An index in an earlier layout is dropped and rebuilt from Fluss.
    for (const old of LEGACY_FILES) rmSync(join(dir, old), { force: true, recursive: true });
    // The index is rebuildable from Fluss, so commits need not wait for the disk.
    this.root = open({ path: join(dir, INDEX_FILE), maxDbs: 10_000, mapSize: LMDB_MAP_SIZE, compression: false, noSync: true });
    this.offsets = this.root.openDB<string, string>('offsets', { encoding: 'string' });
  }

  /** The running feed of a data table (started on first use). */
  feed(path: TablePath, tableId: bigint, buckets: number, bucketOf: (row: Buffer) => number): TableFeed {
    const id = tableId.toString();
    let f = this.feeds.get(id);
    if (f === undefined) {
      const db = this.root.openDB<Buffer, Buffer>(`cells/${id}`, LMDB_BINARY_COPYING);
      f = new TableFeed(this.client, path, tableId, buckets, bucketOf, db, this.offsets, this.log, () => this.forget(id));
      this.feeds.set(id, f);
      f.start();
    }
    return f;
  }

  /** How far each running feed trails its changelog (StorageEngine.indexLag). */
  lag(): { path: TablePath; offsetsBehind: number; msBehind: number }[] {
    const now = Date.now();
    return [...this.feeds.values()].map((f) => ({ path: f.path, ...f.lag(now) }));
  }

  /** Stops and deletes every feed of the given Fluss table path (dropped or truncated). */
  async dropPath(path: TablePath): Promise<void> {
    for (const [id, f] of [...this.feeds]) {
      if (f.path.database === path.database && f.path.table === path.table) {
        this.feeds.delete(id);
        await f.destroy();
      }
    }
  }

  private forget(id: string): void {
    this.feeds.delete(id);
  }

  async close(): Promise<void> {
    for (const f of this.feeds.values()) f.stop();
    this.feeds.clear();
    await this.root.close();
  }
}
