#!/usr/bin/env python3
"""Top functions in V8 .cpuprofile files (node --cpu-prof): by self time, then by inclusive time.

  profile-summary.py [--window FILE]... [--top N] PROFILE...

--window FILE: count only samples taken between the two CLOCK_MONOTONIC microsecond stamps in FILE
(one per line, as ycsb-gateway.sh writes around each workload); V8 stamps its samples on the same
clock, so a profile of a whole gateway run can be cut down to one workload. Repeatable (union).
"""
import argparse
import json
from collections import Counter


def frame_name(frame: dict) -> str:
    url = frame.get("url", "").rsplit("/", 1)[-1]
    fn = frame.get("functionName") or "(anonymous)"
    return f'{fn} {url}:{frame.get("lineNumber", 0) + 1}' if url else frame.get("functionName") or "(program)"


def summarise(paths, windows, top):
    self_us, incl_us = Counter(), Counter()
    total = 0
    for path in paths:
        prof = json.load(open(path))
        nodes = {n["id"]: n for n in prof["nodes"]}
        parent = {c: n["id"] for n in prof["nodes"] for c in n.get("children", [])}
        t = prof.get("startTime", 0)
        for sample, delta in zip(prof.get("samples", []), prof.get("timeDeltas", [])):
            t += delta
            if windows and not any(a <= t <= b for a, b in windows):
                continue
            name = frame_name(nodes[sample]["callFrame"])
            self_us[name] += delta
            total += delta
            seen = set()
            node = sample
            while node is not None:  # each function once per sample, however deep it recurses
                n = frame_name(nodes[node]["callFrame"])
                if n not in seen:
                    seen.add(n)
                    incl_us[n] += delta
                node = parent.get(node)
    busy = total - self_us["(idle)"]
    print(f"gateway CPU profile: {total / 1e6:.1f} s sampled, {busy / 1e6:.1f} s not idle; top functions by self time")
    for name, us in self_us.most_common(top):
        print(f"{100 * us / max(total, 1):6.2f}%  {us / 1e6:7.2f} s  {name}")
    print("by inclusive time (share of the not-idle time)")
    skip = {"(root)", "(idle)", "(program)", "(garbage collector)"}
    for name, us in [e for e in incl_us.most_common(top + len(skip)) if e[0] not in skip][:top]:
        print(f"{100 * us / max(busy, 1):6.2f}%  {us / 1e6:7.2f} s  {name}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--window", action="append", default=[])
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("profiles", nargs="+")
    a = ap.parse_args()
    windows = []
    for w in a.window:
        stamps = [int(x) for x in open(w).read().split()]
        windows.append((stamps[0], stamps[1]))
    summarise(a.profiles, windows, a.top)


if __name__ == "__main__":
    main()
