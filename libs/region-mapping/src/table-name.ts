/**
 * HBase table names. String form is `namespace:qualifier`, with the `default` namespace omitted.
 * Legal characters follow TableName.isLegalTableQualifierName / isLegalNamespaceName.
 */
export interface TableName {
  namespace: string;
  qualifier: string;
}

export const DEFAULT_NAMESPACE = 'default';
export const SYSTEM_NAMESPACE = 'hbase';
export const META_TABLE: TableName = { namespace: SYSTEM_NAMESPACE, qualifier: 'meta' };

const QUALIFIER_PATTERN = /^[a-zA-Z0-9_][a-zA-Z0-9_.-]*$/;
const NAMESPACE_PATTERN = /^[a-zA-Z0-9_]+$/;

export function tableNameToString(t: TableName): string {
  return t.namespace === DEFAULT_NAMESPACE ? t.qualifier : `${t.namespace}:${t.qualifier}`;
}

export function parseTableName(s: string): TableName {
  const i = s.indexOf(':');
  return i < 0 ? { namespace: DEFAULT_NAMESPACE, qualifier: s } : { namespace: s.slice(0, i), qualifier: s.slice(i + 1) };
}

export function isMetaTable(t: TableName): boolean {
  return t.namespace === SYSTEM_NAMESPACE && t.qualifier === 'meta';
}

/** Returns a reason when the name is not one HBase accepts, undefined when it is. */
export function invalidTableNameReason(t: TableName): string | undefined {
  if (!NAMESPACE_PATTERN.test(t.namespace)) return `Illegal character in namespace name ${JSON.stringify(t.namespace)}`;
  if (!QUALIFIER_PATTERN.test(t.qualifier)) return `Illegal character or start in table qualifier ${JSON.stringify(t.qualifier)}`;
  if (t.qualifier === '.' || t.qualifier === '..') return 'Table qualifier must not be "." or ".."';
  return undefined;
}

export function isValidNamespaceName(name: string): boolean {
  return NAMESPACE_PATTERN.test(name);
}
