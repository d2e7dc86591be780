import { has } from '@hbase-compat/hbase-codec';

/**
 * Every Fluss error this client knows, in one closed table (Fluss's rpc/protocol/Errors.java): the
 * wire code, the name Fluss gives it, whether a retry can succeed (the Java exception extends
 * RetriableException) and whether the retry must first ask for fresh metadata (the bucket leader
 * moved or is unknown). FlussErrorCode and FlussError's fields derive from it; nothing else in the
 * code base spells a Fluss error as a number or a name.
 */
interface ErrorSpec {
  readonly code: number;
  readonly name: string;
  readonly retriable: boolean;
  readonly refreshMetadata: boolean;
}

const spec = (code: number, name: string, retriable: boolean, refreshMetadata = false): ErrorSpec => ({ code, name, retriable, refreshMetadata });

const FLUSS_ERRORS = {
  /** What a response's errorCode holds when nothing failed. */
  None: spec(0, 'NONE', false),
  UnknownServerError: spec(-1, 'UNKNOWN_SERVER_ERROR', false),
  /** Also ours for a broken, refused or closed connection: a retry on a new one can succeed. */
  NetworkException: spec(1, 'NETWORK_EXCEPTION', true, true),
  UnsupportedVersion: spec(2, 'UNSUPPORTED_VERSION', false),
  CorruptMessage: spec(3, 'CORRUPT_MESSAGE', true),
  DatabaseNotExist: spec(4, 'DATABASE_NOT_EXIST', false),
  DatabaseNotEmpty: spec(5, 'DATABASE_NOT_EMPTY', false),
  DatabaseAlreadyExist: spec(6, 'DATABASE_ALREADY_EXIST', false),
  TableNotExist: spec(7, 'TABLE_NOT_EXIST', false),
  TableAlreadyExist: spec(8, 'TABLE_ALREADY_EXIST', false),
  SchemaNotExist: spec(9, 'SCHEMA_NOT_EXIST', true),
  LogStorageException: spec(10, 'LOG_STORAGE_EXCEPTION', true),
  KvStorageException: spec(11, 'KV_STORAGE_EXCEPTION', true),
  NotLeaderOrFollower: spec(12, 'NOT_LEADER_OR_FOLLOWER', true, true),
  InvalidTable: spec(15, 'INVALID_TABLE_EXCEPTION', false),
  InvalidReplicationFactor: spec(17, 'INVALID_REPLICATION_FACTOR', false),
  InvalidRequiredAcks: spec(18, 'INVALID_REQUIRED_ACKS', false),
  LogOffsetOutOfRange: spec(19, 'LOG_OFFSET_OUT_OF_RANGE_EXCEPTION', false),
  NonPrimaryKeyTable: spec(20, 'NON_PRIMARY_KEY_TABLE_EXCEPTION', false),
  UnknownTableOrBucket: spec(21, 'UNKNOWN_TABLE_OR_BUCKET_EXCEPTION', true, true),
  /**
   * Also ours for a request that got no answer in time. Unlike Fluss's own table, a refresh: a
   * leader that stopped answering may have been replaced.
   */
  RequestTimeOut: spec(25, 'REQUEST_TIME_OUT', true, true),
  OutOfOrderSequence: spec(31, 'OUT_OF_ORDER_SEQUENCE_EXCEPTION', false),
  DuplicateSequence: spec(32, 'DUPLICATE_SEQUENCE_EXCEPTION', false),
  UnknownWriterId: spec(33, 'UNKNOWN_WRITER_ID_EXCEPTION', false),
  InvalidTargetColumn: spec(35, 'INVALID_TARGET_COLUMN_EXCEPTION', false),
  InvalidConfig: spec(39, 'INVALID_CONFIG_EXCEPTION', false),
  LeaderNotAvailable: spec(44, 'LEADER_NOT_AVAILABLE_EXCEPTION', true, true),
  Authenticate: spec(46, 'AUTHENTICATE_EXCEPTION', false),
  Authorization: spec(48, 'AUTHORIZATION_EXCEPTION', false),
  RetriableAuthenticate: spec(51, 'RETRIABLE_AUTHENTICATE_EXCEPTION', true),
  DeletionDisabled: spec(57, 'DELETION_DISABLED_EXCEPTION', false),
} as const;

export type FlussErrorKind = keyof typeof FLUSS_ERRORS;

/** Wire code of each kind: FlussErrorCode.TableNotExist === 7. */
export const FlussErrorCode = Object.fromEntries(Object.entries(FLUSS_ERRORS).map(([kind, s]) => [kind, s.code])) as { readonly [K in FlussErrorKind]: number };

const BY_CODE = new Map<number, [FlussErrorKind, ErrorSpec]>(Object.entries(FLUSS_ERRORS).map(([kind, s]) => [s.code, [kind as FlussErrorKind, s]]));

export class FlussError extends Error {
  /** The kind, undefined for a code this client does not know (then neither retriable nor a refresh). */
  readonly kind: FlussErrorKind | undefined;
  readonly errorName: string;
  readonly retriable: boolean;
  readonly refreshMetadata: boolean;

  constructor(
    readonly code: number,
    message: string,
  ) {
    const known = BY_CODE.get(code);
    const s = known?.[1] ?? spec(code, `ERROR_${code}`, false);
    super(`${s.name} (${code}): ${message}`);
    this.name = 'FlussError';
    this.kind = known?.[0];
    this.errorName = s.name;
    this.retriable = s.retriable;
    this.refreshMetadata = s.refreshMetadata;
  }

  /** A FlussError of one of these kinds. */
  static create(kind: FlussErrorKind, message: string): FlussError {
    return new FlussError(FLUSS_ERRORS[kind].code, message);
  }
}

/** The error a response (or one bucket's part of it) reports, if any. */
export function responseError(r: { errorCode?: number | null; errorMessage?: string | null }): FlussError | undefined {
  if (!has(r, 'errorCode') || r.errorCode === FLUSS_ERRORS.None.code) return undefined;
  return new FlussError(r.errorCode ?? FLUSS_ERRORS.UnknownServerError.code, r.errorMessage ?? '');
}

/** Whether `e` is a FlussError of one of the given kinds. */
export function isFlussError(e: unknown, ...kinds: FlussErrorKind[]): boolean {
  return e instanceof FlussError && e.kind !== undefined && kinds.includes(e.kind);
}
