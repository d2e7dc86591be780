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

  it('decode a run of rows with shared qualifier views exactly as each row alone', () => {
    // Qualifiers from a small alphabet, so positions often repeat the row before, and sometimes
    // differ only in length ('' / 'a' / 'ab' / 'b').
    const arbRowCell = fc.record({ qualifier: fc.constantFrom('', 'a', 'ab', 'b', 'field0', 'field1'), value: fc.string({ maxLength: 8 }) });
    fc.assert(
      fc.property(fc.array(fc.array(arbRowCell, { maxLength: 6 }), { maxLength: 8 }), (rows) => {
        const shared: Buffer[] = [];
        rows.forEach((drafts, r) => {
          const row = Buffer.from(`row-${r}`);
          const cells: Cell[] = drafts.map((d) => ({
            row,
            family: Buffer.from('cf'),
            qualifier: Buffer.from(d.qualifier),
            timestamp: 5n,
            type: CellType.Put,
            value: Buffer.from(d.value),
          }));
          const stored = encodeRowValue(cells);
          const show = (cs: Cell[]) => cs.map((c) => `${c.qualifier.toString('hex')}=${c.value.toString('hex')}`);
          const before = [...shared];
          const withShared = decodeRowValue(row, stored, shared);
          expect(show(withShared)).toEqual(show(decodeRowValue(row, stored)));
          // A position with the same bytes as the row before reuses its view; any other gets its own.
          withShared.forEach((c, i) => expect(c.qualifier === before[i]).toBe(before[i] !== undefined && before[i].equals(c.qualifier)));
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
