import { crc32c } from './crc32c';
import { encodeKvRecordBatch } from './kv-record-batch';

describe('KvRecordBatch', () => {
  it('computes CRC-32C check values', () => {
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
    expect(crc32c(Buffer.alloc(32))).toBe(0x8a9136aa);
    const long = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7) & 0xff));
    let bitwise = 0xffffffff;
    for (const byte of long) {
      bitwise ^= byte;
      for (let k = 0; k < 8; k++) bitwise = bitwise & 1 ? 0x82f63b78 ^ (bitwise >>> 1) : bitwise >>> 1;
    }
    expect(crc32c(long)).toBe((bitwise ^ 0xffffffff) >>> 0);
  });

  // Layout example from the protocol notes: table (k STRING PK, v BYTES), schema 1, k="a", v=0x01,
  // CompactedRow value = 00 (null bits) 01 61 (string "a") 01 01 (bytes [0x01]).
  it('encodes an upsert and a delete byte for byte', () => {
    const upsert = encodeKvRecordBatch(1, [{ key: Buffer.from('0161', 'hex'), value: Buffer.from('0001610101', 'hex') }]);
    expect(upsert.toString('hex')).toBe(
      '2400000000' + '89ec450b' + '0100' + '00' + 'ffffffffffffffff' + 'ffffffff' + '01000000' + '08000000' + '02' + '0161' + '0001610101',
    );
    const del = encodeKvRecordBatch(1, [{ key: Buffer.from('0161', 'hex'), value: undefined }]);
    expect(del.toString('hex')).toBe('1f00000000' + '4cf84d43' + '0100' + '00' + 'ffffffffffffffff' + 'ffffffff' + '01000000' + '03000000' + '02' + '0161');
  });
});
