#!/usr/bin/env python3
"""JUnit XML for tools/test-all.sh: every suite leaves one or more XML files, and the test command
sums them instead of scraping logs.

  junit.py write SUITE SECONDS < checks.tsv > suite.xml   (lines "STATUS<TAB>NAME", 0 = passed)
  junit.py from-jest SUITE jest-report.json > suite.xml   (Jest's --json report)
  junit.py sum FILE_OR_DIR...                             (one line per suite, then "N passed, N failed")

A skipped test checked nothing, so sum counts it as failed; so does a suite file that is missing,
unreadable or empty (a suite that did not run must not look green).
"""
import json
import os
import sys
import xml.etree.ElementTree as ET


def suite_element(name, seconds, cases):
    """cases: (name, classname, failure message or None)."""
    failures = sum(1 for c in cases if c[2] is not None)
    suite = ET.Element("testsuite", name=name, tests=str(len(cases)), failures=str(failures), errors="0", skipped="0", time=str(seconds))
    for case_name, classname, failure in cases:
        case = ET.SubElement(suite, "testcase", name=case_name, classname=classname)
        if failure is not None:
            ET.SubElement(case, "failure", message=failure[:500]).text = failure
    return suite


def write(suite, seconds):
    cases = []
    for line in sys.stdin.read().splitlines():
        status, _, name = line.partition("\t")
        cases.append((name, suite, None if status == "0" else "failed"))
    print_xml(suite_element(suite, seconds, cases))


def from_jest(suite, report_path):
    report = json.load(open(report_path))
    cases = []
    for result in report["testResults"]:
        file = os.path.relpath(result["name"])
        if not result["assertionResults"] and result["status"] == "failed":
            cases.append(("(suite failed to run)", file, result.get("message") or "failed"))
        for a in result["assertionResults"]:
            failure = None if a["status"] == "passed" else ("\n".join(a.get("failureMessages") or []) or a["status"])
            cases.append((a["fullName"], file, failure))
    print_xml(suite_element(suite, 0, cases))


def print_xml(element):
    sys.stdout.write(ET.tostring(element, encoding="unicode") + "\n")


def suites_in(path):
    if os.path.isdir(path):
        for root, _, files in os.walk(path):
            for f in sorted(files):
                if f.endswith(".xml"):
                    yield os.path.join(root, f)
    else:
        yield path


def count(path):
    """(passed, failed) of one file; a file that holds no test counts as one failure."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        return 0, 1, f"unreadable ({e})"
    suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
    passed = failed = 0
    for s in suites:
        for case in s.iter("testcase"):
            if any(case.find(tag) is not None for tag in ("failure", "error", "skipped")):
                failed += 1
            else:
                passed += 1
    if passed + failed == 0:
        return 0, 1, "no tests"
    return passed, failed, ""


def total(paths):
    passed = failed = 0
    for arg in paths:
        files = list(suites_in(arg))
        if not files:
            print(f"{arg}: no JUnit XML (the suite did not run)")
            failed += 1
        for f in files:
            p, n, note = count(f)
            print(f"{os.path.relpath(f)}: {p} passed, {n} failed {note}".rstrip())
            passed += p
            failed += n
    print(f"{passed} passed, {failed} failed")
    return failed == 0


def main(argv):
    if len(argv) >= 3 and argv[0] == "write":
        write(argv[1], argv[2])
    elif len(argv) == 3 and argv[0] == "from-jest":
        from_jest(argv[1], argv[2])
    elif len(argv) >= 2 and argv[0] == "sum":
        return 0 if total(argv[1:]) else 1
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
