import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EngineUnderTest, describeStorageConformance } from '@hbase-compat/storage-testing';
import { EmbeddedStorageEngine, type EmbeddedSyncMode } from './embedded-storage-engine';

/**
 * The storage contract (libs/storage/testing) against the embedded engine in a temp folder, in each
 * way its commits can reach the disk; reopen is a process restart over the same folder.
 */
describe.each<EmbeddedSyncMode>(['commit', 'interval'])('embedded store, hbase.compat.data.sync=%s', (sync) => {
  describeStorageConformance(`embedded (${sync})`, () => openInTempFolder(sync));
});

async function openInTempFolder(sync: EmbeddedSyncMode): Promise<EngineUnderTest> {
  const dataDir = mkdtempSync(join(tmpdir(), 'embedded-conformance-'));
  let engine = new EmbeddedStorageEngine({ dataDir, sync });
  const target = {
    engine,
    reopen: async () => {
      await engine.close();
      engine = new EmbeddedStorageEngine({ dataDir, sync });
      target.engine = engine;
      return engine;
    },
    dispose: async () => {
      await engine.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return target;
}
