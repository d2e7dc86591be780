import { HeapRelease } from '../src/rpc/heap-release';

/**
 * After a burst, a quiet gateway runs a full collection instead of keeping its peak heap (V8 only
 * collects when JavaScript allocates, and a quiet gateway hardly does); a busy one is left alone.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MB = 1024 * 1024;

/**
 * Waits until `done` holds, or 20 s: the checks run on a timer chain that a loaded machine delays.
 * Polling every 10 ms sees each collection before the next check (50 ms on) can make another.
 */
async function eventually(done: () => boolean): Promise<void> {
  for (const deadline = Date.now() + 20_000; !done() && Date.now() < deadline;) await sleep(10);
}

function fixture(start: number) {
  const state = { calls: 0, used: start, collections: 0, checks: 0 };
  const release = new HeapRelease(
    () => (state.checks++, state.calls),
    50,
    () => state.used,
    () => {
      state.collections++;
      state.used = start;
    },
  );
  return { state, release };
}

/** A gateway whose heap grew from 100 to 300 MB, and a connection has just closed. */
function grownAndWoken() {
  const { state, release } = fixture(100 * MB);
  state.used = 300 * MB;
  release.wake();
  return state;
}

/** Calls keep coming for `ms` (5,000 every 5 ms, so any check in that time sees them). */
async function busyFor(state: { calls: number }, ms: number): Promise<void> {
  const busy = setInterval(() => (state.calls += 5000), 5);
  await sleep(ms);
  clearInterval(busy);
}

// The waits above may take seconds on a loaded machine; Jest's default 5 s would cut them short.
jest.setTimeout(30_000);

describe('HeapRelease', () => {
  it('collects once a connection closed and calls stopped, if the heap grew, and once more a quiet check later', async () => {
    const state = grownAndWoken();
    await eventually(() => state.collections >= 1);
    expect(state.collections).toBe(1);
    expect(state.used).toBe(100 * MB);
    // The follow-up, for V8 to shrink its young generation; then no more without growth.
    await eventually(() => state.collections >= 2);
    await sleep(200);
    expect(state.collections).toBe(2);
  });

  it('holds the follow-up collection while calls come back', async () => {
    const state = grownAndWoken();
    await eventually(() => state.collections >= 1);
    expect(state.collections).toBe(1);
    await busyFor(state, 300);
    expect(state.collections).toBe(1);
    await eventually(() => state.collections >= 2);
    expect(state.collections).toBe(2);
  });

  it('does not collect while calls keep coming, and does once they stop', async () => {
    const state = grownAndWoken();
    await busyFor(state, 300);
    expect(state.collections).toBe(0);
    await eventually(() => state.collections >= 2);
    expect(state.collections).toBe(2);
  });

  it('does not collect when the heap has not grown, and stops checking after a while', async () => {
    const { state, release } = fixture(100 * MB);
    state.used = 110 * MB;
    release.wake();
    // Until the checks have run out: none for 300 ms.
    for (let seen = -1; seen !== state.checks;) {
      seen = state.checks;
      await sleep(300);
    }
    expect(state.checks).toBeGreaterThan(5);
    expect(state.collections).toBe(0);
    // Growth after the checks ran out waits for the next wake-up.
    state.used = 400 * MB;
    await sleep(200);
    expect(state.collections).toBe(0);
    release.wake();
    await eventually(() => state.collections >= 1);
    expect(state.collections).toBe(1);
  });
});
