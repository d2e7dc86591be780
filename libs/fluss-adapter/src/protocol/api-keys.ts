/**
 * Fluss API keys (RPC/protocol/ApiKeys.java) and the version range this client speaks. For each API
 * the version used is min(ours.max, server.max), provided it is at least max(ours.min, server.min).
 */
export const ApiKey = {
  ApiVersions: 1000,
  CreateDatabase: 1001,
  DropDatabase: 1002,
  ListDatabases: 1003,
  DatabaseExists: 1004,
  CreateTable: 1005,
  DropTable: 1006,
  GetTableInfo: 1007,
  ListTables: 1008,
  TableExists: 1010,
  GetMetadata: 1012,
  FetchLog: 1015,
  PutKv: 1016,
  Lookup: 1017,
  ListOffsets: 1021,
  InitWriter: 1026,
  LimitScan: 1033,
  PrefixLookup: 1034,
  Authenticate: 1038,
} as const;

export type ApiKeyNumber = (typeof ApiKey)[keyof typeof ApiKey];

const API_NAMES = new Map<number, string>(Object.entries(ApiKey).map(([name, key]) => [key, name]));

/** An API's name (as in ApiKey), or API_<key> for one this client does not know. */
export function apiKeyName(apiKey: number): string {
  return API_NAMES.get(apiKey) ?? `API_${apiKey}`;
}

/** [min, max] we can speak. PutKv/Lookup/PrefixLookup v1 only change lake-enabled tables, which we never create. */
export const CLIENT_VERSIONS: Readonly<Record<number, readonly [number, number]>> = {
  [ApiKey.PutKv]: [0, 1],
  [ApiKey.Lookup]: [0, 1],
  [ApiKey.PrefixLookup]: [0, 1],
};

export function clientVersionRange(apiKey: number): readonly [number, number] {
  return CLIENT_VERSIONS[apiKey] ?? [0, 0];
}

/** Server types in ApiVersionsResponse.server_type. */
export const ServerType = { Coordinator: 1, TabletServer: 2 } as const;
