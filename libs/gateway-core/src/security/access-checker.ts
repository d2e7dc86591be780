import { type Cell, HBaseExceptions, HBaseRemoteError } from '@hbase-compat/hbase-codec';
import { DEFAULT_NAMESPACE, type TableName, isMetaTable, tableNameToString } from '@hbase-compat/region-mapping';
import type { AuthManager, PermissionSnapshot } from './auth-manager';
import type { Action } from './permission';

/** Families of a request, in family order (HBase's TreeMap), each with its qualifiers (none = the whole family). */
export type FamilyMap = ReadonlyArray<readonly [Buffer, readonly Buffer[]]>;

export function accessDenied(message: string): HBaseRemoteError {
  return new HBaseRemoteError(HBaseExceptions.AccessDeniedException, message);
}

/** TableName.getNameWithNamespaceInclAsString. */
const withNamespace = (t: TableName) => `${t.namespace || DEFAULT_NAMESPACE}:${t.qualifier}`;

/** What an AuthResult carries for its message (AuthResult and AuthResult.Params). */
interface AuthContext {
  user: string;
  action: Action;
  /** Namespace-scope results (AuthResult(..., namespace)). */
  namespace?: string;
  table?: TableName;
  families?: FamilyMap;
  family?: Buffer;
  qualifier?: Buffer;
  /** Params of namespace checks that name a table and its families (preCreateTable). */
  paramTable?: TableName;
  paramFamilies?: FamilyMap;
  /** AuthResult.Params.addExtraParam("filterUser", ...): present (maybe null) or absent. */
  filterUser?: string | null;
}

/** AuthResult.toFamiliesString. */
function familiesText(families: FamilyMap | undefined, family: Buffer | undefined, qualifier: Buffer | undefined): string {
  if (families !== undefined) {
    const parts: string[] = [];
    for (const [f, quals] of families) {
      const name = f.toString('utf8');
      if (quals.length === 0) parts.push(name);
      else for (const q of quals) parts.push(`${name}:${q.toString('utf8')}`);
    }
    return parts.join('|');
  }
  if (family === undefined) return '';
  return family.toString('utf8') + (qualifier !== undefined ? `:${qualifier.toString('utf8')}` : '');
}

/** AuthResult.Params.toString: the set fields joined by ",", extra params (null values dropped) last. */
function paramsText(c: AuthContext): string {
  const table = c.table ?? c.paramTable;
  const fams = familiesText(c.families ?? c.paramFamilies, c.family, c.qualifier);
  const parts: string[] = [];
  if (c.namespace !== undefined) parts.push(`namespace=${c.namespace}`);
  if (table !== undefined) parts.push(`table=${withNamespace(table)}`);
  if (fams.length > 0) parts.push(`family=${fams}`);
  if (c.filterUser !== undefined) parts.push(c.filterUser === null ? '' : `filterUser=${c.filterUser}`);
  return parts.join(',');
}

/** AuthResult.toContextString. */
export function contextText(c: AuthContext): string {
  const scope = c.namespace ?? (c.table ? withNamespace(c.table) : 'GLOBAL');
  const fams = familiesText(c.families, c.family, c.qualifier);
  const params = paramsText(c);
  return (
    `(user=${c.user}, scope=${scope}, ` +
    (c.namespace === undefined && fams.length > 0 ? `family=${fams}, ` : '') +
    (params.length > 0 ? `params=[${params}],` : '') +
    `action=${c.action})`
  );
}

/** The "Insufficient permissions (...)" denial most AccessChecker paths throw. */
const insufficient = (c: AuthContext) => accessDenied(`Insufficient permissions ${contextText(c)}`);

/**
 * AccessChecker's require* methods and AccessController's data-path checks, against one
 * permission snapshot. Each method throws HBase's AccessDeniedException, worded as HBase words it.
 */
export class AccessChecker {
  constructor(readonly auth: AuthManager) {}

  snapshot(): Promise<PermissionSnapshot> {
    return this.auth.snapshot();
  }

  /** AccessChecker.requireGlobalPermission / requirePermission(user, request, filterUser, perm). */
  async requireGlobal(user: string, action: Action): Promise<void> {
    if ((await this.snapshot()).global(user, action)) return;
    throw accessDenied(`Insufficient permissions for user '${user}' (global, action=${action})`);
  }

  /** AccessChecker.requireNamespacePermission: any one of the actions on the namespace (or globally). */
  async requireNamespace(
    user: string,
    namespace: string,
    actions: readonly Action[],
    extra: { table?: TableName; families?: FamilyMap; filterUser?: string | null } = {},
  ): Promise<void> {
    const snap = await this.snapshot();
    if (actions.some((a) => snap.namespace(user, namespace, a))) return;
    throw insufficient({
      user,
      action: actions[actions.length - 1],
      namespace,
      paramTable: extra.table,
      paramFamilies: extra.families,
      filterUser: extra.filterUser,
    });
  }

  /**
   * AccessChecker.requirePermission(user, request, table, family, qualifier, filterUser, actions):
   * any one of the actions at that scope; the denial names the last action tried.
   */
  async requireTable(
    user: string,
    table: TableName,
    actions: readonly Action[],
    family?: Buffer,
    qualifier?: Buffer,
    filterUser: string | null = null,
  ): Promise<void> {
    const snap = await this.snapshot();
    if (actions.some((a) => snap.table(user, table, family, qualifier, a))) return;
    throw insufficient({ user, action: actions[actions.length - 1], table, family, qualifier, filterUser });
  }

  /** AccessChecker.requireAccess: any grant of any of the actions anywhere on the table. */
  async hasAccess(user: string, table: TableName, actions: readonly Action[]): Promise<boolean> {
    const snap = await this.snapshot();
    return actions.some((a) => snap.access(user, table, a));
  }

  /**
   * AccessController.permissionGranted(OpType, ...): each action in turn must be granted for the
   * table, or for every family (family grant) or every named qualifier of the request.
   */
  async requireData(user: string, table: TableName, families: FamilyMap, actions: readonly Action[]): Promise<void> {
    const snap = await this.snapshot();
    for (const action of actions) {
      const denied = deniedFamilies(snap, user, table, families, action);
      if (denied !== undefined) throw insufficient({ user, action, table, families: denied });
    }
  }

  /**
   * AccessController.internalPreRead: allowed outright with table or family grants for everything
   * asked; otherwise, if some family or qualifier of the request is granted, the read goes ahead
   * with AccessControlFilter keeping only granted cells (the returned predicate); otherwise denied.
   */
  async authorizeRead(user: string, table: TableName, families: FamilyMap): Promise<((c: Cell) => boolean) | undefined> {
    if (isMetaTable(table)) return undefined; // every user may read hbase:meta
    const snap = await this.snapshot();
    if (deniedFamilies(snap, user, table, families, 'READ') === undefined) return undefined;
    if (someGranted(snap, user, table, families)) return (c) => snap.table(user, table, c.family, c.qualifier, 'READ');
    throw accessDenied(`Insufficient permissions for user '${user}' (table=${tableNameToString(table)}, action=READ)`);
  }
}

/** The family map to report when `action` is not granted for the request, undefined when it is. */
function deniedFamilies(snap: PermissionSnapshot, user: string, table: TableName, families: FamilyMap, action: Action): FamilyMap | undefined {
  if (snap.table(user, table, undefined, undefined, action)) return undefined;
  if (families.length === 0) return families; // "No families to check and table permission failed"
  for (const [family, quals] of families) {
    if (snap.table(user, table, family, undefined, action)) continue; // a family grant covers its qualifiers
    if (quals.length === 0) return [[family, []]]; // "Failed family check"
    for (const q of quals) if (!snap.table(user, table, family, q, action)) return [[family, [q]]]; // "Failed qualifier check"
  }
  return undefined;
}

/** AccessController.hasFamilyQualifierPermission for READ. */
function someGranted(snap: PermissionSnapshot, user: string, table: TableName, families: FamilyMap): boolean {
  return families.some(([family, quals]) =>
    quals.length > 0 ? quals.some((q) => snap.table(user, table, family, q, 'READ')) : snap.family(user, table, family, 'READ'),
  );
}

/** Cells grouped into a family map: families in byte order, qualifiers in the order given. */
export function familyMapOfCells(cells: readonly Pick<Cell, 'family' | 'qualifier'>[]): FamilyMap {
  const byFamily = new Map<string, [Buffer, Buffer[]]>();
  for (const c of cells) {
    const key = c.family.toString('latin1');
    let entry = byFamily.get(key);
    if (entry === undefined) byFamily.set(key, (entry = [c.family, []]));
    entry[1].push(c.qualifier);
  }
  return [...byFamily.values()].sort((a, b) => Buffer.compare(a[0], b[0]));
}
