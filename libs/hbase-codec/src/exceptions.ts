/**
 * Exceptions as a real region server sends them. The Java client loads `className` and builds it
 * with its (String) constructor, so names must be real HBase classes; `doNotRetry` mirrors whether
 * the class extends DoNotRetryIOException, and `serverOverloaded` whether HBase flags it as an
 * overload (the client then uses the longer pause). An unknown class name would reach the user as
 * a non-retriable DoNotRetryIOException, so only these are ever sent.
 */
export interface HBaseExceptionKind {
  className: string;
  doNotRetry: boolean;
  serverOverloaded?: boolean;
  /** Connection-level: sent with call id -1 and followed by closing the connection. */
  fatal?: boolean;
}

const kind = (className: string, doNotRetry: boolean, extra: Partial<HBaseExceptionKind> = {}): HBaseExceptionKind => ({
  className,
  doNotRetry,
  ...extra,
});

export const HBaseExceptions = {
  DoNotRetryIOException: kind('org.apache.hadoop.hbase.DoNotRetryIOException', true),
  IOException: kind('java.io.IOException', false),
  NotServingRegionException: kind('org.apache.hadoop.hbase.NotServingRegionException', false),
  RegionMovedException: kind('org.apache.hadoop.hbase.exceptions.RegionMovedException', false),
  RegionOpeningException: kind('org.apache.hadoop.hbase.exceptions.RegionOpeningException', false),
  RegionServerStoppedException: kind('org.apache.hadoop.hbase.regionserver.RegionServerStoppedException', false),
  RegionServerAbortedException: kind('org.apache.hadoop.hbase.regionserver.RegionServerAbortedException', false),
  ServerNotRunningYetException: kind('org.apache.hadoop.hbase.ipc.ServerNotRunningYetException', false),
  PleaseHoldException: kind('org.apache.hadoop.hbase.PleaseHoldException', false),
  CallQueueTooBigException: kind('org.apache.hadoop.hbase.CallQueueTooBigException', false, { serverOverloaded: true }),
  RegionTooBusyException: kind('org.apache.hadoop.hbase.RegionTooBusyException', false),
  WrongRegionException: kind('org.apache.hadoop.hbase.regionserver.WrongRegionException', false),
  TableNotFoundException: kind('org.apache.hadoop.hbase.TableNotFoundException', true),
  TableExistsException: kind('org.apache.hadoop.hbase.TableExistsException', true),
  TableNotEnabledException: kind('org.apache.hadoop.hbase.TableNotEnabledException', true),
  TableNotDisabledException: kind('org.apache.hadoop.hbase.TableNotDisabledException', true),
  NamespaceNotFoundException: kind('org.apache.hadoop.hbase.NamespaceNotFoundException', true),
  NamespaceExistException: kind('org.apache.hadoop.hbase.NamespaceExistException', true),
  ConstraintException: kind('org.apache.hadoop.hbase.constraint.ConstraintException', true),
  InvalidFamilyOperationException: kind('org.apache.hadoop.hbase.InvalidFamilyOperationException', true),
  NoSuchColumnFamilyException: kind('org.apache.hadoop.hbase.regionserver.NoSuchColumnFamilyException', true),
  UnknownScannerException: kind('org.apache.hadoop.hbase.UnknownScannerException', true),
  OutOfOrderScannerNextException: kind('org.apache.hadoop.hbase.exceptions.OutOfOrderScannerNextException', true),
  ScannerResetException: kind('org.apache.hadoop.hbase.exceptions.ScannerResetException', true),
  UnknownProtocolException: kind('org.apache.hadoop.hbase.exceptions.UnknownProtocolException', true),
  FailedSanityCheckException: kind('org.apache.hadoop.hbase.exceptions.FailedSanityCheckException', true),
  RequestTooBigException: kind('org.apache.hadoop.hbase.exceptions.RequestTooBigException', true),
  UnknownRegionException: kind('org.apache.hadoop.hbase.UnknownRegionException', true),
  FatalConnectionException: kind('org.apache.hadoop.hbase.ipc.FatalConnectionException', true, { fatal: true }),
  WrongVersionException: kind('org.apache.hadoop.hbase.ipc.WrongVersionException', true, { fatal: true }),
  BadAuthException: kind('org.apache.hadoop.hbase.ipc.BadAuthException', true, { fatal: true }),
  UnsupportedCellCodecException: kind('org.apache.hadoop.hbase.ipc.UnsupportedCellCodecException', true, { fatal: true }),
  UnsupportedCompressionCodecException: kind('org.apache.hadoop.hbase.ipc.UnsupportedCompressionCodecException', true, { fatal: true }),
  UnknownServiceException: kind('org.apache.hadoop.hbase.ipc.UnknownServiceException', true, { fatal: true }),
  EmptyServiceNameException: kind('org.apache.hadoop.hbase.ipc.EmptyServiceNameException', true, { fatal: true }),
  SecurityNotEnabledException: kind('org.apache.hadoop.hbase.ipc.SecurityNotEnabledException', true, { fatal: true }),
  AccessDeniedException: kind('org.apache.hadoop.hbase.security.AccessDeniedException', true),
} as const satisfies Record<string, HBaseExceptionKind>;

export type HBaseExceptionName = keyof typeof HBaseExceptions;

/**
 * An error destined for an HBase client. `message` becomes the Java exception's message; HBase
 * sends "Class: message" plus a stack, and clients parse some of it (RegionMovedException), so
 * `stackTrace` renders exactly what goes into ExceptionResponse.stack_trace.
 */
export class HBaseRemoteError extends Error {
  constructor(
    readonly kind: HBaseExceptionKind,
    message: string,
    readonly extra: { hostname?: string; port?: number } = {},
  ) {
    super(message);
    this.name = kind.className;
  }

  get stackTrace(): string {
    return `${this.kind.className}: ${this.message}`;
  }
}

export function hbaseError(name: HBaseExceptionName, message: string): HBaseRemoteError {
  return new HBaseRemoteError(HBaseExceptions[name], message);
}
