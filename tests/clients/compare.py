"""tests/clients: compares the observations of each client program on the reference HBase with
those on each gateway target, operation by operation, for tools/client-compat.sh.

  compare.py OUT_DIR CLIENT... --targets reference,gateway[,gateway-fluss]
OUT_DIR/<client>.<target>.txt holds `operation<TAB>observation` lines. One check per client, per
gateway target, per operation: passed when the operation's lines are identical to the
reference's (an operation that fails the same way on both is the client's own limit and passes).
Writes OUT_DIR/operations.md (per client: operation | works on HBase | works on <target> |
identical) and OUT_DIR/diff.txt, prints both, then `client-compat: N passed, N failed`; with
--junit PATH also JUnit XML, one test case per check (tools/junit/junit.py).
A difference listed in tests/clients/known-differences.txt ("client operation: reason") passes as
documented, as the differential suite's known differences do; it stays in the table and diff.
"""
import argparse
import collections
import difflib
import os
import sys


def read_ops(path):
    """Operation -> its lines, in first-seen order; a missing file (the program never ran) is {}."""
    ops = collections.OrderedDict()
    if not os.path.exists(path):
        return ops
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            op, _, text = line.rstrip("\n").partition("\t")
            ops.setdefault(op, []).append(text)
    return ops


def works(lines):
    if lines is None:
        return "no (not reached)"
    bad = [t for t in lines if t.startswith("ERROR")]
    return "no (%s)" % bad[0][6:] if bad else "yes"


def read_known(path):
    """(client, operation) -> why the gateway differs there ('#' comments)."""
    known = {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#") and ":" in line:
                key, reason = line.split(":", 1)
                client, _, op = key.strip().partition(" ")
                known[(client, op.strip())] = reason.strip()
    return known


KNOWN = read_known(os.path.join(os.path.dirname(os.path.abspath(__file__)), "known-differences.txt"))


def compare_client(out_dir, client, targets, diffs):
    ref = read_ops(os.path.join(out_dir, "%s.%s.txt" % (client, targets[0])))
    others = {t: read_ops(os.path.join(out_dir, "%s.%s.txt" % (client, t))) for t in targets[1:]}
    names = list(ref)
    for ops in others.values():
        names += [op for op in ops if op not in names]
    header = "| operation | works on HBase | " + " | ".join(
        "works on %s | identical (%s)" % (t, t) for t in targets[1:]) + " |"
    rows = ["### %s" % client, "", header, "|" + " --- |" * (2 + 2 * len(targets[1:]))]
    passed = failed = 0
    cases = []
    if not names:
        names = ["end"]  # nothing ran anywhere: still one failing check
    for op in names:
        cells = [op, works(ref.get(op))]
        for t, ops in others.items():
            same = op in ref and ref.get(op) == ops.get(op)
            reason = None if same else KNOWN.get((client, op))
            ok = same or reason is not None
            passed, failed = passed + ok, failed + (not ok)
            cases.append(("%s %s on %s" % (client, op, t), "client-compat.%s" % client,
                          None if ok else "differs from the reference HBase"))
            cells += [works(ops.get(op)), "yes" if same else ("documented" if reason else "NO")]
            if not same:
                diffs.append("--- %s %s: reference vs %s%s" % (client, op, t, " (documented: %s)" % reason if reason else ""))
                lines = list(difflib.unified_diff(
                    ref.get(op, ["<not reached>"]), ops.get(op, ["<not reached>"]), lineterm="", n=0))[2:]
                more = ["(%d more lines)" % (len(lines) - 12)] if len(lines) > 12 else []
                diffs += ["    " + d for d in lines[:12] + more]
        rows.append("| " + " | ".join(cells) + " |")
    return rows + [""], passed, failed, cases


def write_junit(path, cases):
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../tools/junit"))
    import junit  # tools/junit/junit.py
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(junit.ET.tostring(junit.suite_element("client-compat", 0, cases), encoding="unicode") + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out_dir")
    ap.add_argument("clients", nargs="+")
    ap.add_argument("--targets", required=True)
    ap.add_argument("--junit")
    args = ap.parse_args()
    targets = args.targets.split(",")
    table, diffs, passed, failed = ["# client-compat: operations per client", ""], [], 0, 0
    cases = []
    for client in args.clients:
        rows, p, f, c = compare_client(args.out_dir, client, targets, diffs)
        table += rows
        cases += c
        passed, failed = passed + p, failed + f
    with open(os.path.join(args.out_dir, "operations.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(table) + "\n")
    with open(os.path.join(args.out_dir, "diff.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(diffs) + "\n")
    if args.junit:
        write_junit(args.junit, cases)
    print("\n".join(table))
    if diffs:
        print("differences:")
        print("\n".join(diffs))
    print("client-compat: %d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
