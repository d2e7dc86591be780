import { hbaseError, hbase } from '@hbase-compat/hbase-codec';
import { type TableName, META_TABLE, invalidTableNameReason } from '@hbase-compat/region-mapping';
import { type FamilyDescriptor, type TableDescriptor, type BytesPair, DEFAULT_MAX_VERSIONS, FOREVER_SECONDS } from '@hbase-compat/storage';

/** TableSchema / ColumnFamilySchema protobuf ⇄ catalog descriptors; attributes kept verbatim. */
export function tableNameFromPb(t: hbase.pb.ITableName | null | undefined): TableName {
  if (!t) throw hbaseError('DoNotRetryIOException', 'Table name is missing');
  const name = { namespace: Buffer.from(t.namespace ?? []).toString('utf8'), qualifier: Buffer.from(t.qualifier ?? []).toString('utf8') };
  return name;
}

export function checkTableName(name: TableName): void {
  const reason = invalidTableNameReason(name);
  if (reason) throw hbaseError('DoNotRetryIOException', `java.lang.IllegalArgumentException: ${reason}`);
}

export function tableNameToPb(t: TableName): hbase.pb.ITableName {
  return { namespace: Buffer.from(t.namespace), qualifier: Buffer.from(t.qualifier) };
}

const attr = (pairs: BytesPair[], key: string): string | undefined => {
  const p = pairs.find((x) => x.first.toString('utf8') === key);
  return p?.second.toString('utf8');
};

function intAttr(pairs: BytesPair[], key: string, fallback: number, family: string): number {
  const v = attr(pairs, key);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n)) throw hbaseError('DoNotRetryIOException', `Column family ${family}: ${key} = ${JSON.stringify(v)} is not an integer`);
  return n;
}

export function familyFromPb(f: hbase.pb.IColumnFamilySchema): FamilyDescriptor {
  const name = Buffer.from(f.name ?? []);
  const attributes = withDefault(
    (f.attributes ?? []).map((a) => ({ first: Buffer.from(a.first ?? []), second: Buffer.from(a.second ?? []) })),
    'INDEX_BLOCK_ENCODING',
    'NONE',
  );
  const label = name.toString('utf8');
  const maxVersions = intAttr(attributes, 'VERSIONS', DEFAULT_MAX_VERSIONS, label);
  if (maxVersions <= 0) throw hbaseError('DoNotRetryIOException', `Column family ${label}: VERSIONS must be positive`);
  return {
    name,
    maxVersions,
    minVersions: intAttr(attributes, 'MIN_VERSIONS', 0, label),
    ttlSeconds: intAttr(attributes, 'TTL', FOREVER_SECONDS, label),
    attributes,
    configuration: (f.configuration ?? []).map((c) => ({ name: c.name ?? '', value: c.value ?? '' })),
  };
}

export function familyToPb(f: FamilyDescriptor): hbase.pb.IColumnFamilySchema {
  return {
    name: f.name,
    attributes: f.attributes.map((a) => ({ first: a.first, second: a.second })),
    configuration: f.configuration.map((c) => ({ name: c.name, value: c.value })),
  };
}

export function tableSchemaToPb(t: TableDescriptor): hbase.pb.ITableSchema {
  return {
    tableName: tableNameToPb(t.name),
    attributes: t.attributes.map((a) => ({ first: a.first, second: a.second })),
    columnFamilies: t.families.map(familyToPb),
    configuration: t.configuration.map((c) => ({ name: c.name, value: c.value })),
  };
}

export function tableFromSchema(schema: hbase.pb.ITableSchema, splitKeys: Buffer[], regionId: number): TableDescriptor {
  const name = tableNameFromPb(schema.tableName);
  checkTableName(name);
  const families = (schema.columnFamilies ?? []).map(familyFromPb);
  if (families.length === 0)
    throw hbaseError(
      'DoNotRetryIOException',
      `Table should have at least one column family. Set hbase.table.sanity.checks to false at conf or table descriptor if you want to bypass sanity checks`,
    );
  const seen = new Set<string>();
  for (const f of families) {
    const key = f.name.toString('latin1');
    if (seen.has(key)) throw hbaseError('DoNotRetryIOException', `Column family ${f.name.toString('utf8')} is declared twice`);
    seen.add(key);
  }
  return {
    name,
    families,
    attributes: withDefault(
      (schema.attributes ?? []).map((a) => ({ first: Buffer.from(a.first ?? []), second: Buffer.from(a.second ?? []) })),
      'hbase.store.file-tracker.impl',
      'DEFAULT',
    ),
    configuration: (schema.configuration ?? []).map((c) => ({ name: c.name ?? '', value: c.value ?? '' })),
    state: 'ENABLED',
    regionId,
    splitKeys,
  };
}

/**
 * Values an HBase 2.6 master adds to every descriptor it stores (the store-file tracker of the table,
 * the index block encoding of each family), so `describe` shows them as it does against HBase.
 */
function withDefault(attributes: { first: Buffer; second: Buffer }[], key: string, value: string): { first: Buffer; second: Buffer }[] {
  if (attributes.some((a) => a.first.toString('utf8') === key)) return attributes;
  return [...attributes, { first: Buffer.from(key), second: Buffer.from(value) }];
}

/**
 * hbase:meta's descriptor as an HBase 2.6 master reports it (FSTableDescriptors'
 * createMetaTableDescriptorBuilder): families info, rep_barrier and table, kept in memory with
 * ROWCOL blooms and ROW_INDEX_V1 encoding, and the MultiRowMutationEndpoint coprocessor.
 */
export const META_DESCRIPTOR: TableDescriptor = {
  name: META_TABLE,
  families: [metaFamily('info', 3, 8192), metaFamily('rep_barrier', FOREVER_SECONDS, 65536), metaFamily('table', 3, 8192)],
  attributes: pairs([
    ['IS_META', 'true'],
    ['coprocessor$1', '|org.apache.hadoop.hbase.coprocessor.MultiRowMutationEndpoint|536870911|'],
    ['hbase.store.file-tracker.impl', 'DEFAULT'],
  ]),
  configuration: [],
  state: 'ENABLED',
  regionId: 1,
  splitKeys: [],
};

function metaFamily(name: string, versions: number, blocksize: number): FamilyDescriptor {
  return {
    name: Buffer.from(name),
    maxVersions: versions,
    minVersions: 0,
    ttlSeconds: FOREVER_SECONDS,
    attributes: pairs([
      ['INDEX_BLOCK_ENCODING', 'NONE'],
      ['VERSIONS', String(versions)],
      ['KEEP_DELETED_CELLS', 'FALSE'],
      ['DATA_BLOCK_ENCODING', 'ROW_INDEX_V1'],
      ['TTL', String(FOREVER_SECONDS)],
      ['MIN_VERSIONS', '0'],
      ['REPLICATION_SCOPE', '0'],
      ['BLOOMFILTER', 'ROWCOL'],
      ['IN_MEMORY', 'true'],
      ['COMPRESSION', 'NONE'],
      ['BLOCKCACHE', 'true'],
      ['BLOCKSIZE', String(blocksize)],
    ]),
    configuration: [],
  };
}

function pairs(entries: [string, string][]): BytesPair[] {
  return entries.map(([k, v]) => ({ first: Buffer.from(k), second: Buffer.from(v) }));
}
