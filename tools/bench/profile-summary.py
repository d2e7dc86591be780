#!/usr/bin/env python3
"""Top functions by self time in V8 .cpuprofile files (node --cpu-prof), with their share."""
import json
import sys
from collections import Counter


def main() -> None:
    self_us = Counter()
    total = 0
    for path in sys.argv[1:]:
        prof = json.load(open(path))
        nodes = {n["id"]: n for n in prof["nodes"]}
        deltas = prof.get("timeDeltas", [])
        for sample, delta in zip(prof.get("samples", []), deltas):
            frame = nodes[sample]["callFrame"]
            url = frame.get("url", "").rsplit("/", 1)[-1]
            name = f'{frame.get("functionName") or "(anonymous)"} {url}:{frame.get("lineNumber", 0) + 1}' if url else frame.get("functionName") or "(program)"
            self_us[name] += delta
            total += delta
    print(f"gateway CPU profile: {total / 1e6:.1f} s sampled; top functions by self time")
    for name, us in self_us.most_common(25):
        print(f"{100 * us / max(total, 1):6.2f}%  {us / 1e6:7.2f} s  {name}")


if __name__ == "__main__":
    main()
