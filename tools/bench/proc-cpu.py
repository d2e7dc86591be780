#!/usr/bin/env python3
"""CPU seconds so far, from /proc, for the benchmarks' CPU split between processes.

  proc-cpu.py PID...

Prints one line: the CPU seconds (user + system) each PID has used (0.0 for one that is gone or
not a number), then the machine's busy seconds and its capacity (all cores) since boot. Run it
before and after a workload and subtract.
"""
import os
import sys

TICK = os.sysconf("SC_CLK_TCK")


def process_seconds(pid: str) -> float:
    try:
        fields = open(f"/proc/{int(pid)}/stat").read().rsplit(")", 1)[1].split()
    except (OSError, ValueError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICK  # utime + stime, after the command name


def machine_seconds() -> tuple:
    st = [int(x) for x in open("/proc/stat").readline().split()[1:]]
    return (sum(st) - st[3] - st[4]) / TICK, sum(st) / TICK  # busy (all but idle and iowait), capacity


print(" ".join(str(x) for x in [*(process_seconds(p) for p in sys.argv[1:]), *machine_seconds()]))
