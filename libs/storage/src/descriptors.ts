import type { TableName } from '@hbase-compat/region-mapping';

/**
 * Table and namespace descriptors as the catalog keeps them. Attributes and configuration are
 * kept as the client sent them so describe echoes them back unchanged; the values the gateway acts
 * on (VERSIONS, TTL, ...) are parsed once into typed fields.
 */
export interface BytesPair {
  first: Buffer;
  second: Buffer;
}

export interface NameValue {
  name: string;
  value: string;
}

export interface FamilyDescriptor {
  name: Buffer;
  maxVersions: number;
  minVersions: number;
  /** Seconds; HConstants.FOREVER (Integer.MAX_VALUE) means no expiry. */
  ttlSeconds: number;
  attributes: BytesPair[];
  configuration: NameValue[];
}

export type TableStateName = 'ENABLED' | 'DISABLED' | 'DISABLING' | 'ENABLING';

export interface TableDescriptor {
  name: TableName;
  families: FamilyDescriptor[];
  attributes: BytesPair[];
  configuration: NameValue[];
  state: TableStateName;
  /** Region id (creation time in ms) shared by every region of the table; stable for its life. */
  regionId: number;
  splitKeys: Buffer[];
}

export interface NamespaceDescriptor {
  name: string;
  configuration: NameValue[];
}

export const FOREVER_SECONDS = 2147483647;
export const DEFAULT_MAX_VERSIONS = 1;

const familyMaps = new WeakMap<TableDescriptor, Map<string, FamilyDescriptor>>();

/** The table's families by name (latin1 key), built once per descriptor object. */
export function familiesOf(table: TableDescriptor): Map<string, FamilyDescriptor> {
  let m = familyMaps.get(table);
  if (m === undefined) {
    m = new Map(table.families.map((f) => [f.name.toString('latin1'), f]));
    familyMaps.set(table, m);
  }
  return m;
}

/** ColumnFamilyDescriptor.getKeepDeletedCells: FALSE, TRUE or TTL (KeepDeletedCells). */
export type KeepDeletedCells = 'FALSE' | 'TRUE' | 'TTL';

const keepDeletedCache = new WeakMap<FamilyDescriptor, KeepDeletedCells>();

/**
 * The family's KEEP_DELETED_CELLS attribute as the client sent it (the enum's name; HBase's
 * KeepDeletedCells.getValue also takes "true"/"false" in any case); FALSE when absent.
 */
export function keepDeletedCellsOf(fd: FamilyDescriptor): KeepDeletedCells {
  let v = keepDeletedCache.get(fd);
  if (v === undefined) {
    const attr = fd.attributes.find((a) => a.first.toString('utf8') === 'KEEP_DELETED_CELLS');
    const text = attr === undefined ? 'FALSE' : attr.second.toString('utf8').toUpperCase();
    v = text === 'TRUE' || text === 'TTL' ? text : 'FALSE';
    keepDeletedCache.set(fd, v);
  }
  return v;
}
