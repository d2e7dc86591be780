import { toStringBinary } from '@hbase-compat/hbase-codec';
import type { FamilyDescriptor, TableDescriptor } from '@hbase-compat/storage';
import { tableNameToString } from '@hbase-compat/region-mapping';

/**
 * TableDescriptor.toString as an HBase 2.6 server prints it inside error messages (for example
 * NoSuchColumnFamilyException), so clients and the shell see the same text:
 *   'ns:t', {TABLE_ATTRIBUTES => {KEY => 'v', METADATA => {'k' => 'v'}}}, {NAME => 'cf', KEY => 'v', ..., METADATA => {...}}
 * Family keys come in the order HBase's value map yields them; TTL and BLOCKSIZE get their human forms.
 */
const FAMILY_KEY_ORDER = [
  'INDEX_BLOCK_ENCODING',
  'VERSIONS',
  'KEEP_DELETED_CELLS',
  'DATA_BLOCK_ENCODING',
  'TTL',
  'MIN_VERSIONS',
  'REPLICATION_SCOPE',
  'BLOOMFILTER',
  'IN_MEMORY',
  'COMPRESSION',
  'BLOCKCACHE',
  'BLOCKSIZE',
];
const OTHER_FAMILY_KEYS = new Set([
  'CACHE_DATA_ON_WRITE',
  'CACHE_INDEX_ON_WRITE',
  'CACHE_BLOOMS_ON_WRITE',
  'EVICT_BLOCKS_ON_CLOSE',
  'PREFETCH_BLOCKS_ON_OPEN',
  'COMPRESSION_COMPACT',
  'IS_MOB',
  'MOB_THRESHOLD',
  'MOB_COMPACT_PARTITION_POLICY',
  'NEW_VERSION_BEHAVIOR',
  'DFS_REPLICATION',
  'STORAGE_POLICY',
  'ENCRYPTION',
  'ENCRYPTION_KEY',
  'COMPRESS_TAGS',
  'CACHE_DATA_IN_L1',
  'HBASE_MAX_VERSIONS',
]);
const TABLE_KEYS = new Set([
  'MAX_FILESIZE',
  'READONLY',
  'COMPACTION_ENABLED',
  'SPLIT_ENABLED',
  'MERGE_ENABLED',
  'MEMSTORE_FLUSHSIZE',
  'DURABILITY',
  'REGION_REPLICATION',
  'REGION_MEMSTORE_REPLICATION',
  'NORMALIZATION_ENABLED',
  'NORMALIZER_TARGET_REGION_COUNT',
  'NORMALIZER_TARGET_REGION_SIZE_MB',
  'PRIORITY',
  'FLUSH_POLICY',
  'SPLIT_POLICY',
  'IS_META',
  'OWNER',
]);

export function describeTable(t: TableDescriptor): string {
  const reserved: string[] = [];
  const metadata: string[] = [];
  for (const a of t.attributes) {
    const key = a.first.toString('utf8');
    // Old clients send IS_META => 'false'; the server's descriptor does not keep that default.
    if (key === 'IS_META' && a.second.toString('utf8') === 'false') continue;
    (TABLE_KEYS.has(key) ? reserved : metadata).push(`${TABLE_KEYS.has(key) ? key : quote(key)} => ${quote(a.second.toString('utf8'))}`);
  }
  if (metadata.length > 0) reserved.push(`METADATA => {${metadata.join(', ')}}`);
  const head = reserved.length > 0 ? `${quote(tableNameToString(t.name))}, {TABLE_ATTRIBUTES => {${reserved.join(', ')}}}` : quote(tableNameToString(t.name));
  return [head, ...t.families.map(describeFamily)].join(', ');
}

export function describeFamily(f: FamilyDescriptor): string {
  const values = new Map(f.attributes.map((a) => [a.first.toString('utf8'), a.second.toString('utf8')]));
  const parts = [`NAME => ${quote(f.name.toString('utf8'))}`];
  for (const key of FAMILY_KEY_ORDER) {
    const v = values.get(key);
    if (v !== undefined) parts.push(`${key} => ${quote(key === 'TTL' ? humanTtl(Number(v)) : key === 'BLOCKSIZE' ? humanSize(Number(v)) : v)}`);
  }
  for (const [key, v] of values) if (OTHER_FAMILY_KEYS.has(key)) parts.push(`${key} => ${quote(v)}`);
  const metadata = [...values].filter(([key]) => !FAMILY_KEY_ORDER.includes(key) && !OTHER_FAMILY_KEYS.has(key)).map(([k, v]) => `${quote(k)} => ${quote(v)}`);
  if (metadata.length > 0) parts.push(`METADATA => {${metadata.join(', ')}}`);
  if (f.configuration.length > 0) parts.push(`CONFIGURATION => {${f.configuration.map((c) => `${quote(c.name)} => ${quote(c.value)}`).join(', ')}}`);
  return `{${parts.join(', ')}}`;
}

function quote(s: string): string {
  return `'${s}'`;
}

/** PrettyPrinter.humanReadableTTL, including its habit of pluralising seconds by the minute count. */
export function humanTtl(seconds: number): string {
  if (seconds === 2147483647) return 'FOREVER';
  if (seconds < 60) return `${seconds} SECOND${seconds === 1 ? '' : 'S'}`;
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const secs = seconds % 60;
  let out = `${seconds} SECONDS (`;
  if (days > 0) out += `${days} DAY${days === 1 ? '' : 'S'}`;
  if (hours > 0) out += `${days > 0 ? ' ' : ''}${hours} HOUR${hours === 1 ? '' : 'S'}`;
  if (minutes > 0) out += `${days + hours > 0 ? ' ' : ''}${minutes} MINUTE${minutes === 1 ? '' : 'S'}`;
  if (secs > 0) out += `${days + hours + minutes > 0 ? ' ' : ''}${secs} SECOND${minutes === 1 ? '' : 'S'}`;
  return `${out})`;
}

/** PrettyPrinter.humanReadableByte: "65536 B (64KB)". */
export function humanSize(bytes: number): string {
  const units: [number, string][] = [
    [1 << 30, 'GB'],
    [1 << 20, 'MB'],
    [1 << 10, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      const text = Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
      return `${bytes} B (${text}${unit})`;
    }
  }
  return `${bytes} B (${bytes}B)`;
}

/** The NoSuchColumnFamilyException text HRegion.checkFamily gives, naming the region holding `row`. */
export function noSuchFamilyMessage(
  table: { descriptor: TableDescriptor; regions: readonly { startKey: Buffer; endKey: Buffer; name: Buffer }[] },
  family: Buffer,
  row: Buffer | undefined,
): string {
  const region =
    row === undefined
      ? table.regions[0]
      : table.regions.find((r) => Buffer.compare(r.startKey, row) <= 0 && (r.endKey.length === 0 || Buffer.compare(row, r.endKey) < 0));
  const where = region ? `region ${toStringBinary(region.name)}` : 'region';
  return `Column family ${family.toString('utf8')} does not exist in ${where} in table ${describeTable(table.descriptor)}`;
}
