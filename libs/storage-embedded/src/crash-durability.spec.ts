import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EmbeddedStorageEngine } from './embedded-storage-engine';
import { CRASH_TABLE, crashRow, crashRowKey } from '../test/fixtures';

/**
 * An acknowledged write survives a crash of the gateway process, however it was acknowledged:
 * a child writes and acknowledges rows one at a time and is killed with SIGKILL mid-stream; every
 * row it acknowledged must be there when the store is opened again, in the default sync mode
 * (commit) and in hbase.compat.data.sync=interval, whose commits reach only the OS between flushes.
 * (A power loss is what only hsync covers; no test here can cut the power.)
 */
const ROOT = resolve(__dirname, '../../..');
const ACKS_BEFORE_KILL = 200;

describe.each(['commit', 'hsync', 'fsync-wal', 'interval', 'interval-fsync-wal'])('embedded store, writes acknowledged at %s', (mode) => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'embedded-crash-'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every write it acknowledged when the process is killed', async () => {
    const lastAck = await writeUntilKilled(dir, mode);
    expect(lastAck).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL - 1);
    const engine = new EmbeddedStorageEngine({ dataDir: dir });
    try {
      const keys = Array.from({ length: lastAck + 1 }, (_, i) => crashRowKey(i));
      const stored = await engine.data.getRows(CRASH_TABLE, keys);
      const missing = stored.filter((r) => r.cells.length === 0).map((r) => r.row.toString());
      expect(missing).toEqual([]);
      stored.forEach((r, i) => expect(r.cells[0].value).toEqual(crashRow(i).cells[0].value));
    } finally {
      await engine.close();
    }
  }, 120_000);
});

/** Runs the acking writer, kills it with SIGKILL once it has acknowledged enough, and returns its last ack. */
function writeUntilKilled(dataDir: string, mode: string): Promise<number> {
  const child = spawn(process.execPath, ['tools/fuzz/ts-run.cjs', 'libs/storage-embedded/test/acking-writer.ts', dataDir, mode], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let lastAck = -1;
    let pending = '';
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      const lines = (pending + d.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) lastAck = Number(line.slice('ack '.length));
      if (lastAck >= ACKS_BEFORE_KILL - 1) kill(child);
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') done(lastAck);
      else fail(new Error(`acking writer exited by itself (code ${code}, signal ${signal}): ${stderr}`));
    });
  });
}

function kill(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
