import type { Cell } from '@hbase-compat/hbase-codec';

/**
 * HBase cell tags the gateway acts on. Tags are `int16 len | u8 type | value` entries (len counts
 * the type byte and the value). Mutation.setTTL reaches the server as the "_ttl" attribute and
 * HRegion writes it onto every cell of a Put as a TTL tag (TagType.TTL_TAG_TYPE, a long of ms).
 */
export const TTL_TAG_TYPE = 8;

/** The cell's TTL in ms from its first TTL tag (ScanQueryMatcher.isCellTTLExpired), if any. */
export function cellTtlMs(c: Cell): bigint | undefined {
  const tags = c.tags;
  if (tags === undefined) return undefined;
  let at = 0;
  while (at + 3 <= tags.length) {
    const len = tags.readUInt16BE(at);
    if (len < 1 || at + 2 + len > tags.length) return undefined;
    if (tags[at + 2] === TTL_TAG_TYPE && len === 9) return tags.readBigInt64BE(at + 3);
    at += 2 + len;
  }
  return undefined;
}

/** ScanQueryMatcher.isCellTTLExpired: ts + ttl < now, with Java's wrapping long addition. */
export function isCellTtlExpired(c: Cell, now: number): boolean {
  const ttl = cellTtlMs(c);
  if (ttl === undefined) return false;
  return BigInt.asIntN(64, c.timestamp + ttl) < BigInt(now);
}

/**
 * The cell with its TTL tag set to `ttlMs`, other tags carried forward (TagUtil.carryForwardTTLTag
 * replaces an existing TTL tag).
 */
export function withTtlTag(c: Cell, ttlMs: bigint): Cell {
  const kept: Buffer[] = [];
  const tags = c.tags ?? EMPTY;
  let at = 0;
  while (at + 3 <= tags.length) {
    const len = tags.readUInt16BE(at);
    if (len < 1 || at + 2 + len > tags.length) break;
    if (tags[at + 2] !== TTL_TAG_TYPE) kept.push(tags.subarray(at, at + 2 + len));
    at += 2 + len;
  }
  const ttl = Buffer.alloc(11);
  ttl.writeUInt16BE(9, 0);
  ttl[2] = TTL_TAG_TYPE;
  ttl.writeBigInt64BE(BigInt.asIntN(64, ttlMs), 3);
  return { ...c, tags: Buffer.concat([...kept, ttl]) };
}

/** Clients never get the gateway's stored tags back (HBase keeps them server side). */
export function withoutTags(c: Cell): Cell {
  if (c.tags === undefined) return c;
  const { tags: _dropped, ...rest } = c;
  return rest;
}

const EMPTY = Buffer.alloc(0);
