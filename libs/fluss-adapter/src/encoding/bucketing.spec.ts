import { unhex, vectors } from './__fixtures__/java-vectors';
import { bucketForKey, murmurHashBytes } from './bucketing';

describe('Fluss bucketing', () => {
  it.each(vectors().hashes.map((v) => [v.bytes, v]))('hashes %s like MurmurHashUtils and buckets like FlussBucketingFunction', (_, v) => {
    const key = unhex(v.bytes);
    expect(murmurHashBytes(key)).toBe(v.hash);
    for (const [n, bucket] of Object.entries(v.buckets)) expect([n, bucketForKey(key, Number(n))]).toEqual([n, bucket]);
  });

  it.each(
    vectors()
      .keys.filter((v) => v.buckets !== null)
      .map((v, i) => [i, v]),
  )('buckets encoded key #%s like Java', (_, v) => {
    const key = unhex(v.key);
    expect(murmurHashBytes(key)).toBe(v.hash);
    for (const [n, bucket] of Object.entries(v.buckets ?? {})) expect([n, bucketForKey(key, Number(n))]).toEqual([n, bucket]);
  });

  it('matches BucketingFunctionTest and mixes tail bytes sign-extended (not as fluss-rust does)', () => {
    expect(bucketForKey(unhex('000a'), 7)).toBe(1);
    expect(bucketForKey(unhex('000a0a0a'), 12)).toBe(0);
    expect(bucketForKey(Buffer.from('2bb87d68-baf9-4e64-90f9-f80910419fa6'), 16)).toBe(6);
    expect(bucketForKey(Buffer.from('The quick brown fox jumps over the lazy dog'), 8)).toBe(6);
    expect(bucketForKey(unhex('02c3a9'), 16)).toBe(6); // fluss-rust says 10
  });

  it('rejects an empty key and bad bucket counts', () => {
    expect(() => bucketForKey(new Uint8Array(0), 3)).toThrow(/must not be empty/);
    expect(() => bucketForKey(unhex('01'), 0)).toThrow(/bad bucket count/);
  });
});
