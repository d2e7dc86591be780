/** CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), as Fluss's Crc32C checksums record batches. */
const TABLE = (() => {
  const t = new Uint32Array(256 * 8);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
    t[i] = c >>> 0;
  }
  // Slicing-by-8 tables: eight bytes per step.
  for (let i = 0; i < 256; i++) for (let s = 1; s < 8; s++) t[s * 256 + i] = (t[(s - 1) * 256 + i] >>> 8) ^ t[t[(s - 1) * 256 + i] & 0xff];
  return t;
})();

export function crc32c(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let crc = 0xffffffff;
  let i = start;
  for (; i + 8 <= end; i += 8) {
    crc ^= bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    crc =
      TABLE[7 * 256 + (crc & 0xff)] ^
      TABLE[6 * 256 + ((crc >>> 8) & 0xff)] ^
      TABLE[5 * 256 + ((crc >>> 16) & 0xff)] ^
      TABLE[4 * 256 + (crc >>> 24)] ^
      TABLE[3 * 256 + bytes[i + 4]] ^
      TABLE[2 * 256 + bytes[i + 5]] ^
      TABLE[256 + bytes[i + 6]] ^
      TABLE[bytes[i + 7]];
  }
  for (; i < end; i++) crc = TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
