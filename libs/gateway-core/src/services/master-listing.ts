import { hbaseError, pb } from '@hbase-compat/hbase-codec';
import { SYSTEM_NAMESPACE, tableNameToString } from '@hbase-compat/region-mapping';
import type { TableDescriptor } from '@hbase-compat/storage';
import { decodeParam, type MethodHandler } from '../rpc/service-registry';
import { encode, isMeta, type MasterContext } from './master-context';
import { META_DESCRIPTOR, tableNameFromPb, tableNameToPb, tableSchemaToPb } from './descriptor-convert';

/** MasterService reads of table descriptors, names and states (HMaster.listTableDescriptors and friends). */
export function tableListingMethods(ctx: MasterContext): Record<string, MethodHandler> {
  const { catalog } = ctx;
  const byNamespace = async (ns: string): Promise<TableDescriptor[]> => {
    if (!(await ctx.namespaceExists(ns))) throw hbaseError('NamespaceNotFoundException', ns);
    return matchTables(ctx, undefined, ns, true);
  };
  return {
    GetTableDescriptors: (_call, param) => {
      const req = decodeParam(pb.GetTableDescriptorsRequest, param);
      let tables: TableDescriptor[];
      if (req.tableNames && req.tableNames.length > 0) {
        tables = req.tableNames
          .map((n) => tableNameFromPb(n))
          .map((n) => (isMeta(n) ? META_DESCRIPTOR : catalog.find(n)?.descriptor))
          .filter((d): d is TableDescriptor => d !== undefined);
      } else {
        tables = matchTables(ctx, req.regex, req.namespace, req.includeSysTables === true);
      }
      return encode(pb.GetTableDescriptorsResponse, { tableSchema: tables.map(tableSchemaToPb) });
    },

    GetTableNames: (_call, param) => {
      const req = decodeParam(pb.GetTableNamesRequest, param);
      return encode(pb.GetTableNamesResponse, {
        tableNames: matchTables(ctx, req.regex, req.namespace, req.includeSysTables === true).map((d) => tableNameToPb(d.name)),
      });
    },

    // Schema changes apply to every region at once (the catalog is the only copy), so nothing is ever pending;
    // HBaseAdmin's ModifyTableFuture polls this after AddColumn/ModifyColumn/ModifyTable.
    GetSchemaAlterStatus: (_call, param) => {
      const name = tableNameFromPb(decodeParam(pb.GetSchemaAlterStatusRequest, param).tableName);
      const t = catalog.find(name);
      if (t === undefined) throw hbaseError('TableNotFoundException', tableNameToString(name));
      return encode(pb.GetSchemaAlterStatusResponse, { yetToUpdateRegions: 0, totalRegions: t.regions.length });
    },

    ListTableDescriptorsByState: (_call, param) =>
      encode(pb.ListTableDescriptorsByStateResponse, {
        tableSchema: tablesInState(ctx, decodeParam(pb.ListTableDescriptorsByStateRequest, param).isEnabled === true).map(tableSchemaToPb),
      }),

    ListTableNamesByState: (_call, param) =>
      encode(pb.ListTableNamesByStateResponse, {
        tableNames: tablesInState(ctx, decodeParam(pb.ListTableNamesByStateRequest, param).isEnabled === true).map((d) => tableNameToPb(d.name)),
      }),

    GetTableState: (_call, param) => {
      const name = tableNameFromPb(decodeParam(pb.GetTableStateRequest, param).tableName);
      if (isMeta(name)) return encode(pb.GetTableStateResponse, { tableState: { state: 0 } });
      const t = catalog.find(name);
      if (t === undefined) throw hbaseError('TableNotFoundException', tableNameToString(name));
      const state = { ENABLED: 0, DISABLED: 1, DISABLING: 2, ENABLING: 3 }[t.descriptor.state];
      return encode(pb.GetTableStateResponse, { tableState: { state } });
    },

    ListTableDescriptorsByNamespace: async (_call, param) => {
      const tables = await byNamespace(decodeParam(pb.ListTableDescriptorsByNamespaceRequest, param).namespaceName ?? '');
      return encode(pb.ListTableDescriptorsByNamespaceResponse, { tableSchema: tables.map(tableSchemaToPb) });
    },

    ListTableNamesByNamespace: async (_call, param) => {
      const tables = await byNamespace(decodeParam(pb.ListTableNamesByNamespaceRequest, param).namespaceName ?? '');
      return encode(pb.ListTableNamesByNamespaceResponse, { tableName: tables.map((d) => tableNameToPb(d.name)) });
    },
  };
}

function matchTables(ctx: MasterContext, regex: string | null | undefined, namespace: string | null | undefined, includeSys: boolean): TableDescriptor[] {
  const re = regex ? new RegExp(`^(?:${javaRegexToJs(regex)})$`) : undefined;
  return ctx
    .allDescriptors()
    .filter(
      (d) =>
        (includeSys || d.name.namespace !== SYSTEM_NAMESPACE) && (!namespace || d.name.namespace === namespace) && (!re || re.test(tableNameToString(d.name))),
    );
}

/** HMaster.listTableDescriptorsByState / listTableNamesByState: user tables in the given state. */
function tablesInState(ctx: MasterContext, enabled: boolean): TableDescriptor[] {
  return ctx.catalog
    .list()
    .map((t) => t.descriptor)
    .filter((d) => d.name.namespace !== SYSTEM_NAMESPACE && (d.state === 'ENABLED') === enabled);
}

/**
 * Table-name patterns arrive as java.util.regex source. The one construct JavaScript lacks that
 * clients really send is quoting (Pattern.quote gives \Q...\E): turn it into escaped literals.
 */
export function javaRegexToJs(source: string): string {
  return source.replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_m, literal: string) => literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
}
