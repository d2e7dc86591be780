import { hbaseError, pb } from '@hbase-compat/hbase-codec';
import { tableNameToString } from '@hbase-compat/region-mapping';
import { decodeParam, type MethodHandler } from '../rpc/service-registry';
import { catalogRefusal, encode, isMeta, type MasterContext, procIdLong, stateText } from './master-context';
import { checkTableName, familyFromPb, tableFromSchema, tableNameFromPb } from './descriptor-convert';
import { sanityCheckTable } from './table-descriptor-checker';

/** MasterService table DDL: create, delete, truncate, enable, disable, modify (HMaster and its procedures). */
export function tableDdlMethods(ctx: MasterContext): Record<string, MethodHandler> {
  const { storage } = ctx;
  return {
    CreateTable: async (_call, param) => {
      const req = decodeParam(pb.CreateTableRequest, param);
      const splitKeys = (req.splitKeys ?? []).map((k) => Buffer.from(k));
      for (const k of splitKeys)
        if (k.length === 0)
          throw hbaseError('DoNotRetryIOException', 'java.lang.IllegalArgumentException: Empty split key must not be passed in the split keys.');
      const schema = req.tableSchema ?? {};
      const probe = tableNameFromPb(schema.tableName);
      checkTableName(probe);
      // HMaster.createTable: namespace, then TableDescriptorChecker.sanityCheck, then (in the procedure) existence.
      if (!(await ctx.namespaceExists(probe.namespace))) throw hbaseError('NamespaceNotFoundException', probe.namespace);
      const regionId = ctx.deps.now();
      const splits = splitKeys.length > 0 ? splitKeys : defaultSplits(ctx.deps.defaultPresplit);
      const descriptor = tableFromSchema(schema, splits, regionId);
      sanityCheckTable(descriptor);
      if ((await storage.catalog.getTable(probe)) !== undefined || isMeta(probe)) throw hbaseError('TableExistsException', tableNameToString(probe));
      const procId = await ctx.ddl(async () => {
        if ((await storage.catalog.getTable(descriptor.name)) !== undefined) throw hbaseError('TableExistsException', tableNameToString(descriptor.name));
        await storage.data.dropTableData(descriptor.name); // nothing may survive from an older table of that name
        await ctx.putTable(descriptor);
      });
      return encode(pb.CreateTableResponse, { procId: procIdLong(procId) });
    },

    DeleteTable: async (_call, param) => {
      const name = tableNameFromPb(decodeParam(pb.DeleteTableRequest, param).tableName);
      if (isMeta(name)) return encode(pb.DeleteTableResponse, { procId: procIdLong(await ctx.ddl(catalogRefusal, true)) });
      const procId = await ctx.ddl(async () => {
        await ctx.requireModifiable(name);
        await storage.catalog.deleteTable(name);
        await storage.data.dropTableData(name);
      });
      return encode(pb.DeleteTableResponse, { procId: procIdLong(procId) });
    },

    truncateTable: async (_call, param) => {
      const req = decodeParam(pb.TruncateTableRequest, param);
      const name = tableNameFromPb(req.tableName);
      const procId = await ctx.ddl(async () => {
        const t = await ctx.requireTable(name);
        if (t.state !== 'DISABLED') throw hbaseError('TableNotDisabledException', tableNameToString(name));
        // TruncateTableProcedure ends with the table enabled whatever happens on the way (its steps
        // roll forward, never back). Our engines keep one data set per table, so the new data cannot
        // be laid out beside the old: when dropping fails (an engine unreachable), the table is
        // enabled again as it was, and the error reported, rather than left disabled.
        try {
          await storage.data.dropTableData(name);
        } catch (e) {
          await ctx
            .putTable({ ...t, state: 'ENABLED' })
            .then(() => ctx.catalogChanged())
            .catch(() => undefined);
          throw e;
        }
        await ctx.putTable({ ...t, state: 'ENABLED', regionId: ctx.deps.now(), splitKeys: req.preserveSplits ? t.splitKeys : [] });
      });
      return encode(pb.TruncateTableResponse, { procId: procIdLong(procId) });
    },

    EnableTable: async (_call, param) => {
      const name = tableNameFromPb(decodeParam(pb.EnableTableRequest, param).tableName);
      // EnableTableProcedure.prepareEnable checks inside the procedure (HMaster.enableTable does not wait for it).
      const procId = await ctx.ddl(async () => {
        const t = await ctx.requireTable(name);
        if (t.state !== 'DISABLED') throw hbaseError('TableNotDisabledException', stateText(name, t.state));
        await ctx.putTable({ ...t, state: 'ENABLED' });
      }, true);
      return encode(pb.EnableTableResponse, { procId: procIdLong(procId) });
    },

    DisableTable: async (_call, param) => {
      const name = tableNameFromPb(decodeParam(pb.DisableTableRequest, param).tableName);
      if (isMeta(name)) throw hbaseError('ConstraintException', `Cannot disable ${tableNameToString(name)}`);
      const procId = await ctx.ddl(async () => {
        const t = await ctx.requireTable(name);
        if (t.state !== 'ENABLED') throw hbaseError('TableNotEnabledException', tableNameToString(name));
        await ctx.putTable({ ...t, state: 'DISABLED' });
      });
      return encode(pb.DisableTableResponse, { procId: procIdLong(procId) });
    },

    ModifyTable: async (_call, param) => {
      const req = decodeParam(pb.ModifyTableRequest, param);
      const name = tableNameFromPb(req.tableName);
      const procId = await ctx.ddl(async () => {
        const t = await ctx.requireTable(name);
        const next = { ...tableFromSchema(req.tableSchema ?? {}, t.splitKeys, t.regionId), name: t.name, state: t.state };
        sanityCheckTable(next); // HMaster.modifyTable checks the new descriptor
        await ctx.putTable(next);
      });
      return encode(pb.ModifyTableResponse, { procId: procIdLong(procId) });
    },
  };
}

/** MasterService column family DDL (HMaster.addColumn / deleteColumn / modifyColumn). */
export function columnDdlMethods(ctx: MasterContext): Record<string, MethodHandler> {
  return {
    AddColumn: async (_call, param) => {
      const req = decodeParam(pb.AddColumnRequest, param);
      const name = tableNameFromPb(req.tableName);
      const family = familyFromPb(req.columnFamilies ?? {});
      const procId = await ctx.ddl(async () => {
        const t = await ctx.requireTable(name);
        if (t.families.some((f) => f.name.equals(family.name)))
          throw hbaseError(
            'InvalidFamilyOperationException',
            `Column family '${family.name.toString('utf8')}' in table '${tableNameToString(name)}' already exists so cannot be added`,
          );
        const next = { ...t, families: [...t.families, family] };
        sanityCheckTable(next); // HMaster.addColumn goes through modifyTable's checks
        await ctx.putTable(next);
      });
      return encode(pb.AddColumnResponse, { procId: procIdLong(procId) });
    },

    DeleteColumn: async (_call, param) => {
      const req = decodeParam(pb.DeleteColumnRequest, param);
      const name = tableNameFromPb(req.tableName);
      const family = Buffer.from(req.columnName ?? []);
      const procId = await ctx.ddl(async () => {
        const t = await ctx.requireTable(name);
        if (!t.families.some((f) => f.name.equals(family)))
          throw hbaseError('InvalidFamilyOperationException', `Family '${family.toString('utf8')}' does not exist, so it cannot be deleted`);
        if (t.families.length === 1)
          throw hbaseError(
            'InvalidFamilyOperationException',
            `Family '${family.toString('utf8')}' is the only column family in the table, so it cannot be deleted`,
          );
        await ctx.putTable({ ...t, families: t.families.filter((f) => !f.name.equals(family)) });
      });
      return encode(pb.DeleteColumnResponse, { procId: procIdLong(procId) });
    },

    ModifyColumn: async (_call, param) => {
      const req = decodeParam(pb.ModifyColumnRequest, param);
      const name = tableNameFromPb(req.tableName);
      const family = familyFromPb(req.columnFamilies ?? {});
      const procId = await ctx.ddl(async () => {
        const t = await ctx.requireTable(name);
        if (!t.families.some((f) => f.name.equals(family.name)))
          throw hbaseError('InvalidFamilyOperationException', `Family '${family.name.toString('utf8')}' does not exist, so it cannot be modified`);
        const next = { ...t, families: t.families.map((f) => (f.name.equals(family.name) ? family : f)) };
        sanityCheckTable(next);
        await ctx.putTable(next);
      });
      return encode(pb.ModifyColumnResponse, { procId: procIdLong(procId) });
    },
  };
}

/** Split keys for a configurable default pre-split: evenly spaced single bytes. */
export function defaultSplits(regions: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 1; i < regions; i++) out.push(Buffer.from([Math.floor((256 * i) / regions)]));
  return out;
}
