// The child of crash-durability.spec.ts: writes rows 0, 1, 2, ... one awaited mutate at a time
// into an embedded store and prints "ack <i>" after each one resolves, until it is killed.
//   node tools/fuzz/ts-run.cjs libs/storage-embedded/test/acking-writer.ts <dataDir> <mode>
// mode: commit (the default acknowledgement), hsync (hbase.wal.hsync=true), fsync-wal (every
// write asks for Durability.FSYNC_WAL), interval (hbase.compat.data.sync=interval) or
// interval-fsync-wal (both of the last two).
import { EmbeddedStorageEngine } from '../src/embedded-storage-engine';
import { CRASH_TABLE, crashRow } from './fixtures';

async function main(): Promise<void> {
  const [dataDir, mode] = process.argv.slice(2);
  const sync = mode.startsWith('interval') ? 'interval' : 'commit';
  const engine = new EmbeddedStorageEngine({ dataDir, hsync: mode === 'hsync', sync });
  const options = { fsync: mode.endsWith('fsync-wal') };
  await engine.catalog.putTable(CRASH_TABLE);
  for (let i = 0; ; i++) {
    await engine.data.mutate(CRASH_TABLE, [crashRow(i)], options);
    process.stdout.write(`ack ${i}\n`); // synchronous on a pipe (Linux): printed only after the ack
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
