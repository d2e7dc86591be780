import { decodeParam } from '../rpc/service-registry';
import { HBaseRemoteError, hbaseError, pb, toLong, hbase } from '@hbase-compat/hbase-codec';
import { DEFAULT_NAMESPACE, META_TABLE, SYSTEM_NAMESPACE, type TableName, isValidNamespaceName, tableNameToString } from '@hbase-compat/region-mapping';
import type { NamespaceDescriptor, StorageEngine, TableDescriptor } from '@hbase-compat/storage';
import type { TableCatalog } from '../catalog/table-catalog';
import type { ClusterView } from '../cluster/cluster-view';
import type { MethodResult, ServiceDefinition } from '../rpc/service-registry';
import { META_DESCRIPTOR, tableFromSchema, tableNameFromPb, tableNameToPb, tableSchemaToPb, familyFromPb, checkTableName } from './descriptor-convert';
import { sanityCheckTable } from './table-descriptor-checker';
import { buildClusterStatus } from './cluster-status';
import { initialSwitches, switchMethods } from './master-switches';

/**
 * MasterService: table and namespace DDL, descriptors, cluster status. DDL runs to completion
 * before the RPC returns, one at a time; clients still receive a procedure id and poll
 * getProcedureResult, which answers FINISHED at once.
 */
export interface MasterServiceDeps {
  catalog: TableCatalog;
  storage: StorageEngine;
  cluster: ClusterView;
  now: () => number;
  defaultPresplit: number;
  /** Told after every catalog change (cluster mode notifies the other nodes). */
  onCatalogChanged: () => Promise<void>;
  version: string;
}

interface ProcedureRecord {
  submitted: number;
  finished: number;
  /** A procedure that failed: getProcedureResult reports the exception (ForeignExceptionMessage). */
  failure?: HBaseRemoteError;
}

/** HBase's TableState.toString, which its table-state exceptions quote. */
const stateText = (name: TableName, state: string) => `tableName=${tableNameToString(name)}, state=${state}`;

const isMeta = (name: TableName) => name.namespace === META_TABLE.namespace && name.qualifier === META_TABLE.qualifier;

/** SnapshotDescriptionUtils.DEFAULT_MAX_WAIT_TIME: how long MasterRpcServices.execProcedure lets the client wait. */
const PROCEDURE_MAX_WAIT_MS = 60000;

const SYSTEM_NAMESPACES: NamespaceDescriptor[] = [
  { name: DEFAULT_NAMESPACE, configuration: [] },
  { name: SYSTEM_NAMESPACE, configuration: [] },
];

export function createMasterService(deps: MasterServiceDeps): ServiceDefinition {
  const { catalog, storage, cluster, now } = deps;
  const procedures = new Map<number, ProcedureRecord>();
  const switches = initialSwitches();
  let nextProcId = 1;
  let ddlQueue: Promise<unknown> = Promise.resolve();

  /**
   * Runs DDL strictly one at a time and returns a finished procedure id. HBase checks most DDL
   * before it submits the procedure (a blocking ProcedurePrepareLatch), so the RPC itself fails;
   * `failsInProcedure` marks DDL whose checks run inside the procedure (EnableTableProcedure for
   * 2.x clients): the call succeeds and the failure is reported by getProcedureResult.
   */
  function ddl(work: () => Promise<void>, failsInProcedure = false): Promise<number> {
    const run = ddlQueue.then(async () => {
      const submitted = now();
      try {
        await work();
      } catch (e) {
        if (!failsInProcedure || !(e instanceof HBaseRemoteError)) throw e;
        const id = nextProcId++;
        procedures.set(id, { submitted, finished: now(), failure: e });
        return id;
      }
      await catalog.load();
      await deps.onCatalogChanged();
      const id = nextProcId++;
      procedures.set(id, { submitted, finished: now() });
      return id;
    });
    ddlQueue = run.catch(() => undefined);
    return run;
  }

  const encode = <T>(type: { encode(m: T): { finish(): Uint8Array } }, m: T): MethodResult => ({ message: type.encode(m).finish() });

  async function namespaceExists(name: string): Promise<boolean> {
    return SYSTEM_NAMESPACES.some((n) => n.name === name) || (await storage.catalog.getNamespace(name)) !== undefined;
  }

  async function listNamespaces(): Promise<NamespaceDescriptor[]> {
    const stored = await storage.catalog.listNamespaces();
    return [...SYSTEM_NAMESPACES, ...stored.filter((n) => !SYSTEM_NAMESPACES.some((s) => s.name === n.name))].sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  async function requireTable(name: TableName): Promise<TableDescriptor> {
    if (isMeta(name)) return META_DESCRIPTOR; // always there and enabled; DDL on it is refused by each operation's own check
    const t = await storage.catalog.getTable(name);
    if (t === undefined) throw hbaseError('TableNotFoundException', tableNameToString(name));
    return t;
  }

  /**
   * HMaster.checkTableModifiable: missing tables not, enabled tables not yet. Catalog tables are
   * refused too, but from inside the procedure (DeleteTableProcedure does not hand that failure to
   * the waiting RPC), hence `catalogRefusal`.
   */
  async function requireModifiable(name: TableName): Promise<TableDescriptor> {
    const t = await requireTable(name);
    if (t.state !== 'DISABLED') throw hbaseError('TableNotDisabledException', `Not DISABLED; ${stateText(name, t.state)}`);
    return t;
  }

  /** Stores a table descriptor; hbase:meta's is fixed (requireTable hands it out for the checks only). */
  async function putTable(t: TableDescriptor): Promise<void> {
    if (isMeta(t.name)) throw hbaseError('DoNotRetryIOException', "java.io.IOException: Can't modify catalog tables");
    await storage.catalog.putTable(t);
  }

  async function catalogRefusal(): Promise<void> {
    throw hbaseError('IOException', "Can't modify catalog tables");
  }

  /** Every table the master knows, hbase:meta first (HMaster.listTableDescriptors includes it with system tables). */
  function allDescriptors(): TableDescriptor[] {
    return [META_DESCRIPTOR, ...catalog.list().map((t) => t.descriptor)];
  }

  function matchTables(regex: string | null | undefined, namespace: string | null | undefined, includeSys: boolean): TableDescriptor[] {
    const re = regex ? new RegExp(`^(?:${javaRegexToJs(regex)})$`) : undefined;
    return allDescriptors().filter(
      (d) =>
        (includeSys || d.name.namespace !== SYSTEM_NAMESPACE) && (!namespace || d.name.namespace === namespace) && (!re || re.test(tableNameToString(d.name))),
    );
  }

  /** HMaster.listTableDescriptorsByState / listTableNamesByState: user tables in the given state. */
  function tablesInState(enabled: boolean): TableDescriptor[] {
    return catalog
      .list()
      .map((t) => t.descriptor)
      .filter((d) => d.name.namespace !== SYSTEM_NAMESPACE && (d.state === 'ENABLED') === enabled);
  }

  const nsToPb = (n: NamespaceDescriptor): hbase.pb.INamespaceDescriptor => ({ name: Buffer.from(n.name), configuration: n.configuration });

  return {
    name: 'MasterService',
    methods: {
      IsMasterRunning: () => encode(pb.IsMasterRunningResponse, { isMasterRunning: true }),

      CreateTable: async (_ctx, param) => {
        const req = decodeParam(pb.CreateTableRequest, param);
        const splitKeys = (req.splitKeys ?? []).map((k) => Buffer.from(k));
        for (const k of splitKeys)
          if (k.length === 0)
            throw hbaseError('DoNotRetryIOException', 'java.lang.IllegalArgumentException: Empty split key must not be passed in the split keys.');
        const schema = req.tableSchema ?? {};
        const probe = tableNameFromPb(schema.tableName);
        checkTableName(probe);
        // HMaster.createTable: namespace, then TableDescriptorChecker.sanityCheck, then (in the procedure) existence.
        if (!(await namespaceExists(probe.namespace))) throw hbaseError('NamespaceNotFoundException', probe.namespace);
        const regionId = now();
        const splits = splitKeys.length > 0 ? splitKeys : defaultSplits(deps.defaultPresplit);
        const descriptor = tableFromSchema(schema, splits, regionId);
        sanityCheckTable(descriptor);
        if ((await storage.catalog.getTable(probe)) !== undefined || isMeta(probe)) throw hbaseError('TableExistsException', tableNameToString(probe));
        const procId = await ddl(async () => {
          if ((await storage.catalog.getTable(descriptor.name)) !== undefined) throw hbaseError('TableExistsException', tableNameToString(descriptor.name));
          await storage.data.dropTableData(descriptor.name); // nothing may survive from an older table of that name
          await putTable(descriptor);
        });
        return encode(pb.CreateTableResponse, { procId: toLong(BigInt(procId), true) });
      },

      DeleteTable: async (_ctx, param) => {
        const name = tableNameFromPb(decodeParam(pb.DeleteTableRequest, param).tableName);
        if (isMeta(name)) return encode(pb.DeleteTableResponse, { procId: toLong(BigInt(await ddl(catalogRefusal, true)), true) });
        const procId = await ddl(async () => {
          await requireModifiable(name);
          await storage.catalog.deleteTable(name);
          await storage.data.dropTableData(name);
        });
        return encode(pb.DeleteTableResponse, { procId: toLong(BigInt(procId), true) });
      },

      truncateTable: async (_ctx, param) => {
        const req = decodeParam(pb.TruncateTableRequest, param);
        const name = tableNameFromPb(req.tableName);
        const procId = await ddl(async () => {
          const t = await requireTable(name);
          if (t.state !== 'DISABLED') throw hbaseError('TableNotDisabledException', tableNameToString(name));
          // TruncateTableProcedure ends with the table enabled whatever happens on the way (its steps
          // roll forward, never back). Our engines keep one data set per table, so the new data cannot
          // be laid out beside the old: when dropping fails (an engine unreachable), the table is
          // enabled again as it was, and the error reported, rather than left disabled.
          try {
            await storage.data.dropTableData(name);
          } catch (e) {
            await putTable({ ...t, state: 'ENABLED' })
              .then(() => catalog.load())
              .then(() => deps.onCatalogChanged())
              .catch(() => undefined);
            throw e;
          }
          await putTable({ ...t, state: 'ENABLED', regionId: now(), splitKeys: req.preserveSplits ? t.splitKeys : [] });
        });
        return encode(pb.TruncateTableResponse, { procId: toLong(BigInt(procId), true) });
      },

      EnableTable: async (_ctx, param) => {
        const name = tableNameFromPb(decodeParam(pb.EnableTableRequest, param).tableName);
        // EnableTableProcedure.prepareEnable checks inside the procedure (HMaster.enableTable does not wait for it).
        const procId = await ddl(async () => {
          const t = await requireTable(name);
          if (t.state !== 'DISABLED') throw hbaseError('TableNotDisabledException', stateText(name, t.state));
          await putTable({ ...t, state: 'ENABLED' });
        }, true);
        return encode(pb.EnableTableResponse, { procId: toLong(BigInt(procId), true) });
      },

      DisableTable: async (_ctx, param) => {
        const name = tableNameFromPb(decodeParam(pb.DisableTableRequest, param).tableName);
        if (isMeta(name)) throw hbaseError('ConstraintException', `Cannot disable ${tableNameToString(name)}`);
        const procId = await ddl(async () => {
          const t = await requireTable(name);
          if (t.state !== 'ENABLED') throw hbaseError('TableNotEnabledException', tableNameToString(name));
          await putTable({ ...t, state: 'DISABLED' });
        });
        return encode(pb.DisableTableResponse, { procId: toLong(BigInt(procId), true) });
      },

      ModifyTable: async (_ctx, param) => {
        const req = decodeParam(pb.ModifyTableRequest, param);
        const name = tableNameFromPb(req.tableName);
        const procId = await ddl(async () => {
          const t = await requireTable(name);
          const next = { ...tableFromSchema(req.tableSchema ?? {}, t.splitKeys, t.regionId), name: t.name, state: t.state };
          sanityCheckTable(next); // HMaster.modifyTable checks the new descriptor
          await putTable(next);
        });
        return encode(pb.ModifyTableResponse, { procId: toLong(BigInt(procId), true) });
      },

      AddColumn: async (_ctx, param) => {
        const req = decodeParam(pb.AddColumnRequest, param);
        const name = tableNameFromPb(req.tableName);
        const family = familyFromPb(req.columnFamilies ?? {});
        const procId = await ddl(async () => {
          const t = await requireTable(name);
          if (t.families.some((f) => f.name.equals(family.name)))
            throw hbaseError(
              'InvalidFamilyOperationException',
              `Column family '${family.name.toString('utf8')}' in table '${tableNameToString(name)}' already exists so cannot be added`,
            );
          const next = { ...t, families: [...t.families, family] };
          sanityCheckTable(next); // HMaster.addColumn goes through modifyTable's checks
          await putTable(next);
        });
        return encode(pb.AddColumnResponse, { procId: toLong(BigInt(procId), true) });
      },

      DeleteColumn: async (_ctx, param) => {
        const req = decodeParam(pb.DeleteColumnRequest, param);
        const name = tableNameFromPb(req.tableName);
        const family = Buffer.from(req.columnName ?? []);
        const procId = await ddl(async () => {
          const t = await requireTable(name);
          if (!t.families.some((f) => f.name.equals(family)))
            throw hbaseError('InvalidFamilyOperationException', `Family '${family.toString('utf8')}' does not exist, so it cannot be deleted`);
          if (t.families.length === 1)
            throw hbaseError(
              'InvalidFamilyOperationException',
              `Family '${family.toString('utf8')}' is the only column family in the table, so it cannot be deleted`,
            );
          await putTable({ ...t, families: t.families.filter((f) => !f.name.equals(family)) });
        });
        return encode(pb.DeleteColumnResponse, { procId: toLong(BigInt(procId), true) });
      },

      ModifyColumn: async (_ctx, param) => {
        const req = decodeParam(pb.ModifyColumnRequest, param);
        const name = tableNameFromPb(req.tableName);
        const family = familyFromPb(req.columnFamilies ?? {});
        const procId = await ddl(async () => {
          const t = await requireTable(name);
          if (!t.families.some((f) => f.name.equals(family.name)))
            throw hbaseError('InvalidFamilyOperationException', `Family '${family.name.toString('utf8')}' does not exist, so it cannot be modified`);
          const next = { ...t, families: t.families.map((f) => (f.name.equals(family.name) ? family : f)) };
          sanityCheckTable(next);
          await putTable(next);
        });
        return encode(pb.ModifyColumnResponse, { procId: toLong(BigInt(procId), true) });
      },

      GetTableDescriptors: (_ctx, param) => {
        const req = decodeParam(pb.GetTableDescriptorsRequest, param);
        let tables: TableDescriptor[];
        if (req.tableNames && req.tableNames.length > 0) {
          tables = req.tableNames
            .map((n) => tableNameFromPb(n))
            .map((n) => (isMeta(n) ? META_DESCRIPTOR : catalog.find(n)?.descriptor))
            .filter((d): d is TableDescriptor => d !== undefined);
        } else {
          tables = matchTables(req.regex, req.namespace, req.includeSysTables === true);
        }
        return encode(pb.GetTableDescriptorsResponse, { tableSchema: tables.map(tableSchemaToPb) });
      },

      GetTableNames: (_ctx, param) => {
        const req = decodeParam(pb.GetTableNamesRequest, param);
        return encode(pb.GetTableNamesResponse, {
          tableNames: matchTables(req.regex, req.namespace, req.includeSysTables === true).map((d) => tableNameToPb(d.name)),
        });
      },

      // Schema changes apply to every region at once (the catalog is the only copy), so nothing is ever pending;
      // HBaseAdmin's ModifyTableFuture polls this after AddColumn/ModifyColumn/ModifyTable.
      GetSchemaAlterStatus: (_ctx, param) => {
        const name = tableNameFromPb(decodeParam(pb.GetSchemaAlterStatusRequest, param).tableName);
        const t = catalog.find(name);
        if (t === undefined) throw hbaseError('TableNotFoundException', tableNameToString(name));
        return encode(pb.GetSchemaAlterStatusResponse, { yetToUpdateRegions: 0, totalRegions: t.regions.length });
      },

      ListTableDescriptorsByState: (_ctx, param) =>
        encode(pb.ListTableDescriptorsByStateResponse, {
          tableSchema: tablesInState(decodeParam(pb.ListTableDescriptorsByStateRequest, param).isEnabled === true).map(tableSchemaToPb),
        }),

      ListTableNamesByState: (_ctx, param) =>
        encode(pb.ListTableNamesByStateResponse, {
          tableNames: tablesInState(decodeParam(pb.ListTableNamesByStateRequest, param).isEnabled === true).map((d) => tableNameToPb(d.name)),
        }),

      GetTableState: (_ctx, param) => {
        const name = tableNameFromPb(decodeParam(pb.GetTableStateRequest, param).tableName);
        if (isMeta(name)) return encode(pb.GetTableStateResponse, { tableState: { state: 0 } });
        const t = catalog.find(name);
        if (t === undefined) throw hbaseError('TableNotFoundException', tableNameToString(name));
        const state = { ENABLED: 0, DISABLED: 1, DISABLING: 2, ENABLING: 3 }[t.descriptor.state];
        return encode(pb.GetTableStateResponse, { tableState: { state } });
      },

      GetClusterStatus: (_ctx, param) => {
        const options = decodeParam(pb.GetClusterStatusRequest, param).options ?? [];
        return encode(pb.GetClusterStatusResponse, {
          clusterStatus: buildClusterStatus({ catalog, cluster, version: deps.version, balancerOn: switches.balancer }, options),
        });
      },

      getProcedureResult: (_ctx, param) => {
        const id = Number(decodeParam(pb.GetProcedureResultRequest, param).procId);
        const p = procedures.get(id);
        if (p === undefined) return encode(pb.GetProcedureResultResponse, { state: 0 /* NOT_FOUND */ });
        // A failed procedure carries its exception; the client rebuilds it from class and message (ForeignExceptionUtil).
        const exception = p.failure && { genericException: { className: p.failure.kind.className, message: p.failure.message } };
        return encode(pb.GetProcedureResultResponse, {
          state: 2 /* FINISHED */,
          submittedTime: toLong(BigInt(p.submitted)),
          lastUpdate: toLong(BigInt(p.finished)),
          exception,
        });
      },

      // The shell's `flush` (and snapshots of old clients) run procedures by signature. Writes are durable
      // when acknowledged, so a flush has nothing to do: accept it and report it done at once.
      // A table flush also cuts stored rows down to what HBase's flush keeps (DataPort.compact, minor).
      ExecProcedure: async (_ctx, param) => {
        const procedure = decodeParam(pb.ExecProcedureRequest, param).procedure;
        const signature = procedure?.signature ?? '';
        if (signature !== 'flush-table-proc' && signature !== 'flush-region-proc')
          throw hbaseError('DoNotRetryIOException', `java.lang.UnsupportedOperationException: procedure ${signature} is not served`);
        const table = signature === 'flush-table-proc' ? catalog.find(parseTableName(procedure?.instance ?? '')) : undefined;
        if (table !== undefined) await catalog.compact(table, false);
        // MasterRpcServices.execProcedure answers the time the client may wait for the procedure
        // (SnapshotDescriptionUtils.DEFAULT_MAX_WAIT_TIME) and the client polls IsProcedureDone; a
        // timeout of 0 makes the async client fail at once ("wasn't completed in expectedTime:0 ms").
        return encode(pb.ExecProcedureResponse, { expectedTimeout: toLong(BigInt(PROCEDURE_MAX_WAIT_MS)) });
      },

      IsProcedureDone: () => encode(pb.IsProcedureDoneResponse, { done: true }),

      CreateNamespace: async (_ctx, param) => {
        const ns = decodeParam(pb.CreateNamespaceRequest, param).namespaceDescriptor;
        const name = Buffer.from(ns?.name ?? []).toString('utf8');
        if (!isValidNamespaceName(name))
          throw hbaseError('DoNotRetryIOException', `java.lang.IllegalArgumentException: Illegal character in namespace name ${name}`);
        const procId = await ddl(async () => {
          if (await namespaceExists(name)) throw hbaseError('NamespaceExistException', `Namespace ${name} already exists`);
          await storage.catalog.putNamespace({ name, configuration: (ns?.configuration ?? []).map((c) => ({ name: c.name ?? '', value: c.value ?? '' })) });
        });
        return encode(pb.CreateNamespaceResponse, { procId: toLong(BigInt(procId), true) });
      },

      ModifyNamespace: async (_ctx, param) => {
        const ns = decodeParam(pb.ModifyNamespaceRequest, param).namespaceDescriptor;
        const name = Buffer.from(ns?.name ?? []).toString('utf8');
        const procId = await ddl(async () => {
          if (!(await namespaceExists(name))) throw hbaseError('NamespaceNotFoundException', name);
          await storage.catalog.putNamespace({ name, configuration: (ns?.configuration ?? []).map((c) => ({ name: c.name ?? '', value: c.value ?? '' })) });
        });
        return encode(pb.ModifyNamespaceResponse, { procId: toLong(BigInt(procId), true) });
      },

      DeleteNamespace: async (_ctx, param) => {
        const name = decodeParam(pb.DeleteNamespaceRequest, param).namespaceName ?? '';
        if (SYSTEM_NAMESPACES.some((n) => n.name === name)) throw hbaseError('ConstraintException', `Reserved namespace ${name} cannot be removed.`);
        const procId = await ddl(async () => {
          if (!(await namespaceExists(name))) throw hbaseError('NamespaceNotFoundException', name);
          const tables = catalog.list().filter((t) => t.descriptor.name.namespace === name).length;
          if (tables > 0) throw hbaseError('ConstraintException', `Only empty namespaces can be removed. Namespace ${name} has ${tables} tables`);
          await storage.catalog.deleteNamespace(name);
        });
        return encode(pb.DeleteNamespaceResponse, { procId: toLong(BigInt(procId), true) });
      },

      GetNamespaceDescriptor: async (_ctx, param) => {
        const name = decodeParam(pb.GetNamespaceDescriptorRequest, param).namespaceName ?? '';
        const ns = (await listNamespaces()).find((n) => n.name === name);
        if (ns === undefined) throw hbaseError('NamespaceNotFoundException', name);
        return encode(pb.GetNamespaceDescriptorResponse, { namespaceDescriptor: nsToPb(ns) });
      },

      ListNamespaceDescriptors: async () => encode(pb.ListNamespaceDescriptorsResponse, { namespaceDescriptor: (await listNamespaces()).map(nsToPb) }),

      ListNamespaces: async () => encode(pb.ListNamespacesResponse, { namespaceName: (await listNamespaces()).map((n) => n.name) }),

      ListTableDescriptorsByNamespace: async (_ctx, param) => {
        const ns = decodeParam(pb.ListTableDescriptorsByNamespaceRequest, param).namespaceName ?? '';
        if (!(await namespaceExists(ns))) throw hbaseError('NamespaceNotFoundException', ns);
        return encode(pb.ListTableDescriptorsByNamespaceResponse, { tableSchema: matchTables(undefined, ns, true).map(tableSchemaToPb) });
      },

      ListTableNamesByNamespace: async (_ctx, param) => {
        const ns = decodeParam(pb.ListTableNamesByNamespaceRequest, param).namespaceName ?? '';
        if (!(await namespaceExists(ns))) throw hbaseError('NamespaceNotFoundException', ns);
        return encode(pb.ListTableNamesByNamespaceResponse, { tableName: matchTables(undefined, ns, true).map((d) => tableNameToPb(d.name)) });
      },

      ...switchMethods(switches),
    },
  };
}

/** TableName.valueOf(String): "ns:qualifier", or a qualifier in the default namespace. */
function parseTableName(text: string): TableName {
  const colon = text.indexOf(':');
  return colon < 0 ? { namespace: DEFAULT_NAMESPACE, qualifier: text } : { namespace: text.slice(0, colon), qualifier: text.slice(colon + 1) };
}

/** Split keys for a configurable default pre-split: evenly spaced single bytes. */
export function defaultSplits(regions: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 1; i < regions; i++) out.push(Buffer.from([Math.floor((256 * i) / regions)]));
  return out;
}

/**
 * Table-name patterns arrive as java.util.regex source. The one construct JavaScript lacks that
 * clients really send is quoting (Pattern.quote gives \Q...\E): turn it into escaped literals.
 */
export function javaRegexToJs(source: string): string {
  return source.replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_m, literal: string) => literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
}
