import { HBaseExceptions, HBaseRemoteError, ProtocolError, hbaseError, type hbase } from '@hbase-compat/hbase-codec';
import type { StorageEngine } from '@hbase-compat/storage';
import type { ErrorMapper } from '../../rpc/service-registry';

/**
 * The one translation of a thrown error into the HBase exception a client sees, shared by the RPC
 * layer (a call's exception) and by Multi (an action's exception), so an engine failure reaches a Get,
 * a Mutate, a Multi action and a Scan as the same class. HBase errors pass through; the storage engine
 * names its own errors' class (e.g. RegionTooBusyException for an unreachable Fluss); bad bytes are
 * not retriable; anything else is a plain, retriable IOException.
 */
export function createErrorMapper(storage: StorageEngine): ErrorMapper {
  return (e) => {
    if (e instanceof HBaseRemoteError) return e;
    if (e instanceof ProtocolError) return hbaseError('DoNotRetryIOException', e.message);
    const described = storage.describeError?.(e);
    if (described !== undefined) return described;
    return new HBaseRemoteError(HBaseExceptions.IOException, e instanceof Error ? e.message : String(e));
  };
}

/** An error as a Multi action's exception (RSRpcServices.getResultOrException's NameBytesPair). */
export function toNameBytes(mapError: ErrorMapper, e: unknown): hbase.pb.INameBytesPair {
  const err = mapError(e);
  return { name: err.kind.className, value: Buffer.from(err.stackTrace, 'utf8') };
}

/** A Multi region's or action's exception (toNameBytes), also told to the metrics hook. */
export function actionException(deps: { mapError: ErrorMapper; onActionException?: (exceptionClass: string) => void }, e: unknown): hbase.pb.INameBytesPair {
  const pair = toNameBytes(deps.mapError, e);
  deps.onActionException?.(pair.name ?? '');
  return pair;
}
