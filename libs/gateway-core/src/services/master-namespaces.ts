import { hbaseError, pb } from '@hbase-compat/hbase-codec';
import { isValidNamespaceName } from '@hbase-compat/region-mapping';
import type { NamespaceDescriptor } from '@hbase-compat/storage';
import { decodeParam, type MethodHandler } from '../rpc/service-registry';
import { encode, type MasterContext, nsToPb, procIdLong, SYSTEM_NAMESPACES } from './master-context';

type NamespacePb = { name?: Uint8Array | null; configuration?: { name?: string | null; value?: string | null }[] | null } | null | undefined;

const namespaceFromPb = (ns: NamespacePb): NamespaceDescriptor => ({
  name: Buffer.from(ns?.name ?? []).toString('utf8'),
  configuration: (ns?.configuration ?? []).map((c) => ({ name: c.name ?? '', value: c.value ?? '' })),
});

/** MasterService namespace DDL and reads (HMaster / ClusterSchemaServiceImpl). */
export function namespaceMethods(ctx: MasterContext): Record<string, MethodHandler> {
  const { storage, catalog } = ctx;
  return {
    CreateNamespace: async (_call, param) => {
      const ns = namespaceFromPb(decodeParam(pb.CreateNamespaceRequest, param).namespaceDescriptor);
      if (!isValidNamespaceName(ns.name))
        throw hbaseError('DoNotRetryIOException', `java.lang.IllegalArgumentException: Illegal character in namespace name ${ns.name}`);
      const procId = await ctx.ddl(async () => {
        if (await ctx.namespaceExists(ns.name)) throw hbaseError('NamespaceExistException', `Namespace ${ns.name} already exists`);
        await storage.catalog.putNamespace(ns);
      });
      return encode(pb.CreateNamespaceResponse, { procId: procIdLong(procId) });
    },

    ModifyNamespace: async (_call, param) => {
      const ns = namespaceFromPb(decodeParam(pb.ModifyNamespaceRequest, param).namespaceDescriptor);
      const procId = await ctx.ddl(async () => {
        if (!(await ctx.namespaceExists(ns.name))) throw hbaseError('NamespaceNotFoundException', ns.name);
        await storage.catalog.putNamespace(ns);
      });
      return encode(pb.ModifyNamespaceResponse, { procId: procIdLong(procId) });
    },

    DeleteNamespace: async (_call, param) => {
      const name = decodeParam(pb.DeleteNamespaceRequest, param).namespaceName ?? '';
      if (SYSTEM_NAMESPACES.some((n) => n.name === name)) throw hbaseError('ConstraintException', `Reserved namespace ${name} cannot be removed.`);
      const procId = await ctx.ddl(async () => {
        if (!(await ctx.namespaceExists(name))) throw hbaseError('NamespaceNotFoundException', name);
        const tables = catalog.list().filter((t) => t.descriptor.name.namespace === name).length;
        if (tables > 0) throw hbaseError('ConstraintException', `Only empty namespaces can be removed. Namespace ${name} has ${tables} tables`);
        await storage.catalog.deleteNamespace(name);
      });
      return encode(pb.DeleteNamespaceResponse, { procId: procIdLong(procId) });
    },

    GetNamespaceDescriptor: async (_call, param) => {
      const name = decodeParam(pb.GetNamespaceDescriptorRequest, param).namespaceName ?? '';
      const ns = (await ctx.listNamespaces()).find((n) => n.name === name);
      if (ns === undefined) throw hbaseError('NamespaceNotFoundException', name);
      return encode(pb.GetNamespaceDescriptorResponse, { namespaceDescriptor: nsToPb(ns) });
    },

    ListNamespaceDescriptors: async () => encode(pb.ListNamespaceDescriptorsResponse, { namespaceDescriptor: (await ctx.listNamespaces()).map(nsToPb) }),

    ListNamespaces: async () => encode(pb.ListNamespacesResponse, { namespaceName: (await ctx.listNamespaces()).map((n) => n.name) }),
  };
}
