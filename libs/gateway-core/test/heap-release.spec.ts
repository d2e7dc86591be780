import { HeapRelease } from '../src/rpc/heap-release';

/**
 * After a burst, a quiet gateway runs a full collection instead of keeping its peak heap (V8 only
 * collects when JavaScript allocates, and a quiet gateway hardly does); a busy one is left alone.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MB = 1024 * 1024;

function fixture(start: number) {
  const state = { calls: 0, used: start, collections: 0 };
  const release = new HeapRelease(
    () => state.calls,
    50,
    () => state.used,
    () => {
      state.collections++;
      state.used = start;
    },
  );
  return { state, release };
}

describe('HeapRelease', () => {
  it('collects once a connection closed and calls stopped, if the heap grew', async () => {
    const { state, release } = fixture(100 * MB);
    state.used = 300 * MB;
    release.wake();
    await sleep(200);
    expect(state.collections).toBe(1);
    expect(state.used).toBe(100 * MB);
  });

  it('does not collect while calls keep coming, and does once they stop', async () => {
    const { state, release } = fixture(100 * MB);
    state.used = 300 * MB;
    release.wake();
    const busy = setInterval(() => (state.calls += 500), 5);
    await sleep(300);
    expect(state.collections).toBe(0);
    clearInterval(busy);
    await sleep(200);
    expect(state.collections).toBe(1);
  });

  it('does not collect when the heap has not grown, and stops checking after a while', async () => {
    const { state, release } = fixture(100 * MB);
    state.used = 110 * MB;
    release.wake();
    await sleep(900);
    expect(state.collections).toBe(0);
    // Growth after the checks ran out waits for the next wake-up.
    state.used = 400 * MB;
    await sleep(200);
    expect(state.collections).toBe(0);
    release.wake();
    await sleep(120);
    expect(state.collections).toBe(1);
  });
});
