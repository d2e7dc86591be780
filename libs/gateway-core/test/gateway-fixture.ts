import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Cell, CellType, encodeCellBlock, pb } from '@hbase-compat/hbase-codec';
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

/** A YCSB-shaped row: ten qualifiers field0..field9 of 100 bytes each in `family`. */
export function ycsbCells(row: Buffer, family = 'cf', timestamp = 0x7fffffffffffffffn): Cell[] {
  return Array.from({ length: 10 }, (_, f) => ({
    row,
    family: Buffer.from(family),
    qualifier: Buffer.from(`field${f}`),
    timestamp,
    type: CellType.Put,
    value: Buffer.alloc(100, 65 + f),
  }));
}

/** Puts `count` YCSB-shaped rows user000000.. through ClientService Mutate, as a client would. */
export async function putYcsbRows(port: number, region: { type: number; value: Buffer }, count: number): Promise<void> {
  const c = await RawHBaseConnection.handshake(port, 'ClientService');
  try {
    for (let i = 0; i < count; i++) {
      const row = Buffer.from(`user${String(i).padStart(6, '0')}`);
      const r = await c.call(
        'Mutate',
        pb.MutateRequest.encode({ region, mutation: { row, mutateType: 2, associatedCellCount: 10 } }).finish(),
        encodeCellBlock(ycsbCells(row)),
      );
      if (r.header.exception) throw new Error(`Mutate ${row.toString()}: ${r.header.exception.exceptionClassName}`);
    }
  } finally {
    c.close();
  }
}
