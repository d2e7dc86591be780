/**
 * Just enough of the Prometheus text exposition format (0.0.4) to turn two scrapes of a gateway's
 * /metrics into rates: samples with labels, and the cumulative `_bucket{le=…}` series of a
 * histogram. Plain functions, no Nest, so the arithmetic is unit-tested on its own.
 */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

export function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const m = SAMPLE.exec(line);
    // Lines that are not samples, and NaN values (no use to a rate), are skipped.
    if (!m || Number.isNaN(Number(m[3]))) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(LABEL)) labels[l[1]] = l[2].replace(/\\(.)/g, (_x, c: string) => (c === 'n' ? '\n' : c));
    samples.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return samples;
}

/** The sum of every series of `name` whose labels include `where`. */
export function total(samples: readonly Sample[], name: string, where: Record<string, string> = {}): number {
  let sum = 0;
  for (const s of samples) {
    if (s.name === name && Object.entries(where).every(([k, v]) => s.labels[k] === v) && Number.isFinite(s.value)) sum += s.value;
  }
  return sum;
}

/** A histogram's cumulative bucket counts summed over all its label sets, by upper bound. */
export function buckets(samples: readonly Sample[], histogram: string): Map<number, number> {
  const byBound = new Map<number, number>();
  for (const s of samples) {
    if (s.name !== `${histogram}_bucket` || s.labels.le === undefined) continue;
    const le = s.labels.le === '+Inf' ? Infinity : Number(s.labels.le);
    byBound.set(le, (byBound.get(le) ?? 0) + s.value);
  }
  return byBound;
}

/**
 * The q-quantile of the observations that fell between two scrapes, interpolated linearly inside
 * the bucket that holds it (as PromQL's histogram_quantile does); undefined with no observations.
 * When it lands in the +Inf bucket the highest finite bound is the best that can be said.
 */
export function quantileBetween(before: Map<number, number>, after: Map<number, number>, q: number): number | undefined {
  const bounds = [...after.keys()].sort((a, b) => a - b);
  const delta = bounds.map((le) => Math.max(0, (after.get(le) ?? 0) - (before.get(le) ?? 0)));
  const count = delta[delta.length - 1] ?? 0;
  if (count <= 0) return undefined;
  const rank = q * count;
  const i = delta.findIndex((c) => c >= rank);
  if (bounds[i] === Infinity) return bounds[i - 1];
  const lower = i > 0 ? bounds[i - 1] : 0;
  const below = i > 0 ? delta[i - 1] : 0;
  const inBucket = delta[i] - below;
  return inBucket > 0 ? lower + ((bounds[i] - lower) * (rank - below)) / inBucket : bounds[i];
}
