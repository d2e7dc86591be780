import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadServerConfig } from '@hbase-compat/server-config';
import { EmbeddedStorageEngine } from '@hbase-compat/storage-embedded';
import type { StorageEngine } from '@hbase-compat/storage';
import { HBaseGateway } from '../src';

/**
 * An in-process gateway on a free loopback port with a throw-away embedded store; `wrap` may put a
 * test double in front of the store (e.g. one that fails on demand).
 */
export async function startTestGateway(
  extra: string[] = [],
  wrap: (s: StorageEngine) => StorageEngine = (s) => s,
): Promise<{ gateway: HBaseGateway; port: number; dataDir: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hbase-compat-test-'));
  const config = loadServerConfig({
    argv: ['--hbase.regionserver.port=0', '--hbase.regionserver.hostname=127.0.0.1', `--hbase.compat.data.dir=${dataDir}`, ...extra],
  });
  const storage = new EmbeddedStorageEngine({ dataDir });
  const gateway = new HBaseGateway({ config, storage: wrap(storage), clusterId: 'test-cluster-id' });
  await gateway.start();
  return {
    gateway,
    port: gateway.listeningPort,
    dataDir,
    stop: async () => {
      await gateway.stop(1000);
      await storage.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
