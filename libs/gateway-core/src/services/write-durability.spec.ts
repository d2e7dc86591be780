import { hbase } from '@hbase-compat/hbase-codec';
import { type OpenTable, openTable } from '../catalog/table-catalog';
import { type DecodedMutation, decodeMutation, writeOptionsFor } from './mutations';

const { USE_DEFAULT, SKIP_WAL, ASYNC_WAL, SYNC_WAL, FSYNC_WAL } = hbase.pb.MutationProto.Durability;

function table(durability?: string): OpenTable {
  const attributes = durability === undefined ? [] : [{ first: Buffer.from('DURABILITY'), second: Buffer.from(durability) }];
  return openTable({
    name: { namespace: 'default', qualifier: 't' },
    families: [],
    attributes,
    configuration: [],
    state: 'ENABLED',
    regionId: 1,
    splitKeys: [],
  });
}

function put(durability?: hbase.pb.MutationProto.Durability): DecodedMutation {
  return decodeMutation({ row: Buffer.from('r'), mutateType: hbase.pb.MutationProto.MutationType.PUT, durability }, undefined);
}

describe('write durability (HRegion.getEffectiveDurability, the batch at its highest)', () => {
  it('reads MutationProto.durability, USE_DEFAULT when unset', () => {
    expect(put().durability).toBe(USE_DEFAULT);
    expect(put(FSYNC_WAL).durability).toBe(FSYNC_WAL);
  });

  it('waits for the disk only for FSYNC_WAL, the mutation’s own or its table’s', () => {
    expect(writeOptionsFor(table(), [put(FSYNC_WAL)])).toEqual({ fsync: true });
    expect(writeOptionsFor(table('FSYNC_WAL'), [put()])).toEqual({ fsync: true });
    for (const d of [USE_DEFAULT, SKIP_WAL, ASYNC_WAL, SYNC_WAL]) expect(writeOptionsFor(table(), [put(d)])).toEqual({ fsync: false });
    expect(writeOptionsFor(table('SYNC_WAL'), [put()])).toEqual({ fsync: false });
  });

  it('lets a mutation’s own durability override its table’s', () => {
    expect(writeOptionsFor(table('FSYNC_WAL'), [put(SYNC_WAL)])).toEqual({ fsync: false });
    expect(writeOptionsFor(table('ASYNC_WAL'), [put(FSYNC_WAL)])).toEqual({ fsync: true });
  });

  it('syncs a batch as its most durable mutation asks', () => {
    expect(writeOptionsFor(table(), [put(SKIP_WAL), put(FSYNC_WAL), put()])).toEqual({ fsync: true });
    expect(writeOptionsFor(table(), [put(SKIP_WAL), put(SYNC_WAL)])).toEqual({ fsync: false });
  });
});
