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

/**
 * Reads a length prefix as protobuf's CodedInputStream.readRawVarint32 does: up to ten bytes, the
 * low 32 bits kept as a signed int (so a 5-byte 0xffffffff0f is -1). `what` names it in errors.
 */
function readLengthVarint(frame: Buffer, pos: number, what: string): { value: number; next: number } {
  let value = 0;
  for (let i = 0; i < 10; i++) {
    if (pos + i >= frame.length) throw new ProtocolError('HBGW_TRUNCATED', `the frame ends inside the ${what} length`);
    const b = frame[pos + i];
    if (i < 5) value |= (b & 0x7f) << (7 * i);
    if ((b & 0x80) === 0) return { value: value | 0, next: pos + i + 1 };
  }
  throw new ProtocolError('HBGW_BAD_VARINT', `malformed varint for the ${what} length at offset ${pos}`);
}

/**
 * A length-prefixed message as HBase's ServerRpcConnection.processRequest reads it (a
 * CodedInputStream over the whole frame, ProtobufUtil.mergeFrom with the declared size as the
 * limit): the message runs to its declared end or to the end of the frame, whichever comes first,
 * so a declared size past the frame's end is no error (HBase 2.6.4 on Netty, checked against a
 * running one). A negative size is. `end` is where the declared size says the message stops; the
 * cell block, if any, is looked for there.
 */
function readDelimited(frame: Buffer, pos: number, what: string): { bytes: Buffer; end: number } {
  const { value: size, next } = readLengthVarint(frame, pos, what);
  if (size < 0) throw new ProtocolError('HBGW_BAD_LENGTH', `negative ${what} length ${size}`);
  return { bytes: frame.subarray(next, Math.min(next + size, frame.length)), end: next + size };
}

function parseRequestHeader(frame: Buffer): { header: hbase.pb.RequestHeader; end: number } {
  const { bytes, end } = readDelimited(frame, 0, 'header');
  try {
    return { header: pb.RequestHeader.decode(bytes), end };
  } catch (e) {
    throw new ProtocolError('HBGW_BAD_HEADER', `unreadable RequestHeader: ${(e as Error).message}`);
  }
}

/**
 * The header alone, strictly: all of it must be there. For the call id of a frame decodeCall
 * refused, and of the first bytes of a frame too large to read (where a header cut short must
 * mean "wait for more", not a header parsed from a prefix).
 */
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

/**
 * Splits a request frame as ServerRpcConnection.processRequest does: the header must ask for a
 * param (requestParam), the param's extent follows readDelimited, the cell block (when the header
 * has a CellBlockMeta) starts where the param's declared size ends and must lie inside the frame,
 * and bytes after the param (or after the cell block) are ignored.
 */
export function decodeCall(frame: Buffer): DecodedCall {
  const { header, end: headerEnd } = parseRequestHeader(frame);
  if (header.requestParam !== true) throw new ProtocolError('HBGW_BAD_HEADER', 'Invalid request header: it should have the request param set');
  if (headerEnd >= frame.length) throw new ProtocolError('HBGW_TRUNCATED', 'the frame ends before the call parameter');
  const { bytes: param, end: paramEnd } = readDelimited(frame, headerEnd, 'parameter');
  const meta = header.cellBlockMeta;
  if (meta === null || meta === undefined) return { header, param, cellBlock: undefined };
  const blockLength = meta.length ?? 0;
  if (paramEnd + blockLength > frame.length) {
    throw new ProtocolError('HBGW_TRUNCATED', `cell block of ${blockLength} bytes at offset ${paramEnd} is past the frame's end (${frame.length})`);
  }
  return { header, param, cellBlock: blockLength > 0 ? frame.subarray(paramEnd, paramEnd + blockLength) : undefined };
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

/**
 * Each error's ExceptionResponse, encoded once. An overloaded server answers the same
 * CallQueueTooBigException thousands of times a second (CallQueue keeps one instance per reason),
 * and encoding its class name and stack trace every time was a third of a refusal's cost.
 */
const encodedExceptions = new WeakMap<HBaseRemoteError, Uint8Array>();

function encodedException(error: HBaseRemoteError): Uint8Array {
  let bytes = encodedExceptions.get(error);
  if (bytes === undefined) {
    const exception: hbase.pb.IExceptionResponse = {
      exceptionClassName: error.kind.className,
      stackTrace: error.stackTrace,
      doNotRetry: error.kind.doNotRetry,
    };
    if (error.kind.serverOverloaded) exception.serverOverloaded = true;
    if (error.extra.hostname !== undefined) exception.hostname = error.extra.hostname;
    if (error.extra.port !== undefined) exception.port = error.extra.port;
    bytes = pb.ExceptionResponse.encode(exception).finish();
    encodedExceptions.set(error, bytes);
  }
  return bytes;
}

/** Protobuf keys of ResponseHeader's call_id (field 1, varint) and exception (field 2, length-delimited). */
const CALL_ID_KEY = 0x08;
const EXCEPTION_KEY = 0x12;

/**
 * error = varint len | ResponseHeader{call_id, exception}, written as protobuf writes it (fields in
 * number order), with the exception's bytes from encodedException.
 */
export function encodeExceptionResponse(callId: number, error: HBaseRemoteError): Buffer {
  const exception = encodedException(error);
  const id = callId >>> 0;
  const headerLength = 1 + varint32Size(id) + 1 + varint32Size(exception.length) + exception.length;
  const bodyLength = varint32Size(headerLength) + headerLength;
  const w = new ByteWriter(4 + bodyLength);
  w.i32(bodyLength).varint32(headerLength);
  w.u8(CALL_ID_KEY).varint32(id).u8(EXCEPTION_KEY).varint32(exception.length).bytes(exception);
  return w.finish();
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
