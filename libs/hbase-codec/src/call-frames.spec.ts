import fc from 'fast-check';
import { decodeCall, decodeResponse, encodeExceptionResponse, encodeRequest, encodeResponse, pb, FATAL_CALL_ID } from './call-frames';
import { HBaseExceptions, HBaseRemoteError, hbaseError, type HBaseExceptionName } from './exceptions';
import { hbase } from './generated/hbase';
import { ProtocolError } from './protocol-error';

// Golden frames built independently (Python, protobuf encoding by hand).
const GOLDEN_EXCEPTION =
  '00000087850108051280010a316f72672e6170616368652e6861646f6f702e68626173652e4e6f7453657276696e67526567696f6e457863657074696f6e12496f72672e6170616368652e6861646f6f702e68626173652e4e6f7453657276696e67526567696f6e457863657074696f6e3a20726567696f6e2072206973206e6f74206f6e6c696e652800';
const GOLDEN_EMPTY_WITH_BLOCK = '0000000b0608071a02080300616263';

describe('call frames', () => {
  it('encodes an exception response byte for byte', () => {
    const frame = encodeExceptionResponse(5, hbaseError('NotServingRegionException', 'region r is not online'));
    expect(frame.toString('hex')).toBe(GOLDEN_EXCEPTION);
  });

  it('writes a zero-length response message and the cell block after it', () => {
    const frame = encodeResponse(7, pb.GetResponse.encode({}).finish(), Buffer.from('abc'));
    expect(frame.toString('hex')).toBe(GOLDEN_EMPTY_WITH_BLOCK);
  });

  it('sends call id -1 as the 5-byte varint ff ff ff ff 0f', () => {
    const frame = encodeExceptionResponse(FATAL_CALL_ID, hbaseError('FatalConnectionException', 'x'));
    expect(frame.subarray(6, 11).toString('hex')).toBe('ffffffff0f');
  });

  it('encodes every exception response as protobuf does, the same error again included', () => {
    const names = Object.keys(HBaseExceptions) as HBaseExceptionName[];
    fc.assert(
      fc.property(
        fc.nat({ max: 0xffffffff }),
        fc.constantFrom(...names),
        fc.string(),
        fc.option(fc.record({ hostname: fc.string(), port: fc.nat({ max: 65535 }) }), { nil: undefined }),
        (callId, name, message, where) => {
          const error = new HBaseRemoteError(HBaseExceptions[name], message, where ?? {});
          const exception: hbase.pb.IExceptionResponse = {
            exceptionClassName: error.kind.className,
            stackTrace: error.stackTrace,
            doNotRetry: error.kind.doNotRetry,
            ...(error.kind.serverOverloaded ? { serverOverloaded: true } : {}),
            ...(where ?? {}),
          };
          const header = Buffer.from(pb.ResponseHeader.encode({ callId, exception }).finish());
          const lengthPrefix = Buffer.from(pb.ResponseHeader.encodeDelimited({ callId, exception }).finish()).subarray(0, -header.length);
          const expected = Buffer.concat([Buffer.alloc(4), lengthPrefix, header]);
          expected.writeInt32BE(expected.length - 4);
          expect(encodeExceptionResponse(callId, error).equals(expected)).toBe(true);
          expect(encodeExceptionResponse(callId, error).equals(expected)).toBe(true);
        },
      ),
    );
  });

  it('round-trips requests with and without cell blocks', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 0x7fffffff }),
        fc.string(),
        fc.uint8Array({ maxLength: 64 }),
        fc.uint8Array({ maxLength: 64 }),
        (callId, method, param, block) => {
          const frame = encodeRequest({ callId, methodName: method }, param, block);
          const call = decodeCall(frame.subarray(4));
          expect(call.header.callId).toBe(callId);
          expect(call.header.methodName).toBe(method);
          expect(Buffer.from(call.param).equals(Buffer.from(param))).toBe(true);
          expect(call.cellBlock ? Buffer.from(call.cellBlock).equals(Buffer.from(block)) : block.length === 0).toBe(true);
        },
      ),
    );
  });

  it('round-trips responses', () => {
    const r = decodeResponse(Buffer.from(GOLDEN_EMPTY_WITH_BLOCK, 'hex').subarray(4));
    expect(r.header.callId).toBe(7);
    expect(r.message?.length).toBe(0);
    expect(r.cellBlock?.toString()).toBe('abc');
  });

  it('turns arbitrary call bytes into a call or a typed error, never a crash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 120 }), (bytes) => {
        try {
          decodeCall(Buffer.from(bytes));
        } catch (e) {
          expect(e).toBeInstanceOf(ProtocolError);
        }
      }),
      { numRuns: 3000 },
    );
  });

  // Golden request bodies (after the 4-byte length), written by hand: header {callId 3, "Get",
  // requestParam}, then a GetRequest {region {REGION_NAME, "r" x n}, get {row "k"}}. HBase 2.6.4
  // answered each alike (a running region server over Netty for the hbase-driver, past-the-end,
  // trailing and negative cases; its CodedInputStream path for the rest).
  describe('reads the call parameter as HBase 2.6 does (ServerRpcConnection.processRequest)', () => {
    const HEADER = '09' + '0803' + '1a03476574' + '2001';
    const HEADER_BLOCK2 = '0d' + '0803' + '1a03476574' + '2001' + '2a020802'; // + cellBlockMeta {length 2}
    const HEADER_BLOCK0 = '0d' + '0803' + '1a03476574' + '2001' + '2a020800'; // + cellBlockMeta {length 0}
    const HEADER_NO_PARAM = '07' + '0803' + '1a03476574';
    const varint = (n: number): string => (n < 0x80 ? n.toString(16).padStart(2, '0') : ((n & 0x7f) | 0x80).toString(16) + varint(n >>> 7));
    const region = (n: number) => '0801' + '12' + varint(n) + '72'.repeat(n);
    const param = (n: number) => '0a' + varint(region(n).length / 2) + region(n) + '1203' + '0a016b';
    const P1 = param(1); // 12 bytes
    const P1_LEN = '0c';
    const decode = (hex: string) => decodeCall(Buffer.from(hex, 'hex'));
    const regionName = (param: Buffer) => pb.GetRequest.decode(param).region.value.toString();

    it('takes a declared size past the frame end as "to the end of the frame" (hbase-driver 1.1.1 sends its varint UTF-8 encoded)', () => {
      // 141 as a varint is 8d 01; written as text and UTF-8 encoded it becomes c2 8d 01 (18,114).
      const p141 = param(128);
      expect(p141.length / 2).toBe(141);
      const call = decode(HEADER + 'c28d01' + p141);
      expect(call.param.toString('hex')).toBe(p141);
      expect(regionName(call.param)).toBe('r'.repeat(128));
      expect(decode(HEADER + '0d' + P1).param.toString('hex')).toBe(P1); // one byte too many
      expect(decode(HEADER + 'ffffffff07' + P1).param.toString('hex')).toBe(P1); // Integer.MAX_VALUE
    });

    it('stops a parameter at its declared size and ignores what follows when no cell block is declared', () => {
      expect(decode(HEADER + '07' + P1).param.toString('hex')).toBe(P1.slice(0, 14));
      expect(decode(HEADER + P1_LEN + P1 + 'ffff').param.toString('hex')).toBe(P1);
    });

    it('reads the cell block where the declared parameter size ends, and ignores bytes after it', () => {
      const call = decode(HEADER_BLOCK2 + P1_LEN + P1 + 'cafe' + 'ff');
      expect(call.param.toString('hex')).toBe(P1);
      expect(call.cellBlock?.toString('hex')).toBe('cafe');
    });

    it('refuses a cell block that would start or end past the frame', () => {
      expect(() => decode(HEADER_BLOCK2 + '0d' + P1 + 'cafe')).toThrow(ProtocolError);
      expect(() => decode(HEADER_BLOCK0 + '11' + P1)).toThrow(/past the frame/); // HBase: newPosition > limit
      expect(decode(HEADER_BLOCK0 + P1_LEN + P1).cellBlock).toBeUndefined();
    });

    it('reads the length as protobuf readRawVarint32: ten bytes at most, a negative size refused', () => {
      expect(decode(HEADER + '8c80808080808080' + '8000' + P1).param.toString('hex')).toBe(P1);
      expect(() => decode(HEADER + '8080808080808080808000' + P1)).toThrow(expect.objectContaining({ code: 'HBGW_BAD_VARINT' }));
      expect(() => decode(HEADER + 'ffffffff0f' + P1)).toThrow(expect.objectContaining({ code: 'HBGW_BAD_LENGTH' }));
    });

    it('refuses a call without a parameter, or whose header does not announce one', () => {
      expect(() => decode(HEADER)).toThrow(expect.objectContaining({ code: 'HBGW_TRUNCATED' }));
      expect(() => decode(HEADER_NO_PARAM + P1_LEN + P1)).toThrow(/should have the request param/);
    });
  });
});
