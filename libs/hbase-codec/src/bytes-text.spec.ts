import { toStringBinary } from './bytes-text';

describe('toStringBinary', () => {
  it('escapes bytes like Bytes.toStringBinary', () => {
    expect(toStringBinary(Buffer.from([0x61, 0x00, 0xff, 0x5c, 0x2c]))).toBe('a\\x00\\xFF\\x5C,');
  });
});
