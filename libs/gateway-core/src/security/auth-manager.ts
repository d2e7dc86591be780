import type { TableName } from '@hbase-compat/region-mapping';
import { tableNameToString } from '@hbase-compat/region-mapping';
import type { AclStorage } from './acl-storage';
import { type Action, type Scope, type UserPermission, tableGrantImplies } from './permission';

type TableScope = Extract<Scope, { kind: 'table' }>;

/** Grants indexed as AuthManager's caches are: global, per namespace, per table; each by user. */
export class PermissionSnapshot {
  private readonly globalGrants = new Map<string, Set<Action>>();
  private readonly namespaces = new Map<string, Map<string, Set<Action>>>();
  private readonly tables = new Map<string, Map<string, { scope: TableScope; actions: ReadonlySet<Action> }[]>>();

  constructor(
    readonly grants: readonly UserPermission[],
    private readonly superusers: ReadonlySet<string>,
  ) {
    for (const g of grants) this.index(g);
  }

  private index(g: UserPermission): void {
    const s = g.permission.scope;
    if (s.kind === 'global') return void union(this.globalGrants, g.user, g.permission.actions);
    if (s.kind === 'namespace') return void union(mapOf(this.namespaces, s.namespace), g.user, g.permission.actions);
    const byUser = mapOf(this.tables, tableNameToString(s.table));
    const list = byUser.get(g.user) ?? [];
    list.push({ scope: s, actions: g.permission.actions });
    byUser.set(g.user, list);
  }

  /** Superusers.isSuperUser: hbase.superuser and the user the gateway runs as. */
  isSuperuser(user: string): boolean {
    return this.superusers.has(user);
  }

  /** AuthManager.authorizeUserGlobal. Groups are not resolved (the gateway has no group mapping). */
  global(user: string, action: Action): boolean {
    return this.isSuperuser(user) || (this.globalGrants.get(user)?.has(action) ?? false);
  }

  /** AuthManager.authorizeUserNamespace: a global grant covers every namespace. */
  namespace(user: string, namespace: string, action: Action): boolean {
    return this.global(user, action) || (this.namespaces.get(namespace)?.get(user)?.has(action) ?? false);
  }

  /**
   * AuthManager.authorizeUserTable(user, table, family, qualifier, action): namespace and global
   * grants cover the table; a table grant covers what TablePermission.implies says.
   */
  table(user: string, table: TableName, family: Buffer | undefined, qualifier: Buffer | undefined, action: Action): boolean {
    if (this.namespace(user, table.namespace, action)) return true;
    return this.tableGrants(user, table).some((g) => g.actions.has(action) && tableGrantImplies(g.scope, table, family, qualifier));
  }

  /** AuthManager.authorizeUserFamily: table grants only, any qualifier of the family. */
  family(user: string, table: TableName, family: Buffer, action: Action): boolean {
    return this.tableGrants(user, table).some((g) => g.actions.has(action) && tableGrantImplies(g.scope, table, family, undefined, false));
  }

  /** AuthManager.accessUserTable: the action anywhere on the table (any family or qualifier). */
  access(user: string, table: TableName, action: Action): boolean {
    return this.namespace(user, table.namespace, action) || this.tableGrants(user, table).some((g) => g.actions.has(action));
  }

  private tableGrants(user: string, table: TableName) {
    return this.tables.get(tableNameToString(table))?.get(user) ?? [];
  }
}

function mapOf<V>(m: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let inner = m.get(key);
  if (inner === undefined) m.set(key, (inner = new Map()));
  return inner;
}

function union(m: Map<string, Set<Action>>, user: string, actions: ReadonlySet<Action>): void {
  const set = m.get(user) ?? new Set<Action>();
  for (const a of actions) set.add(a);
  m.set(user, set);
}

/**
 * AuthManager's role: the grants every check consults. HBase pushes changes to every server
 * through ZooKeeper; here each node re-reads hbase:acl when its copy is older than `ttlMs`
 * (concurrent checks share one read), and a grant, revoke or DDL made on this node drops the copy
 * at once. So a change is in force on the node that made it immediately and on every other node
 * within ttlMs.
 */
export class AuthManager {
  private cached: { at: number; snapshot: PermissionSnapshot } | undefined;
  private loading: { generation: number; promise: Promise<PermissionSnapshot> } | undefined;
  private generation = 0;

  constructor(
    private readonly storage: AclStorage,
    private readonly superusers: ReadonlySet<string>,
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  get superuserNames(): ReadonlySet<string> {
    return this.superusers;
  }

  async snapshot(): Promise<PermissionSnapshot> {
    const c = this.cached;
    if (c !== undefined && this.now() - c.at < this.ttlMs) return c.snapshot;
    // A read begun before the latest local change may miss it: start another.
    if (this.loading === undefined || this.loading.generation !== this.generation) {
      const loading = { generation: this.generation, promise: this.load() };
      this.loading = loading;
      void loading.promise
        .finally(() => {
          if (this.loading === loading) this.loading = undefined;
        })
        .catch(() => undefined);
    }
    return this.loading.promise;
  }

  private async load(): Promise<PermissionSnapshot> {
    const generation = this.generation;
    const at = this.now();
    const snapshot = new PermissionSnapshot(await this.storage.loadAll(), this.superusers);
    // A change made while this read ran may be missing from it: keep it for this caller only.
    if (generation === this.generation) this.cached = { at, snapshot };
    return snapshot;
  }

  /** After a local change to hbase:acl: the next check reads it afresh. */
  invalidate(): void {
    this.generation++;
    this.cached = undefined;
  }
}
