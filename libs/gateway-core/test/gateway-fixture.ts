import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pb } from '@hbase-compat/hbase-codec';
import { RawHBaseConnection } from '@hbase-compat/hbase-rpc-testing';
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

/** Creates table `default:<qualifier>` with the given families through MasterService, as a client would; answers its first region. */
export async function createTestTable(
  fixture: { gateway: HBaseGateway; port: number },
  qualifier: string,
  families: string[] = ['cf'],
): Promise<{ type: number; value: Buffer }> {
  const master = await RawHBaseConnection.handshake(fixture.port, 'MasterService');
  try {
    const response = await master.call(
      'CreateTable',
      pb.CreateTableRequest.encode({
        tableSchema: {
          tableName: { namespace: Buffer.from('default'), qualifier: Buffer.from(qualifier) },
          columnFamilies: families.map((f) => ({ name: Buffer.from(f) })),
        },
      }).finish(),
    );
    if (response.header.exception) throw new Error(`CreateTable ${qualifier}: ${response.header.exception.exceptionClassName}`);
  } finally {
    master.close();
  }
  const table = fixture.gateway.catalog.find({ namespace: 'default', qualifier });
  if (!table) throw new Error(`table ${qualifier} is not in the catalog after CreateTable`);
  return { type: 1 /* REGION_NAME */, value: table.regions[0].name };
}
