"""tests/clients: hbase-driver 1.1.1 (PyPI, a pure-Python native HBase RPC client) through the
common operations of tools/client-compat.sh. Usage: hbase_driver_client.py ZK_HOST:PORT
Prints `operation<TAB>observation` lines (see obs.py); the same run against the reference HBase
and against the gateway must print the same lines."""
import sys

from hbasedriver.client.client import Client
from hbasedriver.common.table_name import TableName
from hbasedriver.filter import (BinaryComparator, CompareOperator, PrefixFilter, SingleColumnValueFilter,
                                ValueFilter)
from hbasedriver.operations.column_family_builder import ColumnFamilyDescriptorBuilder
from hbasedriver.operations.delete import Delete
from hbasedriver.operations.get import Get
from hbasedriver.operations.increment import CheckAndPut, Increment
from hbasedriver.operations.put import Put
from hbasedriver.operations.scan import Scan

from obs import emit, run, show

NS = b"default"
TABLE = b"hd_t"
SPLIT = b"hd_s"
SPLIT_KEYS = [b"g", b"n", b"t"]


def fmt_row(row):
    if row is None:
        return "<no row>"
    cells = []
    for fam, cols in row.kv.items():
        for q, v in cols.items():
            cells.append("%s:%s=%s" % (show(fam), show(q), show(v)))
    return "%s %s" % (show(row.rowkey), " ".join(cells))


def scan_rows(table, scan):
    with table.scan(scan) as scanner:
        return [fmt_row(r) for r in scanner] or ["<no rows>"]


def create(admin, name, split_keys=None):
    tn = TableName.value_of(NS, name)
    families = [ColumnFamilyDescriptorBuilder(b"cf").set_max_versions(3).build(),
                ColumnFamilyDescriptorBuilder(b"cg").build()]
    admin.create_table(tn, families, split_keys)
    return "created %s exists=%s" % (show(name), admin.table_exists(tn))


def load(table):
    table.put(Put(b"row-1").add_column(b"cf", b"a", b"v1a").add_column(b"cf", b"b", b"v1b")
              .add_column(b"cg", b"x", b"g1"))
    for i in range(2, 10):
        table.put(Put(b"row-%d" % i).add_column(b"cf", b"a", b"v%d" % i))
    table.put(Put(b"other-1").add_column(b"cf", b"a", b"o1"))
    return "ok"


def data_ops(t):
    run("get", lambda: fmt_row(t.get(Get(b"row-1"))))
    run("get_missing", lambda: fmt_row(t.get(Get(b"no-such-row"))))
    run("get_column", lambda: fmt_row(t.get(Get(b"row-1").add_column(b"cf", b"b"))))
    run("get_family", lambda: fmt_row(t.get(Get(b"row-1").add_family(b"cg"))))
    run("scan_all", lambda: scan_rows(t, Scan()))
    run("scan_range", lambda: scan_rows(t, Scan(b"row-2", b"row-5")))
    run("scan_limit", lambda: scan_rows(t, Scan(b"row-2").set_limit(3)))
    run("scan_columns", lambda: scan_rows(t, Scan(b"row-1", b"row-3").add_column(b"cf", b"b")))
    rev = Scan(b"row-5", b"row-2")
    rev.setReversed(True)
    run("scan_reversed", lambda: scan_rows(t, rev))
    run("filter_prefix", lambda: scan_rows(t, Scan().set_filter(PrefixFilter(b"other"))))
    run("filter_value", lambda: scan_rows(
        t, Scan().set_filter(ValueFilter(CompareOperator.EQUAL, BinaryComparator(b"v4")))))
    run("filter_scv", lambda: scan_rows(t, Scan().set_filter(
        SingleColumnValueFilter(b"cf", b"a", CompareOperator.GREATER, BinaryComparator(b"v7")))))


def mutation_ops(t):
    def delete_column():
        t.delete(Delete(b"row-1").add_column(b"cf", b"a"))
        return fmt_row(t.get(Get(b"row-1")))
    run("delete_column", delete_column)

    def delete_family():
        t.delete(Delete(b"row-1").add_family(b"cg"))
        return fmt_row(t.get(Get(b"row-1")))
    run("delete_family", delete_family)

    def delete_row():
        t.delete(Delete(b"row-2"))
        return fmt_row(t.get(Get(b"row-2")))
    run("delete_row", delete_row)

    def increment():
        a = t.increment(Increment(b"ctr").add_column(b"cf", b"n", 5))
        b = t.increment(Increment(b"ctr").add_column(b"cf", b"n", -2))
        return "%d %d stored=%s" % (a, b, show(t.get(Get(b"ctr")).get(b"cf", b"n")))
    run("increment", increment)

    def check_and_put():
        out = []
        for expected in (b"v3", b"nope"):
            cap = CheckAndPut(b"row-3")
            cap.set_check(b"cf", b"a", expected)
            cap.set_put(Put(b"row-3").add_column(b"cf", b"c", b"set-if-" + expected))
            out.append("expect=%s -> %s" % (show(expected), t.check_and_put(cap)))
        absent = CheckAndPut(b"row-3")
        absent.set_check(b"cf", b"zz", None)
        absent.set_put(Put(b"row-3").add_column(b"cf", b"d", b"was-absent"))
        out.append("absent -> %s" % t.check_and_put(absent))
        out.append(fmt_row(t.get(Get(b"row-3"))))
        return out
    run("check_and_put", check_and_put)


def binary_and_big(t):
    keys = [b"\x00", b"\x00\x01", b"\xff", b"\xff\xff", b"a\x00b"]

    def binary_keys():
        for k in keys:
            t.put(Put(k).add_column(b"cf", b"\x00q\xff", k + b"\xfe"))
        return [fmt_row(t.get(Get(k))) for k in keys]
    run("binary_keys", binary_keys)
    run("binary_scan", lambda: scan_rows(t, Scan(b"\x00", b"\x01")) + scan_rows(t, Scan(b"\xff")))
    big = bytes((i * 7 + 3) % 251 for i in range(1 << 20))

    def big_value():
        t.put(Put(b"big").add_column(b"cf", b"blob", big))
        return fmt_row(t.get(Get(b"big")))
    run("big_value", big_value, 60)


def split_ops(client, admin):
    run("create_split", lambda: create(admin, SPLIT, SPLIT_KEYS))
    s = client.get_table(NS, SPLIT)

    def load_split():
        for k in (b"a1", b"f9", b"g", b"g1", b"m", b"n0", b"s", b"t", b"z9"):
            s.put(Put(k).add_column(b"cf", b"q", k))
        return "ok"
    run("split_put", load_split)
    run("split_scan", lambda: scan_rows(s, Scan()))
    run("split_scan_range", lambda: scan_rows(s, Scan(b"f", b"u")))
    run("split_scan_limit", lambda: scan_rows(s, Scan(b"f").set_limit(4)))
    rev = Scan(b"s", b"b")
    rev.setReversed(True)
    run("split_scan_reversed", lambda: scan_rows(s, rev))
    run("split_get", lambda: [fmt_row(s.get(Get(k))) for k in (b"a1", b"n0", b"z9")])


def main():
    conf = {"hbase.zookeeper.quorum": sys.argv[1]}
    holder = {}
    run("connect", lambda: holder.setdefault("client", Client(conf)) and "connected")
    client = holder.get("client")
    if client is None:
        return
    admin = client.get_admin()
    run("create", lambda: create(admin, TABLE))
    t = client.get_table(NS, TABLE)
    run("put", lambda: load(t))
    data_ops(t)
    mutation_ops(t)
    binary_and_big(t)
    split_ops(client, admin)
    emit("end", "done")


if __name__ == "__main__":
    main()
