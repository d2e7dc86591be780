export { ProtocolError } from './protocol-error';
export type { ProtocolErrorCode } from './protocol-error';
export { ByteReader } from './byte-reader';
export { ByteWriter, varint32Size } from './byte-writer';
export { AuthCode, PREAMBLE_LENGTH, REGISTRY_PREAMBLE, RPC_MAGIC, RPC_VERSION, SECURITY_PREAMBLE, encodeRpcPreamble, parsePreamble } from './preamble';
export type { Preamble } from './preamble';
export { ConnectionDecoder, FrameTooLargeError } from './connection-decoder';
export type { ConnectionDecoderOptions, InboundUnit } from './connection-decoder';
export { CellType, LATEST_TIMESTAMP, compareCells, isDeleteType } from './cell';
export type { Cell } from './cell';
export { compareBytes, equalBytes } from './bytes-order';
export { CellBlockReader, KEY_VALUE_CODEC, KEY_VALUE_CODEC_WITH_TAGS, decodeCellBlock, encodeCellBlock, encodedCellSize, writeCell } from './cell-block';
export { HBaseExceptions, HBaseRemoteError, hbaseError } from './exceptions';
export type { HBaseExceptionKind, HBaseExceptionName } from './exceptions';
export {
  FATAL_CALL_ID,
  decodeCall,
  decodeRequestHeader,
  decodeResponse,
  encodeExceptionResponse,
  encodeRequest,
  encodeResponse,
  lengthPrefixed,
  pb,
} from './call-frames';
export type { DecodedCall } from './call-frames';
export { has, toBigInt, toLong, toNumber } from './long';
export type { LongLike } from './long';
export { toStringBinary } from './bytes-text';
export { hbase } from './generated/hbase';
export { splitHostPort } from './host-port';
export { Backoff } from './backoff';
export { encodeScanResponse } from './scan-response';
export type { ScanResponseFields } from './scan-response';
