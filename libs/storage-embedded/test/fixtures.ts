import { CellType } from '@hbase-compat/hbase-codec';
import type { RowMutation, TableDescriptor } from '@hbase-compat/storage';

/** A table of one family `cf` keeping one version, as the engine's specs use. */
export function oneFamilyTable(qualifier: string): TableDescriptor {
  return {
    name: { namespace: 'default', qualifier },
    families: [{ name: Buffer.from('cf'), maxVersions: 1, minVersions: 0, ttlSeconds: 2147483647, attributes: [], configuration: [] }],
    attributes: [],
    configuration: [],
    state: 'ENABLED',
    regionId: 1,
    splitKeys: [],
  };
}

/** The table and rows of crash-durability.spec.ts, shared with its child process. */
export const CRASH_TABLE = oneFamilyTable('crash');

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
