import Long from 'long';

/** protobufjs gives int64 fields as Long (we generate with --force-long); the client works in bigint. */
export function toBigInt(v: Long | number | bigint | string | null | undefined, fallback = 0n): bigint {
  if (v === null || v === undefined) return fallback;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' || typeof v === 'string') return BigInt(v);
  return (BigInt(v.high) << 32n) | BigInt(v.low >>> 0);
}

export function toLong(v: bigint | number): Long {
  const b = BigInt(v);
  return Long.fromBits(Number(b & 0xffffffffn), Number((b >> 32n) & 0xffffffffn), false);
}

/** Whether a decoded proto2 message carried `field` (protobufjs puts defaults on the prototype). */
export function has<T extends object>(message: T | null | undefined, field: keyof T & string): boolean {
  return message !== null && message !== undefined && Object.prototype.hasOwnProperty.call(message, field);
}
