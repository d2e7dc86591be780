import type { TableName } from '@hbase-compat/region-mapping';

/**
 * HBase's permission model (org.apache.hadoop.hbase.security.access.Permission, GlobalPermission,
 * NamespacePermission, TablePermission, UserPermission): five actions granted at global,
 * namespace, table, family or qualifier scope to a user, or to a group written "@group".
 */
export type Action = 'READ' | 'WRITE' | 'EXEC' | 'CREATE' | 'ADMIN';

/** In Permission.Action's declaration order (its ordinal is the protobuf enum value). */
export const ACTIONS: readonly Action[] = ['READ', 'WRITE', 'EXEC', 'CREATE', 'ADMIN'];

/** Permission.Action.code: how hbase:acl stores each action (one byte each). */
const CODES: Record<Action, string> = { READ: 'R', WRITE: 'W', EXEC: 'X', CREATE: 'C', ADMIN: 'A' };

export type Scope = { kind: 'global' } | { kind: 'namespace'; namespace: string } | { kind: 'table'; table: TableName; family?: Buffer; qualifier?: Buffer };

export interface Permission {
  scope: Scope;
  actions: ReadonlySet<Action>;
}

export interface UserPermission {
  /** A user name, or "@group" for a group (AuthUtil.toGroupEntry). */
  user: string;
  permission: Permission;
}

export function actionFromOrdinal(n: number): Action | undefined {
  return ACTIONS[n];
}

export function actionsToCodes(actions: Iterable<Action>): Buffer {
  return Buffer.from(
    sortedActions(actions)
      .map((a) => CODES[a])
      .join(''),
    'latin1',
  );
}

/** Permission(byte[] actionCodes): unknown codes are refused, as HBase refuses them. */
export function actionsFromCodes(codes: Buffer): Set<Action> {
  const out = new Set<Action>();
  for (const ch of codes.toString('latin1')) {
    const a = ACTIONS.find((x) => CODES[x] === ch);
    if (a === undefined) throw new Error(`Unknown action code '${ch}'`);
    out.add(a);
  }
  return out;
}

export function sortedActions(actions: Iterable<Action>): Action[] {
  const set = new Set(actions);
  return ACTIONS.filter((a) => set.has(a));
}

export function sameTable(a: TableName, b: TableName): boolean {
  return a.namespace === b.namespace && a.qualifier === b.qualifier;
}

const sameBytes = (a: Buffer | undefined, b: Buffer | undefined) => (a === undefined ? b === undefined : b !== undefined && a.equals(b));

/** Scopes equal as TablePermission.equals compares them (actions aside): the same hbase:acl cell. */
export function sameScope(a: Scope, b: Scope): boolean {
  if (a.kind === 'global') return b.kind === 'global';
  if (a.kind === 'namespace') return b.kind === 'namespace' && a.namespace === b.namespace;
  if (b.kind !== 'table') return false;
  return sameTable(a.table, b.table) && sameBytes(a.family, b.family) && sameBytes(a.qualifier, b.qualifier);
}

/**
 * TablePermission.implies(table, family, qualifier, action): a grant on a family covers every
 * qualifier of it, a grant on the table every family; a request without a family (null) is
 * covered only by a grant without one. `qualifier` undefined-vs-null: `checkQualifier` false
 * skips the qualifier test (TablePermission.implies(table, family, action)).
 */
export function tableGrantImplies(
  grant: Extract<Scope, { kind: 'table' }>,
  table: TableName,
  family: Buffer | undefined,
  qualifier: Buffer | undefined,
  checkQualifier = true,
): boolean {
  if (!sameTable(grant.table, table)) return false;
  if (grant.family !== undefined && (family === undefined || !grant.family.equals(family))) return false;
  if (!checkQualifier) return true;
  return grant.qualifier === undefined || (qualifier !== undefined && grant.qualifier.equals(qualifier));
}
