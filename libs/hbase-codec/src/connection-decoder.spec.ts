import fc from 'fast-check';
import { ConnectionDecoder, type InboundUnit } from './connection-decoder';

const PREAMBLE = Buffer.from('HBas\x00\x50', 'latin1');
const frame = (body: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeInt32BE(body.length);
  return Buffer.concat([len, body]);
};
const HEADER = frame(Buffer.from('connection-header-bytes'));
const CALL_A = frame(Buffer.from('call-a'));
const CALL_B = frame(Buffer.alloc(0));
const CALL_C = frame(Buffer.alloc(3000, 7));
const STREAM = Buffer.concat([PREAMBLE, HEADER, CALL_A, CALL_B, CALL_C]);

const summary = (units: InboundUnit[]) =>
  units.map((u) => {
    switch (u.kind) {
      case 'preamble':
        return `preamble:${u.preamble.kind}`;
      case 'connection-header':
        return `header:${u.bytes.toString('latin1')}`;
      case 'call':
        return `call:${u.frame.length}:${u.frame.subarray(0, 6).toString('latin1')}`;
      default:
        return u.kind;
    }
  });

const EXPECTED = ['preamble:rpc', 'header:connection-header-bytes', 'call:6:call-a', 'call:0:', `call:3000:${'\x07'.repeat(6)}`];

function feed(chunks: Buffer[], max = 1 << 20): InboundUnit[] {
  const d = new ConnectionDecoder({ maxFrameBytes: max });
  return chunks.flatMap((c) => d.push(c));
}

describe('ConnectionDecoder', () => {
  it('decodes a whole stream at once', () => {
    expect(summary(feed([STREAM]))).toEqual(EXPECTED);
  });

  it('gives the same units when the stream is split at every offset', () => {
    for (let i = 0; i <= STREAM.length; i++) {
      expect(summary(feed([STREAM.subarray(0, i), STREAM.subarray(i)]))).toEqual(EXPECTED);
    }
  });

  it('gives the same units byte by byte', () => {
    const chunks = [...STREAM].map((b) => Buffer.from([b]));
    expect(summary(feed(chunks))).toEqual(EXPECTED);
  });

  it('gives the same units for any split into chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: STREAM.length }), { maxLength: 12 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const chunks: Buffer[] = [];
        let prev = 0;
        for (const p of points) {
          chunks.push(STREAM.subarray(prev, p));
          prev = p;
        }
        chunks.push(STREAM.subarray(prev));
        expect(summary(feed(chunks))).toEqual(EXPECTED);
      }),
    );
  });

  it('never overwrites a frame it has handed out', () => {
    const d = new ConnectionDecoder({ maxFrameBytes: 1 << 20 });
    const first = d.push(Buffer.concat([PREAMBLE, HEADER, CALL_A]));
    const kept = first.find((u) => u.kind === 'call');
    d.push(Buffer.concat([CALL_C.subarray(0, 10)]));
    d.push(CALL_C.subarray(10));
    expect(kept && kept.kind === 'call' && kept.frame.toString('latin1')).toBe('call-a');
  });

  it('refuses an oversized frame from its length alone and stops', () => {
    const big = Buffer.alloc(4);
    big.writeInt32BE(5000);
    const units = feed([Buffer.concat([PREAMBLE, HEADER, big, Buffer.from('head')])], 4096);
    expect(units.map((u) => u.kind)).toEqual(['preamble', 'connection-header', 'frame-too-large']);
    const last = units[2];
    expect(last.kind === 'frame-too-large' && last.head.toString()).toBe('head');
  });

  it('reports a negative length as an error', () => {
    const units = feed([Buffer.concat([PREAMBLE, HEADER, Buffer.from([0xff, 0xff, 0xff, 0xfe])])]);
    expect(units[units.length - 1].kind).toBe('error');
  });

  it('recognises the 2.6 registry and security preambles', () => {
    expect(summary(feed([Buffer.from('Regist', 'latin1')]))).toEqual(['preamble:registry']);
    expect(summary(feed([Buffer.concat([Buffer.from('Securi', 'latin1'), PREAMBLE, HEADER])]))).toEqual([
      'preamble:security',
      'preamble:rpc',
      'header:connection-header-bytes',
    ]);
    expect(summary(feed([Buffer.from('GET / HTTP/1.1\r\n')]))[0]).toBe('preamble:unknown');
  });

  it('turns arbitrary bytes into units, never a thrown error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 0, max: 300 }), (bytes, cut) => {
        const b = Buffer.from(bytes);
        const units = feed([Buffer.concat([PREAMBLE, b.subarray(0, cut)]), b.subarray(cut)], 64);
        for (const u of units) expect(['preamble', 'connection-header', 'call', 'frame-too-large', 'error']).toContain(u.kind);
      }),
      { numRuns: 2000 },
    );
  });
});
