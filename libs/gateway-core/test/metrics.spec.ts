import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Counter, Registry } from 'prom-client';
import { loadServerConfig } from '@hbase-compat/server-config';
import { EmbeddedStorageEngine } from '@hbase-compat/storage-embedded';
import type { StorageEngine } from '@hbase-compat/storage';
import { CellType, encodeCellBlock, pb } from '@hbase-compat/hbase-codec';
import { RawHBaseConnection } from '@hbase-compat/hbase-rpc-testing';
import { HBaseGateway, OTHER_REGIONS, RegionRequestTopN, registerFlussMetrics, registerZooKeeperMetrics } from '../src';

/**
 * The metrics count what was sent: a known number of calls of each kind through a real gateway on
 * loopback, then every counter is compared with that number exactly.
 */
jest.setTimeout(30_000);

const tableName = { namespace: Buffer.from('default'), qualifier: Buffer.from('metered') };
const PUTS = 7;
const GETS = 5;
const MISSES = 3;
const UNKNOWN = 2;
/** Multi calls whose one region action names a region that does not exist (the call succeeds, the region's actions fail). */
const MULTI_MISSES = 2;

type Sample = { labels: Record<string, string | number>; value: number; metricName?: string };

async function samples(registry: Registry, name: string): Promise<Sample[]> {
  const m = (await registry.getMetricsAsJSON()).find((x) => x.name === name);
  return (m?.values ?? []) as Sample[];
}

/** The sum of a series' samples whose labels include `match` (for a histogram, of `metricName`). */
async function value(registry: Registry, name: string, match: Record<string, string> = {}, metricName = name): Promise<number> {
  return (await samples(registry, name))
    .filter((s) => (s.metricName ?? name) === metricName && Object.entries(match).every(([k, v]) => String(s.labels[k]) === v))
    .reduce((n, s) => n + s.value, 0);
}

function putCells(row: string): Buffer {
  return encodeCellBlock([
    {
      row: Buffer.from(row),
      family: Buffer.from('cf'),
      qualifier: Buffer.from('q'),
      timestamp: 0x7fffffffffffffffn,
      type: CellType.Put,
      value: Buffer.from('v'),
    },
  ]);
}

describe('gateway metrics count exactly what clients sent', () => {
  const registry = new Registry();
  let dataDir: string;
  let storage: EmbeddedStorageEngine;
  let gateway: HBaseGateway;
  /** Bytes the clients' sockets wrote and read, for the byte counters. */
  let clientBytes = { written: 0, read: 0 };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'hbase-compat-metrics-'));
    storage = new EmbeddedStorageEngine({ dataDir });
    // An engine with a scan index reports its lag; this one reports a fixed reading.
    const lagging: StorageEngine = Object.assign(Object.create(storage) as StorageEngine, {
      indexLag: () => [{ table: 'metered', offsetsBehind: 42, msBehind: 1500 }],
    });
    const config = loadServerConfig({ argv: ['--hbase.regionserver.port=0', '--hbase.regionserver.hostname=127.0.0.1', `--hbase.compat.data.dir=${dataDir}`] });
    gateway = new HBaseGateway({ config, storage: lagging, metrics: registry, clusterId: 'metrics' });
    await gateway.start();
    clientBytes = await sendKnownCalls(gateway);
    // The server counts a connection's bytes once it has seen it close.
    for (let i = 0; i < 100 && (await value(registry, 'hbase_rpc_connections_open')) > 0; i++) await new Promise((r) => setTimeout(r, 20));
  });

  afterAll(async () => {
    await gateway.stop(1000);
    await storage.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('counts calls by service, method, outcome and exception', async () => {
    const ok = { outcome: 'ok' };
    expect(await value(registry, 'hbase_rpc_requests_total', { service: 'MasterService', method: 'CreateTable', ...ok })).toBe(1);
    expect(await value(registry, 'hbase_rpc_requests_total', { service: 'ClientService', method: 'Mutate', ...ok })).toBe(PUTS);
    expect(await value(registry, 'hbase_rpc_requests_total', { service: 'ClientService', method: 'Get', ...ok })).toBe(GETS);
    expect(await value(registry, 'hbase_rpc_requests_total', { method: 'Get', outcome: 'error', exception: 'NotServingRegionException' })).toBe(MISSES);
    expect(await value(registry, 'hbase_rpc_requests_total', { method: 'unknown', outcome: 'error', exception: 'DoNotRetryIOException' })).toBe(UNKNOWN);
    expect(await value(registry, 'hbase_rpc_requests_total', { method: 'Multi', outcome: 'ok' })).toBe(MULTI_MISSES);
    expect(await value(registry, 'hbase_rpc_requests_total')).toBe(1 + PUTS + GETS + MISSES + UNKNOWN + MULTI_MISSES);
    expect(await value(registry, 'hbase_rpc_request_duration_seconds', { method: 'Get' }, 'hbase_rpc_request_duration_seconds_count')).toBe(GETS + MISSES);
    expect(await value(registry, 'hbase_rpc_inflight_calls')).toBe(0);
  });

  it('counts exceptions by class and scope', async () => {
    expect(await value(registry, 'hbase_rpc_exceptions_total', { exception: 'NotServingRegionException', scope: 'call' })).toBe(MISSES);
    expect(await value(registry, 'hbase_rpc_exceptions_total', { exception: 'DoNotRetryIOException', scope: 'call' })).toBe(UNKNOWN);
    expect(await value(registry, 'hbase_rpc_exceptions_total', { exception: 'FatalConnectionException', scope: 'connection' })).toBe(1);
    expect(await value(registry, 'hbase_rpc_exceptions_total', { exception: 'NotServingRegionException', scope: 'action' })).toBe(MULTI_MISSES);
    expect(await value(registry, 'hbase_rpc_exceptions_total')).toBe(MISSES + UNKNOWN + 1 + MULTI_MISSES);
  });

  it('counts connections and every byte in and out', async () => {
    expect(await value(registry, 'hbase_rpc_connections_accepted_total')).toBe(3);
    expect(await value(registry, 'hbase_rpc_connections_open')).toBe(0);
    expect(await value(registry, 'hbase_rpc_connections_refused_total')).toBe(0);
    expect(await value(registry, 'hbase_rpc_received_bytes_total')).toBe(clientBytes.written);
    expect(await value(registry, 'hbase_rpc_sent_bytes_total')).toBe(clientBytes.read);
    expect(await value(registry, 'hbase_rpc_call_queue_length')).toBe(0);
    expect(await value(registry, 'hbase_rpc_call_queue_bytes')).toBe(0);
  });

  it('counts requests per region as HRegion does, and the regions owned', async () => {
    const region = gateway.catalog.list().find((t) => t.descriptor.name.qualifier === 'metered')!.regions[0].encodedName;
    expect(await value(registry, 'hbase_region_requests_total', { table: 'metered', region, kind: 'write' })).toBe(PUTS);
    expect(await value(registry, 'hbase_region_requests_total', { table: 'metered', region, kind: 'read' })).toBe(GETS);
    expect(await value(registry, 'hbase_region_requests_total', { region: OTHER_REGIONS })).toBe(0);
    const regions = gateway.catalog.list().reduce((n, t) => n + t.regions.length, 0);
    expect(await value(registry, 'hbase_regions_owned')).toBe(regions);
    expect(await value(registry, 'hbase_cluster_live_servers')).toBe(1);
  });

  it('reports the engine’s scan index lag per table in base units', async () => {
    expect(await value(registry, 'hbase_scan_index_lag_offsets', { table: 'metered' })).toBe(42);
    expect(await value(registry, 'hbase_scan_index_lag_seconds', { table: 'metered' })).toBe(1.5);
  });
});

/** CreateTable, PUTS puts, GETS gets, MISSES gets and MULTI_MISSES multis of a region that does not exist, UNKNOWN made-up methods, one bad preamble. */
async function sendKnownCalls(gateway: HBaseGateway): Promise<{ written: number; read: number }> {
  const master = await RawHBaseConnection.handshake(gateway.listeningPort, 'MasterService');
  const created = await master.call(
    'CreateTable',
    pb.CreateTableRequest.encode({ tableSchema: { tableName, columnFamilies: [{ name: Buffer.from('cf') }] } }).finish(),
  );
  expect(created.header.exception).toBeFalsy();
  const client = await RawHBaseConnection.handshake(gateway.listeningPort, 'ClientService');
  const region = { type: 1, value: gateway.catalog.list().find((t) => t.descriptor.name.qualifier === 'metered')!.regions[0].name };
  for (let i = 0; i < PUTS; i++) {
    const mutation = { row: Buffer.from(`r${i}`), mutateType: 2, associatedCellCount: 1 };
    const r = await client.call('Mutate', pb.MutateRequest.encode({ region, mutation }).finish(), putCells(`r${i}`));
    expect(r.header.exception).toBeFalsy();
  }
  for (let i = 0; i < GETS; i++) {
    const r = await client.call('Get', pb.GetRequest.encode({ region, get: { row: Buffer.from(`r${i}`) } }).finish());
    expect(r.header.exception).toBeFalsy();
  }
  const missing = { type: 1, value: Buffer.from('nosuchtable,,1.0123456789abcdef0123456789abcdef.') };
  for (let i = 0; i < MISSES; i++) {
    const r = await client.call('Get', pb.GetRequest.encode({ region: missing, get: { row: Buffer.from('r') } }).finish());
    expect(r.header.exception?.exceptionClassName).toBe('org.apache.hadoop.hbase.NotServingRegionException');
  }
  for (let i = 0; i < MULTI_MISSES; i++) {
    const regionAction = [{ region: missing, action: [{ index: 0, get: { row: Buffer.from('r') } }] }];
    const r = await client.call('Multi', pb.MultiRequest.encode({ regionAction }).finish());
    expect(r.header.exception).toBeFalsy();
    expect(pb.MultiResponse.decode(r.message ?? Buffer.alloc(0)).regionActionResult[0].exception?.name).toBe(
      'org.apache.hadoop.hbase.NotServingRegionException',
    );
  }
  for (let i = 0; i < UNKNOWN; i++) expect((await client.call(`MadeUp${i}`, Buffer.alloc(0))).header.exception).toBeTruthy();
  const bad = await RawHBaseConnection.open(gateway.listeningPort);
  bad.write(Buffer.from('NOPE\x00\x50'));
  expect((await bad.next()).header.exception?.exceptionClassName).toContain('FatalConnectionException');
  await bad.closed;
  const conns = [master, client, bad];
  for (const c of conns) c.close();
  await Promise.all(conns.map((c) => c.closed));
  return conns.reduce((n, c) => ({ written: n.written + c.socket.bytesWritten, read: n.read + c.socket.bytesRead }), { written: 0, read: 0 });
}

describe('requests per region, top N', () => {
  it('gives the busiest regions series of their own and folds the rest into "other", the sum exact', async () => {
    const registry = new Registry();
    const counter = new Counter({ name: 'r_total', help: 'r', labelNames: ['table', 'region', 'kind'], registers: [registry] });
    let t = 0;
    const topN = new RegionRequestTopN(3, () => t);
    const counts = Array.from({ length: 6 }, (_, i) => ({ table: 't', region: `r${i}`, reads: 0, writes: 0 }));
    let sent = 0;
    for (let round = 1; round <= 4; round++) {
      // Region i gets (i + 1) * 10 writes per round: r3, r4, r5 are the busiest.
      counts.forEach((c, i) => ((c.writes += (i + 1) * 10), (sent += (i + 1) * 10)));
      t += 10_000;
      topN.update(counts, counter);
    }
    const values = (await registry.getMetricsAsJSON())[0].values;
    const regions = new Set(values.map((v) => String(v.labels.region)));
    expect(regions).toEqual(new Set(['r3', 'r4', 'r5', OTHER_REGIONS]));
    expect(values.reduce((n, v) => n + v.value, 0)).toBe(sent);
    expect(values.find((v) => v.labels.region === 'r5' && v.labels.kind === 'write')!.value).toBe(4 * 60);
  });

  it('drops the series of a region that is gone', async () => {
    const registry = new Registry();
    const counter = new Counter({ name: 'r_total', help: 'r', labelNames: ['table', 'region', 'kind'], registers: [registry] });
    const topN = new RegionRequestTopN(3);
    topN.update([{ table: 't', region: 'a', reads: 1, writes: 0 }], counter);
    topN.update([{ table: 't', region: 'b', reads: 2, writes: 0 }], counter);
    const regions = new Set((await registry.getMetricsAsJSON())[0].values.map((v) => v.labels.region));
    expect(regions).toEqual(new Set(['b']));
  });
});

describe('ZooKeeper and Fluss series', () => {
  it('shows the session state as a state set and the lease in seconds', async () => {
    const registry = new Registry();
    const zk = { state: 'connected', leaseRemainingMs: 2500, activeMaster: true, holdsOwnership: () => true };
    registerZooKeeperMetrics(registry, zk);
    expect(await value(registry, 'hbase_zookeeper_session_state', { state: 'connected' })).toBe(1);
    expect(await value(registry, 'hbase_zookeeper_session_state', { state: 'expired' })).toBe(0);
    expect(await value(registry, 'hbase_zookeeper_lease_remaining_seconds')).toBe(2.5);
    expect(await value(registry, 'hbase_zookeeper_lease_valid')).toBe(1);
    Object.assign(zk, { state: 'expired', leaseRemainingMs: 0, holdsOwnership: () => false });
    expect(await value(registry, 'hbase_zookeeper_session_state', { state: 'expired' })).toBe(1);
    expect(await value(registry, 'hbase_zookeeper_lease_valid')).toBe(0);
    expect(await value(registry, 'hbase_zookeeper_ownership_held')).toBe(0);
  });

  it('counts Fluss requests by API and error', async () => {
    const registry = new Registry();
    const observe = registerFlussMetrics(registry);
    for (let i = 0; i < 4; i++) observe('PutKv', 0.002, 'NONE');
    observe('PutKv', 10, 'REQUEST_TIME_OUT');
    expect(await value(registry, 'hbase_fluss_requests_total', { api: 'PutKv', error: 'NONE' })).toBe(4);
    expect(await value(registry, 'hbase_fluss_requests_total', { api: 'PutKv', error: 'REQUEST_TIME_OUT' })).toBe(1);
    expect(await value(registry, 'hbase_fluss_request_duration_seconds', { api: 'PutKv' }, 'hbase_fluss_request_duration_seconds_count')).toBe(5);
  });
});
