import { type Suite, b, put, read, show } from '../suite';

/** Long.MAX_VALUE - 1: the largest timestamp a client may set (LATEST_TIMESTAMP itself means "now"). */
const MAX_TS = 0x7ffffffffffffffen;

/** The plain read and write calls of the data port: which rows answer, and timestamps as 64-bit values. */
export function rowRules(s: Suite): void {
  describe('rows and timestamps', () => {
    s.rule('getRows answers every asked row in the order asked: a row never written with no cells, a repeated row twice', async () => {
      const t = await s.table({ cf: {} });
      await s.engine().data.mutate(t, [
        { row: b('x'), cells: [put(b('x'), 'cf:q', 1, 'vx')] },
        { row: b('y'), cells: [put(b('y'), 'cf:q', 1, 'vy')] },
      ]);
      const asked = [b('y'), b('missing'), b('x'), b('y')];
      const rows = await s.engine().data.getRows(t, asked);
      expect(rows.map((r) => [r.row.toString(), r.cells.map(show)])).toEqual([
        ['y', ['cf:q@1=vy']],
        ['missing', []],
        ['x', ['cf:q@1=vx']],
        ['y', ['cf:q@1=vy']],
      ]);
    });

    s.rule('one mutate call applies the cells of many rows, each to its own row', async () => {
      const t = await s.table({ cf: {} });
      const rows = Array.from({ length: 50 }, (_v, i) => b(`row-${i}`));
      await s.engine().data.mutate(
        t,
        rows.map((row, i) => ({ row, cells: [put(row, 'cf:q', 1, `v${i}`), put(row, 'cf:r', 1, `w${i}`)] })),
      );
      const got = await s.engine().data.getRows(t, rows);
      expect(got.map((r) => r.cells.map(show))).toEqual(rows.map((_r, i) => [`cf:q@1=v${i}`, `cf:r@1=w${i}`]));
    });

    s.rule('timestamps are exact 64-bit values: 0, 2^53 + 1 and Long.MAX_VALUE - 1 are stored and ordered exactly', async () => {
      const t = await s.table({ cf: { versions: 5 } });
      const row = b('r');
      const stamps = [0n, 1n, 2n ** 53n + 1n, 2n ** 53n, MAX_TS];
      await s.engine().data.mutate(t, [{ row, cells: stamps.map((ts) => put(row, 'cf:q', ts, `${ts}`)) }]);
      const expected = [...stamps].sort((x, y) => (x > y ? -1 : 1)).map((ts) => `cf:q@${ts}=${ts}`);
      expect(await read(s.engine(), t, row, { maxVersions: 5 })).toEqual(expected);
    });
  });
}
