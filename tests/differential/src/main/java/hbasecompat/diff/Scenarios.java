package hbasecompat.diff;

import static hbasecompat.diff.ScenarioContext.b;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.hbase.CompareOperator;
import org.apache.hadoop.hbase.client.Append;
import org.apache.hadoop.hbase.client.CheckAndMutate;
import org.apache.hadoop.hbase.client.Delete;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Increment;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.ResultScanner;
import org.apache.hadoop.hbase.client.Row;
import org.apache.hadoop.hbase.client.RowMutations;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.filter.BinaryComparator;
import org.apache.hadoop.hbase.filter.ColumnPrefixFilter;
import org.apache.hadoop.hbase.filter.FilterList;
import org.apache.hadoop.hbase.filter.FirstKeyOnlyFilter;
import org.apache.hadoop.hbase.filter.KeyOnlyFilter;
import org.apache.hadoop.hbase.filter.PageFilter;
import org.apache.hadoop.hbase.filter.PrefixFilter;
import org.apache.hadoop.hbase.filter.QualifierFilter;
import org.apache.hadoop.hbase.filter.RowFilter;
import org.apache.hadoop.hbase.filter.SingleColumnValueFilter;
import org.apache.hadoop.hbase.filter.ValueFilter;
import org.apache.hadoop.hbase.util.Bytes;

/** The scenario catalogue. Each one is deterministic: explicit timestamps wherever time matters. */
public final class Scenarios {
  private Scenarios() {}

  static final byte[] CF = b("cf");
  static final byte[] CF2 = b("cf2");
  static final byte[] Q = b("q");

  static void scan(ScenarioContext ctx, Table t, String label, Scan scan) throws Exception {
    try (ResultScanner s = t.getScanner(scan)) {
      List<Result> all = new ArrayList<>();
      for (Result r : s) all.add(r);
      ctx.rec.results(label, all);
    }
  }

  /** Ten rows r0..r9 with cf:q = v<i> at ts 10, and cf:x at ts 10 for even rows. */
  static Table tenRows(ScenarioContext ctx, String name, byte[]... splits) throws Exception {
    Table t = ctx.table(name, new String[] {"cf:3", "cf2:1"}, splits);
    List<Put> puts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Put p = new Put(b("r" + i)).addColumn(CF, Q, 10, b("v" + i));
      if (i % 2 == 0) p.addColumn(CF, b("x"), 10, b("x" + i));
      puts.add(p);
    }
    t.put(puts);
    return t;
  }

  public static List<Scenario> all() {
    List<Scenario> s = new ArrayList<>();

    // ---- puts, gets, versions, timestamps
    s.add(Scenario.of("put-get-basic", "get", "Put then Get one column", ctx -> {
      Table t = ctx.table("t", "cf");
      t.put(new Put(b("r")).addColumn(CF, Q, 5, b("v")));
      ctx.rec.result("get", t.get(new Get(b("r"))));
    }));
    s.add(Scenario.of("get-missing-row", "get", "Get of a row that does not exist", ctx -> {
      Table t = ctx.table("t", "cf");
      ctx.rec.result("get", t.get(new Get(b("nope"))));
    }));
    s.add(Scenario.of("server-timestamps-order", "timestamps", "Server-assigned timestamps increase with later puts", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:3"});
      t.put(new Put(b("r")).addColumn(CF, Q, b("a")));
      Thread.sleep(5);
      t.put(new Put(b("r")).addColumn(CF, Q, b("b")));
      ctx.rec.result("get", t.get(new Get(b("r")).readAllVersions()));
    }));
    s.add(Scenario.of("versions-default-one", "versions", "A family with VERSIONS=1 keeps the newest", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:1"});
      for (long ts = 1; ts <= 3; ts++) t.put(new Put(b("r")).addColumn(CF, Q, ts, b("v" + ts)));
      ctx.rec.result("get-all", t.get(new Get(b("r")).readAllVersions()));
    }));
    s.add(Scenario.of("versions-read-n", "versions", "readVersions(n) against VERSIONS=3", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:3"});
      for (long ts = 1; ts <= 5; ts++) t.put(new Put(b("r")).addColumn(CF, Q, ts, b("v" + ts)));
      ctx.rec.result("get-1", t.get(new Get(b("r"))));
      ctx.rec.result("get-2", t.get(new Get(b("r")).readVersions(2)));
      ctx.rec.result("get-all", t.get(new Get(b("r")).readAllVersions()));
    }));
    s.add(Scenario.of("versions-out-of-order", "versions", "Older timestamps written later sort by timestamp", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:3"});
      t.put(new Put(b("r")).addColumn(CF, Q, 20, b("new")));
      t.put(new Put(b("r")).addColumn(CF, Q, 10, b("old")));
      ctx.rec.result("get", t.get(new Get(b("r"))));
      ctx.rec.result("get-all", t.get(new Get(b("r")).readAllVersions()));
    }));
    s.add(Scenario.of("same-timestamp-overwrite", "versions", "A put at the same timestamp replaces the value", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:3"});
      t.put(new Put(b("r")).addColumn(CF, Q, 7, b("first")));
      t.put(new Put(b("r")).addColumn(CF, Q, 7, b("second")));
      ctx.rec.result("get-all", t.get(new Get(b("r")).readAllVersions()));
    }));
    s.add(Scenario.of("time-range-get", "timestamps", "Get with a time range [from, to)", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:5"});
      for (long ts = 1; ts <= 5; ts++) t.put(new Put(b("r")).addColumn(CF, Q, ts, b("v" + ts)));
      ctx.rec.result("range-2-4", t.get(new Get(b("r")).setTimeRange(2, 4).readAllVersions()));
      ctx.rec.result("range-2-4-latest", t.get(new Get(b("r")).setTimeRange(2, 4)));
      ctx.rec.result("exact-3", t.get(new Get(b("r")).setTimestamp(3)));
    }));
    s.add(Scenario.of("multi-family-projection", "get", "Family and column projections", ctx -> {
      Table t = ctx.table("t", "cf", "cf2");
      t.put(new Put(b("r")).addColumn(CF, b("a"), 1, b("1")).addColumn(CF, b("b"), 1, b("2")).addColumn(CF2, b("c"), 1, b("3")));
      ctx.rec.result("all", t.get(new Get(b("r"))));
      ctx.rec.result("family", t.get(new Get(b("r")).addFamily(CF2)));
      ctx.rec.result("column", t.get(new Get(b("r")).addColumn(CF, b("b"))));
      ctx.rec.result("missing-column", t.get(new Get(b("r")).addColumn(CF, b("zz"))));
    }));
    s.add(Scenario.of("no-such-family", "errors", "Put and Get on a family the table lacks", ctx -> {
      Table t = ctx.table("t", "cf");
      ctx.rec.attempt("put", () -> t.put(new Put(b("r")).addColumn(b("nope"), Q, b("v"))));
      ctx.rec.attempt("get", () -> t.get(new Get(b("r")).addFamily(b("nope"))));
    }));
    s.add(Scenario.of("binary-keys", "get", "Binary row, qualifier and value bytes", ctx -> {
      Table t = ctx.table("t", "cf");
      byte[] row = {0, (byte) 0xff, 0x2c, 0x0a};
      t.put(new Put(row).addColumn(CF, new byte[] {(byte) 0x80, 0}, 1, new byte[] {0, 1, 2, (byte) 0xfe}));
      ctx.rec.result("get", t.get(new Get(row)));
    }));
    s.add(Scenario.of("exists", "get", "exists / existsAll / checkExistenceOnly", ctx -> {
      Table t = ctx.table("t", "cf");
      t.put(new Put(b("r")).addColumn(CF, Q, 1, b("v")));
      ctx.rec.note("exists-r", t.exists(new Get(b("r"))));
      ctx.rec.note("exists-x", t.exists(new Get(b("x"))));
      ctx.rec.note("exists-all", java.util.Arrays.toString(t.exists(List.of(new Get(b("r")), new Get(b("x"))))));
      ctx.rec.result("existence-only", t.get(new Get(b("r")).setCheckExistenceOnly(true)));
    }));

    // ---- deletes
    s.add(Scenario.of("delete-row", "delete", "Delete a whole row", ctx -> {
      Table t = ctx.table("t", "cf", "cf2");
      t.put(new Put(b("r")).addColumn(CF, Q, 1, b("a")).addColumn(CF2, Q, 1, b("b")));
      t.delete(new Delete(b("r")));
      ctx.rec.result("get", t.get(new Get(b("r"))));
    }));
    s.add(Scenario.of("delete-row-at-ts", "delete", "Delete a row up to a timestamp", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:3"});
      for (long ts = 1; ts <= 3; ts++) t.put(new Put(b("r")).addColumn(CF, Q, ts, b("v" + ts)));
      t.delete(new Delete(b("r"), 2));
      ctx.rec.result("get-all", t.get(new Get(b("r")).readAllVersions()));
    }));
    s.add(Scenario.of("delete-family", "delete", "Delete one family", ctx -> {
      Table t = ctx.table("t", "cf", "cf2");
      t.put(new Put(b("r")).addColumn(CF, Q, 1, b("a")).addColumn(CF2, Q, 1, b("b")));
      t.delete(new Delete(b("r")).addFamily(CF));
      ctx.rec.result("get", t.get(new Get(b("r"))));
    }));
    s.add(Scenario.of("delete-family-version", "delete", "Delete one timestamp across a family", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:3"});
      t.put(new Put(b("r")).addColumn(CF, b("a"), 5, b("a5")).addColumn(CF, b("b"), 5, b("b5")).addColumn(CF, b("b"), 4, b("b4")));
      t.delete(new Delete(b("r")).addFamilyVersion(CF, 5));
      ctx.rec.result("get-all", t.get(new Get(b("r")).readAllVersions()));
    }));
    s.add(Scenario.of("delete-column-latest", "delete", "addColumn deletes only the latest version", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:3"});
      for (long ts = 1; ts <= 3; ts++) t.put(new Put(b("r")).addColumn(CF, Q, ts, b("v" + ts)));
      t.delete(new Delete(b("r")).addColumn(CF, Q));
      ctx.rec.result("get-all", t.get(new Get(b("r")).readAllVersions()));
    }));
    s.add(Scenario.of("delete-column-version", "delete", "addColumn(ts) deletes exactly that version", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:3"});
      for (long ts = 1; ts <= 3; ts++) t.put(new Put(b("r")).addColumn(CF, Q, ts, b("v" + ts)));
      t.delete(new Delete(b("r")).addColumn(CF, Q, 2));
      ctx.rec.result("get-all", t.get(new Get(b("r")).readAllVersions()));
    }));
    s.add(Scenario.of("delete-columns-all", "delete", "addColumns deletes every version", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:3"});
      for (long ts = 1; ts <= 3; ts++) t.put(new Put(b("r")).addColumn(CF, Q, ts, b("v" + ts)));
      t.put(new Put(b("r")).addColumn(CF, b("other"), 1, b("o")));
      t.delete(new Delete(b("r")).addColumns(CF, Q));
      ctx.rec.result("get-all", t.get(new Get(b("r")).readAllVersions()));
    }));
    s.add(Scenario.of("delete-columns-at-ts", "delete", "addColumns(ts) deletes versions up to ts", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:3"});
      for (long ts = 1; ts <= 3; ts++) t.put(new Put(b("r")).addColumn(CF, Q, ts, b("v" + ts)));
      t.delete(new Delete(b("r")).addColumns(CF, Q, 2));
      ctx.rec.result("get-all", t.get(new Get(b("r")).readAllVersions()));
    }));
    s.add(Scenario.of("delete-masks-later-older-put", "delete", "A delete marker hides a later put with an older timestamp", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:3"});
      t.delete(new Delete(b("r")).addColumns(CF, Q, 100));
      t.put(new Put(b("r")).addColumn(CF, Q, 50, b("hidden")));
      t.put(new Put(b("r")).addColumn(CF, Q, 150, b("visible")));
      ctx.rec.result("get-all", t.get(new Get(b("r")).readAllVersions()));
    }));
    s.add(Scenario.of("delete-version-then-put-same-ts", "delete", "A version delete hides a later put at that timestamp", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:3"});
      t.put(new Put(b("r")).addColumn(CF, Q, 5, b("a")));
      t.delete(new Delete(b("r")).addColumn(CF, Q, 5));
      t.put(new Put(b("r")).addColumn(CF, Q, 5, b("b")));
      ctx.rec.result("get", t.get(new Get(b("r"))));
    }));

    // ---- increment, append, check-and-mutate, row mutations
    s.add(Scenario.of("increment", "atomic", "Increment creates, adds, returns the new value", ctx -> {
      Table t = ctx.table("t", "cf");
      ctx.rec.note("first", Bytes.toLong(t.increment(new Increment(b("r")).addColumn(CF, Q, 5)).getValue(CF, Q)));
      ctx.rec.note("second", Bytes.toLong(t.increment(new Increment(b("r")).addColumn(CF, Q, -2)).getValue(CF, Q)));
      ctx.rec.note("icv", t.incrementColumnValue(b("r"), CF, Q, 10));
      ctx.rec.note("stored", Bytes.toLong(t.get(new Get(b("r"))).getValue(CF, Q)));
    }));
    s.add(Scenario.of("increment-several-columns", "atomic", "Increment several columns at once", ctx -> {
      Table t = ctx.table("t", "cf");
      Result r = t.increment(new Increment(b("r")).addColumn(CF, b("a"), 1).addColumn(CF, b("b"), 2));
      ctx.rec.note("a", Bytes.toLong(r.getValue(CF, b("a"))));
      ctx.rec.note("b", Bytes.toLong(r.getValue(CF, b("b"))));
      ctx.rec.note("cells", r.size());
    }));
    s.add(Scenario.of("increment-not-a-long", "atomic", "Increment of a non-8-byte value fails", ctx -> {
      Table t = ctx.table("t", "cf");
      t.put(new Put(b("r")).addColumn(CF, Q, b("abc")));
      ctx.rec.attempt("increment", () -> t.increment(new Increment(b("r")).addColumn(CF, Q, 1)));
    }));
    s.add(Scenario.of("increment-no-return", "atomic", "Increment with setReturnResults(false)", ctx -> {
      Table t = ctx.table("t", "cf");
      Result r = t.increment((Increment) new Increment(b("r")).addColumn(CF, Q, 3).setReturnResults(false));
      ctx.rec.note("empty", r.isEmpty());
      ctx.rec.note("stored", Bytes.toLong(t.get(new Get(b("r"))).getValue(CF, Q)));
    }));
    s.add(Scenario.of("append", "atomic", "Append concatenates and returns the new value", ctx -> {
      Table t = ctx.table("t", "cf");
      ctx.rec.note("first", Bytes.toString(t.append(new Append(b("r")).addColumn(CF, Q, b("ab"))).getValue(CF, Q)));
      ctx.rec.note("second", Bytes.toString(t.append(new Append(b("r")).addColumn(CF, Q, b("cd"))).getValue(CF, Q)));
    }));
    for (CompareOperator op : new CompareOperator[] {CompareOperator.LESS, CompareOperator.LESS_OR_EQUAL, CompareOperator.EQUAL,
        CompareOperator.NOT_EQUAL, CompareOperator.GREATER_OR_EQUAL, CompareOperator.GREATER}) {
      s.add(Scenario.of("check-and-put-" + op.name().toLowerCase(), "atomic", "checkAndPut with " + op, ctx -> {
        Table t = ctx.table("t", "cf");
        t.put(new Put(b("r")).addColumn(CF, Q, 1, b("m")));
        for (String operand : new String[] {"a", "m", "z"}) {
          boolean ok = t.checkAndMutate(CheckAndMutate.newBuilder(b("r")).ifMatches(CF, Q, op, b(operand))
              .build(new Put(b("r")).addColumn(CF, b("hit-" + operand), 1, b("y")))).isSuccess();
          ctx.rec.note("operand " + operand, ok);
        }
        ctx.rec.result("row", t.get(new Get(b("r"))));
      }));
    }
    s.add(Scenario.of("check-and-put-if-not-exists", "atomic", "checkAndPut ifNotExists", ctx -> {
      Table t = ctx.table("t", "cf");
      ctx.rec.note("first", t.checkAndMutate(CheckAndMutate.newBuilder(b("r")).ifNotExists(CF, Q).build(new Put(b("r")).addColumn(CF, Q, 1, b("a")))).isSuccess());
      ctx.rec.note("second", t.checkAndMutate(CheckAndMutate.newBuilder(b("r")).ifNotExists(CF, Q).build(new Put(b("r")).addColumn(CF, Q, 1, b("b")))).isSuccess());
      ctx.rec.result("row", t.get(new Get(b("r"))));
    }));
    s.add(Scenario.of("check-and-delete", "atomic", "checkAndDelete on a matching value", ctx -> {
      Table t = ctx.table("t", "cf");
      t.put(new Put(b("r")).addColumn(CF, Q, 1, b("v")));
      ctx.rec.note("wrong", t.checkAndMutate(CheckAndMutate.newBuilder(b("r")).ifEquals(CF, Q, b("x")).build(new Delete(b("r")))).isSuccess());
      ctx.rec.note("right", t.checkAndMutate(CheckAndMutate.newBuilder(b("r")).ifEquals(CF, Q, b("v")).build(new Delete(b("r")))).isSuccess());
      ctx.rec.result("row", t.get(new Get(b("r"))));
    }));
    s.add(Scenario.of("row-mutations", "atomic", "mutateRow: a put and a delete applied together", ctx -> {
      Table t = ctx.table("t", "cf");
      t.put(new Put(b("r")).addColumn(CF, b("old"), 1, b("o")));
      RowMutations rm = new RowMutations(b("r"));
      rm.add(new Put(b("r")).addColumn(CF, b("new"), 1, b("n")));
      rm.add(new Delete(b("r")).addColumns(CF, b("old")));
      t.mutateRow(rm);
      ctx.rec.result("row", t.get(new Get(b("r"))));
    }));

    // ---- batches
    s.add(Scenario.of("batch-mixed", "multi", "A batch of puts, gets and deletes", ctx -> {
      Table t = ctx.table("t", "cf");
      t.put(new Put(b("a")).addColumn(CF, Q, 1, b("1")));
      List<Row> actions = List.of(new Put(b("b")).addColumn(CF, Q, 1, b("2")), new Get(b("a")), new Delete(b("a")), new Get(b("zz")));
      Object[] results = new Object[actions.size()];
      t.batch(actions, results);
      for (int i = 0; i < results.length; i++) {
        if (results[i] instanceof Result) ctx.rec.result("result " + i, (Result) results[i]);
        else ctx.rec.note("result " + i, results[i] == null ? "null" : results[i].getClass().getSimpleName());
      }
      scan(ctx, t, "after", new Scan());
    }));
    s.add(Scenario.of("batch-bad-family", "multi", "A batch where one put names a missing family", ctx -> {
      Table t = ctx.table("t", "cf");
      List<Row> actions = List.of(new Put(b("a")).addColumn(CF, Q, 1, b("1")), new Put(b("b")).addColumn(b("nope"), Q, 1, b("2")), new Put(b("c")).addColumn(CF, Q, 1, b("3")));
      ctx.rec.attempt("batch", () -> t.batch(actions, new Object[3]));
      scan(ctx, t, "after", new Scan());
    }));

    // ---- scans
    s.add(Scenario.of("scan-full", "scan", "Full scan across regions", ctx -> {
      Table t = tenRows(ctx, "t", b("r3"), b("r7"));
      scan(ctx, t, "scan", new Scan());
    }));
    s.add(Scenario.of("scan-start-stop", "scan", "Start inclusive, stop exclusive", ctx -> {
      Table t = tenRows(ctx, "t", b("r5"));
      scan(ctx, t, "scan", new Scan().withStartRow(b("r2")).withStopRow(b("r6")));
    }));
    s.add(Scenario.of("scan-inclusive-flags", "scan", "Start exclusive, stop inclusive", ctx -> {
      Table t = tenRows(ctx, "t", b("r5"));
      scan(ctx, t, "scan", new Scan().withStartRow(b("r2"), false).withStopRow(b("r6"), true));
    }));
    s.add(Scenario.of("scan-reversed", "scan", "Reversed scan across regions", ctx -> {
      Table t = tenRows(ctx, "t", b("r3"), b("r7"));
      scan(ctx, t, "scan", new Scan().setReversed(true));
    }));
    s.add(Scenario.of("scan-reversed-bounds", "scan", "Reversed scan from r8 down to r2", ctx -> {
      Table t = tenRows(ctx, "t", b("r5"));
      scan(ctx, t, "scan", new Scan().setReversed(true).withStartRow(b("r8")).withStopRow(b("r2")));
    }));
    s.add(Scenario.of("scan-limit", "scan", "Scan.setLimit across a region boundary", ctx -> {
      Table t = tenRows(ctx, "t", b("r3"));
      scan(ctx, t, "scan", new Scan().setLimit(5));
    }));
    s.add(Scenario.of("scan-caching-1", "scan", "Caching 1 row per call", ctx -> {
      Table t = tenRows(ctx, "t", b("r5"));
      scan(ctx, t, "scan", new Scan().setCaching(1));
    }));
    s.add(Scenario.of("scan-column-projection", "scan", "Scan one column", ctx -> {
      Table t = tenRows(ctx, "t");
      scan(ctx, t, "scan", new Scan().addColumn(CF, b("x")));
    }));
    s.add(Scenario.of("scan-versions", "scan", "Scan with readAllVersions", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:3"});
      for (long ts = 1; ts <= 4; ts++) t.put(new Put(b("r")).addColumn(CF, Q, ts, b("v" + ts)));
      scan(ctx, t, "scan", new Scan().readAllVersions());
    }));
    s.add(Scenario.of("scan-time-range", "scan", "Scan with a time range", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:3"});
      for (int i = 0; i < 4; i++) t.put(new Put(b("r" + i)).addColumn(CF, Q, i + 1, b("v")));
      scan(ctx, t, "scan", new Scan().setTimeRange(2, 4));
    }));
    s.add(Scenario.of("scan-empty-table", "scan", "Scan of an empty table", ctx -> {
      Table t = ctx.table("t", "cf");
      scan(ctx, t, "scan", new Scan());
    }));
    s.add(Scenario.of("scan-batch", "scan", "Scan.setBatch splits wide rows", ctx -> {
      Table t = ctx.table("t", "cf");
      Put p = new Put(b("r"));
      for (int i = 0; i < 5; i++) p.addColumn(CF, b("c" + i), 1, b("v" + i));
      t.put(p);
      scan(ctx, t, "scan", new Scan().setBatch(2));
    }));

    // ---- filters
    s.add(Scenario.of("filter-prefix", "filter", "PrefixFilter", ctx -> scan(ctx, tenRows(ctx, "t"), "scan", new Scan().setFilter(new PrefixFilter(b("r1"))))));
    s.add(Scenario.of("filter-page", "filter", "PageFilter(3) on one region", ctx -> scan(ctx, tenRows(ctx, "t"), "scan", new Scan().setFilter(new PageFilter(3)))));
    s.add(Scenario.of("filter-first-key-only", "filter", "FirstKeyOnlyFilter", ctx -> scan(ctx, tenRows(ctx, "t"), "scan", new Scan().setFilter(new FirstKeyOnlyFilter()))));
    s.add(Scenario.of("filter-key-only", "filter", "KeyOnlyFilter", ctx -> scan(ctx, tenRows(ctx, "t"), "scan", new Scan().setFilter(new KeyOnlyFilter()))));
    s.add(Scenario.of("filter-key-only-len", "filter", "KeyOnlyFilter(lenAsVal)", ctx -> scan(ctx, tenRows(ctx, "t"), "scan", new Scan().setFilter(new KeyOnlyFilter(true)))));
    s.add(Scenario.of("filter-shell-count", "filter", "FilterList(FirstKeyOnly, KeyOnly) as the shell's count uses", ctx -> scan(ctx, tenRows(ctx, "t"), "scan",
        new Scan().setFilter(new FilterList(new FirstKeyOnlyFilter(), new KeyOnlyFilter())))));
    s.add(Scenario.of("filter-value", "filter", "ValueFilter EQUAL", ctx -> scan(ctx, tenRows(ctx, "t"), "scan",
        new Scan().setFilter(new ValueFilter(CompareOperator.EQUAL, new BinaryComparator(b("v3")))))));
    s.add(Scenario.of("filter-row", "filter", "RowFilter GREATER", ctx -> scan(ctx, tenRows(ctx, "t"), "scan",
        new Scan().setFilter(new RowFilter(CompareOperator.GREATER, new BinaryComparator(b("r6")))))));
    s.add(Scenario.of("filter-qualifier", "filter", "QualifierFilter EQUAL", ctx -> scan(ctx, tenRows(ctx, "t"), "scan",
        new Scan().setFilter(new QualifierFilter(CompareOperator.EQUAL, new BinaryComparator(b("x")))))));
    s.add(Scenario.of("filter-column-prefix", "filter", "ColumnPrefixFilter", ctx -> scan(ctx, tenRows(ctx, "t"), "scan", new Scan().setFilter(new ColumnPrefixFilter(b("x"))))));
    s.add(Scenario.of("filter-single-column-value", "filter", "SingleColumnValueFilter", ctx -> scan(ctx, tenRows(ctx, "t"), "scan",
        new Scan().setFilter(new SingleColumnValueFilter(CF, Q, CompareOperator.EQUAL, b("v4"))))));
    s.add(Scenario.of("filter-list-or", "filter", "FilterList MUST_PASS_ONE of two prefixes", ctx -> scan(ctx, tenRows(ctx, "t"), "scan",
        new Scan().setFilter(new FilterList(FilterList.Operator.MUST_PASS_ONE, new PrefixFilter(b("r1")), new PrefixFilter(b("r8")))))));

    // ---- admin
    s.add(Scenario.of("admin-create-exists", "admin", "Creating an existing table", ctx -> {
      ctx.table("t", "cf");
      ctx.rec.attempt("create-again", () -> ctx.table("t", "cf"));
    }));
    s.add(Scenario.of("admin-delete-enabled", "admin", "Deleting an enabled table", ctx -> {
      ctx.table("t", "cf");
      try (org.apache.hadoop.hbase.client.Admin admin = ctx.connection.getAdmin()) {
        ctx.rec.attempt("delete", () -> admin.deleteTable(ctx.tableName("t")));
        ctx.rec.attempt("enable-enabled", () -> admin.enableTable(ctx.tableName("t")));
        admin.disableTable(ctx.tableName("t"));
        ctx.rec.attempt("disable-disabled", () -> admin.disableTable(ctx.tableName("t")));
        ctx.rec.note("disabled", admin.isTableDisabled(ctx.tableName("t")));
      }
    }));
    s.add(Scenario.of("admin-describe", "admin", "Descriptor round trip (VERSIONS, TTL)", ctx -> {
      ctx.table("t", new String[] {"cf:4:3600"});
      try (org.apache.hadoop.hbase.client.Admin admin = ctx.connection.getAdmin()) {
        org.apache.hadoop.hbase.client.ColumnFamilyDescriptor d = admin.getDescriptor(ctx.tableName("t")).getColumnFamily(CF);
        ctx.rec.note("versions", d.getMaxVersions());
        ctx.rec.note("ttl", d.getTimeToLive());
        ctx.rec.note("regions", admin.getRegions(ctx.tableName("t")).size());
      }
    }));
    return s;
  }
}
