/**
 * Typed failure for anything the codec cannot accept. Every malformed input must surface as a
 * ProtocolError (never a RangeError/TypeError), so the server can answer it and keep running.
 */
export type ProtocolErrorCode =
  | 'HBGW_TRUNCATED'
  | 'HBGW_BAD_MAGIC'
  | 'HBGW_BAD_VERSION'
  | 'HBGW_BAD_AUTH'
  | 'HBGW_FRAME_TOO_LARGE'
  | 'HBGW_BAD_LENGTH'
  | 'HBGW_BAD_VARINT'
  | 'HBGW_BAD_HEADER'
  | 'HBGW_BAD_CELL'
  | 'HBGW_UNEXPECTED_DATA';

export class ProtocolError extends Error {
  constructor(
    readonly code: ProtocolErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ProtocolError';
  }
}
