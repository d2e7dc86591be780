import { type Cell, CellType } from '@hbase-compat/hbase-codec';
import fc from 'fast-check';
import { EncodingError, decodeCompactedKey, decodeCompactedRow, encodeCompactedKey, encodeCompactedRow } from '@hbase-compat/fluss-adapter';
import { CELL_ROW_TYPE, cellFromRow, cellKey, cellTableJson, putRecord, rowPrefix } from './cell-rows';
import { FlussNames, escapeFlussName, unescapeFlussName } from './fluss-names';

const cell = (row: Buffer, qualifier = 'q', ts = 1n): Cell => ({
  row,
  family: Buffer.from('cf'),
  qualifier: Buffer.from(qualifier),
  timestamp: ts,
  type: CellType.Put,
  value: Buffer.from('v'),
});

describe('Fluss names', () => {
  it('maps HBase names to Fluss names reversibly and without collisions', () => {
    for (const n of ['default', 'my_ns', 'table.with.dots', 'a-b_c.d', '_', '__', 'x_5f']) {
      const e = escapeFlussName(n);
      expect(e).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(unescapeFlussName(e)).toBe(n);
    }
    expect(escapeFlussName('a_b')).not.toBe(escapeFlussName('a.b'));
    const names = new FlussNames('hbase_');
    expect(names.table({ namespace: 'default', qualifier: 'usertable' })).toEqual({ database: 'hbase_default', table: 'usertable' });
    expect(names.catalog.database).toBe('hbase__system');
    // No namespace maps onto the catalog database: '_' itself is always escaped.
    expect(names.database('_system')).toBe('hbase__5fsystem');
  });
});

describe('cell rows', () => {
  it('declares the cell table with row as the bucket key and the cell coordinates as the primary key', () => {
    const json = JSON.parse(cellTableJson({ buckets: 4 }, 'c'));
    expect(json.schema.primary_key).toEqual(['row', 'family', 'qualifier', 'ts', 'type']);
    expect(json.bucket_key).toEqual(['row']);
    expect(json.bucket_count).toBe(4);
    expect(json.properties['table.kv.format']).toBe('COMPACTED');
  });

  it('round-trips a cell through its CompactedRow and its key starts with the row prefix', () => {
    const c = { ...cell(Buffer.from([0, 0x80, 0xff]), 'qq', 1234567890123n), type: CellType.DeleteColumn };
    const rec = putRecord(c);
    expect(cellFromRow(rec.value!)).toEqual(c);
    const key = Buffer.from(cellKey(c));
    expect(key.subarray(0, rowPrefix(c.row).length)).toEqual(Buffer.from(rowPrefix(c.row)));
    expect(decodeCompactedKey(CELL_ROW_TYPE.slice(0, 5), key)).toEqual([c.row, c.family, c.qualifier, c.timestamp, c.type]);
  });

  it('keeps a tagged cell under its plain key and round-trips its tags through the row', () => {
    const plain = cell(Buffer.from('r'));
    const tagged = { ...plain, tags: Buffer.from('000908000000000000ea60', 'hex') };
    const rec = putRecord(tagged);
    expect(Buffer.from(rec.key)).toEqual(Buffer.from(cellKey(plain)));
    const back = cellFromRow(rec.value!);
    expect(back.type).toBe(CellType.Put);
    expect(back.value).toEqual(plain.value);
    expect(back.tags).toEqual(tagged.tags);
  });
});

describe('cellFromRow', () => {
  /** What the generic CompactedRow decoder reads from the same bytes, as a cell (type and value raw). */
  const generic = (bytes: Uint8Array) => {
    const [row, family, qualifier, ts, type, value] = decodeCompactedRow(CELL_ROW_TYPE, bytes);
    const hex = (v: unknown) => (v === null ? '' : Buffer.from(v as Uint8Array).toString('hex'));
    return [hex(row), hex(family), hex(qualifier), ts, type, hex(value)];
  };
  const arbCell = fc
    .record({
      row: fc.uint8Array({ maxLength: 300 }),
      family: fc.uint8Array({ maxLength: 8 }),
      qualifier: fc.uint8Array({ maxLength: 200 }),
      // Real timestamps (milliseconds), the edges of the encoders' number fast path, and every long.
      timestamp: fc.oneof(
        fc.bigInt({ min: 0n, max: 2n ** 45n }),
        fc.constantFrom(0n, 127n, 128n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, 2n ** 63n - 1n, -1n, -(2n ** 63n)),
        fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
      ),
      type: fc.constantFrom(CellType.Put, CellType.Delete, CellType.DeleteColumn, CellType.DeleteFamily, CellType.DeleteFamilyVersion),
      value: fc.uint8Array({ maxLength: 300 }),
      tags: fc.option(fc.uint8Array({ minLength: 1, maxLength: 30 }), { nil: undefined }),
    })
    .map((a): Cell => ({
      ...a,
      row: Buffer.from(a.row),
      family: Buffer.from(a.family),
      qualifier: Buffer.from(a.qualifier),
      value: Buffer.from(a.value),
      tags: a.tags && Buffer.from(a.tags),
    }));

  it('reads what the generic CompactedRow decoder reads, as Buffer views, tags split off', () => {
    fc.assert(
      fc.property(arbCell, (c) => {
        const bytes = Buffer.from(putRecord(c).value as Uint8Array);
        const back = cellFromRow(bytes);
        expect(back).toEqual({ ...c, tags: c.tags });
        for (const b of [back.row, back.family, back.qualifier, back.value]) expect(Buffer.isBuffer(b)).toBe(true);
        const [row, family, qualifier, ts] = generic(bytes);
        expect([back.row.toString('hex'), back.family.toString('hex'), back.qualifier.toString('hex'), back.timestamp]).toEqual([row, family, qualifier, ts]);
      }),
    );
  });

  it('putRecord, cellKey and rowPrefix write the bytes the generic CompactedRow and key encoders write', () => {
    const KEY = CELL_ROW_TYPE.slice(0, 5);
    fc.assert(
      fc.property(arbCell, (c) => {
        const key = encodeCompactedKey(KEY, [c.row, c.family, c.qualifier, c.timestamp, c.type]);
        const tags = c.tags;
        const stored =
          tags === undefined ? [c.type, c.value] : [(c.type | 0x80) - 256, Buffer.concat([Buffer.from([tags.length >> 8, tags.length & 0xff]), tags, c.value])];
        const rec = putRecord(c);
        expect(Buffer.from(rec.key).toString('hex')).toBe(Buffer.from(key).toString('hex'));
        expect(Buffer.from(rec.value!).toString('hex')).toBe(
          Buffer.from(encodeCompactedRow(CELL_ROW_TYPE, [c.row, c.family, c.qualifier, c.timestamp, ...stored])).toString('hex'),
        );
        expect(cellKey(c).toString('hex')).toBe(Buffer.from(key).toString('hex'));
        expect(rowPrefix(c.row).toString('hex')).toBe(Buffer.from(encodeCompactedKey(KEY.slice(0, 1), [c.row])).toString('hex'));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses what the generic decoder refuses: a truncated row, bytes after the last field', () => {
    const bytes = Buffer.from(putRecord(cell(Buffer.from('row'), 'qualifier', 77n)).value as Uint8Array);
    for (let cut = 0; cut < bytes.length; cut++) {
      expect(() => generic(bytes.subarray(0, cut))).toThrow(EncodingError);
      expect(() => cellFromRow(bytes.subarray(0, cut))).toThrow(EncodingError);
    }
    const longer = Buffer.concat([bytes, Buffer.from([0])]);
    expect(() => generic(longer)).toThrow(EncodingError);
    expect(() => cellFromRow(longer)).toThrow(EncodingError);
  });

  it('reads a null value column as an empty value', () => {
    const bytes = encodeCompactedRow(CELL_ROW_TYPE, [Buffer.from('r'), Buffer.from('cf'), Buffer.from('q'), 3n, CellType.Put, null]);
    expect(generic(bytes)[5]).toBe('');
    expect(cellFromRow(bytes)).toEqual({ ...cell(Buffer.from('r'), 'q', 3n), value: Buffer.alloc(0) });
  });

  it('reads a row inside a larger buffer between start and end', () => {
    const bytes = Buffer.from(putRecord(cell(Buffer.from('row'), 'q', 5n)).value as Uint8Array);
    const framed = Buffer.concat([Buffer.from([9, 9, 9]), bytes, Buffer.from([7])]);
    expect(cellFromRow(framed, 3, 3 + bytes.length)).toEqual(cell(Buffer.from('row'), 'q', 5n));
  });
});
