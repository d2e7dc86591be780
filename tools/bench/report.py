#!/usr/bin/env python3
"""Summarises YCSB outputs of a bench run into report.md and a throughput/p99 SVG chart."""
import re
import sys
from pathlib import Path

# Targets from the issues: embedded C >= 10,000 ops/s (gateway issue); Fluss C >= 5,000 ops/s with
# p99 < 20 ms (Fluss issue).
TARGETS = {
    "workload-c.txt": ("C (100% read)", {"embedded": 10000, "fluss": 5000}),
    "workload-a.txt": ("A (50/50 read/update)", {}),
    "workload-e.txt": ("E (95% scan/5% insert)", {}),
    "load.txt": ("load (100% insert)", {}),
}


def parse(path: Path) -> dict:
    text = path.read_text(errors="replace")
    out = {"ops": None, "ops_by": {}, "p99": {}, "avg": {}}
    for m in re.finditer(r"^\[(\w[\w-]*)\], ([^,]+), ([\d.]+)", text, re.M):
        section, key, value = m.group(1), m.group(2).strip(), float(m.group(3))
        if section == "OVERALL" and key == "Throughput(ops/sec)":
            out["ops"] = value
        elif key == "99thPercentileLatency(us)":
            out["p99"][section] = value / 1000
        elif key == "AverageLatency(us)":
            out["avg"][section] = value / 1000
        elif key == "Operations":
            out["ops_by"][section] = int(value)
    return out


def svg(rows: list) -> str:
    """rows: (label, ops, p99 ms, target) bars."""
    width, bar_h, gap, left = 720, 22, 12, 260
    top = 40
    height = top + len(rows) * (bar_h + gap) + 30
    top_value = max([r[1] or 0 for r in rows] + [t or 0 for _, _, _, t in rows] + [1])
    scale = (width - left - 150) / top_value
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="13">',
             '<text x="10" y="22" font-size="15" font-weight="bold">YCSB throughput (ops/s) through the gateway, per storage engine</text>']
    for i, (label, ops, p99, target) in enumerate(rows):
        y = top + i * (bar_h + gap)
        w = (ops or 0) * scale
        color = "#e8710a" if "fluss" in label else "#5b8def"
        parts.append(f'<text x="10" y="{y + 16}">{label}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{color}"/>')
        parts.append(f'<text x="{left + w + 6:.1f}" y="{y + 16}">{(ops or 0):,.0f} (p99 {p99:.1f} ms)</text>')
        if target:
            x = left + target * scale
            parts.append(f'<line x1="{x:.1f}" y1="{y - 3}" x2="{x:.1f}" y2="{y + bar_h + 3}" stroke="#b3261e" stroke-width="2" stroke-dasharray="4 3"/>')
    parts.append("</svg>")
    return "\n".join(parts)


def main() -> None:
    out, threads, records = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    engines = sys.argv[4:] or ["."]
    lines = ["| run | engine | threads | throughput ops/s | target ops/s | p99 read ms | p99 update/insert ms | p99 scan ms |", "|---|---|---|---|---|---|---|---|"]
    chart = []
    for name, (label, targets) in TARGETS.items():
        for engine in engines:
            f = out / engine / name
            if not f.exists():
                continue
            r = parse(f)
            target = targets.get(engine)
            p99w = r["p99"].get("UPDATE", r["p99"].get("INSERT"))
            p99r = r["p99"].get("READ")
            p99s = r["p99"].get("SCAN")
            fmt = lambda v: f"{v:.2f}" if v else "-"
            lines.append(f"| {label} | {engine} | {threads} | {(r['ops'] or 0):,.0f} | {f'{target:,}' if target else '-'} | {fmt(p99r)} | {fmt(p99w)} | {fmt(p99s)} |")
            chart.append((f"{label} [{engine}]", r["ops"], max(r["p99"].values()) if r["p99"] else 0, target))
    (out / "throughput.svg").write_text(svg(chart))
    report = f"# YCSB against the gateway\n\n{records} records; raw outputs beside this file, one folder per engine.\n\n" + "\n".join(lines) + "\n\n![throughput](throughput.svg)\n"
    (out / "report.md").write_text(report)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
