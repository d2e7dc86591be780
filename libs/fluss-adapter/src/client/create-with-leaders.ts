import { isFlussError } from '../protocol/errors';
import type { FlussClient, TablePath, TableRoute } from './fluss-client';

/**
 * Creating a Fluss table that surely gets bucket leaders.
 *
 * Fluss 0.9's coordinator can miss a table creation. MetadataManager.createTable first creates the
 * table's znode empty (ZooKeeperClient.registerFirstSchema writes <table>/schemas/1 with its
 * parents), then fills it (registerTable's setData). The coordinator's TableChangeWatcher, a
 * CuratorCache over the databases znode, starts a table (CreateTableEvent → CoordinatorEventProcessor
 * .processCreateTable → TableManager.onCreateNewTable: replicas, leader election) only on a
 * NODE_CHANGED of that znode whose old data was empty. When the cache reads the new znode only after
 * the setData — its single thread is still busy with the events of another table's deletion (and
 * its listener reads ZooKeeper synchronously) — it reports NODE_CREATED with the data already in,
 * which the watcher ignores. The table is then registered ("Registered table … id N") but never
 * started (no "New table … id N"): its buckets never get a leader, and dropping it later fails in
 * processDropTable (a NullPointerException: the coordinator never knew the table id). CI saw it
 * 7–51 ms after another table's deletion completed.
 *
 * Reusing a table name adds two more races: the old znode's deletion and the new one's creation can
 * reach the cache as one NODE_CHANGED with the old table's data (taken for a property change), and
 * the end of the old table's deletion (TableManager.completeDeleteTable → CoordinatorContext
 * .removeTable(oldId)) removes the path → id entry the new table of the same path already put there.
 *
 * It is not only deletions: CI also saw it 228 ms after another table's creation, with no deletion
 * for minutes (the cache busy with that creation's events).
 *
 * So: a new table is given a name never used before (the gateway's FlussNames.newIncarnation; a test
 * its own suffix), and a table whose buckets have no leader within a few seconds of its creation is
 * dropped and created again under yet another name. Only tables created here are ever dropped this
 * way, so no data can be lost. Everything that creates Fluss tables goes through here, the adapter's
 * own tests against a real cluster included.
 */
export interface LeaderWaitPlan {
  /** Creations tried before giving up. */
  attempts: number;
  /** How long the first creation may go without bucket leaders; each retry waits twice as long. */
  firstWaitMs: number;
  maxWaitMs: number;
  /** Pause between dropping a leaderless table and creating one of the same name (the catalog). */
  sameNamePauseMs: number;
}

/**
 * A healthy creation gets its leaders within a few hundred milliseconds (the coordinator elects
 * them while it processes the creation event); 4 s leaves room for a busy machine.
 */
export const DEFAULT_LEADER_WAIT: LeaderWaitPlan = { attempts: 6, firstWaitMs: 4_000, maxWaitMs: 16_000, sameNamePauseMs: 2_000 };

export interface CreatedTable {
  path: TablePath;
  route: TableRoute;
  /** Creations it took (1 unless the coordinator missed one). */
  attempts: number;
}

export interface CreateRequest {
  /** The name of each attempt: a new one every time, or always the same (the catalog table). */
  nextPath: () => TablePath;
  tableJson: string;
  /** CreateTable's ignoreIfExists: true where another node may create the same table at once. */
  ignoreIfExists: boolean;
}

const pathText = (p: TablePath) => `${p.database}.${p.table}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Creates the table, and again under the next path while the coordinator leaves it leaderless. */
export async function createWithLeaders(
  client: FlussClient,
  request: CreateRequest,
  log: { warn(m: string): void },
  plan: LeaderWaitPlan = DEFAULT_LEADER_WAIT,
): Promise<CreatedTable> {
  let wait = plan.firstWaitMs;
  let previous: TablePath | undefined;
  for (let attempt = 1; ; attempt++) {
    const path = request.nextPath();
    if (previous !== undefined && pathText(previous) === pathText(path)) await sleep(plan.sameNamePauseMs);
    await requestCreate(client, path, request);
    try {
      return { path, route: await client.awaitLeaders(path, wait), attempts: attempt };
    } catch (e) {
      if (!isFlussError(e, 'LeaderNotAvailable') || attempt >= plan.attempts) throw e;
    }
    log.warn(
      `Fluss table ${pathText(path)} has no bucket leader ${wait} ms after its creation (the coordinator missed it); dropping it and creating the table again`,
    );
    await client.dropTable(path, true).catch((e: unknown) => log.warn(`dropping the leaderless Fluss table ${pathText(path)}: ${(e as Error).message}`));
    previous = path;
    wait = Math.min(wait * 2, plan.maxWaitMs);
  }
}

async function requestCreate(client: FlussClient, path: TablePath, request: CreateRequest): Promise<void> {
  try {
    await client.requestCreateTable(path, request.tableJson, request.ignoreIfExists);
  } catch (e) {
    // A fresh name can only exist because a retry of this very request came after the first try
    // had created it (its answer lost).
    if (!isFlussError(e, 'TableAlreadyExist')) throw e;
  }
}
