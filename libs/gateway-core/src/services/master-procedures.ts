import { hbaseError, pb, toLong } from '@hbase-compat/hbase-codec';
import { DEFAULT_NAMESPACE, type TableName } from '@hbase-compat/region-mapping';
import { decodeParam, type MethodHandler } from '../rpc/service-registry';
import { encode, type MasterContext } from './master-context';

/** SnapshotDescriptionUtils.DEFAULT_MAX_WAIT_TIME: how long MasterRpcServices.execProcedure lets the client wait. */
const PROCEDURE_MAX_WAIT_MS = 60000;

/** MasterService procedure calls: results of DDL procedures, and procedures run by signature (flush). */
export function procedureMethods(ctx: MasterContext): Record<string, MethodHandler> {
  return {
    getProcedureResult: (_call, param) => {
      const id = Number(decodeParam(pb.GetProcedureResultRequest, param).procId);
      const p = ctx.procedures.get(id);
      if (p === undefined) return encode(pb.GetProcedureResultResponse, { state: 0 /* NOT_FOUND */ });
      // A failed procedure carries its exception; the client rebuilds it from class and message (ForeignExceptionUtil).
      const exception = p.failure && { genericException: { className: p.failure.kind.className, message: p.failure.message } };
      return encode(pb.GetProcedureResultResponse, {
        state: 2 /* FINISHED */,
        submittedTime: toLong(BigInt(p.submitted)),
        lastUpdate: toLong(BigInt(p.finished)),
        exception,
      });
    },

    // The shell's `flush` (and snapshots of old clients) run procedures by signature. Writes are durable
    // when acknowledged, so a flush has nothing to do: accept it and report it done at once.
    // A table flush also cuts stored rows down to what HBase's flush keeps (DataPort.compact, minor).
    ExecProcedure: async (_call, param) => {
      const procedure = decodeParam(pb.ExecProcedureRequest, param).procedure;
      const signature = procedure?.signature ?? '';
      if (signature !== 'flush-table-proc' && signature !== 'flush-region-proc')
        throw hbaseError('DoNotRetryIOException', `java.lang.UnsupportedOperationException: procedure ${signature} is not served`);
      const table = signature === 'flush-table-proc' ? ctx.catalog.find(parseTableName(procedure?.instance ?? '')) : undefined;
      if (table !== undefined) await ctx.catalog.compact(table, false);
      // MasterRpcServices.execProcedure answers the time the client may wait for the procedure
      // (SnapshotDescriptionUtils.DEFAULT_MAX_WAIT_TIME) and the client polls IsProcedureDone; a
      // timeout of 0 makes the async client fail at once ("wasn't completed in expectedTime:0 ms").
      return encode(pb.ExecProcedureResponse, { expectedTimeout: toLong(BigInt(PROCEDURE_MAX_WAIT_MS)) });
    },

    IsProcedureDone: () => encode(pb.IsProcedureDoneResponse, { done: true }),
  };
}

/** TableName.valueOf(String): "ns:qualifier", or a qualifier in the default namespace. */
function parseTableName(text: string): TableName {
  const colon = text.indexOf(':');
  return colon < 0 ? { namespace: DEFAULT_NAMESPACE, qualifier: text } : { namespace: text.slice(0, colon), qualifier: text.slice(colon + 1) };
}
