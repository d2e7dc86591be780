import fc from 'fast-check';
import { type Cell, CellType } from '@hbase-compat/hbase-codec';
import { decodeRowValue, encodeRowValue } from './row-encoding';

const arbCell = fc.record({
  family: fc.constantFrom('a', 'cf', 'family').map((f) => Buffer.from(f)),
  qualifier: fc.uint8Array({ maxLength: 40 }).map((a) => Buffer.from(a)),
  timestamp: fc.oneof(fc.constant(1_700_000_000_000n), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n })),
  type: fc.constantFrom(CellType.Put, CellType.Delete, CellType.DeleteColumn, CellType.DeleteFamily),
  value: fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
  tags: fc.option(
    fc.uint8Array({ minLength: 1, maxLength: 20 }).map((a) => Buffer.from(a)),
    { nil: undefined },
  ),
});

describe('row values', () => {
  it('decode to the cells encoded, in order, whatever their families, timestamps and tags', () => {
    const row = Buffer.from('row-1');
    fc.assert(
      fc.property(fc.array(arbCell, { maxLength: 12 }), (drafts) => {
        const cells: Cell[] = drafts.map((d) => ({ row, ...d }));
        const back = decodeRowValue(row, encodeRowValue(cells));
        expect(back.length).toBe(cells.length);
        back.forEach((b, i) => {
          const c = cells[i];
          expect(b.row).toBe(row);
          expect([b.family.toString('hex'), b.qualifier.toString('hex'), b.timestamp, b.type, b.value.toString('hex')]).toEqual([
            c.family.toString('hex'),
            c.qualifier.toString('hex'),
            c.timestamp,
            c.type,
            c.value.toString('hex'),
          ]);
          expect(b.tags?.toString('hex')).toBe(c.tags?.toString('hex'));
        });
      }),
    );
  });

  it('refuses a truncated value', () => {
    const row = Buffer.from('r');
    const value = encodeRowValue([
      { row, family: Buffer.from('f'), qualifier: Buffer.from('q'), timestamp: 1n, type: CellType.Put, value: Buffer.from('value') },
    ]);
    expect(() => decodeRowValue(row, value.subarray(0, value.length - 2))).toThrow(RangeError);
  });
});
