import { ByteReader } from './byte-reader';
import { ByteWriter, varint32Size } from './byte-writer';
import { type HBaseRemoteError } from './exceptions';
import { hbase } from './generated/hbase';
import { ProtocolError } from './protocol-error';

/**
 * Call frames after the 4-byte length (see connection-decoder.ts):
 *
 *   request  = varint len | RequestHeader  | varint len | param message   | [cell block]
 *   response = varint len | ResponseHeader | varint len | response message | [cell block]
 *   error    = varint len | ResponseHeader{exception}                       (no message)
 *
 * The cell block length comes from the header's CellBlockMeta. A successful response always
 * carries its message, even when it encodes to zero bytes (the client reads it delimited).
 * Fatal connection errors use call id -1 (0xFFFFFFFF on the wire).
 */
export const pb = hbase.pb;
export const FATAL_CALL_ID = 0xffffffff;

export interface DecodedCall {
  header: hbase.pb.RequestHeader;
  param: Buffer;
  cellBlock: Buffer | undefined;
}

export function decodeRequestHeader(frame: Buffer): { header: hbase.pb.RequestHeader; reader: ByteReader } {
  const reader = new ByteReader(frame);
  const headerBytes = reader.bytes(reader.varint32());
  let header: hbase.pb.RequestHeader;
  try {
    header = pb.RequestHeader.decode(headerBytes);
  } catch (e) {
    throw new ProtocolError('HBGW_BAD_HEADER', `unreadable RequestHeader: ${(e as Error).message}`);
  }
  return { header, reader };
}

export function decodeCall(frame: Buffer): DecodedCall {
  const { header, reader } = decodeRequestHeader(frame);
  const param = reader.remaining > 0 ? reader.bytes(reader.varint32()) : Buffer.alloc(0);
  const blockLength = header.cellBlockMeta?.length ?? 0;
  const cellBlock = blockLength > 0 ? reader.bytes(blockLength) : undefined;
  if (reader.remaining !== 0) throw new ProtocolError('HBGW_UNEXPECTED_DATA', `${reader.remaining} bytes after the call's cell block`);
  return { header, param, cellBlock };
}

function frame(header: Uint8Array, message: Uint8Array | undefined, cellBlock: Uint8Array | undefined): Buffer {
  const bodyLength =
    varint32Size(header.length) + header.length + (message ? varint32Size(message.length) + message.length : 0) + (cellBlock ? cellBlock.length : 0);
  const w = new ByteWriter(4 + bodyLength);
  w.i32(bodyLength);
  w.varint32(header.length).bytes(header);
  if (message) w.varint32(message.length).bytes(message);
  if (cellBlock) w.bytes(cellBlock);
  return w.finish();
}

export function encodeResponse(callId: number, message: Uint8Array, cellBlock?: Uint8Array): Buffer {
  const hasBlock = cellBlock !== undefined && cellBlock.length > 0;
  const header = pb.ResponseHeader.encode({ callId, cellBlockMeta: hasBlock ? { length: cellBlock.length } : undefined }).finish();
  return frame(header, message, hasBlock ? cellBlock : undefined);
}

export function encodeExceptionResponse(callId: number, error: HBaseRemoteError): Buffer {
  const exception: hbase.pb.IExceptionResponse = {
    exceptionClassName: error.kind.className,
    stackTrace: error.stackTrace,
    doNotRetry: error.kind.doNotRetry,
  };
  if (error.kind.serverOverloaded) exception.serverOverloaded = true;
  if (error.extra.hostname !== undefined) exception.hostname = error.extra.hostname;
  if (error.extra.port !== undefined) exception.port = error.extra.port;
  const header = pb.ResponseHeader.encode({ callId, exception }).finish();
  return frame(header, undefined, undefined);
}

/** Encodes a request frame (for tests, benchmarks and the health sidecar's probe). */
export function encodeRequest(header: hbase.pb.IRequestHeader, param: Uint8Array, cellBlock?: Uint8Array): Buffer {
  const full: hbase.pb.IRequestHeader = { requestParam: true, ...header };
  if (cellBlock && cellBlock.length > 0) full.cellBlockMeta = { length: cellBlock.length };
  return frame(pb.RequestHeader.encode(full).finish(), param, cellBlock && cellBlock.length > 0 ? cellBlock : undefined);
}

/** Splits a response frame body (after the 4-byte length) into its header, message and cell block. */
export function decodeResponse(body: Buffer): { header: hbase.pb.ResponseHeader; message: Buffer | undefined; cellBlock: Buffer | undefined } {
  const reader = new ByteReader(body);
  const header = pb.ResponseHeader.decode(reader.bytes(reader.varint32()));
  if (header.exception) return { header, message: undefined, cellBlock: undefined };
  const message = reader.bytes(reader.varint32());
  const blockLength = header.cellBlockMeta?.length ?? 0;
  return { header, message, cellBlock: blockLength > 0 ? reader.bytes(blockLength) : undefined };
}

/** Frames a raw protobuf message with the 4-byte length (ConnectionHeader, preamble answers). */
export function lengthPrefixed(message: Uint8Array): Buffer {
  const w = new ByteWriter(4 + message.length);
  w.i32(message.length).bytes(message);
  return w.finish();
}
