/**
 * lmdb-js settings both engines share: the value codec of the binary databases scans walk, and the
 * environments' map size.
 *
 * The value codec of the binary databases scans walk: the embedded engine's tables and the
 * Fluss engine's scan index. Values are stored as given and read by copying lmdb's reusable read
 * buffer into Node's pooled Buffer memory.
 *
 * Why: with `encoding: 'binary'` alone, lmdb-js slices every value it reads into an ArrayBuffer of
 * its own (Uint8Array.prototype.slice): an allocation, zero fill and later finalisation per row,
 * about 1.25 µs for a 1.1 KB YCSB row and 1 µs for a 200-byte cell. Given a codec whose decode copies (no `needsStableBuffer`),
 * lmdb-js passes its shared buffer instead, and Buffer.allocUnsafe carves values under 4 KB out of
 * an 8 KB pool: about 0.55 µs and 0.17 µs. The shared buffer is overwritten by the next read,
 * so decode must copy, and copies exactly `bytes.length`: lmdb-js sets that own property to the value's
 * size on its larger buffer, which is also why the copy goes through an explicit view (Buffer.copy would
 * take the whole underlying buffer when the end it is given equals `length`).
 */
export const LMDB_VALUE_COPY = {
  encode(value: Buffer): Buffer {
    return value;
  },
  decode(bytes: Uint8Array): Buffer {
    const size = bytes.length;
    const out = Buffer.allocUnsafe(size);
    out.set(new Uint8Array(bytes.buffer, bytes.byteOffset, size));
    return out;
  },
};

/**
 * openDB options for binary keys and values read through LMDB_VALUE_COPY. lmdb-js's DatabaseOptions
 * type omits `encoder`, which openDB honours per database, so it is passed as a typed constant.
 */
export const LMDB_BINARY_COPYING: { keyEncoding: 'binary'; encoding: 'binary'; encoder: typeof LMDB_VALUE_COPY } = {
  keyEncoding: 'binary',
  encoding: 'binary',
  encoder: LMDB_VALUE_COPY,
};

/**
 * The initial map size of both engines' lmdb environments: 64 GiB of address space, not of disk (on
 * Linux the file grows with the pages written). lmdb-js grows a full map by mapping the file again
 * and keeps the old mapping, so a store that outgrew a 1 GiB map showed every page it had read in
 * both mappings: a million YCSB rows (a 2.0 GB file) gave the gateway 3.1 GB of resident file pages
 * for 2 GB of data. Starting large leaves one mapping for stores up to tens of millions of rows.
 */
export const LMDB_MAP_SIZE = 64 * 1024 ** 3;
