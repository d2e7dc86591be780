import { tableNameToString } from '@hbase-compat/region-mapping';
import type { TableDescriptor } from '@hbase-compat/storage';
import { type Suite, b, descriptor, family, hex, longRow, put, range, read, scanAll, write } from '../suite';

const NS = 'conformance_ns';

/** Every field of a descriptor set to something other than its default, binary where bytes are allowed. */
function richDescriptor(): TableDescriptor {
  return {
    name: { namespace: NS, qualifier: 'described' },
    families: [
      {
        ...family('cf', { versions: 7, minVersions: 2, ttlSeconds: 86_400, keepDeletedCells: 'TTL' }),
        configuration: [{ name: 'hbase.hstore.blockingStoreFiles', value: '20' }],
      },
      family('f\u00e9', { versions: 1 }),
    ],
    attributes: [{ first: b('OWNER'), second: Buffer.from([0x00, 0xff, 0x61]) }],
    configuration: [{ name: 'hbase.table.sanity.checks', value: 'false' }],
    state: 'DISABLED',
    regionId: 1_700_000_000_123,
    splitKeys: [Buffer.from([0x00, 0x01]), b('m'), Buffer.from([0xff, 0xff])],
  };
}

const names = (tables: readonly TableDescriptor[]): string[] => tables.map((t) => tableNameToString(t.name));

/** Catalog durability: what the master stores (namespaces, table descriptors) and dropping a table's data. */
export function catalogRules(s: Suite): void {
  describe('catalog', () => {
    s.rule('a namespace is stored as given, listed, and survives a reopen', async () => {
      const ns = { name: NS, configuration: [{ name: 'hbase.namespace.quota.maxtables', value: '9' }] };
      await s.engine().catalog.putNamespace(ns);
      expect(await s.engine().catalog.getNamespace(NS)).toEqual(ns);
      await s.reopen();
      expect(await s.engine().catalog.getNamespace(NS)).toEqual(ns);
      expect((await s.engine().catalog.listNamespaces()).map((n) => n.name)).toEqual(expect.arrayContaining([NS, 'default']));
    });

    s.rule(
      'a table descriptor is stored field for field (families, attributes, configuration, state, region id, split keys) and survives a reopen',
      async () => {
        await s.engine().catalog.putNamespace({ name: NS, configuration: [] });
        const t = richDescriptor();
        await s.engine().catalog.putTable(t);
        expect(await s.engine().catalog.getTable(t.name)).toEqual(t);
        await s.reopen();
        expect(await s.engine().catalog.getTable(t.name)).toEqual(t);
        expect(names(await s.engine().catalog.listTables())).toContain(`${NS}:described`);
      },
    );

    s.rule('altering a table replaces its descriptor and keeps its data, also after a reopen', async () => {
      const t = await s.table({ cf: { versions: 1 } });
      const row = b('r');
      await write(s.engine(), t, row, [put(row, 'cf:q', 1, 'kept')]);
      const altered: TableDescriptor = { ...t, families: [family('cf', { versions: 3 }), family('added')], state: 'DISABLED' };
      await s.engine().catalog.putTable(altered);
      expect(await s.engine().catalog.getTable(t.name)).toEqual(altered);
      expect(await read(s.engine(), altered, row)).toEqual(['cf:q@1=kept']);
      await s.reopen();
      expect(await s.engine().catalog.getTable(t.name)).toEqual(altered);
      expect(await read(s.engine(), altered, row)).toEqual(['cf:q@1=kept']);
    });

    s.rule('a deleted table and a deleted namespace are gone, also after a reopen', async () => {
      const ns = `${NS}_gone`;
      await s.engine().catalog.putNamespace({ name: ns, configuration: [] });
      const t: TableDescriptor = { ...descriptor('gone', { cf: {} }), name: { namespace: ns, qualifier: 'gone' } };
      await s.engine().catalog.putTable(t);
      await s.engine().catalog.deleteTable(t.name);
      await s.engine().data.dropTableData(t.name);
      await s.engine().catalog.deleteNamespace(ns);
      expect(await s.engine().catalog.getTable(t.name)).toBeUndefined();
      expect(await s.engine().catalog.getNamespace(ns)).toBeUndefined();
      await s.reopen();
      expect(await s.engine().catalog.getTable(t.name)).toBeUndefined();
      expect(await s.engine().catalog.getNamespace(ns)).toBeUndefined();
      expect(names(await s.engine().catalog.listTables())).not.toContain(`${ns}:gone`);
      expect((await s.engine().catalog.listNamespaces()).map((n) => n.name)).not.toContain(ns);
    });

    s.rule('acknowledged writes survive a reopen of the engine, long rows included', async () => {
      const t = await s.table({ cf: { versions: 2 } });
      const rows = [b('r1'), longRow(4096, 0x07), Buffer.from([0x00])];
      await s.engine().data.mutate(
        t,
        rows.map((row) => ({ row, cells: [put(row, 'cf:q', 1, 'v1'), put(row, 'cf:q', 2, 'v2')] })),
      );
      await s.reopen();
      for (const row of rows) expect(await read(s.engine(), t, row, { maxVersions: 2 })).toEqual(['cf:q@2=v2', 'cf:q@1=v1']);
      expect(hex((await scanAll(s.engine(), t, range())).map((r) => r.row))).toEqual(hex([...rows].sort(Buffer.compare)));
    });

    s.rule('deleting a table and creating it again under the same name leaves none of the old rows', async () => {
      const t = await s.table({ cf: {} });
      const row = b('old');
      await write(s.engine(), t, row, [put(row, 'cf:q', 1, 'old')]);
      // MasterRpcServices' DeleteTable, then CreateTable (which drops any leftover data first).
      await s.engine().catalog.deleteTable(t.name);
      await s.engine().data.dropTableData(t.name);
      await s.engine().data.dropTableData(t.name);
      await s.engine().catalog.putTable({ ...t, regionId: 2 });
      expect(await read(s.engine(), t, row)).toEqual([]);
      expect(await scanAll(s.engine(), t, range())).toEqual([]);
    });

    s.rule('truncating (dropping the data of a table kept in the catalog, then storing it again) leaves an empty table that takes writes', async () => {
      const t = await s.table({ cf: {} });
      const row = b('old');
      await write(s.engine(), t, row, [put(row, 'cf:q', 1, 'old')]);
      await s.engine().data.dropTableData(t.name);
      const truncated = { ...t, regionId: 3 };
      await s.engine().catalog.putTable(truncated);
      expect(await scanAll(s.engine(), truncated, range())).toEqual([]);
      await write(s.engine(), truncated, b('new'), [put(b('new'), 'cf:q', 1, 'new')]);
      expect(await read(s.engine(), truncated, b('new'))).toEqual(['cf:q@1=new']);
      expect(await read(s.engine(), truncated, row)).toEqual([]);
    });

    s.rule('two tables holding the same row keys keep their data apart', async () => {
      const [first, second] = [await s.table({ cf: {} }), await s.table({ cf: {} })];
      const row = b('shared');
      await write(s.engine(), first, row, [put(row, 'cf:q', 1, 'first')]);
      await write(s.engine(), second, row, [put(row, 'cf:q', 1, 'second')]);
      expect(await read(s.engine(), first, row)).toEqual(['cf:q@1=first']);
      expect(await read(s.engine(), second, row)).toEqual(['cf:q@1=second']);
      await s.engine().data.dropTableData(first.name);
      expect(await read(s.engine(), second, row)).toEqual(['cf:q@1=second']);
    });
  });
}
