import { type KeyValueStore, LongKeys } from './long-keys';

/** A sorted in-memory store standing in for lmdb. */
class MemoryStore implements KeyValueStore {
  readonly map = new Map<string, Buffer>();
  get(key: Buffer): Buffer | undefined {
    return this.map.get(key.toString('hex'));
  }
  put(key: Buffer, value: Buffer): void {
    this.map.set(key.toString('hex'), value);
  }
  remove(key: Buffer): void {
    this.map.delete(key.toString('hex'));
  }
  /** Every logical key, walking stored keys in byte order and expanding groups. */
  walk(keys: LongKeys, reversed = false): Buffer[] {
    const stored = [...this.map.keys()].map((k) => Buffer.from(k, 'hex')).sort(Buffer.compare);
    if (reversed) stored.reverse();
    return stored.flatMap((k) => keys.expand(k, this.get(k)!, reversed).map((e) => e.key));
  }
}

describe('LongKeys', () => {
  const keys = new LongKeys(8);
  const k = (text: string): Buffer => Buffer.from(text);

  it('stores short keys as themselves and long ones in groups under their prefix', () => {
    const store = new MemoryStore();
    keys.set(store, k('short'), k('1'));
    keys.set(store, k('abcdefgh-one'), k('2'));
    keys.set(store, k('abcdefgh-two'), k('3'));
    expect(store.map.size).toBe(2);
    expect(keys.storedKey(k('abcdefgh-one'))).toEqual(Buffer.concat([k('abcdefgh'), Buffer.from([0])]));
    expect(keys.isGroupKey(keys.storedKey(k('abcdefgh-one')))).toBe(true);
    expect(keys.get(store, k('short'))).toEqual(k('1'));
    expect(keys.get(store, k('abcdefgh-two'))).toEqual(k('3'));
    expect(keys.get(store, k('abcdefgh-six'))).toBeUndefined();
  });

  it('replaces and removes keys inside a group, dropping the group when it empties', () => {
    const store = new MemoryStore();
    keys.set(store, k('abcdefgh-one'), k('2'));
    keys.set(store, k('abcdefgh-two'), k('3'));
    keys.set(store, k('abcdefgh-one'), k('4'));
    expect(keys.get(store, k('abcdefgh-one'))).toEqual(k('4'));
    keys.set(store, k('abcdefgh-one'), undefined);
    keys.set(store, k('abcdefgh-two'), undefined);
    expect(store.map.size).toBe(0);
  });

  it('walks logical keys in byte order in both directions, groups included', () => {
    const store = new MemoryStore();
    const all = ['a', 'abcdefgh', 'abcdefgh\x00', 'abcdefgh\x00\x00x', 'abcdefgh\xff', 'abcdefgi', 'abcdefgh-zz', 'b'].map((t) => Buffer.from(t, 'latin1'));
    for (const key of [...all].reverse()) keys.set(store, key, k('v'));
    const sorted = [...all].sort(Buffer.compare);
    expect(store.walk(keys)).toEqual(sorted);
    expect(store.walk(keys, true)).toEqual([...sorted].reverse());
  });
});
