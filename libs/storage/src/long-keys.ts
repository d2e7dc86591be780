import { ByteReader, ByteWriter } from '@hbase-compat/hbase-codec';

/**
 * One scheme for ordered keys longer than a key-value store accepts (lmdb-js refuses keys above
 * 1978 bytes), shared by the embedded store (row keys) and the Fluss scan index (cell keys).
 *
 *   key up to `limit` bytes  → stored as itself, with its value
 *   longer key               → a group stored under its first `limit` bytes · 00, whose value lists
 *                              every long key with that prefix:  *( u32 keyLen | key | u32 valLen | value ), in key order
 *
 * A group key is the only stored key of length limit + 1. It sorts after the one whole key equal
 * to its prefix (a shorter key) and before every key that does not start with the prefix, so a
 * walk over stored keys meets the logical keys in order once each group is expanded in place.
 * Callers seek with storedKey(key) in both directions: the group of a long key holds the key itself.
 */
export interface LongKeyEntry {
  key: Buffer;
  value: Buffer;
}

/** The store operations the scheme needs (lmdb's Database inside a write transaction). */
export interface KeyValueStore {
  get(key: Buffer): Buffer | undefined;
  put(key: Buffer, value: Buffer): unknown;
  remove(key: Buffer): unknown;
}

export class LongKeys {
  constructor(
    /** Longest key stored as itself; group keys are one byte longer. */
    readonly limit: number,
  ) {}

  /** The key `key`'s value is stored under (itself, or its group's key). */
  storedKey(key: Buffer): Buffer {
    return key.length <= this.limit ? key : Buffer.concat([key.subarray(0, this.limit), GROUP_MARK]);
  }

  isGroupKey(stored: Buffer): boolean {
    return stored.length === this.limit + 1;
  }

  /** The value of `key`, or undefined. */
  get(store: KeyValueStore, key: Buffer): Buffer | undefined {
    const stored = this.storedKey(key);
    const value = store.get(stored);
    if (value === undefined || stored === key) return value;
    return decodeGroup(value).find((e) => e.key.equals(key))?.value;
  }

  /** Sets (or with undefined removes) the value of `key`; call inside a write transaction. */
  set(store: KeyValueStore, key: Buffer, value: Buffer | undefined): void {
    const stored = this.storedKey(key);
    if (stored === key) {
      if (value === undefined) store.remove(stored);
      else store.put(stored, value);
      return;
    }
    const existing = store.get(stored);
    const others = existing === undefined ? [] : decodeGroup(existing).filter((e) => !e.key.equals(key));
    if (value !== undefined) others.push({ key: Buffer.from(key), value: Buffer.from(value) });
    if (others.length === 0) store.remove(stored);
    else store.put(stored, encodeGroup(others));
  }

  /** The logical entries behind one stored entry, in key order (reversed: descending). */
  expand(stored: Buffer, value: Buffer, reversed = false): LongKeyEntry[] {
    if (!this.isGroupKey(stored)) return [{ key: stored, value }];
    const entries = decodeGroup(value);
    return reversed ? entries.reverse() : entries;
  }
}

/** lmdb-js's largest key is 1978 bytes: whole keys up to 1977, group keys 1978. */
export const LMDB_LONG_KEYS = new LongKeys(1977);

const GROUP_MARK = Buffer.from([0]);

function decodeGroup(value: Buffer): LongKeyEntry[] {
  const r = new ByteReader(value);
  const entries: LongKeyEntry[] = [];
  while (r.remaining > 0) {
    const key = r.bytes(r.u32());
    entries.push({ key, value: r.bytes(r.u32()) });
  }
  return entries;
}

function encodeGroup(entries: readonly LongKeyEntry[]): Buffer {
  const w = new ByteWriter(1024);
  for (const e of [...entries].sort((a, b) => Buffer.compare(a.key, b.key))) {
    w.u32(e.key.length).bytes(e.key);
    w.u32(e.value.length).bytes(e.value);
  }
  return w.finish();
}
