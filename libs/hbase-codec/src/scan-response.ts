import { hbase } from './generated/hbase';
import { ByteWriter, varint32Size } from './byte-writer';

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
  // Sized exactly beforehand, so the writer never grows its buffer.
  const out = new ByteWriter(sizeOf(m, results, metrics, id));
  if (m.cellsPerResult !== undefined) for (const n of m.cellsPerResult) out.u8(8).varint32(n);
  if (id !== undefined) out.u8(16).varint64(id[0], id[1]);
  if (m.moreResults !== undefined) out.u8(24).u8(m.moreResults ? 1 : 0);
  if (m.ttl !== undefined) out.u8(32).varint32(m.ttl);
  if (results !== undefined) for (const r of results) out.u8(42).varint32(r.length).bytes(r);
  if (m.stale !== undefined) out.u8(48).u8(m.stale ? 1 : 0);
  if (m.partialFlagPerResult !== undefined) for (const p of m.partialFlagPerResult) out.u8(56).u8(p ? 1 : 0);
  if (m.moreResultsInRegion !== undefined) out.u8(64).u8(m.moreResultsInRegion ? 1 : 0);
  if (metrics !== undefined) out.u8(82).varint32(metrics.length).bytes(metrics);
  if (m.mvccReadPoint !== undefined) out.u8(88).varint64(m.mvccReadPoint >>> 0, Math.floor(m.mvccReadPoint / TWO_32) >>> 0);
  return out.finish();
}

function sizeOf(m: ScanResponseFields, results: Uint8Array[] | undefined, metrics: Uint8Array | undefined, id: [number, number] | undefined): number {
  let n = 0;
  if (m.cellsPerResult !== undefined) for (const c of m.cellsPerResult) n += 1 + varint32Size(c);
  if (id !== undefined) n += 1 + varint64Size(id[0], id[1]);
  if (m.moreResults !== undefined) n += 2;
  if (m.ttl !== undefined) n += 1 + varint32Size(m.ttl);
  if (results !== undefined) for (const r of results) n += 1 + varint32Size(r.length) + r.length;
  if (m.stale !== undefined) n += 2;
  if (m.partialFlagPerResult !== undefined) n += 2 * m.partialFlagPerResult.length;
  if (m.moreResultsInRegion !== undefined) n += 2;
  if (metrics !== undefined) n += 1 + varint32Size(metrics.length) + metrics.length;
  if (m.mvccReadPoint !== undefined) n += 1 + varint64Size(m.mvccReadPoint >>> 0, Math.floor(m.mvccReadPoint / TWO_32) >>> 0);
  return n;
}

/** A uint64 as its low and high 32 bits (two's complement for a negative value, as protobuf's uint64). */
function splitUint64(v: bigint): [number, number] {
  const u = BigInt.asUintN(64, v);
  return [Number(u & 0xffffffffn), Number(u >> 32n)];
}

function varint64Size(lo: number, hi: number): number {
  if (hi === 0) return varint32Size(lo);
  let size = 0;
  while (hi !== 0) {
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi >>>= 7;
    size++;
  }
  return size + varint32Size(lo);
}
