#!/usr/bin/env python3
"""Checks a running Prometheus that scrapes the gateway nodes (tools/metrics-check.sh).

Prints one "ok     NAME" or "FAILED NAME" line per check (tools/lib/common.sh checks_import reads
them) and a summary of every dashboard query on stderr:
  - every node's sidecar target is up;
  - each gateway series has samples from every node;
  - the counters equal what the load sent to each node (tools/metrics/load.ts prints it), and the
    nodes together own the load table's three regions once;
  - every PromQL expression of every panel of the Grafana dashboard returns data, with the
    dashboard's variables substituted ($node -> .*, $__rate_interval -> the given range).

usage: check_prometheus.py --url URL --nodes gateway-1,gateway-2,gateway-3 --dashboard FILE
                           [--sent FILE] [--at UNIX_TIME] [--range 1m]
Without --sent (another load, e.g. YCSB in the compose check) the exact-count checks are skipped;
without --at the queries are evaluated now.
"""
import argparse
import json
import math
import re
import sys
import time
import urllib.parse
import urllib.request

SERIES = [
    'hbase_rpc_requests_total',
    'hbase_rpc_request_duration_seconds_bucket',
    'hbase_rpc_exceptions_total',
    'hbase_rpc_inflight_calls',
    'hbase_rpc_connections_open',
    'hbase_rpc_connections_accepted_total',
    'hbase_rpc_call_queue_length',
    'hbase_rpc_call_queue_bytes',
    'hbase_rpc_received_bytes_total',
    'hbase_rpc_sent_bytes_total',
    'hbase_scanners_open',
    'hbase_regions_owned',
    'hbase_cluster_live_servers',
    'hbase_region_requests_total',
    'hbase_zookeeper_session_state',
    'hbase_zookeeper_lease_valid',
    'hbase_zookeeper_lease_remaining_seconds',
    'hbase_zookeeper_ownership_held',
    'hbase_zookeeper_active_master',
    'hbase_fluss_requests_total',
    'hbase_fluss_request_duration_seconds_bucket',
    'hbase_scan_index_lag_offsets',
    'hbase_scan_index_lag_seconds',
    'process_resident_memory_bytes',
    'nodejs_eventloop_lag_p99_seconds',
]


def query(url, expr, at):
    q = urllib.parse.urlencode({'query': expr, 'time': f'{at:.3f}'})
    with urllib.request.urlopen(f'{url}/api/v1/query?{q}', timeout=10) as r:
        body = json.load(r)
    if body.get('status') != 'success':
        raise RuntimeError(f'{expr}: {body}')
    return body['data']['result']


def numbers(result):
    """The finite values of an instant vector (NaN is "no data" for a panel: e.g. a quantile of nothing)."""
    out = []
    for s in result:
        v = float(s['value'][1])
        if not math.isnan(v):
            out.append((s['metric'], v))
    return out


class Checks:
    def __init__(self):
        self.failed = 0

    def check(self, ok, name, detail=''):
        print(f"{'ok    ' if ok else 'FAILED'} {name}{'' if ok or not detail else ': ' + detail}", flush=True)
        if not ok:
            self.failed += 1


def panel_queries(dashboard):
    for panel in dashboard.get('panels', []):
        for sub in [panel] + panel.get('panels', []):  # rows may nest panels
            for t in sub.get('targets', []):
                if t.get('expr'):
                    yield sub.get('title', '?'), t.get('refId', '?'), t['expr']


def substitute(expr, rng):
    expr = expr.replace('$__rate_interval', rng).replace('$__interval', rng).replace('${__rate_interval}', rng)
    expr = re.sub(r'\$\{?node\}?', '.*', expr)
    leftover = re.findall(r'\$\{?\w+', expr)
    if leftover:
        raise ValueError(f'unsubstituted variables {leftover}')
    return expr


def exact_counts(c, a, nodes):
    """The counters equal what tools/metrics/load.ts sent to each node, and the nodes own its table's three regions once."""
    # The counters equal what was sent: the load printed its per-node counts (in node order).
    sent = json.load(open(a.sent))
    for node, s in zip(nodes, sent):
        exact = [
            (f'hbase_rpc_requests_total{{node="{node}",service="ClientService",method="Mutate",outcome="ok"}}', s['puts']),
            (f'hbase_rpc_requests_total{{node="{node}",service="ClientService",method="Get",outcome="ok"}}', s['gets']),
            (f'hbase_rpc_requests_total{{node="{node}",method="Get",exception="NotServingRegionException"}}', s['expectedErrors']),
            (f'hbase_rpc_exceptions_total{{node="{node}",exception="NotServingRegionException",scope="call"}}', s['expectedErrors']),
            (f'sum(hbase_region_requests_total{{node="{node}",table="metrics_check",kind="write"}})', s['puts']),
        ]
        for expr, want in exact:
            got = sum(v for _, v in numbers(query(a.url, f'sum({expr})', a.at)))
            c.check(got == want, f'{node}: {expr} == {want} (sent by the load)', f'got {got}')

    # The load's table has three regions (tools/metrics/load.ts); the nodes agree on who owns each.
    owned = sum(v for _, v in numbers(query(a.url, 'sum(hbase_regions_owned)', a.at)))
    c.check(owned == 3, 'the 3 regions of the load\'s table are owned by exactly one node each (sum of hbase_regions_owned)', f'got {owned}')


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--url', required=True)
    p.add_argument('--nodes', required=True)
    p.add_argument('--dashboard', required=True)
    p.add_argument('--sent')
    p.add_argument('--at', type=float)
    p.add_argument('--range', default='1m')
    a = p.parse_args()
    if a.at is None:
        a.at = time.time()
    nodes = a.nodes.split(',')
    c = Checks()

    up = {s['metric'].get('node'): v for s, v in ((r, float(r['value'][1])) for r in query(a.url, 'up{job="hbase-compat"}', a.at))}
    c.check(all(up.get(n) == 1 for n in nodes), f'every sidecar scraped (up == 1 for {", ".join(nodes)})', str(up))

    for name in SERIES:
        have = {s['metric'].get('node') for s in query(a.url, f'count by (node) ({name})', a.at)}
        missing = [n for n in nodes if n not in have]
        c.check(not missing, f'{name} has samples from all {len(nodes)} nodes', f'missing on {missing}')

    if a.sent:
        exact_counts(c, a, nodes)

    dashboard = json.load(open(a.dashboard))
    queries = list(panel_queries(dashboard))
    c.check(len(queries) > 0, f'dashboard has PromQL targets ({len(queries)})')
    for title, ref, expr in queries:
        try:
            got = numbers(query(a.url, substitute(expr, a.range), a.at))
        except Exception as e:  # a query Prometheus refuses is a failed check, not a crash
            c.check(False, f'panel "{title}" {ref} returns data', str(e))
            continue
        c.check(len(got) > 0, f'panel "{title}" {ref} returns data ({len(got)} series)', expr)
        print(f'  {title} [{ref}]: {len(got)} series, e.g. {got[0][0] if got else "-"} = {got[0][1] if got else "-"}', file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
