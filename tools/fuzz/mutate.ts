import { encodeRequest, type hbase, pb } from '@hbase-compat/hbase-codec';
import { CLIENT_METHODS, frameOf, type Seeds } from './seeds';

/**
 * Mutations of seed traffic. A session is one connection: preamble, header, calls, then a probe Get
 * the server must answer unless it closed the connection. Most mutations keep the 4-byte framing
 * right and corrupt what is inside (the connection should survive them); a few break the framing or
 * the handshake (the server must answer with HBase's exception and close, or close on a timeout).
 */
export class Rng {
  constructor(private state: number) {}

  next(): number {
    // xorshift32: deterministic from --seed, so a failing session can be replayed.
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 0x100000000;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  bytes(n: number): Buffer {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.int(256);
    return b;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

export const PROBE_CALL_ID = 0x7ffffff0;

export interface Session {
  /** What is written, in the order written (chunk boundaries are random too). */
  chunks: Buffer[];
  /** Frames (preamble, header and calls) in the session, the probe excluded. */
  frames: number;
  kind: string;
}

/** Byte-level damage: flips, overwrites, inserts, deletes, truncation, random tails. */
export function damage(rng: Rng, input: Buffer): Buffer {
  let b = Buffer.from(input);
  const rounds = 1 + rng.int(4);
  for (let r = 0; r < rounds; r++) {
    const at = b.length === 0 ? 0 : rng.int(b.length);
    switch (rng.int(7)) {
      case 0:
        if (b.length > 0) b[at] ^= 1 << rng.int(8);
        break;
      case 1:
        if (b.length > 0) b[at] = rng.pick([0, 0x7f, 0x80, 0xff, rng.int(256)]);
        break;
      case 2:
        b = Buffer.concat([b.subarray(0, at), rng.bytes(1 + rng.int(16)), b.subarray(at)]);
        break;
      case 3:
        b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + rng.int(16)))]);
        break;
      case 4:
        b = b.subarray(0, at);
        break;
      case 5:
        b = Buffer.concat([b, rng.bytes(rng.int(64))]);
        break;
      default:
        if (b.length > 4) b.writeUInt32BE(rng.pick([0, 0xffffffff, 0x7fffffff, rng.int(0x100000000)]), Math.min(at, b.length - 4));
    }
  }
  return b;
}

function prefixed(body: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  return Buffer.concat([len, body]);
}

/** A call frame whose framing stays right: its body, header fields or parameter are corrupted. */
function innerMutation(rng: Rng, seeds: Seeds, callId: number): Buffer {
  const seed = rng.pick(seeds.calls);
  // Weighted so that most sessions live long enough to reach deep paths: damage to the request
  // header (fatal for the connection, as in HBase) is the rarer case.
  switch (pickWeighted(rng, [30, 4, 32, 15, 15, 4])) {
    case 0:
      return frameOf(seed, callId);
    case 1:
      return prefixed(damage(rng, frameOf(seed, callId).subarray(4)));
    case 2:
      return frameOf({ ...seed, param: damage(rng, seed.param) }, callId);
    case 3: {
      const method = rng.chance(0.5) ? rng.pick(CLIENT_METHODS) : rng.bytes(rng.int(12)).toString('latin1');
      const header: hbase.pb.IRequestHeader = { callId, methodName: method, requestParam: rng.chance(0.9), priority: rng.int(300), timeout: rng.int(100000) };
      if (seed.cellBlock && rng.chance(0.7))
        header.cellBlockMeta = { length: rng.chance(0.5) ? seed.cellBlock.length : rng.int(seed.cellBlock.length * 2 + 8) };
      return frameOfHeader(header, seed.param, seed.cellBlock);
    }
    case 4:
      return frameOf({ ...seed, cellBlock: seed.cellBlock ? damage(rng, seed.cellBlock) : rng.bytes(rng.int(40)) }, callId);
    default:
      return prefixed(rng.bytes(rng.int(rng.chance(0.9) ? 200 : 5000)));
  }
}

function pickWeighted(rng: Rng, weights: readonly number[]): number {
  let r = rng.int(weights.reduce((a, b) => a + b, 0));
  for (let i = 0; i < weights.length; i++) {
    if (r < weights[i]) return i;
    r -= weights[i];
  }
  return weights.length - 1;
}

function frameOfHeader(header: hbase.pb.IRequestHeader, param: Buffer, cellBlock: Buffer | undefined): Buffer {
  // encodeRequest writes cellBlockMeta from the block it gets; an inconsistent meta is built by hand.
  if (header.cellBlockMeta === undefined) return encodeRequest(header, param, cellBlock);
  const h = Buffer.from(pb.RequestHeader.encode(header).finish());
  const body = Buffer.concat([varint(h.length), h, varint(param.length), param, cellBlock ?? Buffer.alloc(0)]);
  return prefixed(body);
}

function varint(n: number): Buffer {
  const out: number[] = [];
  let v = n >>> 0;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
  return Buffer.from(out);
}

/** Breaks the framing of one call: a wrong length prefix, or a frame cut short. */
function framingMutation(rng: Rng, seeds: Seeds, callId: number): Buffer {
  const frame = frameOf(rng.pick(seeds.calls), callId);
  const b = Buffer.from(frame);
  switch (rng.int(3)) {
    case 0:
      b.writeUInt32BE(
        rng.pick([0, 1, 0x80000000, 0xffffffff, 0x7fffffff, 300_000_000, b.length - 4 + 1 + rng.int(64), Math.max(0, b.length - 5 - rng.int(8))]),
        0,
      );
      return b;
    case 1:
      return b.subarray(0, rng.int(b.length));
    default:
      return Buffer.concat([b, rng.bytes(1 + rng.int(3))]);
  }
}

export function buildSession(rng: Rng, seeds: Seeds, probe: Buffer): Session {
  const parts: Buffer[] = [];
  let kind = 'calls';
  let frames = 2;
  const roll = rng.next();
  if (roll < 0.03) {
    kind = 'preamble';
    parts.push(damage(rng, seeds.preamble).subarray(0, 6 + rng.int(2)), seeds.header);
  } else if (roll < 0.06) {
    kind = 'header';
    parts.push(seeds.preamble, rng.chance(0.5) ? damage(rng, seeds.header) : prefixed(damage(rng, seeds.header.subarray(4))));
  } else if (roll < 0.08) {
    kind = 'random';
    parts.push(rng.bytes(1 + rng.int(300)));
    frames = 1;
  } else {
    parts.push(seeds.preamble, seeds.header);
  }
  const calls = 1 + rng.int(16);
  for (let i = 0; i < calls; i++) parts.push(innerMutation(rng, seeds, i + 1));
  frames += calls;
  if (kind === 'calls' && rng.chance(0.1)) {
    kind = 'framing';
    parts.push(framingMutation(rng, seeds, calls + 1));
    frames++;
  }
  parts.push(probe);
  return { chunks: rechunk(rng, Buffer.concat(parts)), frames, kind };
}

/** Splits the stream at random points, so frames straddle reads in the server's decoder. */
function rechunk(rng: Rng, stream: Buffer): Buffer[] {
  if (rng.chance(0.5)) return [stream];
  const out: Buffer[] = [];
  let at = 0;
  while (at < stream.length) {
    const n = 1 + rng.int(rng.chance(0.2) ? 8 : 2000);
    out.push(stream.subarray(at, at + n));
    at += n;
  }
  return out;
}
