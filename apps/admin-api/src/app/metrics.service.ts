import { Injectable } from '@nestjs/common';
import { ClusterService } from './cluster.service';
import { buckets, parseMetrics, quantileBetween, type Sample, total } from './prometheus';

/** What the dashboard shows per node, computed from two successive scrapes of its metrics. */
export interface ServerMetrics {
  address: string;
  serverName: string | undefined;
  up: boolean;
  error?: string;
  /** Seconds between the two scrapes the rates come from. */
  intervalSeconds: number | undefined;
  requestsPerSecond: number | undefined;
  errorsPerSecond: number | undefined;
  p50Ms: number | undefined;
  p99Ms: number | undefined;
  inflightCalls: number | undefined;
  openConnections: number | undefined;
  scannersOpen: number | undefined;
  /** Changelog records not yet in the scan index, over all tables (hbase_scan_index_lag_offsets); undefined without a scan index. */
  scanIndexLag: number | undefined;
  /** How long the most-behind table's scan index has been behind, in seconds (hbase_scan_index_lag_seconds). */
  scanIndexLagSeconds: number | undefined;
}

interface Scrape {
  at: number;
  serverName: string | undefined;
  samples: Sample[];
}

const REQUESTS = 'hbase_rpc_requests_total';
const LATENCY = 'hbase_rpc_request_duration_seconds';
const LAG_RECORDS = 'hbase_scan_index_lag_offsets';
const LAG_SECONDS = 'hbase_scan_index_lag_seconds';
/** Answers younger than this are shared, so any number of polling dashboards costs at most two scrapes per node per second. */
const REUSE_MS = 500;
/** With no earlier scrape (or one this old) a second scrape follows after FIRST_GAP_MS. */
const STALE_MS = 60_000;
const FIRST_GAP_MS = 1000;

/**
 * Request rate, error rate and latency quantiles per node. Scrapes go through NodeAdmin GetMetrics
 * (the gateway answers on its own gRPC port, in the same process as its RPC server: rendering a few
 * dozen series is cheap, and the admin API asks at most twice a second per node however often the
 * REST side is polled; tools/dashboard/poll-load.sh measures the effect on YCSB).
 */
@Injectable()
export class MetricsService {
  private readonly last = new Map<string, Scrape>();
  private answer: { at: number; servers: ServerMetrics[] } | undefined;
  private running: Promise<ServerMetrics[]> | undefined;

  constructor(private readonly cluster: ClusterService) {}

  async current(now = Date.now()): Promise<ServerMetrics[]> {
    if (this.answer && now - this.answer.at < REUSE_MS) return this.answer.servers;
    this.running ??= this.sample().finally(() => (this.running = undefined));
    return this.running;
  }

  private async sample(): Promise<ServerMetrics[]> {
    let scrapes = await this.scrapeAll();
    if (scrapes.some((s) => s.scrape && !this.baseline(s.address, s.scrape.at))) {
      this.remember(scrapes);
      await new Promise((r) => setTimeout(r, FIRST_GAP_MS));
      scrapes = await this.scrapeAll();
    }
    const servers = scrapes.map((s) => (s.scrape ? rates(s.address, this.baseline(s.address, s.scrape.at), s.scrape) : down(s.address, s.error)));
    this.remember(scrapes);
    this.answer = { at: Date.now(), servers };
    return servers;
  }

  private async scrapeAll(): Promise<{ address: string; scrape?: Scrape; error?: string }[]> {
    const raw = await this.cluster.scrapes();
    const at = Date.now();
    return raw.map((r) =>
      r.text === undefined
        ? { address: r.address, error: r.error }
        : { address: r.address, scrape: { at, serverName: r.serverName, samples: parseMetrics(r.text) } },
    );
  }

  /** The previous scrape of the same server, if recent enough to make a rate from. */
  private baseline(address: string, at: number): Scrape | undefined {
    const before = this.last.get(address);
    return before && at - before.at < STALE_MS && at > before.at ? before : undefined;
  }

  private remember(scrapes: { address: string; scrape?: Scrape }[]): void {
    for (const s of scrapes) {
      if (s.scrape) this.last.set(s.address, s.scrape);
      else this.last.delete(s.address);
    }
  }
}

function down(address: string, error: string | undefined): ServerMetrics {
  const none = undefined;
  return {
    address,
    serverName: none,
    up: false,
    error,
    intervalSeconds: none,
    requestsPerSecond: none,
    errorsPerSecond: none,
    p50Ms: none,
    p99Ms: none,
    inflightCalls: none,
    openConnections: none,
    scannersOpen: none,
    scanIndexLag: none,
    scanIndexLagSeconds: none,
  };
}

export function rates(address: string, before: Scrape | undefined, after: Scrape): ServerMetrics {
  // A different server name at the same address is a restarted node: its counters began again.
  const base = before && before.serverName === after.serverName ? before : undefined;
  const seconds = base ? (after.at - base.at) / 1000 : undefined;
  const perSecond = (name: string, where?: Record<string, string>) =>
    base && seconds ? Math.max(0, total(after.samples, name, where) - total(base.samples, name, where)) / seconds : undefined;
  const quantileMs = (q: number) => {
    const v = base ? quantileBetween(buckets(base.samples, LATENCY), buckets(after.samples, LATENCY), q) : undefined;
    return v === undefined ? undefined : v * 1000;
  };
  // Engines without a scan index (the embedded store) have no lag series: shown as none, not as 0.
  const lagSeconds = after.samples.filter((s) => s.name === LAG_SECONDS).map((s) => s.value);
  const hasLag = after.samples.some((s) => s.name === LAG_RECORDS);
  return {
    address,
    serverName: after.serverName,
    up: true,
    intervalSeconds: seconds,
    requestsPerSecond: perSecond(REQUESTS),
    errorsPerSecond: perSecond(REQUESTS, { outcome: 'error' }),
    p50Ms: quantileMs(0.5),
    p99Ms: quantileMs(0.99),
    inflightCalls: total(after.samples, 'hbase_rpc_inflight_calls'),
    openConnections: total(after.samples, 'hbase_rpc_connections_open'),
    scannersOpen: total(after.samples, 'hbase_scanners_open'),
    scanIndexLag: hasLag ? total(after.samples, LAG_RECORDS) : undefined,
    scanIndexLagSeconds: lagSeconds.length ? Math.max(...lagSeconds) : undefined,
  };
}
