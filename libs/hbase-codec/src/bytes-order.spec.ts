import { compareBytes, equalBytes } from './bytes-order';

describe('compareBytes and equalBytes agree with Buffer.compare on unsigned bytes', () => {
  const samples: Buffer[] = [
    Buffer.alloc(0),
    Buffer.from([0]),
    Buffer.from([0xff]),
    Buffer.from([0x7f, 0x80]),
    Buffer.from([0x80]),
    Buffer.from('row-1'),
    Buffer.from('row-10'),
    Buffer.from('row-2'),
  ];
  // Long neighbours take the native branch; a pair differing only in the last byte checks it reads that far.
  const long = Buffer.alloc(60, 0x61);
  samples.push(long, Buffer.concat([long.subarray(0, 59), Buffer.from([0x62])]), long.subarray(0, 47), long.subarray(0, 48));

  it('on every pair of short, long, empty and high-bit samples', () => {
    for (const a of samples) {
      for (const b of samples) {
        const pair = `${a.toString('hex')} vs ${b.toString('hex')}`;
        expect({ pair, order: compareBytes(a, b), equal: equalBytes(a, b) }).toEqual({ pair, order: Math.sign(Buffer.compare(a, b)), equal: a.equals(b) });
      }
    }
  });

  it('orders 0xff after 0x00 and 0x7f (unsigned, unlike Java bytes)', () => {
    expect(compareBytes(Buffer.from([0xff]), Buffer.from([0x00]))).toBe(1);
    expect(compareBytes(Buffer.from([0x7f]), Buffer.from([0x80]))).toBe(-1);
  });
});
