import {
  type FlussClient,
  FlussError,
  FlussErrorCode,
  type LeaderWaitPlan,
  type TablePath,
  type TableRoute,
  createWithLeaders,
} from '@hbase-compat/fluss-adapter';
import { FlussNames } from './fluss-names';

const PLAN: LeaderWaitPlan = { attempts: 3, firstWaitMs: 10, maxWaitMs: 40, sameNamePauseMs: 1 };
const key = (p: TablePath) => `${p.database}.${p.table}`;

/** A coordinator that misses the creations it is told to miss: those tables never get a leader. */
function fakeClient(missed: number) {
  const calls: string[] = [];
  const waits: number[] = [];
  let creations = 0;
  const leaderless = new Set<string>();
  const client = {
    requestCreateTable: async (path: TablePath) => {
      calls.push(`create ${key(path)}`);
      if (++creations <= missed) leaderless.add(key(path));
    },
    awaitLeaders: async (path: TablePath, timeoutMs: number): Promise<TableRoute> => {
      waits.push(timeoutMs);
      if (leaderless.has(key(path))) throw FlussError.create('LeaderNotAvailable', `no leader after ${timeoutMs} ms`);
      return { path, tableId: 1n, schemaId: 1, tableJson: '{}', leaders: [0] };
    },
    dropTable: async (path: TablePath) => {
      calls.push(`drop ${key(path)}`);
      leaderless.delete(key(path));
    },
  };
  return { client: client as unknown as FlussClient, calls, waits };
}

const quiet = { warn: () => undefined };

describe('createWithLeaders', () => {
  const names = new FlussNames('hbase_');
  const t = { namespace: 'default', qualifier: 'my_table' };

  it('drops a table the coordinator left leaderless and creates the next incarnation, waiting longer each time', async () => {
    const { client, calls, waits } = fakeClient(2);
    const created = await createWithLeaders(client, { nextPath: () => names.newIncarnation(t), tableJson: '{}', ignoreIfExists: false }, quiet, PLAN);
    expect(created.attempts).toBe(3);
    expect(calls.map((c) => c.split(' ')[0])).toEqual(['create', 'drop', 'create', 'drop', 'create']);
    const tables = calls.filter((c) => c.startsWith('create')).map((c) => c.slice('create hbase_default.'.length));
    expect(new Set(tables).size).toBe(3); // never the same name twice
    for (const name of tables) expect(names.isIncarnationOf(name, t)).toBe(true);
    expect(created.path.table).toBe(tables[2]);
    expect(waits).toEqual([10, 20, 40]);
  });

  it('gives up after the planned attempts with the leader error', async () => {
    const { client } = fakeClient(5);
    await expect(
      createWithLeaders(client, { nextPath: () => names.newIncarnation(t), tableJson: '{}', ignoreIfExists: false }, quiet, PLAN),
    ).rejects.toMatchObject({ code: FlussErrorCode.LeaderNotAvailable });
  });

  it('retries a fixed name (the catalog) under the same name', async () => {
    const { client, calls } = fakeClient(1);
    const created = await createWithLeaders(client, { nextPath: () => names.catalog, tableJson: '{}', ignoreIfExists: true }, quiet, PLAN);
    expect(created.attempts).toBe(2);
    expect(calls).toEqual(['create hbase__system.catalog', 'drop hbase__system.catalog', 'create hbase__system.catalog']);
  });
});

describe('Fluss table incarnations', () => {
  const names = new FlussNames('hbase_');

  it('tells the incarnations of one HBase table from those of any other', () => {
    const t = { namespace: 'default', qualifier: 'a' };
    const fresh = names.newIncarnation(t);
    expect(fresh.database).toBe('hbase_default');
    expect(fresh.table).toMatch(/^a__[0-9a-z]+$/);
    expect(names.newIncarnation(t).table).not.toBe(fresh.table);
    expect(names.isIncarnationOf(fresh.table, t)).toBe(true);
    expect(names.isIncarnationOf('a', t)).toBe(true); // the legacy table of catalogs written before incarnations
    // 'a_' escapes to 'a_5f' and 'a.b' to 'a_2eb': neither is ever taken for an incarnation of 'a'.
    expect(names.isIncarnationOf(names.newIncarnation({ namespace: 'default', qualifier: 'a_' }).table, t)).toBe(false);
    expect(names.isIncarnationOf(names.newIncarnation({ namespace: 'default', qualifier: 'a.b' }).table, t)).toBe(false);
    expect(names.isIncarnationOf('ab__x1', t)).toBe(false);
    expect(names.isIncarnationOf('a__', t)).toBe(false);
  });
});
