import { splitHostPort } from '@hbase-compat/hbase-codec';
import type { FlussRequestObserver, SaslPlain } from '@hbase-compat/fluss-adapter';

/** The Fluss engine's settings (from server-config's hbase.compat.fluss.* keys). */
export interface FlussStorageOptions {
  bootstrapServers: string[];
  /** Folder for the scan index (rebuildable; losing it costs a rebuild, not data). */
  indexDir: string;
  databasePrefix?: string;
  /** Buckets of each new data table. */
  buckets?: number;
  /** table.replication.factor of new tables; unset = the cluster's default. */
  replicationFactor?: number;
  requestTimeoutMs?: number;
  /** SASL/PLAIN credentials for a Fluss listener with security.protocol.map SASL; unset = PLAINTEXT. */
  sasl?: SaslPlain;
  /** How long a scan may wait for the index to reach the log end before a retriable error. */
  scanCatchUpTimeoutMs?: number;
  now?: () => number;
  log?: { info(m: string): void; warn(m: string): void };
  /** Told of every Fluss request's outcome (the app's metrics). */
  requestObserver?: FlussRequestObserver;
}

/** "host:port,host:port" → bootstrap list (validated). */
export function parseBootstrapServers(text: string): string[] {
  const list = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of list) splitHostPort(s);
  return list;
}
