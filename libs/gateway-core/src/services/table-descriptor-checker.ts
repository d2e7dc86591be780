import { hbaseError } from '@hbase-compat/hbase-codec';
import { tableNameToString } from '@hbase-compat/region-mapping';
import { type BytesPair, type FamilyDescriptor, type TableDescriptor, FOREVER_SECONDS } from '@hbase-compat/storage';

/**
 * The master's table sanity check, ported from HBase 2.6's TableDescriptorChecker.sanityCheck: the
 * master refuses descriptors that would make a region server misbehave (tiny region or flush sizes,
 * unknown split policies, codecs or ciphers it cannot load, impossible family settings), with
 * DoNotRetryIOException texts clients and scripts match on. `hbase.table.sanity.checks = false` in
 * the table's values turns the skippable checks off (HBase then only logs them); the compaction-
 * policy and replication-scope checks are never skipped, as in HBase.
 */
const SANITY_CHECKS = 'hbase.table.sanity.checks';
const BYPASS_HINT = ` Set ${SANITY_CHECKS} to false at conf or table descriptor if you want to bypass sanity checks`;

/** HBase 2.6 defaults the checker falls back on (hbase-default.xml, ColumnFamilyDescriptorBuilder). */
const MAX_FILESIZE_LOWER_LIMIT = 2 * 1024 * 1024;
const FLUSH_SIZE_LOWER_LIMIT = 1024 * 1024;
const DEFAULT_BLOCKSIZE = 64 * 1024;
const DEFAULT_BLOCKING_STORE_FILES = 16;
const COMPACTION_POLICY_KEY = 'hbase.hstore.defaultengine.compactionpolicy.class';
const BLOCKING_STORE_FILES_KEY = 'hbase.hstore.blockingStoreFiles';
const FIFO_POLICY = 'org.apache.hadoop.hbase.regionserver.compactions.FIFOCompactionPolicy';
const ROW_PREFIX_LENGTH_KEY = 'RowPrefixBloomFilter.prefix_length';
const MAX_ROW_LENGTH = 32767;

/** Split policies a stock region server can load (RegionSplitPolicy.getSplitPolicyClass). */
const SPLIT_POLICIES = new Set(
  [
    'RegionSplitPolicy',
    'ConstantSizeRegionSplitPolicy',
    'IncreasingToUpperBoundRegionSplitPolicy',
    'SteppingSplitPolicy',
    'KeyPrefixRegionSplitPolicy',
    'DelimitedKeyPrefixRegionSplitPolicy',
    'DisabledRegionSplitPolicy',
    'BusyRegionSplitPolicy',
  ].map((c) => `org.apache.hadoop.hbase.regionserver.${c}`),
);

/** MemoryCompactionPolicy's constants (ColumnFamilyDescriptor.getInMemoryCompaction parses the value). */
const MEMORY_COMPACTION_POLICIES = new Set(['NONE', 'BASIC', 'EAGER', 'ADAPTIVE']);

/**
 * CompressionTest.testCompression on a standalone HBase 2.6.4 (its Maven Central class path, no
 * native libhadoop; checked against the reference in admin-sanity-compression): NONE, GZ and SNAPPY
 * load; the others fail with these first texts, and a failed algorithm is remembered by the
 * process ("previously failed test"), as CompressionTest's cache does.
 */
const LOADABLE_COMPRESSION = new Set(['NONE', 'GZ', 'SNAPPY']);
const COMPRESSION_FAILURES: Record<string, string> = {
  LZO: 'java.lang.RuntimeException: java.lang.ClassNotFoundException: com.hadoop.compression.lzo.LzoCodec',
  LZ4: 'java.lang.NoClassDefFoundError: net/jpountz/lz4/LZ4Factory',
  BZIP2: 'java.lang.UnsupportedOperationException',
  ZSTD: 'java.lang.RuntimeException: native zStandard library not available: this version of libhadoop was built without zstd support.',
  LZMA: 'java.lang.RuntimeException: java.lang.ClassNotFoundException: org.apache.hadoop.hbase.io.compress.xz.LzmaCodec',
  BROTLI: 'java.lang.RuntimeException: java.lang.ClassNotFoundException: org.apache.hadoop.hbase.io.compress.brotli.BrotliCodec',
};
const failedCompression = new Set<string>();

/** EncryptionTest remembers a key provider that failed its test; the second refusal says so. */
let keyProviderFailed = false;

type Fail = (message: string) => void;

const value = (pairs: BytesPair[], key: string): string | undefined => pairs.find((p) => p.first.toString('utf8') === key)?.second.toString('utf8');

function javaLong(text: string): number {
  if (!/^[+-]?\d+$/.test(text)) throw hbaseError('DoNotRetryIOException', `java.lang.NumberFormatException: For input string: "${text}"`);
  return Number(text);
}

export function sanityCheckTable(td: TableDescriptor): void {
  const skippable = value(td.attributes, SANITY_CHECKS)?.toLowerCase() !== 'false';
  const fail: Fail = (message) => {
    if (skippable) throw hbaseError('DoNotRetryIOException', message + BYPASS_HINT);
  };
  const always: Fail = (message) => {
    throw hbaseError('DoNotRetryIOException', message + BYPASS_HINT);
  };
  checkSizes(td, fail);
  checkSplitPolicy(td, fail);
  checkCoprocessors(td, fail);
  for (const f of td.families) checkCompression(f, fail);
  for (const f of td.families) checkEncryption(f, fail);
  checkCompactionPolicy(td, always);
  if (td.families.length === 0) fail('Table should have at least one column family.');
  if (javaLong(value(td.attributes, 'REGION_REPLICATION') ?? '1') < 1) fail('Table region replication should be at least one.');
  const meta = td.name.namespace === 'hbase' && td.name.qualifier === 'meta';
  if (meta && value(td.attributes, 'READONLY')?.toLowerCase() === 'true') always("Meta table can't be set as read only.");
  for (const f of td.families) checkFamily(f, fail);
}

/** MAX_FILESIZE and MEMSTORE_FLUSHSIZE lower limits (the limits themselves may come from the table's values). */
function checkSizes(td: TableDescriptor, fail: Fail): void {
  const maxFileSize = value(td.attributes, 'MAX_FILESIZE');
  const maxFileLimit = javaLong(value(td.attributes, 'hbase.hregion.max.filesize.limit') ?? String(MAX_FILESIZE_LOWER_LIMIT));
  if (maxFileSize !== undefined && javaLong(maxFileSize) < maxFileLimit) {
    fail(
      `MAX_FILESIZE for table descriptor or "hbase.hregion.max.filesize" (${maxFileSize}) is too small, which might cause over splitting into unmanageable number of regions.`,
    );
  }
  const flushSize = value(td.attributes, 'MEMSTORE_FLUSHSIZE');
  const flushLimit = javaLong(value(td.attributes, 'hbase.hregion.memstore.flush.size.limit') ?? String(FLUSH_SIZE_LOWER_LIMIT));
  if (flushSize !== undefined && javaLong(flushSize) < flushLimit) {
    fail(
      `MEMSTORE_FLUSHSIZE for table descriptor or "hbase.hregion.memstore.flush.size" (${flushSize}) is too small, which might cause very frequent flushing.`,
    );
  }
}

/** TableDescriptorChecker.checkClassLoading: the split policy class must load. */
function checkSplitPolicy(td: TableDescriptor, fail: Fail): void {
  const policy = value(td.attributes, 'SPLIT_POLICY');
  if (policy !== undefined && !SPLIT_POLICIES.has(policy)) {
    fail(`Unable to load configured region split policy '${policy}' for table '${tableNameToString(td.name)}'`);
  }
}

/**
 * RegionCoprocessorHost.testTableCoprocessorAttrs: a table coprocessor ("coprocessor$N" =>
 * "path|class|priority|args") without a jar path must be a class on the master's class path; here
 * only HBase's own classes are (a jar path is not followed: nothing would run it anyway).
 */
function checkCoprocessors(td: TableDescriptor, fail: Fail): void {
  for (const a of td.attributes) {
    if (!/^coprocessor\$\d+$/i.test(a.first.toString('utf8'))) continue;
    const [path = '', className = ''] = a.second
      .toString('utf8')
      .split('|')
      .map((p) => p.trim());
    if (path === '' && !className.startsWith('org.apache.hadoop.hbase.')) fail(`Class ${className} cannot be loaded`);
  }
}

/** CompressionTest.testCompression for the family's compression and compaction compression. */
function checkCompression(f: FamilyDescriptor, fail: Fail): void {
  for (const key of ['COMPRESSION', 'COMPRESSION_COMPACT']) {
    const algorithm = (value(f.attributes, key) ?? 'NONE').toUpperCase();
    if (LOADABLE_COMPRESSION.has(algorithm)) continue;
    if (failedCompression.has(algorithm)) fail(`Compression algorithm '${algorithm.toLowerCase()}' previously failed test.`);
    failedCompression.add(algorithm);
    fail(
      COMPRESSION_FAILURES[algorithm] ??
        `java.lang.IllegalArgumentException: No enum constant org.apache.hadoop.hbase.io.compress.Compression.Algorithm.${algorithm}`,
    );
  }
}

/** EncryptionTest.testEncryption: a standalone master has no key store, so any cipher fails its key provider test. */
function checkEncryption(f: FamilyDescriptor, fail: Fail): void {
  if (value(f.attributes, 'ENCRYPTION') === undefined) return;
  const provider = 'org.apache.hadoop.hbase.io.crypto.KeyStoreKeyProvider';
  if (keyProviderFailed) fail(`Key provider ${provider} previously failed test`);
  keyProviderFailed = true;
  fail(`Key provider ${provider} failed test: java.lang.RuntimeException: KeyProvider scheme should specify KeyStore type`);
}

/** TableDescriptorChecker.checkCompactionPolicy: FIFO compaction needs a TTL, no MIN_VERSIONS and many blocking files. */
function checkCompactionPolicy(td: TableDescriptor, fail: Fail): void {
  const tablePolicy = value(td.attributes, COMPACTION_POLICY_KEY);
  let blocking = javaLong(value(td.attributes, BLOCKING_STORE_FILES_KEY) ?? String(DEFAULT_BLOCKING_STORE_FILES));
  for (const f of td.families) {
    const config = (key: string) => f.configuration.find((c) => c.name === key)?.value;
    if ((config(COMPACTION_POLICY_KEY) ?? tablePolicy) !== FIFO_POLICY) continue;
    if (f.ttlSeconds === FOREVER_SECONDS) fail('Default TTL is not supported for FIFO compaction');
    if (f.minVersions > 0) fail('MIN_VERSION > 0 is not supported for FIFO compaction');
    const own = config(BLOCKING_STORE_FILES_KEY);
    if (own !== undefined) blocking = javaLong(own);
    if (blocking < 1000) {
      fail(`Blocking file count '${BLOCKING_STORE_FILES_KEY}' ${blocking} is below recommended minimum of 1000 for column family ${f.name.toString('utf8')}`);
    }
  }
}

/** The per-family checks, in HBase's order. */
function checkFamily(f: FamilyDescriptor, fail: Fail): void {
  const name = f.name.toString('utf8');
  if (f.ttlSeconds <= 0) fail(`TTL for column family ${name} must be positive.`);
  const blocksize = javaLong(value(f.attributes, 'BLOCKSIZE') ?? String(DEFAULT_BLOCKSIZE));
  if (blocksize < 1024 || blocksize > 16 * 1024 * 1024) fail(`Block size for column family ${name}  must be between 1K and 16MB.`);
  if (f.minVersions < 0) fail(`Min versions for column family ${name}  must be positive.`);
  if (f.minVersions > f.maxVersions) fail(`Min versions for column family ${name} must be less than the Max versions.`);
  const scope = javaLong(value(f.attributes, 'REPLICATION_SCOPE') ?? '0');
  if (scope !== 0 && scope !== 1) fail(`Replication scope for column family ${name} is ${scope} which is invalid.`);
  if (!bloomParamValid(f)) fail('Failed to get bloom filter param');
  if (javaLong(value(f.attributes, 'DFS_REPLICATION') ?? '0') < 0) fail(`HFile Replication for column family ${name}  must be greater than zero.`);
  const inMemory = value(f.attributes, 'IN_MEMORY_COMPACTION');
  if (inMemory !== undefined && !MEMORY_COMPACTION_POLICIES.has(inMemory.toUpperCase())) {
    fail(`No enum constant org.apache.hadoop.hbase.MemoryCompactionPolicy.${inMemory.toUpperCase()}`);
  }
}

/** BloomFilterUtil.getBloomFilterParam: ROWPREFIX_FIXED_LENGTH needs a prefix length in the family's configuration. */
function bloomParamValid(f: FamilyDescriptor): boolean {
  if ((value(f.attributes, 'BLOOMFILTER') ?? 'ROW').toUpperCase() !== 'ROWPREFIX_FIXED_LENGTH') return true;
  const length = f.configuration.find((c) => c.name === ROW_PREFIX_LENGTH_KEY)?.value;
  if (length === undefined || !/^[+-]?\d+$/.test(length)) return false;
  const n = Number(length);
  return n > 0 && n <= MAX_ROW_LENGTH;
}
