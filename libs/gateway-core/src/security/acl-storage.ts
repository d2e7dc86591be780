import { type Cell, CellType } from '@hbase-compat/hbase-codec';
import { SYSTEM_NAMESPACE, type TableName, parseTableName, tableNameToString } from '@hbase-compat/region-mapping';
import { ALL_TIME, FOREVER_SECONDS, type StorageEngine, type TableDescriptor, familiesOf, readVisible } from '@hbase-compat/storage';
import { type Action, type Scope, type UserPermission, actionsFromCodes, actionsToCodes } from './permission';

/**
 * hbase:acl as HBase's PermissionStorage lays it out, kept through the storage port so both
 * engines and every gateway node share it:
 *   row       = the table's name ("t", "ns:t"), "@ns" for a namespace, "hbase:acl" for global grants
 *   family    = "l"
 *   qualifier = user (or "@group"), then ",family" and ",qualifier" for narrower table grants
 *   value     = the action codes ("RWXCA")
 */
export const ACL_TABLE: TableName = { namespace: SYSTEM_NAMESPACE, qualifier: 'acl' };
const ACL_FAMILY = Buffer.from('l');
const GLOBAL_ROW = 'hbase:acl';
const DELIMITER = ',';

/** The hbase:acl descriptor (PermissionStorage.ACL_TABLEDESC: one family "l", one version). */
export function aclDescriptor(regionId: number): TableDescriptor {
  return {
    name: ACL_TABLE,
    families: [{ name: ACL_FAMILY, maxVersions: 1, minVersions: 0, ttlSeconds: FOREVER_SECONDS, attributes: [], configuration: [] }],
    attributes: [],
    configuration: [],
    state: 'ENABLED',
    regionId,
    splitKeys: [],
  };
}

/** PermissionStorage.userPermissionRowKey. */
export function scopeRow(scope: Scope): Buffer {
  if (scope.kind === 'global') return Buffer.from(GLOBAL_ROW);
  if (scope.kind === 'namespace') return Buffer.from(`@${scope.namespace}`);
  return Buffer.from(tableNameToString(scope.table));
}

/** PermissionStorage.userPermissionKey. */
function permissionKey(up: UserPermission): Buffer {
  const s = up.permission.scope;
  const parts: Buffer[] = [Buffer.from(up.user)];
  if (s.kind === 'table' && s.family !== undefined) {
    parts.push(Buffer.from(DELIMITER), s.family);
    if (s.qualifier !== undefined) parts.push(Buffer.from(DELIMITER), s.qualifier);
  }
  return Buffer.concat(parts);
}

/** PermissionStorage.parsePermissionRecord: one hbase:acl cell back into a grant. */
export function parseRecord(row: Buffer, qualifier: Buffer, value: Buffer): UserPermission {
  const entry = row.toString('utf8');
  const actions = actionsFromCodes(value);
  if (entry === GLOBAL_ROW) return { user: qualifier.toString('utf8'), permission: { scope: { kind: 'global' }, actions } };
  if (entry.startsWith('@')) return { user: qualifier.toString('utf8'), permission: { scope: { kind: 'namespace', namespace: entry.slice(1) }, actions } };
  const first = qualifier.indexOf(DELIMITER);
  const table = parseTableName(entry);
  if (first < 0) return { user: qualifier.toString('utf8'), permission: { scope: { kind: 'table', table }, actions } };
  const second = qualifier.indexOf(DELIMITER, first + 1);
  const family = qualifier.subarray(first + 1, second < 0 ? undefined : second);
  const qual = second < 0 ? undefined : qualifier.subarray(second + 1);
  return { user: qualifier.subarray(0, first).toString('utf8'), permission: { scope: { kind: 'table', table, family, qualifier: qual }, actions } };
}

/** Reads and writes hbase:acl; creates it on first use (only when authorization is on). */
export class AclStorage {
  private ready: Promise<TableDescriptor> | undefined;
  private lastStamp = 0;

  constructor(
    private readonly storage: StorageEngine,
    private readonly now: () => number,
  ) {}

  /** The table, created through the catalog port if no node has created it yet. */
  private table(): Promise<TableDescriptor> {
    this.ready ??= (async () => {
      const existing = await this.storage.catalog.getTable(ACL_TABLE);
      if (existing !== undefined) return existing;
      const created = aclDescriptor(this.now());
      await this.storage.catalog.putTable(created);
      return (await this.storage.catalog.getTable(ACL_TABLE)) ?? created;
    })().catch((e: unknown) => {
      this.ready = undefined;
      throw e;
    });
    return this.ready;
  }

  /**
   * Timestamps strictly increasing on this node and past every cell already in the row, so a
   * revoke supersedes the grant it undoes even when another node (with another clock) wrote it.
   */
  private stamp(row: readonly Cell[]): bigint {
    const newest = row.reduce((m, c) => (c.timestamp > m ? c.timestamp : m), 0n);
    this.lastStamp = Math.max(this.now(), this.lastStamp + 1, Number(newest) + 1);
    return BigInt(this.lastStamp);
  }

  private async storedRow(t: TableDescriptor, row: Buffer): Promise<Cell[]> {
    const [stored] = await this.storage.data.getRows(t, [row]);
    return stored?.cells ?? [];
  }

  /** Every stored grant (PermissionStorage.loadAll). */
  async loadAll(): Promise<UserPermission[]> {
    const t = await this.table();
    const cursor = this.storage.data.openCursor(t, {
      startRow: Buffer.alloc(0),
      startInclusive: true,
      stopRow: Buffer.alloc(0),
      stopInclusive: false,
      reversed: false,
    });
    const out: UserPermission[] = [];
    try {
      for (;;) {
        const rows = await cursor.next(1000);
        if (rows.length === 0) break;
        for (const r of rows) for (const c of this.visible(t, r.cells)) out.push(parseRecord(c.row, c.qualifier, c.value));
      }
    } finally {
      cursor.close();
    }
    return out;
  }

  private visible(t: TableDescriptor, cells: Cell[]): Cell[] {
    return readVisible(cells, familiesOf(t), { timeRange: ALL_TIME, maxVersions: 1, now: this.now() });
  }

  /** The actions stored for exactly this user and scope (empty when none). */
  private current(t: TableDescriptor, up: UserPermission, stored: Cell[]): Set<Action> {
    const key = permissionKey(up);
    const cell = this.visible(t, stored).find((c) => c.qualifier.equals(key));
    return cell === undefined ? new Set() : actionsFromCodes(cell.value);
  }

  /** PermissionStorage.addUserPermission: with `merge`, the stored actions are kept as well. */
  async add(up: UserPermission, merge: boolean): Promise<void> {
    const t = await this.table();
    const stored = await this.storedRow(t, scopeRow(up.permission.scope));
    const actions = new Set(up.permission.actions);
    if (merge) for (const a of this.current(t, up, stored)) actions.add(a);
    await this.write(t, up, actions, stored);
  }

  /**
   * PermissionStorage.removeUserPermission: a revoke without actions drops the record; otherwise
   * only the named actions go, and the record goes when none is left.
   */
  async remove(up: UserPermission): Promise<void> {
    const t = await this.table();
    const stored = await this.storedRow(t, scopeRow(up.permission.scope));
    if (up.permission.actions.size === 0) return this.write(t, up, new Set(), stored);
    const remaining = this.current(t, up, stored);
    if (remaining.size === 0) return; // nothing stored for this user and scope: nothing to change
    for (const a of up.permission.actions) remaining.delete(a);
    await this.write(t, up, remaining, stored);
  }

  private async write(t: TableDescriptor, up: UserPermission, actions: ReadonlySet<Action>, stored: Cell[]): Promise<void> {
    const row = scopeRow(up.permission.scope);
    const timestamp = this.stamp(stored);
    const cell: Cell =
      actions.size > 0
        ? { row, family: ACL_FAMILY, qualifier: permissionKey(up), timestamp, type: CellType.Put, value: actionsToCodes(actions) }
        : { row, family: ACL_FAMILY, qualifier: permissionKey(up), timestamp, type: CellType.DeleteColumn, value: Buffer.alloc(0) };
    await this.storage.data.mutate(t, [{ row, cells: [cell] }]);
  }

  /** PermissionStorage.removeTablePermissions / removeNamespacePermissions: the whole row goes. */
  async removeScope(scope: Scope): Promise<void> {
    const t = await this.table();
    const row = scopeRow(scope);
    const timestamp = this.stamp(await this.storedRow(t, row));
    await this.storage.data.mutate(t, [
      { row, cells: [{ row, family: ACL_FAMILY, qualifier: Buffer.alloc(0), timestamp, type: CellType.DeleteFamily, value: Buffer.alloc(0) }] },
    ]);
  }
}
