/**
 * Bytes.toStringBinary, the form HBase prints row keys, region names and stray bytes in messages:
 * printable ASCII as is, everything else (and the backslash) as \xHH with upper-case hex.
 */
export function toStringBinary(b: Uint8Array): string {
  let out = '';
  for (const x of b) out += x >= 0x20 && x < 0x7f && x !== 0x5c ? String.fromCharCode(x) : `\\x${x.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}
