// Cross-check of src/protocol/kv-record-batch.ts (PutKv's KvRecordBatch) against batches built by
// Java's KvRecordBatchBuilder, with keys and values from this folder's encoders.
import { encodeKvRecordBatch } from '../protocol/kv-record-batch';
import { hex, parseValues, rowTypeOf, unhex, vectors } from './__fixtures__/java-vectors';
import { encodeCompactedRow } from './compacted-row';
import { CompactedKeyEncoder } from './key-encoder';

describe('KvRecordBatch against KvRecordBatchBuilder', () => {
  it.each(vectors().kvBatches.map((v, i) => [i, v]))('batch #%s is byte-identical', (_, v) => {
    const records = v.records.map((r) => ({ key: unhex(r.key), value: r.value === null ? undefined : unhex(r.value) }));
    expect(hex(encodeKvRecordBatch(v.schemaId, records, BigInt(v.writerId), v.batchSequence))).toBe(v.bytes);
  });

  it('keys and values come from the row and key encoders', () => {
    const rowType = rowTypeOf('cells');
    const pk = new CompactedKeyEncoder(rowType, ['rk', 'cf', 'q']);
    const cells = vectors().rows.filter((r) => r.schema === 'cells');
    const [batch] = vectors().kvBatches;
    batch.records.forEach((r, i) => {
      const row = parseValues(rowType, cells[i].values);
      expect(hex(pk.encodeKey(row))).toBe(r.key);
      if (r.value !== null) expect(hex(encodeCompactedRow(rowType, row))).toBe(r.value);
    });
  });
});
