import { hbaseError, type HBaseRemoteError } from '@hbase-compat/hbase-codec';
import { FlussError, isFlussError } from '@hbase-compat/fluss-adapter';

/** Fluss errors become the exceptions an HBase client retries (or not), as a region server's would. */
export function toHBaseError(e: unknown): HBaseRemoteError | undefined {
  if (!(e instanceof FlussError)) return undefined;
  if (e.retriable) return hbaseError('RegionTooBusyException', `Fluss storage unavailable, retry later: ${e.message}`);
  return hbaseError('IOException', `Fluss storage error ${e.errorName}: ${e.message}`);
}

/**
 * Fluss refused our SASL credentials (AUTHENTICATE_EXCEPTION, not retriable): retrying with the same
 * ones cannot succeed, so a gateway stops at once and names the keys to fix.
 */
export function isAuthenticationFailure(e: unknown): boolean {
  return isFlussError(e, 'Authenticate');
}
