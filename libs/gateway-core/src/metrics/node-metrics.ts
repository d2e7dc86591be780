import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { readGauge } from './read-gauge';

/** What the ZooKeeper series read (zk-discovery's HBaseZkRegistration has this shape). */
export interface ZooKeeperMetricsSource {
  /** 'connected', 'disconnected' or 'expired'. */
  readonly state: string;
  /** Milliseconds left on the membership lease (0 when it ran out or there is no session). */
  readonly leaseRemainingMs: number;
  readonly activeMaster: boolean;
  /** Whether the node may act as owner of its regions now (lease valid, listed, membership settled). */
  holdsOwnership(): boolean;
}

const SESSION_STATES = ['connected', 'disconnected', 'expired'] as const;

/**
 * The node's ZooKeeper session and lease, read at scrape time. The session state is one series per
 * state with the current one at 1 (the usual Prometheus "state set"), so an alert can be written as
 * hbase_zookeeper_session_state{state="connected"} == 0.
 */
export function registerZooKeeperMetrics(registry: Registry, zk: ZooKeeperMetricsSource): void {
  const registers = [registry];
  new Gauge({
    name: 'hbase_zookeeper_session_state',
    help: 'ZooKeeper session state of this node: 1 for the current state, 0 for the others',
    labelNames: ['state'],
    registers,
    collect() {
      for (const state of SESSION_STATES) this.set({ state }, zk.state === state ? 1 : 0);
    },
  });
  const gauge = (name: string, help: string, read: () => number) => readGauge(registers, name, help, read);
  gauge('hbase_zookeeper_lease_valid', 'Whether the membership lease is valid (a ZooKeeper round trip succeeded within half a session timeout)', () =>
    zk.leaseRemainingMs > 0 ? 1 : 0,
  );
  gauge('hbase_zookeeper_lease_remaining_seconds', 'Time left on the membership lease', () => zk.leaseRemainingMs / 1000);
  gauge('hbase_zookeeper_ownership_held', 'Whether this node may act as owner of its regions now (lease valid, listed, membership settled)', () =>
    zk.holdsOwnership() ? 1 : 0,
  );
  gauge('hbase_zookeeper_active_master', 'Whether this node is the active master', () => (zk.activeMaster ? 1 : 0));
}

/** Told of every Fluss request's outcome (fluss-adapter's FlussRequestObserver has this shape). */
export type FlussRequestListener = (api: string, seconds: number, error: string) => void;

/** Fluss client requests by API and error name (NONE for success), and their latency. */
export function registerFlussMetrics(registry: Registry): FlussRequestListener {
  const registers = [registry];
  const requests = new Counter({
    name: 'hbase_fluss_requests_total',
    help: 'Requests the Fluss client sent, by API and error (NONE when answered without a request-level error)',
    labelNames: ['api', 'error'],
    registers,
  });
  const duration = new Histogram({
    name: 'hbase_fluss_request_duration_seconds',
    help: 'Fluss request latency, from sending to the answer (or the error)',
    labelNames: ['api', 'error'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  return (api, seconds, error) => {
    requests.inc({ api, error });
    duration.observe({ api, error }, seconds);
  };
}

/** One table's scan index lag (the storage port's IndexLag). */
export interface IndexLagSample {
  table: string;
  offsetsBehind: number;
  msBehind: number;
}

/** The scan index's lag behind the changelog per table, read at scrape time (engines without an index report none). */
export function registerIndexLagMetrics(registry: Registry, read: () => ReadonlyArray<IndexLagSample>): void {
  const perTable = (name: string, help: string, value: (l: IndexLagSample) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['table'],
      registers: [registry],
      collect() {
        // Rebuilt from each reading, so a dropped table's series go away.
        this.reset();
        for (const l of read()) this.set({ table: l.table }, value(l));
      },
    });
  perTable('hbase_scan_index_lag_offsets', 'Changelog records written to Fluss and not yet applied to the scan index, per table', (l) => l.offsetsBehind);
  perTable('hbase_scan_index_lag_seconds', 'How long the scan index has been behind the changelog, per table (0 when caught up)', (l) => l.msBehind / 1000);
}
