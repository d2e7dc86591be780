// The child of crash-durability.spec.ts: writes rows 0, 1, 2, ... one awaited mutate at a time
// into an embedded store and prints "ack <i>" after each one resolves, until it is killed.
//   node tools/fuzz/ts-run.cjs libs/storage-embedded/test/acking-writer.ts <dataDir> <hsync: true|false>
import { EmbeddedStorageEngine } from '@hbase-compat/storage-embedded';
import { CRASH_TABLE, crashRow } from './crash-fixture';

async function main(): Promise<void> {
  const [dataDir, hsync] = process.argv.slice(2);
  const engine = new EmbeddedStorageEngine({ dataDir, hsync: hsync === 'true' });
  await engine.catalog.putTable(CRASH_TABLE);
  for (let i = 0; ; i++) {
    await engine.data.mutate(CRASH_TABLE, [crashRow(i)]);
    process.stdout.write(`ack ${i}\n`); // synchronous on a pipe (Linux): printed only after the ack
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
