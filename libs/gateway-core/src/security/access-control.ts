import { userInfo } from 'node:os';
import type { Cell, hbase } from '@hbase-compat/hbase-codec';
import type { StorageEngine } from '@hbase-compat/storage';
import type { OpenTable } from '../catalog/table-catalog';
import type { DecodedMutation } from '../services/mutations';
import { AccessChecker, type FamilyMap, familyMapOfCells } from './access-checker';
import { AclStorage } from './acl-storage';
import { AuthManager } from './auth-manager';

/** hbase.security.authorization and friends (libs/server-config). */
export interface AuthorizationSettings {
  enabled: boolean;
  /** hbase.superuser: users (groups, "@g", are accepted but never match: no group mapping here). */
  superusers: readonly string[];
  /** hbase.compat.acl.cache.ms: how long a node may use its copy of hbase:acl. */
  cacheMs: number;
}

/**
 * Authorization as HBase's AccessController does it, for one gateway node: the grants in hbase:acl
 * (acl-storage), their cached view (auth-manager), the checks (access-checker), and the hooks the
 * RPC services call. Absent (undefined) when hbase.security.authorization is false, so services
 * pay nothing then.
 */
export class AccessControl {
  readonly storage: AclStorage;
  readonly auth: AuthManager;
  readonly checker: AccessChecker;

  private constructor(engine: StorageEngine, settings: AuthorizationSettings, now: () => number) {
    this.storage = new AclStorage(engine, now);
    // Superusers.initialize: the configured ones plus the user the server itself runs as.
    const superusers = new Set([...settings.superusers, processUser()].filter((u) => u.length > 0));
    this.auth = new AuthManager(this.storage, superusers, settings.cacheMs, now);
    this.checker = new AccessChecker(this.auth);
  }

  static create(engine: StorageEngine, settings: AuthorizationSettings | undefined, now: () => number): AccessControl | undefined {
    return settings?.enabled ? new AccessControl(engine, settings, now) : undefined;
  }

  /**
   * preGetOp / preExists: the families a Get asks for; HRegion.prepareGet has added every family
   * to a Get that names none before preGetOp runs, but preExists sees the Get as sent.
   */
  authorizeGet(user: string, table: OpenTable, get: hbase.pb.IGet): Promise<((c: Cell) => boolean) | undefined> {
    const families = requestedFamilies(get.column, table, get.existenceOnly !== true);
    return this.checker.authorizeRead(user, table.descriptor.name, families);
  }

  /** preScannerOpen: the scan's families (all of the table's when it names none, as HRegion.getScanner fills them in). */
  authorizeScan(user: string, table: OpenTable, scan: hbase.pb.IScan): Promise<((c: Cell) => boolean) | undefined> {
    return this.checker.authorizeRead(user, table.descriptor.name, requestedFamilies(scan.column, table, true));
  }

  /**
   * prePut / preDelete / preIncrement / preAppend: WRITE on every cell's family or qualifier; a
   * Delete naming no family deletes them all. checkAndMutate (preCheckAndPut/Delete) first needs
   * READ and WRITE on the column its condition tests.
   */
  async authorizeMutation(user: string, table: OpenTable, m: DecodedMutation, condition?: hbase.pb.ICondition | null): Promise<void> {
    const name = table.descriptor.name;
    if (condition?.family && condition.family.length > 0) {
      const conditionMap: FamilyMap = [[Buffer.from(condition.family), [Buffer.from(condition.qualifier ?? [])]]];
      await this.checker.requireData(user, name, conditionMap, ['READ', 'WRITE']);
    }
    const families = m.cells.length > 0 ? familyMapOfCells(m.cells) : allFamilies(table);
    await this.checker.requireData(user, name, families, ['WRITE']);
  }
}

function processUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

function allFamilies(table: OpenTable): FamilyMap {
  return table.descriptor.families.map((f) => [f.name, []] as const).sort((a, b) => Buffer.compare(a[0], b[0]));
}

/** The family map of a Get's or Scan's columns; none named = every family when `fillIn`. */
function requestedFamilies(columns: hbase.pb.IColumn[] | null | undefined, table: OpenTable, fillIn: boolean): FamilyMap {
  if (!columns || columns.length === 0) return fillIn ? allFamilies(table) : [];
  const cells = columns.flatMap((c): { family: Buffer; qualifier: Buffer | undefined }[] => {
    const family = Buffer.from(c.family ?? []);
    const quals = c.qualifier ?? [];
    return quals.length > 0 ? quals.map((q) => ({ family, qualifier: Buffer.from(q) })) : [{ family, qualifier: undefined }];
  });
  const byFamily = new Map<string, [Buffer, Buffer[]]>();
  for (const c of cells) {
    const key = c.family.toString('latin1');
    let entry = byFamily.get(key);
    if (entry === undefined) byFamily.set(key, (entry = [c.family, []]));
    if (c.qualifier !== undefined) entry[1].push(c.qualifier);
  }
  return [...byFamily.values()].sort((a, b) => Buffer.compare(a[0], b[0]));
}
