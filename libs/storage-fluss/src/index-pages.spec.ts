import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { type Cell, CellType, compareBytes, compareCells } from '@hbase-compat/hbase-codec';
import { LMDB_BINARY_COPYING, LMDB_LONG_KEYS, type ScanRange } from '@hbase-compat/storage';
import fc from 'fast-check';
import { type Database, type RootDatabase, open } from 'lmdb';
import { cellFromRow, putRecord } from './cell-rows';
import { IndexCursor } from './index-cursor';
import { PAGE_SPLIT_BYTES, applyCell, applyRecords, cellOrderKey, pageCells, pageRow, removeRows, rowPageKey, seekKey } from './index-pages';

const LONG = Buffer.alloc(2500, 0x61);
const ROWS: Buffer[] = [
  Buffer.from([0]),
  Buffer.from([0, 0]),
  Buffer.from([0, 1]),
  Buffer.from('r1'),
  Buffer.from('r2'),
  Buffer.alloc(1700, 0x61),
  LONG,
  Buffer.concat([LONG, Buffer.from([0])]),
];
const FAMILIES = [Buffer.from('cf'), Buffer.from('f'), Buffer.from([0]), Buffer.from('cf\u0000x')];
const QUALIFIERS = [Buffer.alloc(0), Buffer.from('q'), Buffer.from('q\u0000'), Buffer.from('q1'), Buffer.alloc(1000, 0x71)];
const TIMESTAMPS = [-5n, 0n, 1n, 2n, 1_700_000_000_000n, (1n << 63n) - 1n];
const TYPES = [CellType.Put, CellType.Delete, CellType.DeleteColumn, CellType.DeleteFamily, CellType.DeleteFamilyVersion];

const arbCell: fc.Arbitrary<Cell> = fc.record({
  row: fc.constantFrom(...ROWS),
  family: fc.constantFrom(...FAMILIES),
  qualifier: fc.oneof(
    fc.constantFrom(...QUALIFIERS),
    fc.uint8Array({ maxLength: 6 }).map((q) => Buffer.from(q)),
  ),
  timestamp: fc.constantFrom(...TIMESTAMPS),
  type: fc.constantFrom(...TYPES),
  // Large values often enough that rows outgrow a page and split.
  value: fc.oneof(
    { arbitrary: fc.uint8Array({ maxLength: 40 }).map((v) => Buffer.from(v)), weight: 1 },
    { arbitrary: fc.constant(Buffer.alloc(3000, 0x76)), weight: 2 },
  ),
  tags: fc.option(fc.constant(Buffer.from('000908000000000000ea60', 'hex')), { nil: undefined }),
});
/** A put (the cell's CompactedRow) or a delete of the cell's coordinates, as the changelog carries them. */
const arbOp = fc.record({ cell: arbCell, remove: fc.boolean() });

/** What a reader compares: every field of a cell, as text. */
const show = (c: Cell): string =>
  [c.row, c.family, c.qualifier].map((b) => b.toString('hex')).join('/') +
  `@${c.timestamp}#${c.type}=${c.value.toString('hex')}` +
  (c.tags ? `+${c.tags.toString('hex')}` : '');

const FULL: ScanRange = { startRow: Buffer.alloc(0), startInclusive: true, stopRow: Buffer.alloc(0), stopInclusive: false, reversed: false };

describe('scan index pages', () => {
  let dir: string;
  let root: RootDatabase;
  let n = 0;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'index-pages-'));
    root = open({ path: join(dir, 'pages.mdb'), maxDbs: 1000, compression: false, noSync: true });
  });
  afterAll(async () => {
    await root.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const freshDb = (): Database<Buffer, Buffer> => root.openDB<Buffer, Buffer>(`t${n++}`, LMDB_BINARY_COPYING);

  /** Every row of a scan, in the order the cursor returns them, `batch` rows per call. */
  async function scan(db: Database<Buffer, Buffer>, range: ScanRange, batch: number): Promise<string[][]> {
    const cursor = new IndexCursor({ catchUp: async () => undefined }, db, range, 1000);
    const rows: string[][] = [];
    for (let got = await cursor.next(batch); got.length > 0; got = await cursor.next(batch)) {
      for (const r of got) {
        expect(r.cells.every((c) => c.row.equals(r.row))).toBe(true);
        rows.push(r.cells.map(show));
      }
    }
    return rows;
  }

  /** The rows a model of the table holds, sorted as HBase sorts them. */
  function expectedRows(model: Map<string, Cell>, reversed: boolean): string[][] {
    const cells = [...model.values()].sort(compareCells);
    const rows: Cell[][] = [];
    for (const c of cells) {
      const last = rows[rows.length - 1];
      if (last !== undefined && last[0].row.equals(c.row)) last.push(c);
      else rows.push([c]);
    }
    if (reversed) rows.reverse();
    return rows.map((r) => r.map(show));
  }

  it('returns what a model of puts and deletes holds, rows and cells in HBase order, in both directions', async () => {
    let splits = 0;
    await fc.assert(
      // byRow: a transaction's records ordered by row, so that applyRecords meets runs of one row.
      fc.asyncProperty(
        fc.array(fc.array(arbOp, { maxLength: 80 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        async (transactions, batch, byRow) => {
          const db = freshDb();
          const model = new Map<string, Cell>();
          for (const ops of transactions) {
            const ordered = byRow ? [...ops].sort((a, b) => ROWS.indexOf(a.cell.row) - ROWS.indexOf(b.cell.row)) : ops;
            const records = ordered.map(({ cell, remove }) => ({ row: Buffer.from(putRecord(cell).value as Uint8Array), remove }));
            await db.transaction(() => applyRecords(db, records));
            for (const { row, remove } of records) {
              const stored = cellFromRow(row);
              const id = `${stored.row.toString('hex')}/${cellOrderKey(stored).toString('hex')}`;
              if (remove) model.delete(id);
              else model.set(id, stored);
            }
          }
          const entries = [...db.getRange({})];
          splits += entries.filter((e) => !LMDB_LONG_KEYS.isGroupKey(e.key) && !e.key.equals(rowPageKey(pageRow(e.key)))).length;
          expect(await scan(db, FULL, batch)).toEqual(expectedRows(model, false));
          expect(await scan(db, { ...FULL, reversed: true }, batch)).toEqual(expectedRows(model, true));
          await db.drop();
        },
      ),
      { numRuns: 300 },
    );
    // The runs must have exercised pages split off a row's first page, or the property proves less.
    expect(splits).toBeGreaterThan(20);
  });

  it.each([
    ['one cell at a time', false],
    ['in one run of records', true],
  ])('splits a growing row into pages no larger than the split size (plus one cell), and joins them back in order: %s', async (_, oneRun) => {
    const db = freshDb();
    const row = Buffer.from('wide');
    const cells: Cell[] = Array.from({ length: 2000 }, (_, i) => ({
      row,
      family: Buffer.from('f'),
      qualifier: Buffer.from(`q${(i * 7919) % 2000}`),
      timestamp: 1n,
      type: CellType.Put,
      value: randomBytes(20),
    }));
    const records = cells.map((c) => ({ row: Buffer.from(putRecord(c).value as Uint8Array), remove: false }));
    await db.transaction(() => {
      if (oneRun) applyRecords(db, records);
      else for (const r of records) applyCell(db, cellFromRow(r.row), r.row);
    });
    const pages = [...db.getRange({})];
    expect(pages.length).toBeGreaterThan(5);
    for (const p of pages) expect(p.value.length).toBeLessThanOrEqual(PAGE_SPLIT_BYTES + 100);
    const got = await scan(db, FULL, 10);
    expect(got).toEqual([cells.sort(compareCells).map(show)]);
  });

  /** A fresh index holding one row 'r' of 60 cells of 500 bytes (q0000..q0059): several pages. */
  async function splitRow() {
    const db = freshDb();
    const row = Buffer.from('r');
    const at = (i: number): Cell => ({
      row,
      family: Buffer.from('f'),
      qualifier: Buffer.from(`q${String(i).padStart(4, '0')}`),
      timestamp: 1n,
      type: CellType.Put,
      value: Buffer.alloc(500, 1),
    });
    const put = (c: Cell) => applyCell(db, c, Buffer.from(putRecord(c).value as Uint8Array));
    await db.transaction(() => {
      for (let i = 0; i < 60; i++) put(at(i));
    });
    return { db, row, at, put };
  }

  it('removes a page that empties, and a later put into its range lands in the page before it', async () => {
    const { db, at, put } = await splitRow();
    const before = [...db.getRange({})].length;
    expect(before).toBeGreaterThan(2);
    await db.transaction(() => {
      for (let i = 30; i < 60; i++) applyCell(db, at(i), undefined);
    });
    expect([...db.getRange({})].length).toBeLessThan(before);
    await db.transaction(() => put(at(45)));
    expect(await scan(db, FULL, 5)).toEqual([[...Array.from({ length: 30 }, (_, i) => at(i)), at(45)].map(show)]);
  });

  it("keeps a split row's emptied first page, so the row's later pages are still found", async () => {
    const { db, row, at, put } = await splitRow();
    const firstPage = () => db.get(rowPageKey(row));
    const firstCount = pageCells(firstPage()!).length;
    expect(firstCount).toBeGreaterThan(0);
    expect(firstCount).toBeLessThan(60);
    await db.transaction(() => {
      for (let i = 0; i < firstCount; i++) applyCell(db, at(i), undefined);
    });
    expect(firstPage()).toEqual(Buffer.from([1])); // marked split, no cells
    expect(await scan(db, FULL, 1)).toEqual([Array.from({ length: 60 - firstCount }, (_, i) => show(at(i + firstCount)))]);
    await db.transaction(() => {
      put(at(59)); // a replace in a later page, found through the empty first page
      put(at(0));
    });
    expect(await scan(db, FULL, 1)).toEqual([[0, ...Array.from({ length: 60 - firstCount }, (_, i) => i + firstCount)].map((i) => show(at(i)))]);
  });

  it("decodes a page's cells sharing one row Buffer, and one family Buffer while the family is the same", async () => {
    const db = freshDb();
    const row = Buffer.from('shared');
    const cells: Cell[] = ['f/a', 'f/b', 'g/a'].map((fq) => ({
      row,
      family: Buffer.from(fq.split('/')[0]),
      qualifier: Buffer.from(fq.split('/')[1]),
      timestamp: 1n,
      type: CellType.Put,
      value: Buffer.from(fq),
    }));
    await db.transaction(() =>
      applyRecords(
        db,
        cells.map((c) => ({ row: Buffer.from(putRecord(c).value as Uint8Array), remove: false })),
      ),
    );
    const got = pageCells(db.get(rowPageKey(row))!);
    expect(got.map(show)).toEqual(cells.map(show));
    expect(got[1].row).toBe(got[0].row);
    expect(got[2].row).toBe(got[0].row);
    expect(got[1].family).toBe(got[0].family);
    expect(got[2].family).not.toBe(got[1].family);
  });

  it('removes every page of the rows a rebuild drops, long rows included, and nothing else', async () => {
    const db = freshDb();
    await db.transaction(() => {
      for (const row of ROWS)
        for (let i = 0; i < 30; i++) {
          const c: Cell = { row, family: Buffer.from('f'), qualifier: Buffer.from(`q${i}`), timestamp: 1n, type: CellType.Put, value: Buffer.alloc(400, 2) };
          applyCell(db, c, Buffer.from(putRecord(c).value as Uint8Array));
        }
    });
    const doomed = (row: Buffer) => row.length % 2 === 0;
    await db.transaction(() => removeRows(db, doomed));
    const rows = (await scan(db, FULL, 3)).map((cells) => cells[0].split('/')[0]);
    expect(rows).toEqual(
      ROWS.filter((r) => !doomed(r))
        .sort(compareBytes)
        .map((r) => r.toString('hex')),
    );
  });
});

describe('scan index keys', () => {
  it('sort rows in unsigned byte order, including rows with zero bytes, prefixes and rows too long for lmdb', () => {
    const rows: Buffer[] = [Buffer.from([0]), Buffer.from([0, 0]), Buffer.from([0, 1]), Buffer.from([0, 0xff]), Buffer.from([1]), Buffer.from([0xff])];
    for (let i = 0; i < 300; i++) rows.push(randomBytes(1 + (i % 7)));
    rows.push(LONG, Buffer.concat([LONG, Buffer.from([0])]), Buffer.concat([LONG, Buffer.from([1])]), Buffer.alloc(1700, 0x61));
    const byRow = [...rows].sort(Buffer.compare);
    const byKey = [...rows].sort((a, b) => Buffer.compare(seekKey(rowPageKey(a)), seekKey(rowPageKey(b))) || Buffer.compare(a, b));
    expect(byKey.map((r) => r.toString('hex'))).toEqual(byRow.map((r) => r.toString('hex')));
    for (const r of rows) {
      expect(seekKey(rowPageKey(r)).length).toBeLessThanOrEqual(LMDB_LONG_KEYS.limit + 1);
      expect(pageRow(rowPageKey(r))).toEqual(r);
      expect(
        pageRow(
          Buffer.concat([
            rowPageKey(r),
            cellOrderKey({ row: r, family: Buffer.from([0]), qualifier: Buffer.from([0, 0]), timestamp: 0n, type: 4, value: Buffer.alloc(0) }),
          ]),
        ),
      ).toEqual(r);
    }
  });

  it('order the cells of a row as HBase CellComparator does', () => {
    fc.assert(
      fc.property(arbCell, arbCell, (a, b) => {
        const sameRow = { ...b, row: a.row };
        expect(Math.sign(Buffer.compare(cellOrderKey(a), cellOrderKey(sameRow)))).toBe(Math.sign(compareCells(a, sameRow)));
      }),
      { numRuns: 5000 },
    );
  });
});
