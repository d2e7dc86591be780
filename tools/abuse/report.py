#!/usr/bin/env python3
"""Turns a tools/abuse/run.sh run into report.md and rss.svg, and checks the targets.

Usage: tools/abuse/report.py OUT_DIR ALIVE(0|1) [TARGET: gateway (default) | hbase]

Reads OUT_DIR/rss.tsv (epoch seconds, VmRSS kB), events.tsv (epoch seconds, phase),
ycsb-baseline.txt, ycsb-abuse.txt (YCSB output, parsed by tools/ycsb-summary.py) and abuse.json.
Targets: RSS under 512 MB throughout; YCSB under abuse keeps >= 70% of its baseline throughput and
has no failed operation; the gateway is alive at the end; RSS after recovery within 20% of the
RSS before the abuse. Exit status 1 if a target is missed.
"""
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RSS_LIMIT_MB = 512


def load_summary_module():
    spec = importlib.util.spec_from_file_location("ycsb_summary", os.path.join(HERE, "..", "ycsb-summary.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_tsv(path):
    rows = []
    if not os.path.exists(path):
        return rows
    with open(path) as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2 and parts[1]:
                rows.append((float(parts[0]), parts[1]))
    return rows


def ycsb(path, summary):
    if not os.path.exists(path):
        return None
    with open(path, errors="replace") as f:
        text = f.read()
    run = summary.parse(path, text)
    exceptions = {}
    for name in re.findall(r"org\.apache\.hadoop\.hbase\.(?:[a-z]+\.)*([A-Z]\w*Exception)", text):
        exceptions[name] = exceptions.get(name, 0) + 1
    run["exceptions"] = exceptions
    run["bad"] = summary.bad_counts(run, False)
    return run


def p99(run, op):
    value = (run or {}).get("ops", {}).get(op, {}).get("p99_us")
    return "-" if value is None else f"{value / 1000:.1f}"


def svg(rss, events, t0, path):
    width, height, left, bottom, top, right = 900, 360, 60, 40, 20, 20
    if not rss:
        return
    tmax = max(t for t, _ in rss) - t0
    ymax = max(RSS_LIMIT_MB * 1.1, max(mb for _, mb in rss) * 1.1)
    x = lambda t: left + (t - t0) / max(tmax, 1) * (width - left - right)
    y = lambda mb: height - bottom - mb / ymax * (height - bottom - top)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="11">']
    out.append(f'<rect width="{width}" height="{height}" fill="white"/>')
    for mb in range(0, int(ymax) + 1, 128):
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y(mb):.1f}" y2="{y(mb):.1f}" stroke="#eee"/>')
        out.append(f'<text x="{left - 6}" y="{y(mb) + 4:.1f}" text-anchor="end">{mb}</text>')
    for s in range(0, int(tmax) + 1, 20):
        out.append(f'<text x="{x(t0 + s):.1f}" y="{height - bottom + 15}" text-anchor="middle">{s}</text>')
    out.append(f'<text x="{(left + width) / 2}" y="{height - 5}" text-anchor="middle">seconds</text>')
    out.append(f'<text x="12" y="{top + 10}">RSS MB</text>')
    out.append(f'<line x1="{left}" x2="{width - right}" y1="{y(RSS_LIMIT_MB):.1f}" y2="{y(RSS_LIMIT_MB):.1f}" stroke="red" stroke-dasharray="4 3"/>')
    out.append(f'<text x="{width - right}" y="{y(RSS_LIMIT_MB) - 4:.1f}" text-anchor="end" fill="red">512 MB target</text>')
    for t, name in events:
        out.append(f'<line x1="{x(t):.1f}" x2="{x(t):.1f}" y1="{top}" y2="{height - bottom}" stroke="#888" stroke-dasharray="2 2"/>')
        out.append(f'<text x="{x(t) + 3:.1f}" y="{top + 10}" fill="#555">{name}</text>')
    points = " ".join(f"{x(t):.1f},{y(mb):.1f}" for t, mb in rss)
    out.append(f'<polyline points="{points}" fill="none" stroke="#1f77b4" stroke-width="1.5"/>')
    out.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(out))


def main(argv):
    out, alive = argv[1], argv[2] == "1"
    server = "HBase 2.6.4" if len(argv) > 3 and argv[3] == "hbase" else "gateway"
    summary = load_summary_module()
    rss = [(t, int(kb) / 1024) for t, kb in read_tsv(os.path.join(out, "rss.tsv"))]
    events = [(t, name) for t, name in read_tsv(os.path.join(out, "events.tsv"))]
    at = {name: t for t, name in events}
    t0 = rss[0][0] if rss else 0
    window = lambda a, b: [mb for t, mb in rss if at.get(a, 0) <= t <= at.get(b, 1e18)]
    before = window("settle", "abuse") or [0]
    during = window("abuse", "recover") or [0]
    after = window("recover", "end") or [0]
    baseline_mb, max_mb, end_mb = before[-1], max(during), after[-1]
    peak_mb = max(mb for _, mb in rss) if rss else 0
    base, abused = ycsb(os.path.join(out, "ycsb-baseline.txt"), summary), ycsb(os.path.join(out, "ycsb-abuse.txt"), summary)
    with open(os.path.join(out, "abuse.json")) as f:
        attack = json.load(f)
    tp0 = (base or {}).get("throughput") or 0
    tp1 = (abused or {}).get("throughput") or 0
    ratio = tp1 / tp0 if tp0 else 0
    checks = [
        (alive, f"{server} alive at the end (no crash)"),
        (peak_mb < RSS_LIMIT_MB, f"{server} RSS under {RSS_LIMIT_MB} MB throughout (peak {peak_mb:.0f} MB)"),
        (ratio >= 0.7, f"YCSB A under abuse keeps >= 70% of its throughput ({tp1:.0f} / {tp0:.0f} ops/s = {ratio:.0%})"),
        (abused is not None and abused["complete"] and not abused["bad"], f"YCSB A under abuse: no failed operation ({(abused or {}).get('bad')})"),
        (alive and 0 < end_mb <= baseline_mb * 1.2, f"RSS after recovery within 20% of before the abuse ({baseline_mb:.0f} -> {end_mb:.0f} MB)"),
    ]
    lines = [f"# {server} under abuse", "", "Produced by `tools/abuse/run.sh`; RSS over time in `rss.svg`.", ""]
    allocator_path = os.path.join(out, "allocator.txt")
    if os.path.exists(allocator_path):
        with open(allocator_path) as f:
            lines += [f"Memory allocator of the {server}: {f.read().strip()}.", ""]
    lines += ["| | throughput (ops/s) | READ p99 (ms) | UPDATE p99 (ms) | failed ops | client exceptions seen |", "|---|---|---|---|---|---|"]
    for name, run in (("YCSB A alone", base), ("YCSB A under abuse", abused)):
        if run is None:
            lines.append(f"| {name} | missing | | | | |")
            continue
        lines.append(f"| {name} | {run['throughput'] or 0:.0f} | {p99(run, 'READ')} | {p99(run, 'UPDATE')} | {sum(run['bad'].values()) if run['bad'] else 0} | {json.dumps(run['exceptions']) if run['exceptions'] else 'none'} |")
    lines += ["", f"| {server} RSS | MB |", "|---|---|", f"| before the abuse | {baseline_mb:.0f} |", f"| max during the abuse | {max_mb:.0f} |", f"| peak of the whole run | {peak_mb:.0f} |", f"| after {int(at.get('end', 0) - at.get('recover', 0))} s of recovery | {end_mb:.0f} |", ""]
    split = [(t, [int(kb) / 1024 for kb in v.split()]) for t, v in read_tsv(os.path.join(out, "rss-split.tsv"))]
    split_at = lambda a, b: next((mb for t, mb in reversed(split) if at.get(a, 0) <= t <= at.get(b, 1e18) and len(mb) == 2), None)
    for name, mb in (("before the abuse", split_at("settle", "abuse")), ("after the recovery", split_at("recover", "end"))):
        if mb:
            lines.append(f"RSS {name}: {mb[0]:.0f} MB anonymous (heap, buffers), {mb[1]:.0f} MB file-backed (mapped files).")
    lines += ["", f"| attacker | connections opened | closed by the {server} | answers by class |", "|---|---|---|---|"]
    for kind in ("deaf", "slowloris", "burst", "scanners"):
        lines.append(f"| {kind} | {attack['connectionsOpened'].get(kind, 0)} | {attack['closedByServer'].get(kind, 0)} | {json.dumps(attack['responses'].get(kind, {}))} |")
    lines += ["", f"Scanners opened and never closed: {attack['scannersOpened']}. Bursts: {json.dumps(attack['burstRounds'])}", ""]
    if attack.get("failures"):
        lines += [f"Attackers ended by an error (the {server} stopped accepting or answering them): {json.dumps(attack['failures'])}", ""]
    lines += ["| target | result |", "|---|---|"] + [f"| {name} | {'ok' if ok else 'MISSED'} |" for ok, name in checks]
    with open(os.path.join(out, "report.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    svg(rss, events, t0, os.path.join(out, "rss.svg"))
    print("\n".join(lines))
    return 0 if all(ok for ok, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
