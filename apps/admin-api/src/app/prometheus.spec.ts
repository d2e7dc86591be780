import { buckets, parseMetrics, quantileBetween, total } from './prometheus';
import { rates } from './metrics.service';

const scrape = (requests: number, errors: number, le: Record<string, number>) =>
  parseMetrics(
    [
      '# HELP hbase_rpc_requests_total HBase RPC calls handled',
      '# TYPE hbase_rpc_requests_total counter',
      `hbase_rpc_requests_total{service="ClientService",method="Get",outcome="ok",exception=""} ${requests - errors}`,
      `hbase_rpc_requests_total{service="ClientService",method="Get",outcome="error",exception="org.apache.hadoop.hbase.DoNotRetryIOException"} ${errors}`,
      ...Object.entries(le).map(([bound, n]) => `hbase_rpc_request_duration_seconds_bucket{le="${bound}",service="ClientService",method="Get"} ${n}`),
      'hbase_rpc_inflight_calls 3',
    ].join('\n'),
  );

describe('Prometheus text and rates', () => {
  it('parses labels, including escaped quotes, and sums series by label', () => {
    const s = parseMetrics('m{a="x\\"y",b="2"} 5\nm{a="z"} 7\n# comment\nbad line\n');
    expect(s).toEqual([
      { name: 'm', labels: { a: 'x"y', b: '2' }, value: 5 },
      { name: 'm', labels: { a: 'z' }, value: 7 },
    ]);
    expect(total(s, 'm')).toBe(12);
    expect(total(s, 'm', { a: 'z' })).toBe(7);
  });

  it('interpolates a quantile inside the bucket of the observations between two scrapes', () => {
    const before = buckets(scrape(0, 0, { '0.001': 0, '0.01': 0, '+Inf': 0 }), 'hbase_rpc_request_duration_seconds');
    const after = buckets(scrape(100, 0, { '0.001': 50, '0.01': 100, '+Inf': 100 }), 'hbase_rpc_request_duration_seconds');
    // rank 99 of 100: 49 of the 50 observations in (0.001, 0.01] -> 0.001 + 0.009 * 49/50
    expect(quantileBetween(before, after, 0.99)).toBeCloseTo(0.00982, 6);
    expect(quantileBetween(after, after, 0.99)).toBeUndefined();
  });

  it('answers the highest finite bound when the quantile is in +Inf', () => {
    const after = buckets(scrape(10, 0, { '0.5': 1, '1': 1, '+Inf': 10 }), 'hbase_rpc_request_duration_seconds');
    expect(quantileBetween(new Map(), after, 0.99)).toBe(1);
  });

  it('computes request and error rates per second between scrapes of the same server', () => {
    const r = rates('a:1', { at: 0, serverName: 'h,1,1', samples: scrape(100, 10, {}) }, { at: 2000, serverName: 'h,1,1', samples: scrape(300, 30, {}) });
    expect(r).toMatchObject({ up: true, intervalSeconds: 2, requestsPerSecond: 100, errorsPerSecond: 10, inflightCalls: 3, scanIndexLag: undefined });
  });

  it('reports the scan index lag in records (summed over tables) and seconds (the most-behind table), none without an index', () => {
    const lag = (name: string, table: string, value: number) => ({ name, labels: { table }, value });
    const samples = [
      ...scrape(0, 0, {}),
      lag('hbase_scan_index_lag_offsets', 't1', 40),
      lag('hbase_scan_index_lag_offsets', 't2', 2),
      lag('hbase_scan_index_lag_seconds', 't1', 1.5),
      lag('hbase_scan_index_lag_seconds', 't2', 0.2),
    ];
    expect(rates('a:1', undefined, { at: 0, serverName: 'h,1,1', samples })).toMatchObject({ scanIndexLag: 42, scanIndexLagSeconds: 1.5 });
    expect(rates('a:1', undefined, { at: 0, serverName: 'h,1,1', samples: scrape(0, 0, {}) })).toMatchObject({
      scanIndexLag: undefined,
      scanIndexLagSeconds: undefined,
    });
  });

  it('gives no rate across a restart (another start code at the same address)', () => {
    const r = rates('a:1', { at: 0, serverName: 'h,1,1', samples: scrape(100, 0, {}) }, { at: 1000, serverName: 'h,1,2', samples: scrape(5, 0, {}) });
    expect(r.requestsPerSecond).toBeUndefined();
  });
});
