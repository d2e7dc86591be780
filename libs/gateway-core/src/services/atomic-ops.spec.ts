import { type Cell, CellType, LATEST_TIMESTAMP, HBaseRemoteError, pb, toLong, type hbase } from '@hbase-compat/hbase-codec';
import type { FamilyDescriptor } from '@hbase-compat/storage';
import type { OpenTable } from '../catalog/table-catalog';
import { applyAtomicMutation, rowTransaction } from './atomic-ops';
import type { DecodedMutation, MutationKind } from './mutations';
import { encodeMergedResult, encodeResult, sortedCells } from './results';

const ROW = Buffer.from('r');
const NOW = 1_700_000_000_000;

function family(name: string, maxVersions = 3): FamilyDescriptor {
  return { name: Buffer.from(name), maxVersions, minVersions: 0, ttlSeconds: 2147483647, attributes: [], configuration: [] };
}

function table(...families: FamilyDescriptor[]): OpenTable {
  return {
    descriptor: { name: { namespace: 'default', qualifier: 't' }, families, attributes: [], configuration: [], state: 'ENABLED', regionId: 1, splitKeys: [] },
    regions: [],
    families: new Map(families.map((f) => [f.name.toString('latin1'), f])),
    fsyncByDefault: false,
  };
}

const T = table(family('cf'), family('cf2'));

function cell(f: string, q: string, ts: bigint, value: Buffer | string): Cell {
  return { row: ROW, family: Buffer.from(f), qualifier: Buffer.from(q), timestamp: ts, type: CellType.Put, value: Buffer.from(value) };
}

function long(n: bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigInt64BE(n);
  return b;
}

function mutation(kind: MutationKind, cells: Cell[], extra: Partial<DecodedMutation> = {}): DecodedMutation {
  return { kind, row: ROW, cells, timestamp: LATEST_TIMESTAMP, returnResults: true, attributes: [], ...extra } as DecodedMutation;
}

const columns = (cells: readonly Cell[] | undefined) => (cells ?? []).map((c) => `${c.family}:${c.qualifier}`);

function condition(f: string, q: string, value: string, compareType = 2): hbase.pb.ICondition {
  const comparator = {
    name: 'org.apache.hadoop.hbase.filter.BinaryComparator',
    serializedComparator: pb.BinaryComparator.encode({ comparable: { value: Buffer.from(value) } }).finish(),
  };
  return { row: ROW, family: Buffer.from(f), qualifier: Buffer.from(q), compareType, comparator };
}

function thrown(fn: () => unknown): HBaseRemoteError {
  try {
    fn();
  } catch (e) {
    if (e instanceof HBaseRemoteError) return e;
    throw e;
  }
  throw new Error('expected an HBase error');
}

describe('Increment and Append (HRegion.reckonDeltas)', () => {
  it('returns cells in CellComparator order whatever order the request named them', () => {
    const inc = mutation('increment', [cell('cf', 'n', LATEST_TIMESTAMP, long(1n)), cell('cf', 'm', LATEST_TIMESTAMP, long(2n))]);
    expect(columns(applyAtomicMutation(T, inc, [], BigInt(NOW)).returned)).toEqual(['cf:m', 'cf:n']);
  });

  it('reads its base value within the time range it carries', () => {
    const stored = [cell('cf', 'q', 200n, long(20n)), cell('cf', 'q', 100n, long(10n))];
    const inc = mutation('increment', [cell('cf', 'q', LATEST_TIMESTAMP, long(1n))], { timeRange: { from: toLong(0n, true), to: toLong(150n, true) } });
    expect(applyAtomicMutation(T, inc, stored, BigInt(NOW)).returned[0].value.readBigInt64BE(0)).toBe(11n);
    const app = mutation('append', [cell('cf', 'q', LATEST_TIMESTAMP, '+')], { timeRange: { from: toLong(300n, true), to: toLong(400n, true) } });
    expect(applyAtomicMutation(T, app, [cell('cf', 'q', 100n, 'old')], BigInt(NOW)).returned[0].value.toString()).toBe('+');
  });

  it('refuses a counter that is not 8 bytes wide with HBase message', () => {
    const inc = mutation('increment', [cell('cf', 'q', LATEST_TIMESTAMP, long(1n))]);
    const e = thrown(() => applyAtomicMutation(T, inc, [cell('cf', 'q', 1n, 'abcd')], BigInt(NOW)));
    expect(e.kind.className).toBe('org.apache.hadoop.hbase.DoNotRetryIOException');
    expect(e.message).toBe("Field is not a long, it's 4 bytes wide");
  });

  it('refuses a new cell larger than hbase.server.keyvalue.maxsize', () => {
    const app = mutation('append', [cell('cf', 's', LATEST_TIMESTAMP, Buffer.alloc(60))]);
    const current = [cell('cf', 's', 1n, Buffer.alloc(60))];
    expect(applyAtomicMutation(T, app, current, BigInt(NOW), 0).write[0].value.length).toBe(120);
    expect(thrown(() => applyAtomicMutation(T, app, current, BigInt(NOW), 140)).message).toMatch(/^Cell with size 148 exceeds limit of 140 bytes in region /);
  });

  it('stamps the new cell after a current version from the future', () => {
    const future = BigInt(NOW + 3600_000);
    const app = mutation('append', [cell('cf', 's', LATEST_TIMESTAMP, 'b')]);
    expect(applyAtomicMutation(T, app, [cell('cf', 's', future, 'a')], BigInt(NOW)).write[0].timestamp).toBe(future + 1n);
  });
});

describe('rowTransaction (HRegion.checkAndMutateInternal, mutateRow)', () => {
  const stored = [cell('cf', 'q', 1n, 'v')];

  it('refuses a condition on a family the table lacks and writes nothing', () => {
    const e = thrown(() => rowTransaction(T, condition('nope', 'q', 'v'), [mutation('put', [cell('cf', 'a', 1n, '1')])], stored, NOW));
    expect(e.kind.className).toBe('org.apache.hadoop.hbase.regionserver.NoSuchColumnFamilyException');
    expect(e.message).toMatch(/^Column family nope does not exist in region/);
  });

  it('checks the mutation families only when the condition holds', () => {
    const bad = [mutation('put', [cell('nope', 'a', 1n, '1')])];
    expect(rowTransaction(T, condition('cf', 'q', 'w'), bad, stored, NOW)).toEqual({ cells: undefined, result: { processed: false, returned: undefined } });
    expect(thrown(() => rowTransaction(T, condition('cf', 'q', 'v'), bad, stored, NOW)).kind.className).toMatch(/NoSuchColumnFamilyException$/);
  });

  it('returns the Increment cells of a checkAndMutate, and no Result for a Put', () => {
    const inc = mutation('increment', [cell('cf', 'n', LATEST_TIMESTAMP, long(5n)), cell('cf', 'm', LATEST_TIMESTAMP, long(1n))]);
    expect(columns(rowTransaction(T, condition('cf', 'q', 'v'), [inc], stored, NOW).result.returned)).toEqual(['cf:m', 'cf:n']);
    const put = mutation('put', [cell('cf', 'a', LATEST_TIMESTAMP, '1')]);
    expect(rowTransaction(T, condition('cf', 'q', 'v'), [put], stored, NOW).result).toEqual({ processed: true, returned: undefined });
  });

  it('stamps Puts no older than the checked cell', () => {
    const future = BigInt(NOW + 60_000);
    const put = mutation('put', [cell('cf', 'a', LATEST_TIMESTAMP, '1')]);
    expect(rowTransaction(T, condition('cf', 'q', 'v'), [put], [cell('cf', 'q', future, 'v')], NOW).cells?.[0].timestamp).toBe(future);
  });

  it('merges RowMutations results in mutation order, each read from the row before the transaction', () => {
    const before = [cell('cf', 'n', 1n, long(10n)), cell('cf', 's', 1n, 'a')];
    const mutations = [
      mutation('append', [cell('cf', 's', LATEST_TIMESTAMP, 'b')]),
      mutation('put', [cell('cf', 'n', 2n, long(100n))]),
      mutation('increment', [cell('cf2', 'z', LATEST_TIMESTAMP, long(1n)), cell('cf', 'n', LATEST_TIMESTAMP, long(1n))]),
    ];
    const out = rowTransaction(T, undefined, mutations, before, NOW).result.returned ?? [];
    expect(columns(out)).toEqual(['cf:s', 'cf:n', 'cf2:z']);
    expect(out[1].value.readBigInt64BE(0)).toBe(11n);
  });

  it('treats NO_OP as HBase does: false on a missing cell, an IOException on a present one', () => {
    const put = [mutation('put', [cell('cf', 'a', 1n, '1')])];
    expect(rowTransaction(T, condition('cf', 'x', 'v', 6), put, stored, NOW).result.processed).toBe(false);
    expect(thrown(() => rowTransaction(T, condition('cf', 'q', 'v', 6), put, stored, NOW)).kind.className).toBe('java.io.IOException');
  });
});

describe('Result cell order', () => {
  const unsorted = [cell('cf2', 'a', 1n, 'x'), cell('cf', 'z', 1n, 'y'), cell('cf', 'a', 1n, 'z')];

  it('encodeResult puts cells in CellComparator order, inline and in cell blocks', () => {
    expect(columns(encodeResult(unsorted, true).cells)).toEqual(['cf:a', 'cf:z', 'cf2:a']);
    expect((encodeResult(unsorted, false).result.cell ?? []).map((c) => `${Buffer.from(c.family ?? [])}:${Buffer.from(c.qualifier ?? [])}`)).toEqual([
      'cf:a',
      'cf:z',
      'cf2:a',
    ]);
  });

  it('keeps an already sorted array as is and leaves merged RowMutations results in their order', () => {
    const sorted = [cell('cf', 'a', 2n, 'n'), cell('cf', 'a', 1n, 'o')];
    expect(sortedCells(sorted)).toBe(sorted);
    expect((encodeMergedResult(unsorted).cell ?? []).map((c) => Buffer.from(c.value ?? []).toString())).toEqual(['x', 'y', 'z']);
  });
});
