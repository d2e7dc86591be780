#!/usr/bin/env python3
"""Summarise one or more YCSB outputs.

Usage:
  tools/ycsb-summary.py [--strict] [--json] FILE [FILE...]   ('-' reads stdin)

Prints, per run: workload/phase, throughput (ops/s) and, per operation,
count, average, p95 and p99 latency (microseconds) and the number of
operations that did not succeed.

Exit status:
  0  every run completed and no operation failed
  1  some operation failed: a `[OP], Return=<status>, N` line with a status
     other than OK / BATCHED_OK (NOT_FOUND counts only with --strict), or a
     `[OP-FAILED], Operations, N` line with N > 0
     or a DBException (e.g. a failed DB init) was logged
  2  a file could not be read, has no `[OVERALL]` results (run did not
     finish) or executed no operation at all
"""
import argparse
import json
import os
import re
import sys

OK_STATUSES = {"OK", "BATCHED_OK"}
SKIP_SECTIONS = ("OVERALL", "TOTAL_GC", "CLEANUP")
LINE_RE = re.compile(r"^\[([^\]]+)\],\s*([^,]+?),\s*(\S+)\s*$")
HEADER_RE = re.compile(r"^# ycsb\.sh\s+(.*)$")
WORKLOAD_FILE_RE = re.compile(r"-P\s+(\S+)")
WORKLOAD_NAME_RE = re.compile(r"^workload[-_]?([a-z0-9]+)")


def to_number(text):
    try:
        value = float(text)
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


def parse(name, text):
    run = {
        "file": name,
        "workload": None,
        "phase": None,
        "throughput": None,
        "runtime_ms": None,
        "ops": {},
        "failures": {},
        "not_found": 0,
        "complete": False,
        "db_errors": [],
    }
    for raw in text.splitlines():
        line = raw.strip()
        m = HEADER_RE.match(line)
        if m:
            for item in m.group(1).split():
                key, _, value = item.partition("=")
                if key in ("workload", "phase") and value:
                    run[key] = value
            continue
        if line.startswith("Command line:"):
            if run["workload"] is None:
                for path in WORKLOAD_FILE_RE.findall(line):
                    wm = WORKLOAD_NAME_RE.match(os.path.basename(path))
                    if wm:
                        run["workload"] = wm.group(1)
            if run["phase"] is None:
                args = line.split()
                if "-load" in args:
                    run["phase"] = "load"
                elif "-t" in args:
                    run["phase"] = "run"
            continue
        if "DBException" in line and not line.startswith("at "):
            # YCSB logs a failed DB init()/cleanup() and carries on with 0 operations.
            run["db_errors"].append(line)
            continue
        m = LINE_RE.match(line)
        if not m:
            continue
        section, metric, value = m.group(1), m.group(2), m.group(3)
        num = to_number(value)
        if section == "OVERALL":
            run["complete"] = True
            if metric.startswith("Throughput"):
                run["throughput"] = num
            elif metric.startswith("RunTime"):
                run["runtime_ms"] = num
            continue
        if section.startswith(SKIP_SECTIONS):
            continue
        if section.endswith("-FAILED"):
            if metric == "Operations" and num:
                op = section[: -len("-FAILED")]
                run["failures"][op + " (FAILED)"] = run["failures"].get(op + " (FAILED)", 0) + num
            continue
        op = run["ops"].setdefault(
            section, {"count": None, "avg_us": None, "p95_us": None, "p99_us": None, "returns": {}}
        )
        if metric == "Operations":
            op["count"] = num
        elif metric.startswith("AverageLatency"):
            op["avg_us"] = num
        elif metric.startswith("95thPercentileLatency"):
            op["p95_us"] = num
        elif metric.startswith("99thPercentileLatency"):
            op["p99_us"] = num
        elif metric.startswith("Return="):
            status = metric[len("Return="):]
            op["returns"][status] = op["returns"].get(status, 0) + (num or 0)
    if run["workload"] is None:
        wm = re.search(r"workload[-_]?([a-f])\b", os.path.basename(name))
        if wm:
            run["workload"] = wm.group(1)
    return run


def total_ops(run):
    return sum(op["count"] or 0 for op in run["ops"].values())


def bad_counts(run, strict):
    bad = dict(run["failures"])
    if run["db_errors"]:
        bad["DBException lines"] = len(run["db_errors"])
    for op_name, op in run["ops"].items():
        for status, count in op["returns"].items():
            if status in OK_STATUSES or not count:
                continue
            if status == "NOT_FOUND":
                run["not_found"] += count
                if not strict:
                    continue
            bad[f"{op_name} Return={status}"] = count
    return bad


def fmt(value, width, digits=1):
    if value is None or (isinstance(value, float) and value != value):  # None or NaN
        text = "-"
    elif isinstance(value, float):
        text = f"{value:.{digits}f}"
    else:
        text = str(value)
    return text.rjust(width)


def main(argv):
    parser = argparse.ArgumentParser(description="Summarise YCSB output files.")
    parser.add_argument("files", nargs="+", help="YCSB output file(s); '-' for stdin")
    parser.add_argument("--strict", action="store_true", help="count Return=NOT_FOUND as a failure")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)

    runs = []
    status = 0
    for name in args.files:
        try:
            if name == "-":
                text = sys.stdin.read()
            else:
                with open(name, encoding="utf-8", errors="replace") as fh:
                    text = fh.read()
        except OSError as exc:
            print(f"ycsb-summary: cannot read {name}: {exc}", file=sys.stderr)
            status = 2
            continue
        run = parse(name, text)
        run["bad"] = bad_counts(run, args.strict)
        runs.append(run)

    for run in runs:
        if not run["complete"] or total_ops(run) == 0:
            status = 2
        elif run["bad"] and status == 0:
            status = 1

    if args.json:
        print(json.dumps(runs, indent=2, sort_keys=True))
    else:
        header = (
            f"{'run':<22}{'ops/s':>12}  {'operation':<18}{'count':>10}{'avg(us)':>11}"
            f"{'p95(us)':>10}{'p99(us)':>10}{'errors':>8}{'notfound':>9}"
        )
        print(header)
        print("-" * len(header))
        for run in runs:
            label = f"{run['workload'] or '?'}/{run['phase'] or '?'}"
            if len(runs) > 1 and not (run["workload"] and run["phase"]):
                label = f"{label} ({os.path.basename(run['file'])})"
            first = True
            op_names = sorted(run["ops"]) or ["(none)"]
            for op_name in op_names:
                op = run["ops"].get(op_name, {"count": None, "avg_us": None, "p95_us": None, "p99_us": None, "returns": {}})
                errors = sum(
                    c for s, c in op["returns"].items() if s not in OK_STATUSES and s != "NOT_FOUND"
                )
                # YCSB reports a failed op both as [OP], Return=<status> and in [OP-FAILED].
                errors = max(errors, run["failures"].get(op_name + " (FAILED)", 0))
                not_found = op["returns"].get("NOT_FOUND", 0)
                print(
                    f"{(label if first else ''):<22}"
                    f"{fmt(run['throughput'] if first else None, 12) if first else ' ' * 12}  "
                    f"{op_name:<18}{fmt(op['count'], 10)}{fmt(op['avg_us'], 11)}"
                    f"{fmt(op['p95_us'], 10)}{fmt(op['p99_us'], 10)}{fmt(errors, 8)}{fmt(not_found, 9)}"
                )
                first = False
            if not run["complete"]:
                print(f"  !! {run['file']}: no [OVERALL] results (run did not finish)")
            elif total_ops(run) == 0:
                print(f"  !! {run['file']}: no operation was executed")
            for line in run["db_errors"][:3]:
                print(f"  !! {line}")
            for what, count in sorted(run["bad"].items()):
                print(f"  !! {what}: {count}")
            if run["not_found"] and not args.strict:
                print(f"  note: {run['not_found']} operation(s) returned NOT_FOUND")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
