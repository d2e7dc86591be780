import type { TableDescriptor } from '@hbase-compat/storage';
import { type Suite, b, hex, longRow, put, range, scanAll, stored, write } from '../suite';
import { expectedRows } from './scans';

/** HBase's longest row key (Short.MAX_VALUE bytes, HConstants.MAX_ROW_LENGTH). */
const MAX_ROW = 32767;

/**
 * Row keys far beyond lmdb's key limit (~2 KB), which both engines work around: 4 KB keys that
 * differ only in their last byte, a key that is their common prefix, and a 32 KB key, among short
 * keys on either side.
 */
const LONG_ROWS: readonly Buffer[] = [
  b('a'),
  longRow(4096, 0x00),
  longRow(4096, 0x01),
  longRow(4096, 0xff),
  Buffer.alloc(4095, 0x61),
  longRow(MAX_ROW, 0x80),
  longRow(1977, 0x62),
  longRow(1978, 0x62),
  b('b'),
  Buffer.from([0xff]),
];

const SORTED = [...LONG_ROWS].sort(Buffer.compare);

export function longKeyRules(s: Suite): void {
  describe('long keys', () => {
    let shared: Promise<TableDescriptor> | undefined;
    const table = (): Promise<TableDescriptor> => (shared ??= fill(s));

    s.rule('row keys of 4 KB and 32 KB are stored and read back by key, each apart from keys sharing its prefix', async () => {
      const t = await table();
      const rows = await s.engine().data.getRows(t, [...LONG_ROWS]);
      expect(rows.map((r) => r.cells.map((c) => c.value.toString()))).toEqual(LONG_ROWS.map((row) => [`${row.length}:${row[row.length - 1]}`]));
    });

    for (const batch of [1, 100]) {
      s.rule(`long row keys scan in unsigned order among short ones, forward and reversed (${batch} rows per call)`, async () => {
        const t = await table();
        expect(hex((await scanAll(s.engine(), t, range(), batch)).map((r) => r.row))).toEqual(hex(SORTED));
        expect(hex((await scanAll(s.engine(), t, range({ reversed: true }), batch)).map((r) => r.row))).toEqual(hex([...SORTED].reverse()));
      });
    }

    s.rule('a scan bounded by long row keys honours the bounds in both directions', async () => {
      const t = await table();
      const low = longRow(4096, 0x01);
      const high = longRow(MAX_ROW, 0x80);
      for (const r of [
        range({ startRow: low, stopRow: high }),
        range({ startRow: low, startInclusive: false, stopRow: high, stopInclusive: true }),
        range({ reversed: true, startRow: high, stopRow: low }),
        range({ reversed: true, startRow: high, startInclusive: false, stopRow: low, stopInclusive: true }),
        range({ reversed: true, startRow: longRow(4096, 0x02) }),
      ]) {
        expect(hex((await scanAll(s.engine(), t, r, 2)).map((x) => x.row))).toEqual(hex(expectedRows(LONG_ROWS, r)));
      }
    });

    s.rule('an 8 KB qualifier and a 1 MB value round-trip unchanged', async () => {
      const t = await s.table({ cf: {} });
      const row = b('big');
      const qualifier = Buffer.alloc(8192, 0x71);
      const value = Buffer.alloc(1 << 20);
      for (let i = 0; i < value.length; i++) value[i] = (i * 31) & 0xff;
      await write(s.engine(), t, row, [{ ...put(row, 'cf:', 1, ''), qualifier, value }]);
      const [c] = await stored(s.engine(), t, row);
      expect(c.qualifier.equals(qualifier) && c.value.equals(value)).toBe(true);
    });
  });
}

async function fill(s: Suite): Promise<TableDescriptor> {
  const t = await s.table({ cf: {} });
  await s.engine().data.mutate(
    t,
    LONG_ROWS.map((row) => ({ row, cells: [put(row, 'cf:q', 1, `${row.length}:${row[row.length - 1]}`)] })),
  );
  return t;
}
