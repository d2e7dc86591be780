import { pb } from '@hbase-compat/hbase-codec';
import { decodeParam, type MethodHandler, type MethodResult } from '../rpc/service-registry';

/**
 * The master's on/off switches as an HBase 2.6 standalone master starts them (HMaster: balancer,
 * normalizer, catalog janitor, cleaner chore, split and merge on; snapshot cleanup on; RPC
 * throttle off; not in maintenance mode). Each switch answers its previous value, as
 * MasterRpcServices does. Regions here never move, split or merge, so the chores the switches
 * govern have nothing to do: runCleanerChore() reports that it did not run,
 * normalize() that the normalizer ran, runCatalogJanitor() that it found nothing — HBase's
 * answers on a standalone cluster with nothing to balance or clean.
 */
export interface MasterSwitches {
  balancer: boolean;
  normalizer: boolean;
  catalogJanitor: boolean;
  cleanerChore: boolean;
  split: boolean;
  merge: boolean;
  snapshotCleanup: boolean;
  rpcThrottle: boolean;
}

export function initialSwitches(): MasterSwitches {
  return { balancer: true, normalizer: true, catalogJanitor: true, cleanerChore: true, split: true, merge: true, snapshotCleanup: true, rpcThrottle: false };
}

const encode = <T>(type: { encode(m: T): { finish(): Uint8Array } }, m: T): MethodResult => ({ message: type.encode(m).finish() });

/** Sets a switch and returns its previous value. */
function flip(switches: MasterSwitches, key: keyof MasterSwitches, on: boolean): boolean {
  const prev = switches[key];
  switches[key] = on;
  return prev;
}

export function switchMethods(switches: MasterSwitches): Record<string, MethodHandler> {
  return {
    SetBalancerRunning: (_ctx, param) =>
      encode(pb.SetBalancerRunningResponse, { prevBalanceValue: flip(switches, 'balancer', decodeParam(pb.SetBalancerRunningRequest, param).on === true) }),
    IsBalancerEnabled: () => encode(pb.IsBalancerEnabledResponse, { enabled: switches.balancer }),
    // HMaster.balance: runs (and reports so) whenever the switch is on, even with nothing to move.
    Balance: () => encode(pb.BalanceResponse, { balancerRan: switches.balancer }),

    SetNormalizerRunning: (_ctx, param) =>
      encode(pb.SetNormalizerRunningResponse, {
        prevNormalizerValue: flip(switches, 'normalizer', decodeParam(pb.SetNormalizerRunningRequest, param).on === true),
      }),
    IsNormalizerEnabled: () => encode(pb.IsNormalizerEnabledResponse, { enabled: switches.normalizer }),
    // HMaster.normalizeRegions: false only when the normalizer is off (or the master not ready).
    Normalize: () => encode(pb.NormalizeResponse, { normalizerRan: switches.normalizer }),

    EnableCatalogJanitor: (_ctx, param) =>
      encode(pb.EnableCatalogJanitorResponse, {
        prevValue: flip(switches, 'catalogJanitor', decodeParam(pb.EnableCatalogJanitorRequest, param).enable === true),
      }),
    IsCatalogJanitorEnabled: () => encode(pb.IsCatalogJanitorEnabledResponse, { value: switches.catalogJanitor }),
    RunCatalogScan: () => encode(pb.RunCatalogScanResponse, { scanResult: 0 }),

    SetCleanerChoreRunning: (_ctx, param) =>
      encode(pb.SetCleanerChoreRunningResponse, {
        prevValue: flip(switches, 'cleanerChore', decodeParam(pb.SetCleanerChoreRunningRequest, param).on === true),
      }),
    IsCleanerChoreEnabled: () => encode(pb.IsCleanerChoreEnabledResponse, { value: switches.cleanerChore }),
    RunCleanerChore: () => encode(pb.RunCleanerChoreResponse, { cleanerChoreRan: false }),

    SetSplitOrMergeEnabled: (_ctx, param) => {
      const req = decodeParam(pb.SetSplitOrMergeEnabledRequest, param);
      const on = req.enabled === true;
      const prevValue = (req.switchTypes ?? []).map((t) => flip(switches, t === pb.MasterSwitchType.MERGE ? 'merge' : 'split', on));
      return encode(pb.SetSplitOrMergeEnabledResponse, { prevValue });
    },
    IsSplitOrMergeEnabled: (_ctx, param) => {
      const type = decodeParam(pb.IsSplitOrMergeEnabledRequest, param).switchType;
      return encode(pb.IsSplitOrMergeEnabledResponse, { enabled: type === pb.MasterSwitchType.MERGE ? switches.merge : switches.split });
    },

    SwitchSnapshotCleanup: (_ctx, param) =>
      encode(pb.SetSnapshotCleanupResponse, {
        prevSnapshotCleanup: flip(switches, 'snapshotCleanup', decodeParam(pb.SetSnapshotCleanupRequest, param).enabled === true),
      }),
    IsSnapshotCleanupEnabled: () => encode(pb.IsSnapshotCleanupEnabledResponse, { enabled: switches.snapshotCleanup }),
    SwitchRpcThrottle: (_ctx, param) =>
      encode(pb.SwitchRpcThrottleResponse, {
        previousRpcThrottleEnabled: flip(switches, 'rpcThrottle', decodeParam(pb.SwitchRpcThrottleRequest, param).rpcThrottleEnabled === true),
      }),
    IsRpcThrottleEnabled: () => encode(pb.IsRpcThrottleEnabledResponse, { rpcThrottleEnabled: switches.rpcThrottle }),

    IsMasterInMaintenanceMode: () => encode(pb.IsInMaintenanceModeResponse, { inMaintenanceMode: false }),
  };
}
