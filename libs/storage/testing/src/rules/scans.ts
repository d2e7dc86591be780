import { CellType } from '@hbase-compat/hbase-codec';
import type { ScanRange, TableDescriptor } from '@hbase-compat/storage';
import { type Suite, b, cell, hex, put, range, scanAll, show, stored, write } from '../suite';

/**
 * Binary row keys in the corners of unsigned byte order: 0x00 and 0xFF, keys that are prefixes of
 * others or differ only in a trailing byte, and the signed/unsigned boundary 0x7F/0x80. Enough
 * plain keys follow for small batches to take several calls.
 */
export const SCAN_ROWS: readonly Buffer[] = [
  Buffer.from([0x00]),
  Buffer.from([0x00, 0x00]),
  Buffer.from([0x00, 0xff]),
  Buffer.from([0x01]),
  b('a'),
  Buffer.from([0x61, 0x00]),
  Buffer.from([0x61, 0xff]),
  b('ab'),
  Buffer.from([0x7f]),
  Buffer.from([0x80]),
  Buffer.from([0xfe, 0xff]),
  Buffer.from([0xff]),
  Buffer.from([0xff, 0x00]),
  Buffer.from([0xff, 0xff]),
  ...Array.from({ length: 20 }, (_v, i) => b(`k${String(i).padStart(2, '0')}`)),
];

const SORTED = [...SCAN_ROWS].sort(Buffer.compare);

/** The rows a range selects, in its direction: the model every engine's cursor must match. */
export function expectedRows(rows: readonly Buffer[], r: ScanRange): Buffer[] {
  const low = r.reversed ? r.stopRow : r.startRow;
  const high = r.reversed ? r.startRow : r.stopRow;
  const lowInclusive = r.reversed ? r.stopInclusive : r.startInclusive;
  const highInclusive = r.reversed ? r.startInclusive : r.stopInclusive;
  const inside = (row: Buffer): boolean => {
    const fromLow = low.length === 0 ? 1 : Buffer.compare(row, low);
    const toHigh = high.length === 0 ? -1 : Buffer.compare(row, high);
    return (fromLow > 0 || (fromLow === 0 && lowInclusive)) && (toHigh < 0 || (toHigh === 0 && highInclusive));
  };
  const out = [...rows].sort(Buffer.compare).filter(inside);
  return r.reversed ? out.reverse() : out;
}

/** Bounds at stored keys, between stored keys, and at the ends of the key space. */
const BOUNDS: readonly Partial<ScanRange>[] = [
  { startRow: Buffer.from([0x00]), stopRow: b('ab') },
  { startRow: Buffer.from([0x00]), startInclusive: false, stopRow: b('ab'), stopInclusive: true },
  { startRow: Buffer.from([0x00, 0x80]), stopRow: Buffer.from([0xff, 0x00]), stopInclusive: true },
  { startRow: Buffer.from([0x7f, 0xff]), stopRow: Buffer.from([0xff, 0xff, 0x00]) },
  { startRow: Buffer.from([0xff]) },
  { stopRow: Buffer.from([0x00, 0x00]), stopInclusive: true },
];

const REVERSED_BOUNDS: readonly Partial<ScanRange>[] = [
  { startRow: b('ab'), stopRow: Buffer.from([0x00]) },
  { startRow: b('ab'), startInclusive: false, stopRow: Buffer.from([0x00]), stopInclusive: true },
  { startRow: Buffer.from([0xff, 0x00]), stopRow: Buffer.from([0x00, 0x80]), stopInclusive: true },
  { startRow: Buffer.from([0xff, 0xff, 0x00]), stopRow: Buffer.from([0x7f, 0xff]) },
  { startRow: Buffer.from([0x00, 0x00]) },
  { stopRow: Buffer.from([0xff]), stopInclusive: true },
].map((r) => ({ ...r, reversed: true }));

export function scanRules(s: Suite): void {
  describe('scans over binary keys', () => {
    let shared: Promise<TableDescriptor> | undefined;
    /** One table for the read-only scan rules, filled once. */
    const table = (): Promise<TableDescriptor> => (shared ??= fill(s));

    for (const batch of [1, 7, 1000]) {
      s.rule(`a forward scan returns every row once, in unsigned byte order (${batch} rows per call)`, async () => {
        expect(hex((await scanAll(s.engine(), await table(), range(), batch)).map((r) => r.row))).toEqual(hex(SORTED));
      });
      s.rule(`a reversed scan returns the rows in exactly the reverse order (${batch} rows per call)`, async () => {
        expect(hex((await scanAll(s.engine(), await table(), range({ reversed: true }), batch)).map((r) => r.row))).toEqual(hex([...SORTED].reverse()));
      });
    }

    s.rule('a forward scan honours inclusive and exclusive bounds, stored or not', async () => {
      for (const bounds of BOUNDS) await expectRange(s, await table(), range(bounds));
    });

    s.rule('a reversed scan starts at its high bound and honours inclusive and exclusive bounds, stored or not', async () => {
      for (const bounds of REVERSED_BOUNDS) await expectRange(s, await table(), range(bounds));
    });

    s.rule('a scanned row carries exactly the cells a get of that row returns', async () => {
      const t = await table();
      for (const r of await scanAll(s.engine(), t, range(), 5)) expect(r.cells.map(show)).toEqual((await stored(s.engine(), t, r.row)).map(show));
    });

    s.rule('a cursor that has run out keeps returning no rows, and a closed cursor returns none', async () => {
      const t = await table();
      const cursor = s.engine().data.openCursor(t, range({ startRow: b('k18') }));
      const seen: Buffer[] = [];
      for (let rows = await cursor.next(10); rows.length > 0; rows = await cursor.next(10)) seen.push(...rows.map((r) => r.row));
      expect(hex(seen)).toEqual(hex(expectedRows(SCAN_ROWS, range({ startRow: b('k18') }))));
      expect(await cursor.next(10)).toEqual([]);
      cursor.close();
      const closed = s.engine().data.openCursor(t, range());
      closed.close();
      expect(await closed.next(10)).toEqual([]);
    });

    s.rule("rows written between a cursor's calls never make it repeat a row, skip a row it had not reached, or leave order", async () => {
      const t = await s.table({ cf: {} });
      const before = Array.from({ length: 20 }, (_v, i) => b(`r${String(i).padStart(2, '0')}`));
      await s.engine().data.mutate(
        t,
        before.map((row) => ({ row, cells: [put(row, 'cf:q', 1, 'before')] })),
      );
      for (const reversed of [false, true]) {
        const cursor = s.engine().data.openCursor(t, range({ reversed }));
        const seen: Buffer[] = [];
        for (let rows = await cursor.next(3), i = 0; rows.length > 0; rows = await cursor.next(3), i++) {
          seen.push(...rows.map((r) => r.row));
          // New rows on both sides of the cursor's position, and a new version of the next row.
          const fresh = [b(`r0${i}x${reversed}`), b(`r1${i}x${reversed}`)];
          await s.engine().data.mutate(
            t,
            [...fresh, before[(i * 3 + 3) % 20]].map((row) => ({ row, cells: [put(row, 'cf:q', 2 + i, 'during')] })),
          );
        }
        cursor.close();
        const order = reversed ? [...seen].sort(Buffer.compare).reverse() : [...seen].sort(Buffer.compare);
        expect(hex(seen)).toEqual(hex(order));
        expect(new Set(hex(seen)).size).toBe(seen.length);
        const expected = reversed ? [...before].reverse() : before;
        expect(hex(seen.filter((r) => before.some((x) => x.equals(r))))).toEqual(hex(expected));
      }
    });

    s.rule('a scan opened after a write was acknowledged sees it', async () => {
      const t = await s.table({ cf: {} });
      for (let i = 0; i < 10; i++) {
        const row = b(`fresh-${i}`);
        await write(s.engine(), t, row, [put(row, 'cf:q', 1, `v${i}`)]);
        const rows = await scanAll(s.engine(), t, range({ startRow: row, stopRow: row, stopInclusive: true }));
        expect(rows.map((r) => r.cells.map(show))).toEqual([[`cf:q@1=v${i}`]]);
      }
    });

    s.rule('a row holding only delete markers is still scanned, so raw scans can return them', async () => {
      const t = await s.table({ cf: {} });
      const row = b('markers-only');
      await write(s.engine(), t, row, [cell(row, 'cf:', 5, CellType.DeleteFamily), cell(row, 'cf:q', 4, CellType.DeleteColumn)]);
      await s.engine().data.compact(t, { major: false });
      const rows = await scanAll(s.engine(), t, range());
      expect(rows.map((r) => [r.row.toString(), r.cells.map(show)])).toEqual([['markers-only', ['cf:@5 DeleteFamily', 'cf:q@4 DeleteColumn']]]);
    });

    s.rule('qualifiers are binary: the empty qualifier, 0x00, 0x00 0x00 and 0xFF are distinct columns in unsigned order', async () => {
      const t = await s.table({ cf: {} });
      const row = Buffer.from([0x00]);
      const quals = [Buffer.from([0xff]), Buffer.alloc(0), Buffer.from([0x00, 0x00]), b('a'), Buffer.from([0x00])];
      await write(
        s.engine(),
        t,
        row,
        quals.map((q, i) => ({ ...put(row, 'cf:', 1, `v${i}`), qualifier: q })),
      );
      const cells = await stored(s.engine(), t, row);
      expect(cells.map((c) => [c.qualifier.toString('hex'), c.value.toString()])).toEqual([
        ['', 'v1'],
        ['00', 'v4'],
        ['0000', 'v2'],
        ['61', 'v3'],
        ['ff', 'v0'],
      ]);
    });
  });
}

async function fill(s: Suite): Promise<TableDescriptor> {
  const t = await s.table({ cf: {}, cg: {} });
  await s.engine().data.mutate(
    t,
    SCAN_ROWS.map((row, i) => ({ row, cells: [put(row, 'cf:q', 1, `v${i}`), put(row, 'cg:', 2, row.toString('hex'))] })),
  );
  return t;
}

async function expectRange(s: Suite, t: TableDescriptor, r: ScanRange): Promise<void> {
  const got = hex((await scanAll(s.engine(), t, r, 3)).map((x) => x.row));
  expect({ range: describeRange(r), rows: got }).toEqual({ range: describeRange(r), rows: hex(expectedRows(SCAN_ROWS, r)) });
}

/** The range in words, so a failing bound names itself in the assertion. */
function describeRange(r: ScanRange): string {
  const start = `${r.startInclusive ? '[' : '('}${r.startRow.toString('hex')}`;
  const stop = `${r.stopRow.toString('hex')}${r.stopInclusive ? ']' : ')'}`;
  return `${r.reversed ? 'reversed ' : ''}${start}, ${stop}`;
}
