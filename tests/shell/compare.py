#!/usr/bin/env python3
"""Normalizes two outputs of tests/shell/driver.rb and compares them block by block.

  compare.py REFERENCE_OUT GATEWAY_OUT OUT_DIR [JUNIT_XML]

Writes OUT_DIR/reference.normalized and OUT_DIR/gateway.normalized, prints a unified diff of every
block that differs, and ends with the line "N passed, N failed" (one check per command block),
also written as JUnit XML when a path is given (tools/junit/junit.py).
Exit status: 0 when every block is identical after normalization, 1 otherwise.

Only what must differ between two servers is normalized:
  - elapsed times          "Took 0.0123 seconds"                  -> "Took <T> seconds"
  - wall-clock timestamps  "timestamp=2026-11-25T03:35:19.236"    -> "timestamp=<now>"
    (explicit timestamps from the script, which print as 1970-01-01T..., are kept)
  - region names           "t1,,1795577615144.6056f8e2...8025."   -> "t1,<start>,<id>.<encoded>."
  - server names           "127.0.0.1,16020,1700000000000", "127.0.0.1:16020" -> "<server>"
  - Java identity hashes   "=> #<Java::OrgApacheHadoopHbase::HRegionLocation:0x642614b7>" -> ":0x<hash>>"
  - server-side Java stack frames ("\tat org.apache...") that HBase appends to remote exception
    messages: a Java implementation detail no other server can reproduce; the exception class and
    message line before them are kept and compared.
"""
import difflib
import os
import re
import sys

HEADER = re.compile(r'^### (\d+|end)(: .*)?$')

RULES = [
    (re.compile(r'Took \d+\.\d+ seconds'), 'Took <T> seconds'),
    (re.compile(r'timestamp=(?!19[0-9]{2}-)\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?'), 'timestamp=<now>'),
    # full region names: table,startkey,regionid.encodedname.
    (re.compile(r',(\d{13}|\d+)\.([0-9a-f]{32})\.'), ',<id>.<encoded>.'),
    (re.compile(r'\b[0-9a-f]{32}\b'), '<encoded>'),
    # IRB's echo of a Java object: its identity hash differs from JVM to JVM.
    (re.compile(r'(#<Java::[\w:]+):0x[0-9a-f]+>'), r'\1:0x<hash>>'),
    (re.compile(r'\b(127\.0\.0\.1|localhost|[A-Za-z0-9.-]+\.local)[,:]\d+(,\d+)?'), '<server>'),
]
STACK_FRAME = re.compile(r'^\s+at [\w$.<>/]+\(.*\)$|^\s+\.\.\. \d+ more$')


def normalize(text):
    out = []
    for line in text.splitlines():
        if STACK_FRAME.match(line):
            continue
        for pattern, repl in RULES:
            line = pattern.sub(repl, line)
        out.append(line)
    return out


def blocks(lines):
    """[(header, [lines])] in order; anything before the first header is block '<preamble>'."""
    result = []
    current = ('<preamble>', [])
    for line in lines:
        if HEADER.match(line):
            if current[0] != '<preamble>' or current[1]:
                result.append(current)
            current = (line, [])
        else:
            current[1].append(line)
    if current[0] != '<preamble>' or current[1]:
        result.append(current)
    return result


def main():
    if len(sys.argv) not in (4, 5):
        print(__doc__, file=sys.stderr)
        return 2
    ref_path, gw_path, out_dir = sys.argv[1:4]
    with open(ref_path, encoding='utf-8', errors='surrogateescape') as f:
        ref = normalize(f.read())
    with open(gw_path, encoding='utf-8', errors='surrogateescape') as f:
        gw = normalize(f.read())
    for name, lines in (('reference', ref), ('gateway', gw)):
        with open(f'{out_dir}/{name}.normalized', 'w', encoding='utf-8', errors='surrogateescape') as f:
            f.write('\n'.join(lines) + '\n')

    ref_blocks = blocks(ref)
    gw_blocks = dict(blocks(gw))
    gw_order = [h for h, _ in blocks(gw)]
    passed = failed = 0
    cases = []
    for header, body in ref_blocks:
        if header == '### end':
            continue  # the driver's end marker: checked below as "script ran to the end"
        other = gw_blocks.get(header)
        if other == body:
            passed += 1
            cases.append((header, 'shell-compat', None))
            continue
        failed += 1
        cases.append((header, 'shell-compat', 'differs from the reference'))
        print(f'--- DIFF in block {header}', flush=True)
        if other is None:
            print('    (no such block in the gateway output)')
            other = []
        for d in difflib.unified_diff(body, other, 'reference', 'gateway', lineterm='', n=3):
            print(d)
    # Both runs must have got through the whole script, and the gateway run must not have
    # produced blocks the reference did not.
    ref_headers = {h for h, _ in ref_blocks}
    extra = [h for h in gw_order if h not in ref_headers]
    complete = '### end' in ref_headers and '### end' in gw_blocks
    if extra or not complete:
        failed += 1
        cases.append(('block structure', 'shell-compat', 'extra blocks or an incomplete run'))
        print('--- DIFF in block structure:'
              + (f' gateway-only blocks {extra}' if extra else '')
              + ('' if complete else ' (a run did not reach the end of the script)'))
    if len(sys.argv) > 4:
        write_junit(sys.argv[4], cases)
    print(f'{passed} passed, {failed} failed')
    return 0 if failed == 0 else 1


def write_junit(path, cases):
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../tools/junit'))
    import junit  # tools/junit/junit.py

    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(junit.ET.tostring(junit.suite_element('shell-compat', 0, cases), encoding='unicode') + '\n')


if __name__ == '__main__':
    sys.exit(main())
