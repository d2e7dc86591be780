import Long from 'long';

/** protobufjs represents 64-bit fields as Long; the gateway works in bigint. */
export type LongLike = Long | number | string | bigint | null | undefined;

export function toBigInt(v: LongLike, fallback = 0n): bigint {
  if (v === null || v === undefined) return fallback;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return BigInt(v);
  if (typeof v === 'string') return BigInt(v);
  return (BigInt(v.high) << 32n) | BigInt(v.low >>> 0);
}

export function toLong(v: bigint, unsigned = false): Long {
  return Long.fromBits(Number(v & 0xffffffffn), Number((v >> 32n) & 0xffffffffn), unsigned);
}

export function toNumber(v: LongLike, fallback = 0): number {
  if (v === null || v === undefined) return fallback;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint' || typeof v === 'string') return Number(v);
  return v.toNumber();
}

/**
 * Whether a decoded protobuf message carried `field` on the wire. protobufjs puts proto2 defaults
 * on the prototype (0, Long zero, false), so `msg.field ?? x` cannot tell "absent" from "zero".
 */
export function has<T extends object>(message: T | null | undefined, field: keyof T & string): boolean {
  return message !== null && message !== undefined && Object.prototype.hasOwnProperty.call(message, field);
}
