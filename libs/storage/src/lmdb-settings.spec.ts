import { LMDB_VALUE_COPY } from './lmdb-settings';

describe('LMDB_VALUE_COPY', () => {
  /** lmdb-js's reusable read buffer: large, with `length` overridden to the size of the value just read. */
  function sharedReadBuffer(content: Buffer): Buffer {
    const shared = Buffer.alloc(1 << 16, 0xee);
    content.copy(shared);
    Object.defineProperty(shared, 'length', { value: content.length, writable: true, configurable: true });
    return shared;
  }

  it.each([0, 1, 1_100, 4_096, 40_000])('decodes %i bytes to a copy of exactly the value', (size) => {
    const value = Buffer.alloc(size);
    for (let i = 0; i < size; i++) value[i] = i % 251;
    const shared = sharedReadBuffer(value);
    const decoded = LMDB_VALUE_COPY.decode(shared);
    new Uint8Array(shared.buffer, shared.byteOffset, 1 << 16).fill(0x11); // the next read overwrites it
    expect(decoded.length).toBe(size);
    expect(decoded.equals(value)).toBe(true);
  });

  it('stores the value as given', () => {
    const value = Buffer.from('row value');
    expect(LMDB_VALUE_COPY.encode(value)).toBe(value);
  });
});
