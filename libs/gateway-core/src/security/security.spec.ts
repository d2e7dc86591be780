import { type Cell, HBaseRemoteError } from '@hbase-compat/hbase-codec';
import { parseTableName, tableNameToString } from '@hbase-compat/region-mapping';
import type { RowMutation, StorageEngine, StoredRow, TableDescriptor } from '@hbase-compat/storage';
import { AccessChecker, contextText } from './access-checker';
import { AclStorage, parseRecord, scopeRow } from './acl-storage';
import { AuthManager } from './auth-manager';
import { javaHashOrder } from './acl-rpc';
import { ACTIONS, type Action, type UserPermission } from './permission';

/** Just enough of a storage engine for hbase:acl: one table, rows of raw cells. */
function memoryEngine(): StorageEngine {
  const tables = new Map<string, TableDescriptor>();
  const rows = new Map<string, Cell[]>();
  const sorted = () => [...rows.entries()].sort(([a], [b]) => Buffer.compare(Buffer.from(a, 'latin1'), Buffer.from(b, 'latin1')));
  const engine = {
    name: 'memory',
    catalog: {
      getTable: async (n: { namespace: string; qualifier: string }) => tables.get(tableNameToString(n)),
      putTable: async (t: TableDescriptor) => void tables.set(tableNameToString(t.name), t),
    },
    data: {
      mutate: async (_t: TableDescriptor, ms: RowMutation[]) => {
        // HBase cell order, as real engines keep it: column, then newest first, markers before puts.
        const order = (a: Cell, b: Cell) => Buffer.compare(a.qualifier, b.qualifier) || Number(b.timestamp - a.timestamp) || b.type - a.type;
        for (const m of ms) rows.set(m.row.toString('latin1'), [...(rows.get(m.row.toString('latin1')) ?? []), ...m.cells].sort(order));
      },
      getRows: async (_t: TableDescriptor, keys: Buffer[]): Promise<StoredRow[]> => keys.map((row) => ({ row, cells: rows.get(row.toString('latin1')) ?? [] })),
      openCursor: () => {
        let done = false;
        return {
          next: async () => {
            if (done) return [];
            done = true;
            return sorted().map(([k, cells]) => ({ row: Buffer.from(k, 'latin1'), cells }));
          },
          close: () => undefined,
        };
      },
    },
  };
  return engine as unknown as StorageEngine;
}

const T = parseTableName('acl_t');
const F = Buffer.from('f');
const G = Buffer.from('g');
const Q1 = Buffer.from('q1');
const grant = (user: string, scope: UserPermission['permission']['scope'], ...actions: Action[]): UserPermission => ({
  user,
  permission: { scope, actions: new Set(actions) },
});

function setUp(ttlMs = 60_000) {
  let clock = 1_000;
  const engine = memoryEngine();
  const storage = new AclStorage(engine, () => clock);
  const auth = new AuthManager(storage, new Set(['root']), ttlMs, () => clock);
  const checker = new AccessChecker(auth);
  return { engine, storage, auth, checker, tick: (ms: number) => (clock += ms) };
}

async function denial(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(HBaseRemoteError);
    expect((e as HBaseRemoteError).kind.className).toBe('org.apache.hadoop.hbase.security.AccessDeniedException');
    return (e as Error).message;
  }
  throw new Error('expected AccessDeniedException');
}

describe('hbase:acl layout (PermissionStorage)', () => {
  it('keys rows by table, @namespace and hbase:acl, and qualifiers by user[,family[,qualifier]]', () => {
    expect(scopeRow({ kind: 'global' }).toString()).toBe('hbase:acl');
    expect(scopeRow({ kind: 'namespace', namespace: 'ns' }).toString()).toBe('@ns');
    expect(scopeRow({ kind: 'table', table: parseTableName('ns:t') }).toString()).toBe('ns:t');
    const up = parseRecord(Buffer.from('acl_t'), Buffer.from('carol,f,q1'), Buffer.from('RW'));
    expect(up.user).toBe('carol');
    expect(up.permission.scope).toEqual({ kind: 'table', table: T, family: F, qualifier: Q1 });
    expect([...up.permission.actions]).toEqual(['READ', 'WRITE']);
    expect(() => parseRecord(Buffer.from('hbase:acl'), Buffer.from('x'), Buffer.from('Z'))).toThrow(/Unknown action code/);
  });

  it('merges grants, revokes single actions and whole scopes', async () => {
    const { storage } = setUp();
    await storage.add(grant('alice', { kind: 'table', table: T }, 'READ'), false);
    await storage.add(grant('alice', { kind: 'table', table: T }, 'WRITE'), true);
    await storage.add(grant('bob', { kind: 'namespace', namespace: 'ns' }, 'CREATE'), false);
    let all = await storage.loadAll();
    expect(all.map((g) => `${g.user}:${[...g.permission.actions].join('')}`).sort()).toEqual(['alice:READWRITE', 'bob:CREATE']);
    await storage.remove(grant('alice', { kind: 'table', table: T }, 'READ'));
    all = await storage.loadAll();
    expect(all.find((g) => g.user === 'alice')?.permission.actions).toEqual(new Set(['WRITE']));
    await storage.removeScope({ kind: 'table', table: T });
    expect((await storage.loadAll()).map((g) => g.user)).toEqual(['bob']);
  });
});

describe('AuthManager rules', () => {
  it('lets wider scopes cover narrower ones, never the reverse', async () => {
    const { storage, auth } = setUp();
    await storage.add(grant('g', { kind: 'global' }, 'ADMIN'), false);
    await storage.add(grant('n', { kind: 'namespace', namespace: 'default' }, 'READ'), false);
    await storage.add(grant('f', { kind: 'table', table: T, family: F }, 'WRITE'), false);
    await storage.add(grant('q', { kind: 'table', table: T, family: F, qualifier: Q1 }, 'READ'), false);
    const s = await auth.snapshot();
    expect(s.table('g', T, undefined, undefined, 'ADMIN')).toBe(true);
    expect(s.table('n', T, G, Q1, 'READ')).toBe(true);
    expect(s.table('f', T, F, Q1, 'WRITE')).toBe(true);
    expect(s.table('f', T, undefined, undefined, 'WRITE')).toBe(false);
    expect(s.table('f', T, G, undefined, 'WRITE')).toBe(false);
    expect(s.table('q', T, F, Q1, 'READ')).toBe(true);
    expect(s.table('q', T, F, undefined, 'READ')).toBe(false);
    expect(s.family('q', T, F, 'READ')).toBe(true);
    expect(s.access('q', T, 'READ')).toBe(true);
    expect(s.table('root', T, undefined, undefined, 'ADMIN')).toBe(true);
    expect(ACTIONS.some((a) => s.access('nobody', T, a))).toBe(false);
  });

  it('sees a change made elsewhere within its TTL, and its own at once', async () => {
    const { engine, storage, auth, tick } = setUp(1_000);
    expect((await auth.snapshot()).table('alice', T, undefined, undefined, 'READ')).toBe(false);
    const otherNode = new AclStorage(engine, () => 5_000);
    await otherNode.add(grant('alice', { kind: 'table', table: T }, 'READ'), false);
    expect((await auth.snapshot()).table('alice', T, undefined, undefined, 'READ')).toBe(false);
    tick(1_000);
    expect((await auth.snapshot()).table('alice', T, undefined, undefined, 'READ')).toBe(true);
    await storage.remove(grant('alice', { kind: 'table', table: T }, 'READ'));
    auth.invalidate();
    expect((await auth.snapshot()).table('alice', T, undefined, undefined, 'READ')).toBe(false);
  });
});

describe('AccessChecker (texts as HBase 2.6.4 sends them)', () => {
  it('words table, namespace and global denials as AccessChecker does', async () => {
    const { checker } = setUp();
    expect(await denial(checker.requireTable('alice', T, ['ADMIN', 'CREATE']))).toBe(
      'Insufficient permissions (user=alice, scope=default:acl_t, params=[table=default:acl_t,],action=CREATE)',
    );
    expect(await denial(checker.requireTable('bob', T, ['ADMIN'], F, Q1))).toBe(
      'Insufficient permissions (user=bob, scope=default:acl_t, family=f:q1, params=[table=default:acl_t,family=f:q1,],action=ADMIN)',
    );
    const newTable = parseTableName('acl_ns:alice');
    expect(await denial(checker.requireNamespace('alice', 'acl_ns', ['ADMIN', 'CREATE'], { table: newTable, families: [[F, []]] }))).toBe(
      'Insufficient permissions (user=alice, scope=acl_ns, params=[namespace=acl_ns,table=acl_ns:alice,family=f],action=CREATE)',
    );
    expect(await denial(checker.requireGlobal('alice', 'ADMIN'))).toBe("Insufficient permissions for user 'alice' (global, action=ADMIN)");
  });

  it('checks writes cell by cell and reads with a filter where only parts are granted', async () => {
    const { storage, checker } = setUp();
    await storage.add(grant('bob', { kind: 'table', table: T, family: F }, 'WRITE'), false);
    await storage.add(grant('carol', { kind: 'table', table: T, family: F, qualifier: Q1 }, 'READ'), false);
    await checker.requireData('bob', T, [[F, [Q1]]], ['WRITE']);
    expect(
      await denial(
        checker.requireData(
          'bob',
          T,
          [
            [F, [Q1]],
            [G, [Q1]],
          ],
          ['WRITE'],
        ),
      ),
    ).toBe('Insufficient permissions (user=bob, scope=default:acl_t, family=g:q1, params=[table=default:acl_t,family=g:q1],action=WRITE)');
    const keep = await checker.authorizeRead('carol', T, [
      [F, []],
      [G, []],
    ]);
    expect(keep).toBeDefined();
    const cell = (family: Buffer, qualifier: Buffer) => ({ family, qualifier }) as Cell;
    expect(keep?.(cell(F, Q1))).toBe(true);
    expect(keep?.(cell(F, Buffer.from('q2')))).toBe(false);
    expect(await denial(checker.authorizeRead('carol', T, [[G, []]]))).toBe("Insufficient permissions for user 'carol' (table=acl_t, action=READ)");
    expect(await checker.authorizeRead('anyone', parseTableName('hbase:meta'), [])).toBeUndefined();
  });

  it('prints the global scope and families of several cells as AuthResult does', () => {
    expect(
      contextText({
        user: 'u',
        action: 'READ',
        table: T,
        families: [
          [F, [Q1, Buffer.from('q2')]],
          [G, []],
        ],
      }),
    ).toBe('(user=u, scope=default:acl_t, family=f:q1|f:q2|g, params=[table=default:acl_t,family=f:q1|f:q2|g],action=READ)');
    expect(contextText({ user: 'u', action: 'ADMIN' })).toBe('(user=u, scope=GLOBAL, action=ADMIN)');
  });
});

describe('listing order', () => {
  it('follows java.util.HashMap as HBase 2.6.4 printed it for these users', () => {
    expect(javaHashOrder(['alice', 'bob', 'carol', 'root'], (u) => u)).toEqual(['carol', 'bob', 'root', 'alice']);
  });
});
