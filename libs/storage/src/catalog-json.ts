import type { NamespaceDescriptor, TableDescriptor, BytesPair, TableStateName } from './descriptors';

/** Catalog records as JSON with base64 for bytes: small, rare, and readable with lmdb tools. */
interface BytesPairJson {
  first: string;
  second: string;
}

interface TableJson {
  namespace: string;
  qualifier: string;
  families: {
    name: string;
    maxVersions: number;
    minVersions: number;
    ttlSeconds: number;
    attributes: BytesPairJson[];
    configuration: { name: string; value: string }[];
  }[];
  attributes: BytesPairJson[];
  configuration: { name: string; value: string }[];
  state: TableStateName;
  regionId: number;
  splitKeys: string[];
}

const b64 = (b: Buffer): string => b.toString('base64');
const unb64 = (s: string): Buffer => Buffer.from(s, 'base64');
const pairToJson = (p: BytesPair): BytesPairJson => ({ first: b64(p.first), second: b64(p.second) });
const pairFromJson = (p: BytesPairJson): BytesPair => ({ first: unb64(p.first), second: unb64(p.second) });

export function catalogToJson(t: TableDescriptor): TableJson {
  return {
    namespace: t.name.namespace,
    qualifier: t.name.qualifier,
    families: t.families.map((f) => ({
      name: b64(f.name),
      maxVersions: f.maxVersions,
      minVersions: f.minVersions,
      ttlSeconds: f.ttlSeconds,
      attributes: f.attributes.map(pairToJson),
      configuration: f.configuration,
    })),
    attributes: t.attributes.map(pairToJson),
    configuration: t.configuration,
    state: t.state,
    regionId: t.regionId,
    splitKeys: t.splitKeys.map(b64),
  };
}

export function catalogFromJson(raw: unknown): TableDescriptor {
  const j = raw as TableJson;
  return {
    name: { namespace: j.namespace, qualifier: j.qualifier },
    families: j.families.map((f) => ({
      name: unb64(f.name),
      maxVersions: f.maxVersions,
      minVersions: f.minVersions,
      ttlSeconds: f.ttlSeconds,
      attributes: f.attributes.map(pairFromJson),
      configuration: f.configuration,
    })),
    attributes: j.attributes.map(pairFromJson),
    configuration: j.configuration,
    state: j.state,
    regionId: j.regionId,
    splitKeys: j.splitKeys.map(unb64),
  };
}

export function namespaceToJson(ns: NamespaceDescriptor): unknown {
  return { name: ns.name, configuration: ns.configuration };
}

export function namespaceFromJson(raw: unknown): NamespaceDescriptor {
  const j = raw as NamespaceDescriptor;
  return { name: j.name, configuration: j.configuration ?? [] };
}
