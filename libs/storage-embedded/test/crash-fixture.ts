import { CellType } from '@hbase-compat/hbase-codec';
import type { RowMutation, TableDescriptor } from '@hbase-compat/storage';

/** The table and rows of crash-durability.spec.ts, shared with its child process. */
export const CRASH_TABLE: TableDescriptor = {
  name: { namespace: 'default', qualifier: 'crash' },
  families: [{ name: Buffer.from('cf'), maxVersions: 1, minVersions: 0, ttlSeconds: 2147483647, attributes: [], configuration: [] }],
  attributes: [],
  configuration: [],
  state: 'ENABLED',
  regionId: 1,
  splitKeys: [],
};

export function crashRowKey(i: number): Buffer {
  return Buffer.from(`row-${String(i).padStart(8, '0')}`);
}

export function crashRow(i: number): RowMutation {
  const row = crashRowKey(i);
  return {
    row,
    cells: [{ row, family: Buffer.from('cf'), qualifier: Buffer.from('q'), timestamp: 1n, type: CellType.Put, value: Buffer.alloc(1000, i % 251) }],
  };
}
