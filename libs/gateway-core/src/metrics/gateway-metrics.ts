import type { Socket } from 'node:net';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { readGauge } from './read-gauge';
import { type RegionCounts, RegionRequestTopN } from './region-requests';

/** What the gateway's metrics read at scrape time (gauges are computed then, not kept up to date). */
export interface GatewayMetricsSource {
  scannersOpen(): number;
  callQueue(): { length: number; bytes: number };
  /** Regions this node is the owner of under the current membership. */
  regionsOwned(): number;
  liveServers(): number;
  /** Every open region's cumulative read/write request counts (TableCatalog.requestCounts). */
  regionRequests(): Iterable<RegionCounts>;
}

/** Regions that get series of their own in hbase_region_requests_total; the rest are region="other". */
export const REGION_SERIES_LIMIT = 20;

const LATENCY_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** The short class name a metric label carries (org.apache.hadoop.hbase.NotServingRegionException → NotServingRegionException). */
export function shortClassName(className: string): string {
  return className.slice(className.lastIndexOf('.') + 1);
}

/**
 * The gateway's Prometheus series (names and meaning in docs/metrics.md), on the caller's registry.
 * Counters move on the RPC path; everything else is read from `source` when scraped.
 */
export class GatewayMetrics {
  private readonly requests: Counter<'service' | 'method' | 'outcome' | 'exception'>;
  private readonly duration: Histogram<'service' | 'method'>;
  private readonly exceptions: Counter<'exception' | 'scope'>;
  private readonly inflight: Gauge;
  private readonly connections: Gauge;
  private readonly accepted: Counter;
  private readonly refused: Counter;
  private readonly bytesIn: Counter;
  private readonly bytesOut: Counter;
  /** Sockets open now, whose byte counts are read at scrape time. */
  private readonly sockets = new Set<Socket>();
  /** Bytes of sockets already added to the byte counters (open sockets: as of the last scrape). */
  private readonly counted = new WeakMap<Socket, { read: number; written: number }>();

  constructor(registry: Registry, source: GatewayMetricsSource) {
    const registers = [registry];
    this.requests = new Counter({
      name: 'hbase_rpc_requests_total',
      help: 'HBase RPC calls handled, by service, method and outcome',
      labelNames: ['service', 'method', 'outcome', 'exception'],
      registers,
    });
    this.duration = new Histogram({
      name: 'hbase_rpc_request_duration_seconds',
      help: 'HBase RPC call latency',
      labelNames: ['service', 'method'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.exceptions = new Counter({
      name: 'hbase_rpc_exceptions_total',
      help: 'HBase exceptions sent to clients, by class and scope (call, action in a Multi, connection)',
      labelNames: ['exception', 'scope'],
      registers,
    });
    this.inflight = new Gauge({ name: 'hbase_rpc_inflight_calls', help: 'HBase RPC calls in progress', registers });
    this.connections = new Gauge({ name: 'hbase_rpc_connections_open', help: 'Open HBase RPC connections', registers });
    this.accepted = new Counter({ name: 'hbase_rpc_connections_accepted_total', help: 'HBase RPC connections accepted', registers });
    this.refused = new Counter({
      name: 'hbase_rpc_connections_refused_total',
      help: 'HBase RPC connections closed at once (past hbase.compat.rpc.max.connections, or the node not serving)',
      registers,
    });
    this.bytesIn = new Counter({
      name: 'hbase_rpc_received_bytes_total',
      help: 'Bytes read from HBase RPC connections',
      registers,
      collect: () => this.countSocketBytes(),
    });
    this.bytesOut = new Counter({
      name: 'hbase_rpc_sent_bytes_total',
      help: 'Bytes written to HBase RPC connections',
      registers,
      collect: () => this.countSocketBytes(),
    });
    registerGauges(registry, source);
  }

  callStarted(): void {
    this.inflight.inc();
  }

  callEnded(service: string, method: string, seconds: number, outcome: 'ok' | 'error', exceptionClass?: string): void {
    this.inflight.dec();
    const exception = exceptionClass ? shortClassName(exceptionClass) : '';
    this.requests.inc({ service, method, outcome, exception });
    this.duration.observe({ service, method }, seconds);
    if (exceptionClass) this.exceptions.inc({ exception, scope: 'call' });
  }

  /** An exception that is not a call's answer: a Multi action's, or a fatal one that closes the connection. */
  exceptionSent(exceptionClass: string, scope: 'action' | 'connection'): void {
    this.exceptions.inc({ exception: shortClassName(exceptionClass), scope });
  }

  connectionOpened(socket: Socket): void {
    this.accepted.inc();
    this.connections.inc();
    this.sockets.add(socket);
  }

  connectionRefused(): void {
    this.refused.inc();
  }

  connectionClosed(socket: Socket): void {
    this.connections.dec();
    this.countBytes(socket);
    this.sockets.delete(socket);
  }

  /** Both byte counters are brought up to date from the sockets' own counts when either is scraped (idempotent). */
  private countSocketBytes(): void {
    for (const s of this.sockets) this.countBytes(s);
  }

  private countBytes(socket: Socket): void {
    const before = this.counted.get(socket) ?? { read: 0, written: 0 };
    const now = { read: socket.bytesRead, written: socket.bytesWritten };
    this.bytesIn.inc(Math.max(0, now.read - before.read));
    this.bytesOut.inc(Math.max(0, now.written - before.written));
    this.counted.set(socket, now);
  }
}

/** The series read from the gateway's state at scrape time. */
function registerGauges(registry: Registry, source: GatewayMetricsSource): void {
  const registers = [registry];
  const gauge = (name: string, help: string, read: () => number) => readGauge(registers, name, help, read);
  gauge('hbase_scanners_open', 'Open region scanners', () => source.scannersOpen());
  gauge('hbase_rpc_call_queue_length', 'Calls admitted to the call queue and not yet answered', () => source.callQueue().length);
  gauge(
    'hbase_rpc_call_queue_bytes',
    'Bytes held by the call queue: requests in progress and responses not yet taken by the kernel',
    () => source.callQueue().bytes,
  );
  gauge('hbase_regions_owned', 'Regions this node owns under the current membership', () => source.regionsOwned());
  gauge('hbase_cluster_live_servers', 'Live servers in this node’s membership view (itself included)', () => source.liveServers());
  const topN = new RegionRequestTopN(REGION_SERIES_LIMIT);
  new Counter({
    name: 'hbase_region_requests_total',
    help: `Read and write requests per region as HRegion counts them, for the ${REGION_SERIES_LIMIT} busiest regions; region="other" holds the rest`,
    labelNames: ['table', 'region', 'kind'],
    registers,
    collect() {
      topN.update(source.regionRequests(), this);
    },
  });
}
