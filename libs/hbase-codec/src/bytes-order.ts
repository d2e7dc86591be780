/**
 * Unsigned lexicographic byte order (HBase's Bytes.compareTo) and equality for the short keys a scan
 * compares for every row and cell: row keys, families, qualifiers. Below SHORT bytes a JavaScript
 * loop beats the native Buffer.compare / Buffer.equals call; longer arrays go native.
 */
const SHORT = 48;

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  if (a.length >= SHORT || b.length >= SHORT) return Buffer.compare(a, b);
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const d = a[i] - b[i];
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  const n = a.length;
  if (n !== b.length) return false;
  if (n >= SHORT) return Buffer.compare(a, b) === 0;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}
