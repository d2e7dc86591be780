#!/usr/bin/env python3
"""report.md and compare.svg for a tools/bench/compare.sh run.

usage: compare-report.py OUT_DIR SETTINGS TARGET...
Reads OUT_DIR/<target>/<run>.txt (YCSB outputs), OUT_DIR/cpu.tsv, OUT_DIR/memory.tsv and OUT_DIR/soak.tsv;
every ratio is to the "hbase" target of the same run. With a soak, also soak.svg (resident memory over time).
"""
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

RUNS = [
    ("load", "load (insert)"),
    ("workload-c", "C (read)"),
    ("workload-b", "B (95 read/5 update)"),
    ("workload-a", "A (50 read/50 update)"),
    ("workload-f", "F (read-modify-write)"),
    ("workload-d", "D (read latest/insert)"),
    ("workload-e", "E (scan ≤100/insert)"),
    ("workload-e-scan1", "E scan ≤1"),
    ("workload-e-scan10", "E scan ≤10"),
    ("workload-e-scan100", "E scan ≤100"),
    ("workload-e-scan1000", "E scan ≤1000"),
    ("soak-a", "A soak (--soak)"),
]
COLORS = {"hbase": "#7f7f7f", "embedded": "#5b8def", "embedded-interval": "#9b59b6", "fluss": "#e8710a"}
SKIP_OPS = {"OVERALL", "CLEANUP", "TOTAL_GCS", "TOTAL_GC_TIME", "TOTAL_GC_TIME_%"}


def parse(path: Path) -> dict:
    """{"ops": overall ops/s, "lat": {OP: {"n", "p50", "p99", "p999"} in ms}}."""
    out = {"ops": None, "steady": None, "lat": defaultdict(dict), "ran": path.exists()}
    if not out["ran"]:
        return out
    out["steady"] = steady_ops(path.read_text(errors="replace"))
    keys = {"Operations": "n", "50thPercentileLatency(us)": "p50", "99thPercentileLatency(us)": "p99", "99.9PercentileLatency(us)": "p999", "99.9thPercentileLatency(us)": "p999"}
    for m in re.finditer(r"^\[([\w-]+)\], ([^,]+), ([\d.]+)", path.read_text(errors="replace"), re.M):
        section, key, value = m.group(1), m.group(2).strip(), float(m.group(3))
        if section == "OVERALL" and key == "Throughput(ops/sec)":
            out["ops"] = value
        elif section not in SKIP_OPS and not section.endswith("-FAILED") and key in keys:
            out["lat"][section][keys[key]] = value if key == "Operations" else value / 1000
    return out


def steady_ops(text: str):
    """ops/s from the first status line with operations to the last: YCSB's own figure counts the
    client's start-up (JVM, ZooKeeper, meta lookups), which on a loaded machine takes seconds."""
    points = [(int(m.group(1)), int(m.group(2))) for m in re.finditer(r" (\d+) sec: (\d+) operations;", text)]
    started = [p for p in points if p[1] > 0]
    if len(started) < 2 or started[-1][0] <= started[0][0]:
        return None
    return (started[-1][1] - started[0][1]) / (started[-1][0] - started[0][0])


def per_process(out: Path, name: str, column: str) -> dict:
    """{(run, target): {process: value}} from one of compare.sh's tsv files (cpu.tsv, memory.tsv)."""
    table = defaultdict(dict)
    f = out / name
    if f.exists():
        for row in csv.DictReader(f.open(), delimiter="\t"):
            if row.get(column):
                table[(row["run"], row["target"])][row["process"]] = float(row[column])
    return table


def soak_series(out: Path) -> dict:
    """{(target, process): [(seconds, rss, anon, file)]} from soak.tsv."""
    series = defaultdict(list)
    f = out / "soak.tsv"
    if f.exists():
        for row in csv.DictReader(f.open(), delimiter="\t"):
            series[(row["target"], row["process"])].append((int(row["run"]), float(row["rss_mb"]), float(row["anon_mb"]), float(row["file_mb"])))
    return series


def soak_svg(series: dict) -> str:
    """Resident memory (solid) and its anonymous part (dashed) over the soak, one line per server process."""
    width, height, left, top, plot_w, plot_h = 760, 340, 60, 40, 660, 250
    t_max = max([p[0] for pts in series.values() for p in pts] + [1])
    mb_max = max([p[1] for pts in series.values() for p in pts] + [1]) * 1.1
    x = lambda t: left + plot_w * t / t_max
    y = lambda mb: top + plot_h * (1 - mb / mb_max)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
             '<text x="10" y="20" font-size="15" font-weight="bold">Soak (workload A): resident MB over seconds; solid VmRSS, dashed RssAnon</text>',
             f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#999"/>',
             f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="#999"/>',
             f'<text x="{left}" y="{top + plot_h + 16}">0 s</text><text x="{left + plot_w - 30}" y="{top + plot_h + 16}">{t_max} s</text>',
             f'<text x="8" y="{top + 4}">{mb_max:.0f} MB</text><text x="8" y="{top + plot_h}">0</text>']
    for i, ((target, process), pts) in enumerate(sorted(series.items())):
        color = COLORS.get(target, "#333") if process in ("gateway", "hbase") else "#2ca02c"
        for col, dash in ((1, ""), (2, ' stroke-dasharray="5,4"')):
            path = " ".join(f"{x(p[0]):.1f},{y(p[col]):.1f}" for p in pts)
            parts.append(f'<polyline fill="none" stroke="{color}" stroke-width="2"{dash} points="{path}"/>')
        parts.append(f'<text x="{left + 10 + i * 150}" y="{top + plot_h + 36}" fill="{color}">{target}: {process}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def soak_section(out: Path) -> str:
    series = soak_series(out)
    if not series:
        return ""
    (out / "soak.svg").write_text(soak_svg(series))
    rows = ["| target | process | samples | VmRSS first / max / last MB | RssAnon first / max / last MB | RssFile last MB |", "|---|---|---|---|---|---|"]
    for (target, process), pts in sorted(series.items()):
        rss, anon = [p[1] for p in pts], [p[2] for p in pts]
        rows.append(f"| {target} | {process} | {len(pts)} (to {pts[-1][0]} s) | {rss[0]:.0f} / {max(rss):.0f} / {rss[-1]:.0f} | {anon[0]:.0f} / {max(anon):.0f} / {anon[-1]:.0f} | {pts[-1][3]:.0f} |")
    return ("\n\n## Soak: resident memory during the long workload A, every 10 s (RssAnon is the process's own memory, "
            "RssFile the mapped files, lmdb's data among them)\n\n" + "\n".join(rows) + "\n\n![resident memory over the soak](soak.svg)\n")


def worst_p99(r: dict) -> float:
    return max((v.get("p99", 0) for v in r["lat"].values()), default=0)


def svg(results: dict, targets: list) -> str:
    runs = [(k, label) for k, label in RUNS if any(results.get((k, t), {}).get("ops") for t in targets)]
    panel_w, row_h, bar_h, left = 430, 18 * len(targets) + 10, 16, 170
    height = 60 + len(runs) * row_h + 20
    width = left + 2 * panel_w + 40
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
             '<text x="10" y="20" font-size="15" font-weight="bold">YCSB: throughput (ops/s, left) and worst p99 latency (ms, right) per workload and target</text>']
    for i, t in enumerate(targets):
        parts.append(f'<rect x="{10 + i * 150}" y="30" width="12" height="12" fill="{COLORS.get(t, "#333")}"/><text x="{26 + i * 150}" y="41">{t}</text>')
    for panel, value in enumerate((lambda r: r.get("ops") or 0, worst_p99)):
        top = max([value(results.get((k, t), {"ops": 0, "lat": {}})) for k, _ in runs for t in targets] + [1e-9])
        x0 = left + panel * (panel_w + 20)
        scale = (panel_w - 90) / top
        for j, (k, label) in enumerate(runs):
            y = 55 + j * row_h
            if panel == 0:
                parts.append(f'<text x="10" y="{y + row_h / 2 + 4:.0f}">{label}</text>')
            for i, t in enumerate(targets):
                r = results.get((k, t))
                if not r or not r.get("ops"):
                    continue
                v = value(r)
                by = y + i * 18
                parts.append(f'<rect x="{x0}" y="{by}" width="{v * scale:.1f}" height="{bar_h}" fill="{COLORS.get(t, "#333")}"/>')
                parts.append(f'<text x="{x0 + v * scale + 4:.1f}" y="{by + 12}">{v:,.0f}</text>' if panel == 0 else f'<text x="{x0 + v * scale + 4:.1f}" y="{by + 12}">{v:.1f}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def fmt(v, digits=2):
    return "-" if v is None else f"{v:.{digits}f}"


def main() -> None:
    out, settings, targets = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
    results = {(k, t): parse(out / t / f"{k}.txt") for k, _ in RUNS for t in targets}
    cpu = per_process(out, "cpu.tsv", "cpu_seconds")
    rss = per_process(out, "memory.tsv", "rss_mb")
    anon = per_process(out, "memory.tsv", "anon_mb")
    others = [t for t in targets if t != "hbase"]
    summary = ["| workload | " + " | ".join(f"{t} ops/s" for t in targets) + "".join(f" | {t} ×HBase | {t} p99 ×HBase" for t in others if "hbase" in targets) + " |"]
    summary.append("|" + "---|" * (1 + len(targets) + (2 * len(others) if "hbase" in targets else 0)))
    detail = ["| workload | target | op | count | p50 ms | p99 ms | p99.9 ms |", "|---|---|---|---|---|---|---|"]
    cpu_rows = ["| workload | target | ops/s | gateway CPU s | Fluss CPU s | HBase CPU s | YCSB CPU s | idle targets' CPU s | server CPU ms per 1,000 ops |", "|---|---|---|---|---|---|---|---|---|"]
    rss_rows = ["| after workload | target | gateway MB (anon) | Fluss MB (anon) | HBase MB (anon) |", "|---|---|---|---|---|"]
    for k, label in RUNS:
        if not any(results[(k, t)]["ops"] for t in targets):
            continue
        rate = lambda r: r["steady"] or r["ops"]
        base = rate(results[(k, "hbase")]) if "hbase" in targets else None
        base_p99 = worst_p99(results[(k, "hbase")]) if "hbase" in targets else None
        # A target a run skips (the soak skips HBase) shows "-"; one whose YCSB gave no figure, "failed".
        cells = [f"{results[(k, t)]['ops']:,.0f} ({fmt(results[(k, t)]['steady'], 0)})" if results[(k, t)]["ops"] else "failed" if results[(k, t)]["ran"] else "-" for t in targets]
        if "hbase" in targets:
            for t in others:
                o = rate(results[(k, t)])
                cells.append(fmt(o / base) if o and base else "-")
                p = worst_p99(results[(k, t)])
                cells.append(fmt(p / base_p99) if p and base_p99 else "-")
        summary.append(f"| {label} | " + " | ".join(cells) + " |")
        for t in targets:
            r = results[(k, t)]
            if not r["ran"]:
                continue
            for op, v in sorted(r["lat"].items()):
                detail.append(f"| {label} | {t} | {op} | {int(v.get('n', 0)):,} | {fmt(v.get('p50'))} | {fmt(v.get('p99'))} | {fmt(v.get('p999'))} |")
            c = cpu.get((k, t), {})
            server = c.get("gateway", 0) + c.get("fluss", 0) + c.get("hbase", 0)
            total_ops = sum(v.get("n", 0) for v in r["lat"].values())
            per_k = f"{1000 * 1000 * server / total_ops:.1f}" if total_ops else "-"
            cpu_rows.append(f"| {label} | {t} | {(r['ops'] or 0):,.0f} | {fmt(c.get('gateway'), 1)} | {fmt(c.get('fluss'), 1)} | {fmt(c.get('hbase'), 1)} | {fmt(c.get('ycsb'), 1)} | {fmt(c.get('idle-targets'), 1)} | {per_k} |")
            m, a = rss.get((k, t), {}), anon.get((k, t), {})
            if m:
                both = lambda p: "-" if m.get(p) is None else f"{m[p]:.0f} ({fmt(a.get(p), 0)})"
                rss_rows.append(f"| {label} | {t} | {both('gateway')} | {both('fluss')} | {both('hbase')} |")
    (out / "compare.svg").write_text(svg(results, targets))
    report = (f"# YCSB: the gateway's engines against a reference HBase 2.6\n\n{settings}. One run, workloads interleaved "
              "across targets; on a shared machine compare the ratios, not the absolute figures. "
              "ops/s is YCSB's overall figure, in brackets the steady rate after the first completed operation (status lines), "
              "which leaves out client start-up; the ×HBase ratios use the steady rates. \"p99 ×HBase\" is the worst per-operation p99 of the run over HBase's. Raw YCSB outputs beside this file.\n\n"
              + "\n".join(summary) + "\n\n![throughput and p99](compare.svg)\n\n## Latency per operation\n\n" + "\n".join(detail)
              + "\n\n## CPU seconds per process during each workload (/proc/<pid>/stat; YCSB from its rusage)\n\n" + "\n".join(cpu_rows)
              + "\n\n## Resident memory after each workload (VmRSS from /proc/<pid>/status, RssAnon in brackets; Fluss's servers summed)\n\n" + "\n".join(rss_rows) + "\n"
              + soak_section(out))
    (out / "report.md").write_text(report)
    print("\n".join(summary))


if __name__ == "__main__":
    main()
