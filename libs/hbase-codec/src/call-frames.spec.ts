import fc from 'fast-check';
import { decodeCall, decodeResponse, encodeExceptionResponse, encodeRequest, encodeResponse, pb, FATAL_CALL_ID } from './call-frames';
import { hbaseError } from './exceptions';
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

  it('round-trips requests with and without cell blocks', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0x7fffffff }), fc.string(), fc.uint8Array({ maxLength: 64 }), fc.uint8Array({ maxLength: 64 }), (callId, method, param, block) => {
        const frame = encodeRequest({ callId, methodName: method }, param, block);
        const call = decodeCall(frame.subarray(4));
        expect(call.header.callId).toBe(callId);
        expect(call.header.methodName).toBe(method);
        expect(Buffer.from(call.param).equals(Buffer.from(param))).toBe(true);
        expect(call.cellBlock ? Buffer.from(call.cellBlock).equals(Buffer.from(block)) : block.length === 0).toBe(true);
      }),
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
});
