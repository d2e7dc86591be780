import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Gives memory back after a burst of load. V8 collects garbage only when JavaScript allocates, so a
 * gateway that goes quiet after an attack keeps the dead buffers and objects of that attack, and its
 * RSS stays at the peak for as long as it stays quiet (measured: 180 MB idle, 140 MB after one full
 * collection; tools/abuse/run.sh saw 284 MB flat through 75 s of recovery). Once connections have
 * closed and the calls have stopped, this runs a full collection, which also lets V8 shrink its heap.
 * Collections run only while the heap is well above what the last one left (each followed by one
 * more once allocation has slowed), and a few times at most per wake-up, so an idle gateway does
 * not collect over and over.
 */
export class HeapRelease {
  private timer: NodeJS.Timeout | undefined;
  private checksLeft = 0;
  private callsAtCheck = 0;
  private floor: number;
  /** A collection after growth ran: the next quiet check collects once more (see check). */
  private settle = false;

  constructor(
    /** Calls started so far, to tell a quiet gateway from a busy one. */
    private readonly callsStarted: () => number,
    private readonly quietMs = QUIET_MS,
    private readonly used: () => number = usedBytes,
    private readonly collect: () => void = fullCollection,
  ) {
    this.floor = used();
  }

  /** Something that held memory went away (a connection closed): check once things are quiet. */
  wake(): void {
    this.checksLeft = MAX_CHECKS;
    if (this.timer !== undefined) return;
    this.callsAtCheck = this.callsStarted();
    this.timer = setTimeout(() => this.check(), this.quietMs);
    this.timer.unref();
  }

  private check(): void {
    this.timer = undefined;
    const calls = this.callsStarted();
    const quiet = calls - this.callsAtCheck < QUIET_CALLS;
    if (quiet && (this.settle || this.used() > this.floor + GROWTH_BYTES)) {
      // V8 gives back its young generation (grown to tens of MB under load) only at a collection
      // that sees allocation has slowed, which the first one, right after the load, does not: a
      // second one a quiet period later does (measured: heap 36 -> 4 MB, RSS 161 -> 49 MB).
      this.settle = !this.settle;
      this.collect();
      this.floor = this.used();
    }
    if (--this.checksLeft <= 0) return;
    this.callsAtCheck = calls;
    this.timer = setTimeout(() => this.check(), this.quietMs);
    this.timer.unref();
  }
}

function usedBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

let gc: (() => void) | undefined;

/** A full collection; `gc` is exposed on first use (the flag only affects contexts made after it). */
function fullCollection(): void {
  if (gc === undefined) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

/** How long calls must have (nearly) stopped before collecting. */
const QUIET_MS = 10_000;
/** Calls per QUIET_MS that still count as quiet (health checks, a trickle of clients). */
const QUIET_CALLS = 1000;
/** Heap plus buffers above what the last collection left before another is worth it. */
const GROWTH_BYTES = 32 * 1024 * 1024;
/** Checks per wake-up: the garbage of scanners whose leases end later is caught too. */
const MAX_CHECKS = 12;
