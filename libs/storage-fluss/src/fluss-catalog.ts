import { type FlussClient, type KvRecord, type RowType, DataTypes, decodeCompactedRow, decodeKvValue, encodeCompactedKey, encodeCompactedRow, field } from '@hbase-compat/fluss-adapter';
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
 * HBase descriptors stored durably in Fluss, next to the data (BRIEF §3): one primary-key table
 *
 *   kind STRING ('namespace' | 'table'), name STRING, json STRING
 *   PRIMARY KEY (kind, name), bucket key (kind), one bucket
 *
 * so listing a kind is one PrefixLookup and reading one descriptor one Lookup. The gateway keeps
 * its own in-memory view (TableCatalog) and re-reads this table when told something changed.
 */
const CATALOG_ROW_TYPE: RowType = [field('kind', DataTypes.STRING(), false), field('name', DataTypes.STRING(), false), field('json', DataTypes.STRING(), true)];
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
  /** Makes sure the table's Fluss data table exists before its descriptor is written. */
  ensureDataTable(table: TableDescriptor): Promise<void>;
}

export class FlussCatalog implements CatalogPort {
  private schemaId = 1;

  constructor(
    private readonly client: FlussClient,
    private readonly names: FlussNames,
    private readonly hooks: DataTableHooks,
  ) {}

  async init(replicationFactor: number | undefined): Promise<void> {
    const path = this.names.catalog;
    await this.client.createDatabase(path.database, true);
    if (!(await this.client.tableExists(path))) {
      await this.client.createTable(path, catalogTableJson(replicationFactor), true);
    }
    this.schemaId = (await this.client.awaitLeaders(path)).schemaId;
  }

  private key(kind: Kind, name: string): Uint8Array {
    return encodeCompactedKey(KEY_TYPE, [kind, name]);
  }

  private async list(kind: Kind): Promise<unknown[]> {
    const [values] = await this.client.prefixLookup(this.names.catalog, 0, [encodeCompactedKey(PREFIX_TYPE, [kind])]);
    return (values ?? []).map((v) => JSON.parse(decodeCompactedRow(CATALOG_ROW_TYPE, decodeKvValue(v).row)[2] as string));
  }

  private async get(kind: Kind, name: string): Promise<unknown | undefined> {
    const [value] = await this.client.lookup(this.names.catalog, 0, [this.key(kind, name)]);
    return value === undefined ? undefined : JSON.parse(decodeCompactedRow(CATALOG_ROW_TYPE, decodeKvValue(value).row)[2] as string);
  }

  private async put(kind: Kind, name: string, json: unknown | undefined): Promise<void> {
    const record: KvRecord = {
      key: this.key(kind, name),
      value: json === undefined ? undefined : encodeCompactedRow(CATALOG_ROW_TYPE, [kind, name, JSON.stringify(json)]),
    };
    await this.client.putKv(this.names.catalog, 0, this.schemaId, [record]);
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
    return (await this.list('table')).map(catalogFromJson);
  }

  async getTable(name: TableName): Promise<TableDescriptor | undefined> {
    const v = await this.get('table', tableNameToString(name));
    return v === undefined ? undefined : catalogFromJson(v);
  }

  async putTable(table: TableDescriptor): Promise<void> {
    await this.hooks.ensureDataTable(table);
    await this.put('table', tableNameToString(table.name), catalogToJson(table));
  }

  async deleteTable(name: TableName): Promise<void> {
    await this.put('table', tableNameToString(name), undefined);
  }
}
