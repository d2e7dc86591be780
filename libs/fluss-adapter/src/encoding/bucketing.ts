/**
 * Fluss's default bucketing (COMMON/bucketing/FlussBucketingFunction.java,
 * COMMON/utils/MurmurHashUtils.java, COMMON/utils/MathUtils.java#murmurHash):
 *
 *   bucket = abs'(mix(hashBytes(bucketKeyBytes))) % numBuckets
 *
 * hashBytes is MurmurHash3-x86-32 with seed 42 over 4-byte LITTLE-endian blocks, EXCEPT the tail:
 * each of the 0-3 trailing bytes is mixed as a full block of its own, sign-extended (Java reads
 * it as a signed byte, so 0x80 becomes 0xFFFFFF80). fluss-rust mixes tail bytes unsigned and so
 * puts some non-ASCII keys in other buckets than Java; this follows Java.
 * mix is one more Murmur round on the hash with length 4, then fmix; abs' maps INT_MIN to 0.
 * All arithmetic is Java's wrapping int32 (Math.imul, | 0, >>> for unsigned shifts).
 * Tables with a lake format (Paimon, Iceberg) bucket differently and are not handled here.
 */
import { EncodingError } from './byte-buffer';

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;
const SEED = 42;

const rotl = (x: number, r: number): number => (x << r) | (x >>> (32 - r));

function mixK1(k: number): number {
  return Math.imul(rotl(Math.imul(k, C1), 15), C2);
}

function mixH1(h: number, k: number): number {
  return (Math.imul(rotl(h ^ k, 13), 5) + 0xe6546b64) | 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** MurmurHashUtils.hashBytes(bytes): a signed int32. */
export function murmurHashBytes(bytes: Uint8Array): number {
  const n = bytes.length;
  const aligned = n - (n % 4);
  let h = SEED;
  for (let i = 0; i < aligned; i += 4) {
    h = mixH1(h, mixK1(bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)));
  }
  for (let i = aligned; i < n; i++) {
    h = mixH1(h, mixK1((bytes[i] << 24) >> 24)); // sign-extended, as Unsafe.getByte returns it
  }
  return fmix(h ^ n);
}

/** MathUtils.murmurHash: a non-negative int32. */
export function murmurMix(code: number): number {
  let c = Math.imul(code, C1);
  c = rotl(c, 15);
  c = Math.imul(c, C2);
  c = rotl(c, 13);
  c = (Math.imul(c, 5) + 0xe6546b64) | 0;
  c = fmix(c ^ 4);
  return c >= 0 ? c : c === -2147483648 ? 0 : -c;
}

/** FlussBucketingFunction.bucketing: the bucket of an encoded bucket key. */
export function bucketForKey(bucketKey: Uint8Array, numBuckets: number): number {
  if (bucketKey.length === 0) throw new EncodingError('Assigned key must not be empty!');
  if (!Number.isInteger(numBuckets) || numBuckets <= 0 || numBuckets > 0x7fffffff) throw new EncodingError(`bad bucket count ${numBuckets}`);
  return murmurMix(murmurHashBytes(bucketKey)) % numBuckets;
}
