import { hbaseError, pb, type hbase } from '@hbase-compat/hbase-codec';
import { decodeParam, type CallContext, type MethodHandler, type MethodResult } from '../rpc/service-registry';
import { tableNameFromPb, tableNameToPb } from '../services/descriptor-convert';
import { accessDenied } from './access-checker';
import type { AccessControl } from './access-control';
import type { PermissionSnapshot } from './auth-manager';
import { ACTIONS, type Action, type Permission, type Scope, type UserPermission, actionFromOrdinal, sortedActions } from './permission';

const has = (m: object, field: string) => Object.prototype.hasOwnProperty.call(m, field);
const encode = <T>(type: { encode(m: T): { finish(): Uint8Array } }, m: T): MethodResult => ({ message: type.encode(m).finish() });

/** Permission.Type as AccessControl.proto numbers it. */
const TYPE_GLOBAL = 1;
const TYPE_NAMESPACE = 2;
const TYPE_TABLE = 3;

function actionsOf(list: number[] | null | undefined): Set<Action> {
  return new Set((list ?? []).map((n) => actionFromOrdinal(n)).filter((a): a is Action => a !== undefined));
}

/** ShadedAccessControlUtil.toPermission. */
export function permissionFromPb(p: hbase.pb.IPermission | null | undefined): Permission {
  if (p?.type === TYPE_NAMESPACE) {
    const ns = p.namespacePermission ?? {};
    return { scope: { kind: 'namespace', namespace: Buffer.from(ns.namespaceName ?? []).toString('utf8') }, actions: actionsOf(ns.action) };
  }
  if (p?.type === TYPE_TABLE) {
    const t = p.tablePermission ?? {};
    const scope: Scope = {
      kind: 'table',
      table: tableNameFromPb(t.tableName),
      family: has(t, 'family') && t.family ? Buffer.from(t.family) : undefined,
      qualifier: has(t, 'qualifier') && t.qualifier ? Buffer.from(t.qualifier) : undefined,
    };
    return { scope, actions: actionsOf(t.action) };
  }
  return { scope: { kind: 'global' }, actions: actionsOf(p?.globalPermission?.action) };
}

/** ShadedAccessControlUtil.toUserPermission (and back). */
function userPermissionFromPb(up: hbase.pb.IUserPermission | null | undefined): UserPermission {
  return { user: Buffer.from(up?.user ?? []).toString('utf8'), permission: permissionFromPb(up?.permission) };
}

function permissionToPb(p: Permission): hbase.pb.IPermission {
  const action = sortedActions(p.actions).map((a) => ACTIONS.indexOf(a));
  const s = p.scope;
  if (s.kind === 'global') return { type: TYPE_GLOBAL, globalPermission: { action } };
  if (s.kind === 'namespace') return { type: TYPE_NAMESPACE, namespacePermission: { namespaceName: Buffer.from(s.namespace), action } };
  const tp: hbase.pb.ITablePermission = { tableName: tableNameToPb(s.table), action };
  if (s.family !== undefined) tp.family = s.family;
  if (s.qualifier !== undefined) tp.qualifier = s.qualifier;
  return { type: TYPE_TABLE, tablePermission: tp };
}

/**
 * AccessController.preGrant / preRevoke (preGrantOrRevoke): ADMIN at the grant's own scope, and a
 * non-superuser may not change a superuser's grants (AccessChecker.performOnSuperuser).
 */
async function checkGrantOrRevoke(acl: AccessControl, caller: string, up: UserPermission): Promise<void> {
  const s = up.permission.scope;
  if (s.kind === 'global') await acl.checker.requireGlobal(caller, 'ADMIN');
  else if (s.kind === 'namespace') await acl.checker.requireNamespace(caller, s.namespace, ['ADMIN'], { filterUser: null });
  else await acl.checker.requireTable(caller, s.table, ['ADMIN'], s.family, s.qualifier, null);
  const snap = await acl.checker.snapshot();
  if (!snap.isSuperuser(caller) && snap.isSuperuser(up.user)) {
    throw accessDenied("Granting or revoking superusers's or supergroups's permissions is not allowed");
  }
}

/** AccessController.preGetUserPermissions: ADMIN where the listing looks. */
async function checkListing(acl: AccessControl, caller: string, req: hbase.pb.GetUserPermissionsRequest, filterUser: string | null): Promise<void> {
  if (req.type === TYPE_TABLE && req.tableName) {
    const family = has(req, 'columnFamily') ? Buffer.from(req.columnFamily) : undefined;
    const qualifier = has(req, 'columnQualifier') ? Buffer.from(req.columnQualifier) : undefined;
    return acl.checker.requireTable(caller, tableNameFromPb(req.tableName), ['ADMIN'], family, qualifier, filterUser);
  }
  if (req.type === TYPE_NAMESPACE) {
    return acl.checker.requireNamespace(caller, Buffer.from(req.namespaceName ?? []).toString('utf8'), ['ADMIN'], { filterUser });
  }
  return acl.checker.requireGlobal(caller, 'ADMIN');
}

/**
 * MasterRpcServices.getUserPermissions over PermissionStorage.getUserPermissions: the grants stored
 * for the table (narrowed to a family and qualifier), the namespace, or globally, optionally of one
 * user; a global listing without a user adds every superuser with all actions.
 */
function listGrants(acl: AccessControl, snap: PermissionSnapshot, req: hbase.pb.GetUserPermissionsRequest, user: string | null): UserPermission[] {
  const family = has(req, 'columnFamily') ? Buffer.from(req.columnFamily) : undefined;
  const qualifier = has(req, 'columnQualifier') ? Buffer.from(req.columnQualifier) : undefined;
  const wanted = (up: UserPermission): boolean => {
    if (user !== null && up.user !== user) return false;
    const s = up.permission.scope;
    if (req.type === TYPE_TABLE) {
      if (s.kind !== 'table' || !req.tableName) return false;
      const t = tableNameFromPb(req.tableName);
      if (s.table.namespace !== t.namespace || s.table.qualifier !== t.qualifier) return false;
      if (family !== undefined && (s.family === undefined || !s.family.equals(family))) return false;
      return qualifier === undefined || (s.qualifier !== undefined && s.qualifier.equals(qualifier));
    }
    if (req.type === TYPE_NAMESPACE) return s.kind === 'namespace' && s.namespace === Buffer.from(req.namespaceName ?? []).toString('utf8');
    return s.kind === 'global';
  };
  const out = javaHashOrder(snap.grants.filter(wanted), (g) => g.user);
  if (req.type !== TYPE_TABLE && req.type !== TYPE_NAMESPACE && user === null) {
    for (const su of javaHashOrder([...acl.auth.superuserNames], (u) => u)) {
      out.push({ user: su, permission: { scope: { kind: 'global' }, actions: new Set(ACTIONS) } });
    }
  }
  return out;
}

/** String.hashCode, then HashMap.hash's spreading of the high bits. */
function javaHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h ^ (h >>> 16);
}

/**
 * The order HBase lists grants in: PermissionStorage collects them in an ArrayListMultimap keyed by
 * user (a java.util.HashMap: buckets of hash & (capacity - 1), capacity 16 doubling past 3/4 full,
 * first-seen order within a bucket), each user's grants in hbase:acl order. Clients print it as is.
 */
export function javaHashOrder<T>(items: readonly T[], key: (t: T) => string): T[] {
  const keys = [...new Set(items.map(key))];
  let capacity = 16;
  while (keys.length > capacity * 0.75) capacity *= 2;
  const rank = new Map(keys.map((k, i) => [k, { bucket: javaHash(k) & (capacity - 1), first: i }]));
  const order = (k: string) => rank.get(k) ?? { bucket: 0, first: 0 };
  return [...items].sort((a, b) => order(key(a)).bucket - order(key(b)).bucket || order(key(a)).first - order(key(b)).first);
}

/** AccessChecker.hasUserPermission: every action of the permission, for `user`. */
function holds(snap: PermissionSnapshot, user: string, p: Permission): boolean {
  const s = p.scope;
  return [...p.actions].every((a) =>
    s.kind === 'global'
      ? snap.global(user, a)
      : s.kind === 'namespace'
        ? snap.namespace(user, s.namespace, a)
        : snap.table(user, s.table, s.family, s.qualifier, a),
  );
}

/**
 * AccessController.preHasUserPermissions: asking about someone else needs ADMIN at each scope
 * asked (the denial names that user as filterUser).
 */
async function checkAskingFor(acl: AccessControl, caller: string, user: string, perms: Permission[]): Promise<void> {
  for (const p of perms) {
    const s = p.scope;
    if (s.kind === 'table') await acl.checker.requireTable(caller, s.table, ['ADMIN'], s.family, s.qualifier, user);
    else if (s.kind === 'namespace') await acl.checker.requireNamespace(caller, s.namespace, ['ADMIN'], { filterUser: user });
    else await acl.checker.requireGlobal(caller, 'ADMIN');
  }
}

/** The MasterService RPCs of HBase 2.6's ACL API (MasterRpcServices.grant and friends). */
export function aclMasterMethods(acl: AccessControl): Record<string, MethodHandler> {
  return {
    // MasterRpcServices.getSecurityCapabilities: SIMPLE authentication; AUTHORIZATION with the checks on.
    getSecurityCapabilities: () => encode(pb.SecurityCapabilitiesResponse, { capabilities: [0, 2] }),

    Grant: async (call: CallContext, param: Buffer) => {
      const req = decodeParam(pb.GrantRequest, param);
      const up = userPermissionFromPb(req.userPermission);
      await checkGrantOrRevoke(acl, call.user, up);
      // PermissionStorage.addUserPermission refuses a grant of no actions.
      if (up.permission.actions.size === 0) throw hbaseError('IOException', `No actions associated with user '${up.user}'`);
      await acl.storage.add(up, req.mergeExistingPermissions === true);
      acl.auth.invalidate();
      return encode(pb.GrantResponse, {});
    },

    Revoke: async (call: CallContext, param: Buffer) => {
      const up = userPermissionFromPb(decodeParam(pb.RevokeRequest, param).userPermission);
      await checkGrantOrRevoke(acl, call.user, up);
      await acl.storage.remove(up);
      acl.auth.invalidate();
      return encode(pb.RevokeResponse, {});
    },

    GetUserPermissions: async (call: CallContext, param: Buffer) => {
      const req = decodeParam(pb.GetUserPermissionsRequest, param);
      const user = has(req, 'userName') ? Buffer.from(req.userName).toString('utf8') : null;
      await checkListing(acl, call.user, req, user);
      const grants = listGrants(acl, await acl.checker.snapshot(), req, user);
      return encode(pb.GetUserPermissionsResponse, {
        userPermission: grants.map((g) => ({ user: Buffer.from(g.user), permission: permissionToPb(g.permission) })),
      });
    },

    HasUserPermissions: async (call: CallContext, param: Buffer) => {
      const req = decodeParam(pb.HasUserPermissionsRequest, param);
      const user = has(req, 'userName') ? Buffer.from(req.userName).toString('utf8') : call.user;
      const perms = (req.permission ?? []).map((p) => permissionFromPb(p));
      if (user !== call.user) await checkAskingFor(acl, call.user, user, perms);
      const snap = await acl.checker.snapshot();
      return encode(pb.HasUserPermissionsResponse, { hasUserPermission: perms.map((p) => holds(snap, user, p)) });
    },
  };
}
