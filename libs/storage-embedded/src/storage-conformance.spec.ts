import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeStorageConformance } from '@hbase-compat/storage-testing';
import { EmbeddedStorageEngine } from './embedded-storage-engine';

/** The storage contract (libs/storage/testing) against the embedded engine in a temp folder; reopen is a process restart over the same folder. */
describeStorageConformance('embedded', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'embedded-conformance-'));
  let engine = new EmbeddedStorageEngine({ dataDir });
  const target = {
    engine,
    reopen: async () => {
      await engine.close();
      engine = new EmbeddedStorageEngine({ dataDir });
      target.engine = engine;
      return engine;
    },
    dispose: async () => {
      await engine.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return target;
});
