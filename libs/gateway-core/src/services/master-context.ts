import { HBaseRemoteError, hbaseError, toLong, type hbase } from '@hbase-compat/hbase-codec';
import { DEFAULT_NAMESPACE, META_TABLE, SYSTEM_NAMESPACE, type TableName, tableNameToString } from '@hbase-compat/region-mapping';
import type { NamespaceDescriptor, StorageEngine, TableDescriptor } from '@hbase-compat/storage';
import type { TableCatalog } from '../catalog/table-catalog';
import type { ClusterView } from '../cluster/cluster-view';
import type { MethodResult } from '../rpc/service-registry';
import { META_DESCRIPTOR } from './descriptor-convert';
import { initialSwitches, type MasterSwitches } from './master-switches';
import type { AccessControl } from '../security';

/**
 * What MasterService's method groups share (master-tables, master-listing, master-namespaces,
 * master-procedures): the DDL queue and its procedure records, and the checks HMaster runs before
 * DDL. DDL runs to completion before the RPC returns, one at a time; clients still receive a
 * procedure id and poll getProcedureResult, which answers FINISHED at once.
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
  /** ACL: AccessController's master hooks and RPCs (security/); undefined when authorization is off. */
  acl?: AccessControl;
}

export interface ProcedureRecord {
  submitted: number;
  finished: number;
  /** A procedure that failed: getProcedureResult reports the exception (ForeignExceptionMessage). */
  failure?: HBaseRemoteError;
}

export const SYSTEM_NAMESPACES: NamespaceDescriptor[] = [
  { name: DEFAULT_NAMESPACE, configuration: [] },
  { name: SYSTEM_NAMESPACE, configuration: [] },
];

/** HBase's TableState.toString, which its table-state exceptions quote. */
export const stateText = (name: TableName, state: string) => `tableName=${tableNameToString(name)}, state=${state}`;

export const isMeta = (name: TableName) => name.namespace === META_TABLE.namespace && name.qualifier === META_TABLE.qualifier;

export const encode = <T>(type: { encode(m: T): { finish(): Uint8Array } }, m: T): MethodResult => ({ message: type.encode(m).finish() });

/** A procedure id as DDL responses carry it. */
export const procIdLong = (id: number) => toLong(BigInt(id), true);

export const nsToPb = (n: NamespaceDescriptor): hbase.pb.INamespaceDescriptor => ({ name: Buffer.from(n.name), configuration: n.configuration });

export class MasterContext {
  readonly procedures = new Map<number, ProcedureRecord>();
  readonly switches: MasterSwitches = initialSwitches();
  private nextProcId = 1;
  private ddlQueue: Promise<unknown> = Promise.resolve();

  constructor(readonly deps: MasterServiceDeps) {}

  get catalog(): TableCatalog {
    return this.deps.catalog;
  }

  get storage(): StorageEngine {
    return this.deps.storage;
  }

  /**
   * Runs DDL strictly one at a time and returns a finished procedure id. HBase checks most DDL
   * before it submits the procedure (a blocking ProcedurePrepareLatch), so the RPC itself fails;
   * `failsInProcedure` marks DDL whose checks run inside the procedure (EnableTableProcedure for
   * 2.x clients): the call succeeds and the failure is reported by getProcedureResult.
   */
  ddl(work: () => Promise<void>, failsInProcedure = false): Promise<number> {
    const run = this.ddlQueue.then(async () => {
      const submitted = this.deps.now();
      try {
        await work();
      } catch (e) {
        if (!failsInProcedure || !(e instanceof HBaseRemoteError)) throw e;
        return this.record(submitted, e);
      }
      await this.catalogChanged();
      return this.record(submitted);
    });
    this.ddlQueue = run.catch(() => undefined);
    return run;
  }

  /** Reloads the catalog and tells the other nodes. */
  async catalogChanged(): Promise<void> {
    await this.catalog.load();
    await this.deps.onCatalogChanged();
  }

  private record(submitted: number, failure?: HBaseRemoteError): number {
    const id = this.nextProcId++;
    this.procedures.set(id, { submitted, finished: this.deps.now(), failure });
    return id;
  }

  async namespaceExists(name: string): Promise<boolean> {
    return SYSTEM_NAMESPACES.some((n) => n.name === name) || (await this.storage.catalog.getNamespace(name)) !== undefined;
  }

  async listNamespaces(): Promise<NamespaceDescriptor[]> {
    const stored = await this.storage.catalog.listNamespaces();
    return [...SYSTEM_NAMESPACES, ...stored.filter((n) => !SYSTEM_NAMESPACES.some((s) => s.name === n.name))].sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  async requireTable(name: TableName): Promise<TableDescriptor> {
    if (isMeta(name)) return META_DESCRIPTOR; // always there and enabled; DDL on it is refused by each operation's own check
    const t = await this.storage.catalog.getTable(name);
    if (t === undefined) throw hbaseError('TableNotFoundException', tableNameToString(name));
    return t;
  }

  /**
   * HMaster.checkTableModifiable: missing tables not, enabled tables not yet. Catalog tables are
   * refused too, but from inside the procedure (DeleteTableProcedure does not hand that failure to
   * the waiting RPC), hence `catalogRefusal`.
   */
  async requireModifiable(name: TableName): Promise<TableDescriptor> {
    const t = await this.requireTable(name);
    if (t.state !== 'DISABLED') throw hbaseError('TableNotDisabledException', `Not DISABLED; ${stateText(name, t.state)}`);
    return t;
  }

  /** Stores a table descriptor; hbase:meta's is fixed (requireTable hands it out for the checks only). */
  async putTable(t: TableDescriptor): Promise<void> {
    if (isMeta(t.name)) throw hbaseError('DoNotRetryIOException', "java.io.IOException: Can't modify catalog tables");
    await this.storage.catalog.putTable(t);
  }

  /** Every table the master knows, hbase:meta first (HMaster.listTableDescriptors includes it with system tables). */
  allDescriptors(): TableDescriptor[] {
    return [META_DESCRIPTOR, ...this.catalog.list().map((t) => t.descriptor)];
  }
}

export async function catalogRefusal(): Promise<void> {
  throw hbaseError('IOException', "Can't modify catalog tables");
}
