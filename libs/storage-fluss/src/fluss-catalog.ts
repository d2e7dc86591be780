import {
  type FlussClient,
  type KvRecord,
  type RowType,
  type TablePath,
  DataTypes,
  createWithLeaders,
  decodeCompactedRow,
  decodeKvValue,
  encodeCompactedKey,
  encodeCompactedRow,
  field,
} from '@hbase-compat/fluss-adapter';
import { type TableName, tableNameToString } from '@hbase-compat/region-mapping';
import {
  type CatalogPort,
  type NamespaceDescriptor,
  type TableDescriptor,
  catalogFromJson,
  catalogToJson,
  namespaceFromJson,
  namespaceToJson,
} from '@hbase-compat/storage';
import type { FlussNames } from './fluss-names';

/**
 * HBase descriptors stored durably in Fluss, next to the data (docs/architecture.md, section 3):
 * one primary-key table
 *
 *   kind STRING ('namespace' | 'table'), name STRING, json STRING
 *   PRIMARY KEY (kind, name), bucket key (kind), one bucket
 *
 * so listing a kind is one PrefixLookup and reading one descriptor one Lookup. The gateway keeps
 * its own in-memory view (TableCatalog) and re-reads this table when told something changed.
 */
export const CATALOG_ROW_TYPE: RowType = [
  field('kind', DataTypes.STRING(), false),
  field('name', DataTypes.STRING(), false),
  field('json', DataTypes.STRING(), true),
];
const KEY_TYPE = CATALOG_ROW_TYPE.slice(0, 2);
const PREFIX_TYPE = CATALOG_ROW_TYPE.slice(0, 1);
type Kind = 'namespace' | 'table';

export function catalogTableJson(replicationFactor: number | undefined): string {
  const properties: Record<string, string> = { 'table.kv.format': 'COMPACTED', 'table.log.format': 'COMPACTED' };
  if (replicationFactor !== undefined) properties['table.replication.factor'] = String(replicationFactor);
  return JSON.stringify({
    version: 1,
    schema: {
      version: 1,
      columns: CATALOG_ROW_TYPE.map((f, id) => ({ name: f.name, data_type: f.nullable ? { type: f.type.kind } : { type: f.type.kind, nullable: false }, id })),
      primary_key: ['kind', 'name'],
      highest_field_id: CATALOG_ROW_TYPE.length - 1,
    },
    comment: 'HBase namespaces and table descriptors of the hbase-compat gateway',
    partition_key: [],
    bucket_key: ['kind'],
    bucket_count: 1,
    properties,
    custom_properties: {},
  });
}

export interface DataTableHooks {
  /**
   * Makes sure the table's Fluss data table exists before its descriptor is written: keeps
   * `current` (the Fluss table its row names) if that exists, else creates a new incarnation.
   * Returns the Fluss table name to record.
   */
  ensureDataTable(table: TableDescriptor, current: string | undefined): Promise<string>;
  /** The Fluss table behind an HBase table changed (a truncate or re-create, maybe on another node). */
  dataTableChanged(name: TableName): void;
}

/** A table's catalog row: the descriptor, plus (since incarnations) the Fluss table holding its data. */
interface TableRow {
  descriptor: TableDescriptor;
  flussTable: string;
}

export class FlussCatalog implements CatalogPort {
  private schemaId = 1;
  /** HBase table → its Fluss table, as last read or written; tells when another node changed it. */
  private readonly flussTables = new Map<string, string>();

  constructor(
    private readonly client: FlussClient,
    private readonly names: FlussNames,
    private readonly hooks: DataTableHooks,
    private readonly log: { warn(m: string): void } = { warn: () => undefined },
  ) {}

  async init(replicationFactor: number | undefined): Promise<void> {
    const path = this.names.catalog;
    await this.client.createDatabase(path.database, true);
    if (await this.client.tableExists(path)) {
      this.schemaId = (await this.client.awaitLeaders(path)).schemaId;
      return;
    }
    // Its name is fixed, so a creation the coordinator missed is retried under the same name.
    const created = await createWithLeaders(
      this.client,
      { nextPath: () => path, tableJson: catalogTableJson(replicationFactor), ignoreIfExists: true },
      this.log,
    );
    this.schemaId = created.route.schemaId;
  }

  private key(kind: Kind, name: string): Uint8Array {
    return encodeCompactedKey(KEY_TYPE, [kind, name]);
  }

  private async list(kind: Kind): Promise<Record<string, unknown>[]> {
    const [values] = await this.client.prefixLookup(this.names.catalog, 0, [encodeCompactedKey(PREFIX_TYPE, [kind])]);
    return (values ?? []).map((v) => JSON.parse(decodeCompactedRow(CATALOG_ROW_TYPE, decodeKvValue(v).row)[2] as string) as Record<string, unknown>);
  }

  private async get(kind: Kind, name: string): Promise<Record<string, unknown> | undefined> {
    const [value] = await this.client.lookup(this.names.catalog, 0, [this.key(kind, name)]);
    return value === undefined
      ? undefined
      : (JSON.parse(decodeCompactedRow(CATALOG_ROW_TYPE, decodeKvValue(value).row)[2] as string) as Record<string, unknown>);
  }

  private async put(kind: Kind, name: string, json: unknown | undefined): Promise<void> {
    const record: KvRecord = {
      key: this.key(kind, name),
      value: json === undefined ? undefined : encodeCompactedRow(CATALOG_ROW_TYPE, [kind, name, JSON.stringify(json)]),
    };
    await this.client.putKv(this.names.catalog, 0, this.schemaId, [record]);
  }

  /** Reads a table row; rows written before incarnations name no Fluss table and keep the legacy one. */
  private tableRow(json: Record<string, unknown>): TableRow {
    const descriptor = catalogFromJson(json);
    const flussTable = typeof json['flussTable'] === 'string' ? json['flussTable'] : this.names.table(descriptor.name).table;
    this.remember(descriptor.name, flussTable);
    return { descriptor, flussTable };
  }

  private remember(name: TableName, flussTable: string | undefined): void {
    const key = tableNameToString(name);
    const before = this.flussTables.get(key);
    if (flussTable === undefined) this.flussTables.delete(key);
    else this.flussTables.set(key, flussTable);
    if (before !== undefined && before !== flussTable) this.hooks.dataTableChanged(name);
  }

  async listNamespaces(): Promise<NamespaceDescriptor[]> {
    return (await this.list('namespace')).map(namespaceFromJson).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  async getNamespace(name: string): Promise<NamespaceDescriptor | undefined> {
    const v = await this.get('namespace', name);
    return v === undefined ? undefined : namespaceFromJson(v);
  }

  async putNamespace(ns: NamespaceDescriptor): Promise<void> {
    await this.client.createDatabase(this.names.database(ns.name), true);
    await this.put('namespace', ns.name, namespaceToJson(ns));
  }

  async deleteNamespace(name: string): Promise<void> {
    await this.put('namespace', name, undefined);
    await this.client.dropDatabase(this.names.database(name), true, true);
  }

  async listTables(): Promise<TableDescriptor[]> {
    return (await this.list('table')).map((json) => this.tableRow(json).descriptor);
  }

  async getTable(name: TableName): Promise<TableDescriptor | undefined> {
    const v = await this.get('table', tableNameToString(name));
    return v === undefined ? undefined : this.tableRow(v).descriptor;
  }

  /** The Fluss table holding the HBase table's data, read afresh (another node may have changed it). */
  async dataTableOf(name: TableName): Promise<TablePath> {
    const v = await this.get('table', tableNameToString(name));
    const flussTable = v === undefined ? this.names.table(name).table : this.tableRow(v).flussTable;
    return { database: this.names.database(name.namespace), table: flussTable };
  }

  async putTable(table: TableDescriptor): Promise<void> {
    const key = tableNameToString(table.name);
    const existing = await this.get('table', key);
    const current = existing === undefined ? undefined : this.tableRow(existing).flussTable;
    const flussTable = await this.hooks.ensureDataTable(table, current);
    await this.put('table', key, { ...catalogToJson(table), flussTable });
    this.remember(table.name, flussTable);
  }

  async deleteTable(name: TableName): Promise<void> {
    await this.put('table', tableNameToString(name), undefined);
    this.remember(name, undefined);
  }
}
