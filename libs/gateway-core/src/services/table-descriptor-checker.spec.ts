import type { FamilyDescriptor, TableDescriptor } from '@hbase-compat/storage';
import { sanityCheckTable } from './table-descriptor-checker';
import { initialSwitches, switchMethods } from './master-switches';
import { pb } from '@hbase-compat/hbase-codec';

const pair = (k: string, v: string) => ({ first: Buffer.from(k), second: Buffer.from(v) });

function family(attrs: Record<string, string> = {}, configuration: Record<string, string> = {}, over: Partial<FamilyDescriptor> = {}): FamilyDescriptor {
  return {
    name: Buffer.from('cf'),
    maxVersions: 1,
    minVersions: 0,
    ttlSeconds: 2147483647,
    attributes: Object.entries(attrs).map(([k, v]) => pair(k, v)),
    configuration: Object.entries(configuration).map(([name, value]) => ({ name, value })),
    ...over,
  };
}

function table(attrs: Record<string, string> = {}, families: FamilyDescriptor[] = [family()]): TableDescriptor {
  return {
    name: { namespace: 'default', qualifier: 't' },
    families,
    attributes: Object.entries(attrs).map(([k, v]) => pair(k, v)),
    configuration: [],
    state: 'ENABLED',
    regionId: 1,
    splitKeys: [],
  };
}

const HINT = ' Set hbase.table.sanity.checks to false at conf or table descriptor if you want to bypass sanity checks';
const refusal = (td: TableDescriptor) => {
  try {
    sanityCheckTable(td);
    return 'ok';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('TableDescriptorChecker.sanityCheck as ported', () => {
  it('accepts a plain table', () => expect(refusal(table())).toBe('ok'));

  it('refuses tiny region and flush sizes unless sanity checks are off for the table', () => {
    expect(refusal(table({ MAX_FILESIZE: '1024' }))).toBe(
      `MAX_FILESIZE for table descriptor or "hbase.hregion.max.filesize" (1024) is too small, which might cause over splitting into unmanageable number of regions.${HINT}`,
    );
    expect(refusal(table({ MAX_FILESIZE: String(2 * 1024 * 1024) }))).toBe('ok');
    expect(refusal(table({ MAX_FILESIZE: '1024', 'hbase.table.sanity.checks': 'false' }))).toBe('ok');
    expect(refusal(table({ MEMSTORE_FLUSHSIZE: '1024' }))).toContain(
      'MEMSTORE_FLUSHSIZE for table descriptor or "hbase.hregion.memstore.flush.size" (1024) is too small',
    );
  });

  it('refuses unknown split policies, no families and region replication below one', () => {
    expect(refusal(table({ SPLIT_POLICY: 'org.example.P' }))).toBe(`Unable to load configured region split policy 'org.example.P' for table 't'${HINT}`);
    expect(refusal(table({ SPLIT_POLICY: 'org.apache.hadoop.hbase.regionserver.DisabledRegionSplitPolicy' }))).toBe('ok');
    expect(refusal(table({}, []))).toBe(`Table should have at least one column family.${HINT}`);
    expect(refusal(table({ REGION_REPLICATION: '0' }))).toBe(`Table region replication should be at least one.${HINT}`);
  });

  it('checks every family setting with HBase texts', () => {
    expect(refusal(table({}, [family({}, {}, { ttlSeconds: 0 })]))).toBe(`TTL for column family cf must be positive.${HINT}`);
    expect(refusal(table({}, [family({ BLOCKSIZE: '512' })]))).toBe(`Block size for column family cf  must be between 1K and 16MB.${HINT}`);
    expect(refusal(table({}, [family({}, {}, { minVersions: 3, maxVersions: 2 })]))).toBe(
      `Min versions for column family cf must be less than the Max versions.${HINT}`,
    );
    expect(refusal(table({}, [family({ REPLICATION_SCOPE: '7' })]))).toBe(`Replication scope for column family cf is 7 which is invalid.${HINT}`);
    expect(refusal(table({}, [family({ BLOOMFILTER: 'ROWPREFIX_FIXED_LENGTH' })]))).toBe(`Failed to get bloom filter param${HINT}`);
    expect(refusal(table({}, [family({ BLOOMFILTER: 'ROWPREFIX_FIXED_LENGTH' }, { 'RowPrefixBloomFilter.prefix_length': '4' })]))).toBe('ok');
    expect(refusal(table({}, [family({ IN_MEMORY_COMPACTION: 'BOGUS' })]))).toBe(
      `No enum constant org.apache.hadoop.hbase.MemoryCompactionPolicy.BOGUS${HINT}`,
    );
  });

  it('FIFO compaction needs a TTL and 1000 blocking files, even with sanity checks off', () => {
    const fifo = { 'hbase.hstore.defaultengine.compactionpolicy.class': 'org.apache.hadoop.hbase.regionserver.compactions.FIFOCompactionPolicy' };
    expect(refusal(table({ ...fifo, 'hbase.table.sanity.checks': 'false' }))).toBe(`Default TTL is not supported for FIFO compaction${HINT}`);
    expect(refusal(table(fifo, [family({}, {}, { ttlSeconds: 100 })]))).toBe(
      `Blocking file count 'hbase.hstore.blockingStoreFiles' 16 is below recommended minimum of 1000 for column family cf${HINT}`,
    );
    expect(refusal(table({ ...fifo, 'hbase.hstore.blockingStoreFiles': '1000' }, [family({}, {}, { ttlSeconds: 100 })]))).toBe('ok');
  });
});

describe('master switches', () => {
  it('start as a standalone HBase master starts them and answer the previous value', async () => {
    const methods = switchMethods(initialSwitches());
    const call = async (name: string, param: Uint8Array = new Uint8Array()) => (await methods[name]!({} as never, Buffer.from(param))).message;
    expect(pb.IsBalancerEnabledResponse.decode(await call('IsBalancerEnabled')).enabled).toBe(true);
    const off = pb.SetBalancerRunningRequest.encode({ on: false }).finish();
    expect(pb.SetBalancerRunningResponse.decode(await call('SetBalancerRunning', off)).prevBalanceValue).toBe(true);
    expect(pb.IsBalancerEnabledResponse.decode(await call('IsBalancerEnabled')).enabled).toBe(false);
    expect(pb.BalanceResponse.decode(await call('Balance')).balancerRan).toBe(false);
    expect(pb.IsInMaintenanceModeResponse.decode(await call('IsMasterInMaintenanceMode')).inMaintenanceMode).toBe(false);
    const splitOff = pb.SetSplitOrMergeEnabledRequest.encode({ enabled: false, switchTypes: [pb.MasterSwitchType.SPLIT] }).finish();
    expect(pb.SetSplitOrMergeEnabledResponse.decode(await call('SetSplitOrMergeEnabled', splitOff)).prevValue).toEqual([true]);
    const isMerge = pb.IsSplitOrMergeEnabledRequest.encode({ switchType: pb.MasterSwitchType.MERGE }).finish();
    expect(pb.IsSplitOrMergeEnabledResponse.decode(await call('IsSplitOrMergeEnabled', isMerge)).enabled).toBe(true);
  });
});
