import { type Cell, CellType } from '@hbase-compat/hbase-codec';
import type { StoredRow, TableDescriptor } from '@hbase-compat/storage';
import { type Suite, b, put, read, show, stored, write } from '../suite';

/** The counter's current value: the newest put of cf:n (an 8-byte long, as Increment stores it). */
function counterOf(row: StoredRow): bigint {
  const latest = row.cells.find((c) => c.type === CellType.Put && c.qualifier.equals(b('n')));
  return latest === undefined ? 0n : latest.value.readBigInt64BE();
}

function longValue(n: bigint): Buffer {
  const v = Buffer.alloc(8);
  v.writeBigInt64BE(n);
  return v;
}

/**
 * One Increment as the gateway runs it: read the row, add one, write the sum at a fresh timestamp.
 * Timestamps come from a shared counter so two sections never stamp alike.
 */
function increment(s: Suite, t: TableDescriptor, row: Buffer, clock: { ts: bigint }): Promise<bigint> {
  return s.engine().data.mutateRowAtomically(t, row, (current) => {
    const next = counterOf(current) + 1n;
    const cell: Cell = { ...put(row, 'cf:n', ++clock.ts, ''), value: longValue(next) };
    return { cells: [cell], result: next };
  });
}

/** mutateRowAtomically (HRegion's row lock for Increment, Append, checkAndMutate) and the atomicity of one row's mutation. */
export function atomicRules(s: Suite): void {
  describe('atomic sections', () => {
    s.rule("an atomic section sees the row's stored cells, its cells are stored, and its result comes back", async () => {
      const t = await s.table({ cf: {} });
      const row = b('r');
      await write(s.engine(), t, row, [put(row, 'cf:a', 1, 'x')]);
      const seen = await s.engine().data.mutateRowAtomically(t, row, (current) => ({ cells: [put(row, 'cf:b', 2, 'y')], result: current.cells.map(show) }));
      expect(seen).toEqual(['cf:a@1=x']);
      expect(await read(s.engine(), t, row)).toEqual(['cf:a@1=x', 'cf:b@2=y']);
    });

    s.rule('an atomic section that returns no cells changes nothing', async () => {
      const t = await s.table({ cf: {} });
      const row = b('r');
      await write(s.engine(), t, row, [put(row, 'cf:a', 1, 'x')]);
      expect(await s.engine().data.mutateRowAtomically(t, row, () => ({ cells: undefined, result: 'none' }))).toBe('none');
      expect(await s.engine().data.mutateRowAtomically(t, row, () => ({ cells: [], result: 'empty' }))).toBe('empty');
      expect((await stored(s.engine(), t, row)).map(show)).toEqual(['cf:a@1=x']);
    });

    s.rule('100 concurrent increments of one row end exact: each section saw the write of the one before', async () => {
      const t = await s.table({ cf: {} });
      const row = b('counter');
      const clock = { ts: BigInt(Date.now()) };
      const results = await Promise.all(Array.from({ length: 100 }, () => increment(s, t, row, clock)));
      expect([...results].sort((x, y) => (x < y ? -1 : 1))).toEqual(Array.from({ length: 100 }, (_v, i) => BigInt(i + 1)));
      const [final] = await s.engine().data.getRows(t, [row]);
      expect(counterOf(final)).toBe(100n);
    });

    s.rule('plain writes to a row that arrive among atomic sections are all kept', async () => {
      const t = await s.table({ cf: {} });
      const row = b('mixed');
      const clock = { ts: BigInt(Date.now()) };
      const work: Promise<unknown>[] = [];
      for (let i = 0; i < 40; i++) {
        work.push(increment(s, t, row, clock));
        work.push(write(s.engine(), t, row, [put(row, `cf:p${String(i).padStart(2, '0')}`, 1, `${i}`)]));
      }
      await Promise.all(work);
      const [final] = await s.engine().data.getRows(t, [row]);
      expect(counterOf(final)).toBe(40n);
      expect(final.cells.filter((c) => c.qualifier.toString().startsWith('p')).length).toBe(40);
    });

    s.rule('an atomic section that throws rejects with its error, writes nothing, and frees the row', async () => {
      const t = await s.table({ cf: {} });
      const row = b('r');
      const failing = s.engine().data.mutateRowAtomically(t, row, (): { cells: Cell[]; result: void } => {
        throw new Error('refused by the section');
      });
      await expect(failing).rejects.toThrow('refused by the section');
      expect(await stored(s.engine(), t, row)).toEqual([]);
      expect(await increment(s, t, row, { ts: 10n })).toBe(1n);
    });

    s.rule("one mutation's cells of a row apply together: a concurrent reader sees all of them or none", async () => {
      const t = await s.table({ cf: {} });
      const row = b('r');
      const columns = Array.from({ length: 16 }, (_v, i) => `cf:c${String(i).padStart(2, '0')}`);
      let writing = true;
      const writer = (async () => {
        for (let gen = 1; gen <= 30; gen++)
          await write(
            s.engine(),
            t,
            row,
            columns.map((c) => put(row, c, gen, `g${gen}`)),
          );
        writing = false;
      })();
      const torn: string[][] = [];
      while (writing) {
        // Yield to the event loop: an engine whose reads resolve without I/O would otherwise starve the writer.
        await new Promise((resolve) => setImmediate(resolve));
        const cells = await read(s.engine(), t, row);
        const values = new Set(cells.map((c) => c.slice(c.indexOf('=') + 1)));
        if (cells.length !== 0 && (cells.length !== columns.length || values.size > 1)) torn.push(cells);
      }
      await writer;
      expect(torn).toEqual([]);
    });
  });
}
