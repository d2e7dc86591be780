/**
 * Fluss error codes (RPC/protocol/Errors.java) as one exception type. `retriable` follows which Java
 * exceptions extend RetriableException; `refreshMetadata` marks the ones that mean "ask for the
 * bucket leader again".
 */
interface ErrorSpec {
  name: string;
  retriable: boolean;
  refreshMetadata?: boolean;
}

const SPECS: Record<number, ErrorSpec> = {
  [-1]: { name: 'UNKNOWN_SERVER_ERROR', retriable: false },
  1: { name: 'NETWORK_EXCEPTION', retriable: true, refreshMetadata: true },
  2: { name: 'UNSUPPORTED_VERSION', retriable: false },
  3: { name: 'CORRUPT_MESSAGE', retriable: true },
  4: { name: 'DATABASE_NOT_EXIST', retriable: false },
  5: { name: 'DATABASE_NOT_EMPTY', retriable: false },
  6: { name: 'DATABASE_ALREADY_EXIST', retriable: false },
  7: { name: 'TABLE_NOT_EXIST', retriable: false },
  8: { name: 'TABLE_ALREADY_EXIST', retriable: false },
  9: { name: 'SCHEMA_NOT_EXIST', retriable: true },
  10: { name: 'LOG_STORAGE_EXCEPTION', retriable: true },
  11: { name: 'KV_STORAGE_EXCEPTION', retriable: true },
  12: { name: 'NOT_LEADER_OR_FOLLOWER', retriable: true, refreshMetadata: true },
  15: { name: 'INVALID_TABLE_EXCEPTION', retriable: false },
  17: { name: 'INVALID_REPLICATION_FACTOR', retriable: false },
  18: { name: 'INVALID_REQUIRED_ACKS', retriable: false },
  19: { name: 'LOG_OFFSET_OUT_OF_RANGE_EXCEPTION', retriable: false },
  20: { name: 'NON_PRIMARY_KEY_TABLE_EXCEPTION', retriable: false },
  21: { name: 'UNKNOWN_TABLE_OR_BUCKET_EXCEPTION', retriable: true, refreshMetadata: true },
  25: { name: 'REQUEST_TIME_OUT', retriable: true },
  31: { name: 'OUT_OF_ORDER_SEQUENCE_EXCEPTION', retriable: false },
  32: { name: 'DUPLICATE_SEQUENCE_EXCEPTION', retriable: false },
  33: { name: 'UNKNOWN_WRITER_ID_EXCEPTION', retriable: false },
  35: { name: 'INVALID_TARGET_COLUMN_EXCEPTION', retriable: false },
  39: { name: 'INVALID_CONFIG_EXCEPTION', retriable: false },
  44: { name: 'LEADER_NOT_AVAILABLE_EXCEPTION', retriable: true, refreshMetadata: true },
  46: { name: 'AUTHENTICATE_EXCEPTION', retriable: false },
  48: { name: 'AUTHORIZATION_EXCEPTION', retriable: false },
  51: { name: 'RETRIABLE_AUTHENTICATE_EXCEPTION', retriable: true },
  57: { name: 'DELETION_DISABLED_EXCEPTION', retriable: false },
};

export class FlussError extends Error {
  readonly errorName: string;
  readonly retriable: boolean;
  readonly refreshMetadata: boolean;

  constructor(
    readonly code: number,
    message: string,
  ) {
    const spec = SPECS[code] ?? { name: `ERROR_${code}`, retriable: false };
    super(`${spec.name} (${code}): ${message}`);
    this.name = 'FlussError';
    this.errorName = spec.name;
    this.retriable = spec.retriable;
    this.refreshMetadata = spec.refreshMetadata === true;
  }
}

/** Client-side failures that a retry on a fresh connection can cure. */
export const NETWORK_EXCEPTION = 1;
export const REQUEST_TIME_OUT = 25;

export const FlussErrorCode = {
  DatabaseNotExist: 4,
  DatabaseAlreadyExist: 6,
  TableNotExist: 7,
  TableAlreadyExist: 8,
  NotLeaderOrFollower: 12,
  UnknownTableOrBucket: 21,
  OutOfOrderSequence: 31,
  DuplicateSequence: 32,
  UnknownWriterId: 33,
  LeaderNotAvailable: 44,
} as const;
