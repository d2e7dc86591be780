import { hbase } from './generated/hbase';

/**
 * The ScanResponse fields a scan call answers with, for a static encoder: the answer to every scan
 * call is built here without protobufjs's writer (a linked list of operations per message) and
 * without Long objects. Results and scan metrics, rare on the hot path (cell blocks carry the cells),
 * are encoded by protobufjs and spliced in at their field's place.
 */
export interface ScanResponseFields {
  /** Field 2 (uint64). */
  scannerId?: bigint;
  /** Field 4 (uint32): the lease period in ms, on an opening call. */
  ttl?: number;
  /** Field 11 (uint64): the read point in ms, on an opening call. */
  mvccReadPoint?: number;
  moreResults?: boolean;
  moreResultsInRegion?: boolean;
  stale?: boolean;
  /** Field 1: cells of each Result in the cell block. */
  cellsPerResult?: readonly number[];
  /** Field 7: whether each Result is a partial row. */
  partialFlagPerResult?: readonly boolean[];
  /** Field 5: Results in the message (connections without a cell codec). */
  results?: readonly hbase.pb.IResult[];
  /** Field 10. */
  scanMetrics?: hbase.pb.IScanMetrics;
}

const TWO_32 = 0x1_0000_0000;

/**
 * ScanResponse bytes, field by field in field-number order and proto2 layout (repeated scalars
 * unpacked), which is what protobufjs's generated ScanResponse.encode writes for the same fields
 * (scan-response.spec.ts holds the two to the same bytes).
 */
export function encodeScanResponse(m: ScanResponseFields): Uint8Array {
  const results = m.results?.map((r) => hbase.pb.Result.encode(r).finish());
  const metrics = m.scanMetrics === undefined ? undefined : hbase.pb.ScanMetrics.encode(m.scanMetrics).finish();
  const id = m.scannerId === undefined ? undefined : splitUint64(m.scannerId);
  const out = new VarintWriter(sizeOf(m, results, metrics, id));
  if (m.cellsPerResult !== undefined) for (const n of m.cellsPerResult) out.tag(8).varint(n);
  if (id !== undefined) out.tag(16).varint64(id[0], id[1]);
  if (m.moreResults !== undefined) out.tag(24).bool(m.moreResults);
  if (m.ttl !== undefined) out.tag(32).varint(m.ttl);
  if (results !== undefined) for (const r of results) out.tag(42).varint(r.length).raw(r);
  if (m.stale !== undefined) out.tag(48).bool(m.stale);
  if (m.partialFlagPerResult !== undefined) for (const p of m.partialFlagPerResult) out.tag(56).bool(p);
  if (m.moreResultsInRegion !== undefined) out.tag(64).bool(m.moreResultsInRegion);
  if (metrics !== undefined) out.tag(82).varint(metrics.length).raw(metrics);
  if (m.mvccReadPoint !== undefined) out.tag(88).varint64(m.mvccReadPoint >>> 0, Math.floor(m.mvccReadPoint / TWO_32) >>> 0);
  return out.buf;
}

function sizeOf(m: ScanResponseFields, results: Uint8Array[] | undefined, metrics: Uint8Array | undefined, id: [number, number] | undefined): number {
  let n = 0;
  if (m.cellsPerResult !== undefined) for (const c of m.cellsPerResult) n += 1 + varintSize(c);
  if (id !== undefined) n += 1 + varint64Size(id[0], id[1]);
  if (m.moreResults !== undefined) n += 2;
  if (m.ttl !== undefined) n += 1 + varintSize(m.ttl);
  if (results !== undefined) for (const r of results) n += 1 + varintSize(r.length) + r.length;
  if (m.stale !== undefined) n += 2;
  if (m.partialFlagPerResult !== undefined) n += 2 * m.partialFlagPerResult.length;
  if (m.moreResultsInRegion !== undefined) n += 2;
  if (metrics !== undefined) n += 1 + varintSize(metrics.length) + metrics.length;
  if (m.mvccReadPoint !== undefined) n += 1 + varint64Size(m.mvccReadPoint >>> 0, Math.floor(m.mvccReadPoint / TWO_32) >>> 0);
  return n;
}

/** A uint64 as its low and high 32 bits (two's complement for a negative value, as protobuf's uint64). */
function splitUint64(v: bigint): [number, number] {
  const u = BigInt.asUintN(64, v);
  return [Number(u & 0xffffffffn), Number(u >> 32n)];
}

function varintSize(v: number): number {
  let n = v >>> 0;
  let size = 1;
  while (n > 0x7f) {
    n >>>= 7;
    size++;
  }
  return size;
}

function varint64Size(lo: number, hi: number): number {
  if (hi === 0) return varintSize(lo);
  let size = 0;
  while (hi !== 0) {
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi >>>= 7;
    size++;
  }
  return size + varintSize(lo);
}

/** Writes into a buffer of the exact size computed beforehand. */
class VarintWriter {
  readonly buf: Buffer;
  private pos = 0;

  constructor(size: number) {
    this.buf = Buffer.allocUnsafe(size);
  }

  tag(t: number): this {
    this.buf[this.pos++] = t;
    return this;
  }

  bool(b: boolean): this {
    this.buf[this.pos++] = b ? 1 : 0;
    return this;
  }

  varint(v: number): this {
    let n = v >>> 0;
    while (n > 0x7f) {
      this.buf[this.pos++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    this.buf[this.pos++] = n;
    return this;
  }

  varint64(lo: number, hi: number): this {
    while (hi !== 0) {
      this.buf[this.pos++] = (lo & 0x7f) | 0x80;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    return this.varint(lo);
  }

  raw(b: Uint8Array): this {
    this.buf.set(b, this.pos);
    this.pos += b.length;
    return this;
  }
}
