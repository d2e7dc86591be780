import type { Counter } from 'prom-client';

/** One region's cumulative request counts as the catalog keeps them (HRegion's read/write request counts). */
export interface RegionCounts {
  table: string;
  region: string;
  reads: number;
  writes: number;
}

interface Tracked {
  table: string;
  reads: number;
  writes: number;
  /** Requests per second, smoothed over about a minute: what ranks the regions. */
  rate: number;
  seenAt: number;
}

type Labels = 'table' | 'region' | 'kind';

/** Label of the series that holds the requests of every region outside the top N. */
export const OTHER_REGIONS = 'other';

/** How long the smoothed rate remembers (an exponential decay constant). */
const RATE_WINDOW_SECONDS = 60;

/**
 * Per-region request counters with bounded cardinality: only the N busiest regions (by smoothed
 * rate) have series of their own; the requests of the rest go to region="other". A scrape reads the
 * catalog's cumulative counts and adds each region's growth since the previous scrape to the series
 * it belongs to at that moment, so every series only grows and their sum is the node's total. A
 * region that leaves the top N loses its series (Prometheus sees it go stale); one that joins later
 * starts a new one from zero, which rate() takes as a counter reset.
 */
export class RegionRequestTopN {
  private readonly tracked = new Map<string, Tracked>();
  private readonly labelled = new Set<string>();
  private otherTouched = false;

  constructor(
    private readonly slots: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Folds the current counts into `counter` (called from the counter's collect, once per scrape). */
  update(current: Iterable<RegionCounts>, counter: Counter<Labels>): void {
    const t = this.now();
    const grown = new Map<string, { reads: number; writes: number }>();
    const present = new Set<string>();
    for (const c of current) {
      present.add(c.region);
      const d = this.absorb(c, t);
      if (d.reads > 0 || d.writes > 0) grown.set(c.region, d);
    }
    for (const key of this.tracked.keys()) if (!present.has(key)) this.forget(key, counter);
    this.rerank(counter);
    this.attribute(grown, counter);
  }

  /** Growth of one region's counts since the last scrape; a region whose counts fell was reopened. */
  private absorb(c: RegionCounts, t: number): { reads: number; writes: number } {
    const prev = this.tracked.get(c.region);
    const reads = prev === undefined || c.reads < prev.reads ? c.reads : c.reads - prev.reads;
    const writes = prev === undefined || c.writes < prev.writes ? c.writes : c.writes - prev.writes;
    const elapsed = prev === undefined ? RATE_WINDOW_SECONDS : Math.max(0.001, (t - prev.seenAt) / 1000);
    const decay = Math.exp(-elapsed / RATE_WINDOW_SECONDS);
    const rate = (prev?.rate ?? 0) * decay + ((reads + writes) / elapsed) * (1 - decay);
    this.tracked.set(c.region, { table: c.table, reads: c.reads, writes: c.writes, rate, seenAt: t });
    return { reads, writes };
  }

  /** The N regions with the highest rate keep (or get) series; a tie keeps the region already shown. */
  private rerank(counter: Counter<Labels>): void {
    const ranked = [...this.tracked.entries()]
      .filter(([, r]) => r.rate > 0)
      .sort(([ka, a], [kb, b]) => b.rate - a.rate || Number(this.labelled.has(kb)) - Number(this.labelled.has(ka)));
    const top = new Set(ranked.slice(0, this.slots).map(([k]) => k));
    for (const key of [...this.labelled]) if (!top.has(key)) this.unlabel(key, counter);
    for (const key of top) this.labelled.add(key);
  }

  private attribute(grown: Map<string, { reads: number; writes: number }>, counter: Counter<Labels>): void {
    let otherReads = 0;
    let otherWrites = 0;
    for (const [key, d] of grown) {
      const table = this.tracked.get(key)?.table;
      if (table !== undefined && this.labelled.has(key)) {
        counter.inc({ table, region: key, kind: 'read' }, d.reads);
        counter.inc({ table, region: key, kind: 'write' }, d.writes);
      } else {
        otherReads += d.reads;
        otherWrites += d.writes;
      }
    }
    if (otherReads + otherWrites > 0 || this.otherTouched) {
      // The "other" series exist from the first time a region was left out, then always.
      this.otherTouched = true;
      counter.inc({ table: '', region: OTHER_REGIONS, kind: 'read' }, otherReads);
      counter.inc({ table: '', region: OTHER_REGIONS, kind: 'write' }, otherWrites);
    }
  }

  private forget(key: string, counter: Counter<Labels>): void {
    this.unlabel(key, counter);
    this.tracked.delete(key);
  }

  private unlabel(key: string, counter: Counter<Labels>): void {
    const table = this.tracked.get(key)?.table;
    if (!this.labelled.delete(key) || table === undefined) return;
    counter.remove({ table, region: key, kind: 'read' });
    counter.remove({ table, region: key, kind: 'write' });
  }
}
