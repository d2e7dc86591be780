import { pb, type hbase } from '@hbase-compat/hbase-codec';
import type { TableName } from '@hbase-compat/region-mapping';
import type { TableCatalog } from '../catalog/table-catalog';
import { decodeParam, type CallContext, type MethodHandler, type MethodResult, type ServiceDefinition } from '../rpc/service-registry';
import { tableNameFromPb } from '../services/descriptor-convert';
import { accessDenied, type FamilyMap } from './access-checker';
import type { AccessControl } from './access-control';
import { ACL_TABLE } from './acl-storage';
import { aclMasterMethods } from './acl-rpc';
import { ACTIONS, type Action } from './permission';

type Check = (acl: AccessControl, call: CallContext, param: Buffer, catalog: TableCatalog) => Promise<void>;
type After = (acl: AccessControl, call: CallContext, param: Buffer) => Promise<void>;
type Filter = (acl: AccessControl, call: CallContext, param: Buffer, result: MethodResult) => Promise<MethodResult>;

const TABLE_DDL: Action[] = ['ADMIN', 'CREATE'];

/** requirePermission(ctx, request, table, null, null, ADMIN, CREATE): the table-DDL pre-hooks. */
const tableDdl =
  (decodeName: (param: Buffer) => TableName): Check =>
  (acl, call, param) =>
    acl.checker.requireTable(call.user, decodeName(param), TABLE_DDL);

const globalAdmin: Check = (acl, call) => acl.checker.requireGlobal(call.user, 'ADMIN');

/** AccessController's MasterObserver pre-hooks, by MasterService method. */
const CHECKS: Record<string, Check> = {
  // preCreateTable: ADMIN or CREATE on the namespace; the denial names the table and its families.
  CreateTable: (acl, call, param) => {
    const schema = decodeParam(pb.CreateTableRequest, param).tableSchema ?? {};
    const table = tableNameFromPb(schema.tableName);
    const families: FamilyMap = (schema.columnFamilies ?? []).map((f) => [Buffer.from(f.name ?? []), []] as const).sort((a, b) => Buffer.compare(a[0], b[0]));
    return acl.checker.requireNamespace(call.user, table.namespace, TABLE_DDL, { table, families });
  },
  DeleteTable: tableDdl((p) => tableNameFromPb(decodeParam(pb.DeleteTableRequest, p).tableName)),
  truncateTable: tableDdl((p) => tableNameFromPb(decodeParam(pb.TruncateTableRequest, p).tableName)),
  EnableTable: tableDdl((p) => tableNameFromPb(decodeParam(pb.EnableTableRequest, p).tableName)),
  DisableTable: async (acl, call, param) => {
    const name = tableNameFromPb(decodeParam(pb.DisableTableRequest, param).tableName);
    // preDisableTable: hbase:acl may never be disabled while the AccessController is loaded.
    if (name.namespace === ACL_TABLE.namespace && name.qualifier === ACL_TABLE.qualifier) {
      throw accessDenied('Not allowed to disable hbase:acl table with AccessController installed');
    }
    await acl.checker.requireTable(call.user, name, TABLE_DDL);
  },
  // preModifyTable covers the column DDL too (HMaster turns it into a table modification).
  ModifyTable: tableDdl((p) => tableNameFromPb(decodeParam(pb.ModifyTableRequest, p).tableName)),
  AddColumn: tableDdl((p) => tableNameFromPb(decodeParam(pb.AddColumnRequest, p).tableName)),
  DeleteColumn: tableDdl((p) => tableNameFromPb(decodeParam(pb.DeleteColumnRequest, p).tableName)),
  ModifyColumn: tableDdl((p) => tableNameFromPb(decodeParam(pb.ModifyColumnRequest, p).tableName)),
  // preGetTableDescriptors: naming tables needs ADMIN or CREATE on each that exists.
  GetTableDescriptors: async (acl, call, param, catalog) => {
    const req = decodeParam(pb.GetTableDescriptorsRequest, param);
    if (req.regex || !req.tableNames || req.tableNames.length === 0) return;
    for (const n of req.tableNames) {
      const name = tableNameFromPb(n);
      if (catalog.find(name) !== undefined) await acl.checker.requireTable(call.user, name, TABLE_DDL);
    }
  },
  // Namespace DDL: global ADMIN; reading one namespace: ADMIN on it.
  CreateNamespace: globalAdmin,
  DeleteNamespace: globalAdmin,
  ModifyNamespace: globalAdmin,
  GetNamespaceDescriptor: (acl, call, param) =>
    acl.checker.requireNamespace(call.user, decodeParam(pb.GetNamespaceDescriptorRequest, param).namespaceName ?? '', ['ADMIN'], { filterUser: null }),
  // Cluster switches and actions: global ADMIN.
  Balance: globalAdmin,
  SetBalancerRunning: globalAdmin,
  SetSplitOrMergeEnabled: globalAdmin,
  Normalize: globalAdmin,
  SetNormalizerRunning: globalAdmin,
  SwitchRpcThrottle: globalAdmin,
};

/** What AccessController does after a DDL succeeds: owner grants on create, dropped grants on delete. */
const AFTER: Record<string, After> = {
  // postCompletedCreateTableAction: the creator (the descriptor's OWNER if set) gets every action on the table.
  CreateTable: async (acl, call, param) => {
    const schema = decodeParam(pb.CreateTableRequest, param).tableSchema ?? {};
    const owner = ownerOf(schema) ?? call.user;
    if (owner === '') return;
    await acl.storage.add(
      { user: owner, permission: { scope: { kind: 'table', table: tableNameFromPb(schema.tableName) }, actions: new Set(ACTIONS) } },
      false,
    );
    acl.auth.invalidate();
  },
  // postDeleteTable / postDeleteNamespace: PermissionStorage.removeTablePermissions / removeNamespacePermissions.
  DeleteTable: async (acl, _call, param) => {
    await acl.storage.removeScope({ kind: 'table', table: tableNameFromPb(decodeParam(pb.DeleteTableRequest, param).tableName) });
    acl.auth.invalidate();
  },
  DeleteNamespace: async (acl, _call, param) => {
    await acl.storage.removeScope({ kind: 'namespace', namespace: decodeParam(pb.DeleteNamespaceRequest, param).namespaceName ?? '' });
    acl.auth.invalidate();
  },
};

function ownerOf(schema: hbase.pb.ITableSchema): string | undefined {
  const pair = (schema.attributes ?? []).find((a) => Buffer.from(a.first ?? []).toString('utf8') === 'OWNER');
  return pair ? Buffer.from(pair.second ?? []).toString('utf8') : undefined;
}

/** Tables the user may see in a descriptor listing: ADMIN or CREATE on each (postGetTableDescriptors). */
async function describable(acl: AccessControl, user: string, schemas: hbase.pb.ITableSchema[]): Promise<hbase.pb.ITableSchema[]> {
  const snap = await acl.checker.snapshot();
  return schemas.filter((s) => TABLE_DDL.some((a) => snap.table(user, tableNameFromPb(s.tableName), undefined, undefined, a)));
}

/** Tables the user may see in a name listing: any grant on them (postGetTableNames, requireAccess). */
async function visibleNames(acl: AccessControl, user: string, names: hbase.pb.ITableName[]): Promise<hbase.pb.ITableName[]> {
  const snap = await acl.checker.snapshot();
  return names.filter((n) => ACTIONS.some((a) => snap.access(user, tableNameFromPb(n), a)));
}

const reencode = <T>(type: { decode(b: Uint8Array): T; encode(m: T): { finish(): Uint8Array } }, result: MethodResult, edit: (m: T) => Promise<void>) =>
  (async () => {
    const m = type.decode(result.message);
    await edit(m);
    return { ...result, message: type.encode(m).finish() };
  })();

/** AccessController's post-hooks that narrow listings to what the caller may see. */
const FILTERS: Record<string, Filter> = {
  GetTableDescriptors: (acl, call, param, result) => {
    const req = decodeParam(pb.GetTableDescriptorsRequest, param);
    if (!req.regex && req.tableNames && req.tableNames.length > 0) return Promise.resolve(result); // checked before
    return reencode(
      pb.GetTableDescriptorsResponse,
      result,
      async (m) => void (m.tableSchema = (await describable(acl, call.user, m.tableSchema ?? [])) as typeof m.tableSchema),
    );
  },
  ListTableDescriptorsByNamespace: (acl, call, _param, result) =>
    reencode(
      pb.ListTableDescriptorsByNamespaceResponse,
      result,
      async (m) => void (m.tableSchema = (await describable(acl, call.user, m.tableSchema ?? [])) as typeof m.tableSchema),
    ),
  GetTableNames: (acl, call, _param, result) =>
    reencode(
      pb.GetTableNamesResponse,
      result,
      async (m) => void (m.tableNames = (await visibleNames(acl, call.user, m.tableNames ?? [])) as typeof m.tableNames),
    ),
  ListTableNamesByNamespace: (acl, call, _param, result) =>
    reencode(
      pb.ListTableNamesByNamespaceResponse,
      result,
      async (m) => void (m.tableName = (await visibleNames(acl, call.user, m.tableName ?? [])) as typeof m.tableName),
    ),
  // postListNamespaceDescriptors: namespaces the caller administers.
  ListNamespaceDescriptors: (acl, call, _param, result) =>
    reencode(pb.ListNamespaceDescriptorsResponse, result, async (m) => {
      const snap = await acl.checker.snapshot();
      m.namespaceDescriptor = (m.namespaceDescriptor ?? []).filter((n) => snap.namespace(call.user, Buffer.from(n.name ?? []).toString('utf8'), 'ADMIN'));
    }),
};

function guard(acl: AccessControl, catalog: TableCatalog, name: string, handler: MethodHandler): MethodHandler {
  const check = CHECKS[name];
  const after = AFTER[name];
  const filter = FILTERS[name];
  if (!check && !after && !filter) return handler;
  return async (call, param) => {
    if (check) await check(acl, call, param, catalog);
    const result = await handler(call, param);
    if (after) await after(acl, call, param);
    return filter ? filter(acl, call, param, result) : result;
  };
}

/**
 * MasterService with HBase's AccessController in front: each method's pre-hook check, its
 * post-hook (grants kept in step with DDL, listings narrowed), and the ACL RPCs themselves.
 */
export function guardMasterService(service: ServiceDefinition, acl: AccessControl, catalog: TableCatalog): ServiceDefinition {
  const methods: Record<string, MethodHandler> = {};
  for (const [name, handler] of Object.entries(service.methods)) methods[name] = guard(acl, catalog, name, handler);
  return { name: service.name, methods: { ...methods, ...aclMasterMethods(acl) } };
}
