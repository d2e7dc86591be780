import { type HBaseExceptionName, hbaseError, toStringBinary, type hbase } from '@hbase-compat/hbase-codec';
import { regionContainsRow } from '@hbase-compat/region-mapping';
import type { StorageEngine } from '@hbase-compat/storage';
import { META_REGION, type RegionRef, type TableCatalog } from '../../catalog/table-catalog';
import type { ClusterView } from '../../cluster/cluster-view';
import type { MetaTable } from '../../meta/meta-table';
import type { ErrorMapper } from '../../rpc/service-registry';
import type { ScannerRegistry } from '../../scan/scanner-registry';
import type { AccessControl } from '../../security';
import type { RegionScanner } from './region-scanner';

/** What the ClientService RPCs share: the catalog, the engine, hbase:meta, open scanners, the clock. */
export interface ClientServiceDeps {
  catalog: TableCatalog;
  storage: StorageEngine;
  meta: MetaTable;
  scanners: ScannerRegistry<RegionScanner>;
  cluster: ClusterView;
  now: () => number;
  /** The gateway's one error translation (errors.ts), also used for Multi's per-action exceptions. */
  mapError: ErrorMapper;
  /** hbase.server.keyvalue.maxsize; 0 = unlimited. */
  maxCellSize?: number;
  /** ACL: authorization checks (security/); undefined when hbase.security.authorization is off. */
  acl?: AccessControl;
  /** Told of each exception a Multi answers a region or an action with (the call itself succeeds), for metrics. */
  onActionException?: (exceptionClass: string) => void;
}

export interface ClientEnv extends ClientServiceDeps {
  maxCellSize: number;
}

export function clientEnv(deps: ClientServiceDeps): ClientEnv {
  return { ...deps, maxCellSize: deps.maxCellSize ?? 10485760 };
}

/** The region a request names: hbase:meta, or an open region of a user table. */
export type Target = { kind: 'meta' } | { kind: 'table'; ref: RegionRef };

export function resolveRegion(env: ClientEnv, spec: hbase.pb.IRegionSpecifier | null | undefined): Target {
  const value = Buffer.from(spec?.value ?? []);
  if (spec?.type === 2 /* ENCODED_REGION_NAME */) {
    const encoded = value.toString('latin1');
    if (encoded === META_REGION.encodedName) return { kind: 'meta' };
    for (const t of env.catalog.list()) for (const r of t.regions) if (r.encodedName === encoded) return checkOpen(env, { table: t, region: r });
  } else {
    if (value.equals(META_REGION.name)) return { kind: 'meta' };
    const ref = env.catalog.regionByName(value);
    if (ref) return checkOpen(env, ref);
  }
  throw hbaseError('NotServingRegionException', `Region ${toStringBinary(value)} is not online on ${serverString(env.cluster)}`);
}

function checkOpen(env: ClientEnv, ref: RegionRef): Target {
  if (ref.table.descriptor.state !== 'ENABLED') {
    throw hbaseError(
      'NotServingRegionException',
      `Region ${toStringBinary(ref.region.name)} is not online on ${serverString(env.cluster)} (table is ${ref.table.descriptor.state.toLowerCase()})`,
    );
  }
  return { kind: 'table', ref };
}

/** The region a mutation writes to; hbase:meta is computed, never written. */
export function writableRegion(target: Target): RegionRef {
  if (target.kind === 'meta') throw hbaseError('DoNotRetryIOException', 'hbase:meta is read-only on this server');
  return target.ref;
}

/**
 * HRegion.checkRow: a request for a row outside the addressed region is refused, so a client with a
 * stale region map never reads or writes through the wrong region. Reads and atomic operations hear
 * WrongRegionException; HRegion's batch path reports the same check as a sanity-check failure, which
 * RSRpcServices turns into FailedSanityCheckException (callers choose `as`).
 */
export function checkRowInRegion(ref: RegionRef, row: Buffer, op: string, as: HBaseExceptionName = 'WrongRegionException'): void {
  const { region } = ref;
  if (regionContainsRow(region, row)) return;
  throw hbaseError(
    as,
    `Requested row out of range for ${op} on HRegion ${toStringBinary(region.name)}, startKey='${toStringBinary(region.startKey)}', getEndKey()='${toStringBinary(region.endKey)}', row='${toStringBinary(row)}'`,
  );
}

export function serverString(cluster: ClusterView): string {
  return `${cluster.self.host},${cluster.self.port},${cluster.self.startCode}`;
}
