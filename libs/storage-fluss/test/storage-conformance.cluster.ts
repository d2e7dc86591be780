import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeStorageConformance } from '@hbase-compat/storage-testing';
import { FlussStorageEngine } from '../src';

/**
 * The storage contract (libs/storage/testing) against the Fluss engine on a real Fluss cluster
 * (FLUSS_BOOTSTRAP, as the other cluster specs). The run keeps to databases of its own prefix;
 * reopen starts a new engine with an empty scan-index folder, so everything it reads back comes
 * from Fluss, as after a gateway restart on another machine.
 */
const bootstrap = process.env['FLUSS_BOOTSTRAP'];
if (!bootstrap) throw new Error('FLUSS_BOOTSTRAP (host:port of the Fluss coordinator) is required: start one with tools/fluss.sh start');
const prefix = `conf${Date.now().toString(36)}_`;
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fluss-conformance-'));
  dirs.push(dir);
  return dir;
}

async function started(bootstrapServers: string[]): Promise<FlussStorageEngine> {
  const engine = new FlussStorageEngine({ bootstrapServers, indexDir: tempDir(), databasePrefix: prefix, buckets: 3, requestTimeoutMs: 5_000 });
  await engine.start();
  return engine;
}

/** Drops every table and namespace the run created, then the run's catalog database. */
async function cleanUp(engine: FlussStorageEngine): Promise<void> {
  for (const t of await engine.catalog.listTables()) {
    await engine.data.dropTableData(t.name);
    await engine.catalog.deleteTable(t.name);
  }
  for (const ns of await engine.catalog.listNamespaces()) await engine.catalog.deleteNamespace(ns.name);
  await engine.client.dropDatabase(`${prefix}_system`, true, true);
}

describeStorageConformance(
  'fluss',
  async () => {
    let engine = await started([bootstrap]);
    const target = {
      engine,
      reopen: async () => {
        await engine.close();
        engine = await started([bootstrap]);
        target.engine = engine;
        return engine;
      },
      dispose: async () => {
        try {
          await cleanUp(engine);
        } finally {
          await engine.close();
          for (const d of dirs) rmSync(d, { recursive: true, force: true });
        }
      },
      // Nothing listens on port 1 of the loopback: every connection is refused at once.
      unreachable: async () =>
        new FlussStorageEngine({ bootstrapServers: ['127.0.0.1:1'], indexDir: tempDir(), databasePrefix: prefix, requestTimeoutMs: 1_000 }),
    };
    return target;
  },
  { timeoutMs: 120_000 },
);
