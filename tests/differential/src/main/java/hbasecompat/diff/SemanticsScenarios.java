package hbasecompat.diff;

import static hbasecompat.diff.ScenarioContext.b;
import static hbasecompat.diff.Scenarios.CF;
import static hbasecompat.diff.Scenarios.CF2;
import static hbasecompat.diff.Scenarios.Q;
import static hbasecompat.diff.Scenarios.scan;
import static hbasecompat.diff.Scenarios.tenRows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.hadoop.hbase.CompareOperator;
import org.apache.hadoop.hbase.NamespaceDescriptor;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.Append;
import org.apache.hadoop.hbase.client.CheckAndMutate;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.Delete;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Increment;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.RegionInfo;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.ResultScanner;
import org.apache.hadoop.hbase.client.Row;
import org.apache.hadoop.hbase.client.RowMutations;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;
import org.apache.hadoop.hbase.filter.BinaryComparator;
import org.apache.hadoop.hbase.filter.ColumnPaginationFilter;
import org.apache.hadoop.hbase.filter.ColumnValueFilter;
import org.apache.hadoop.hbase.filter.DependentColumnFilter;
import org.apache.hadoop.hbase.filter.FilterBase;
import org.apache.hadoop.hbase.filter.FilterList;
import org.apache.hadoop.hbase.filter.FirstKeyValueMatchingQualifiersFilter;
import org.apache.hadoop.hbase.filter.MultiRowRangeFilter;
import org.apache.hadoop.hbase.filter.PageFilter;
import org.apache.hadoop.hbase.filter.QualifierFilter;
import org.apache.hadoop.hbase.filter.RandomRowFilter;
import org.apache.hadoop.hbase.filter.SingleColumnValueFilter;
import org.apache.hadoop.hbase.filter.ValueFilter;
import org.apache.hadoop.hbase.io.TimeRange;
import org.apache.hadoop.hbase.util.Bytes;

/**
 * TTL, scanner leases, partial results, cell-size limits, the rest of the filter package, per-family
 * result limits, atomic operations in batches and admin changes. Scenarios whose timestamps depend on
 * the clock write them relative to now; the recorder ranks them, so only their order is compared.
 */
public final class SemanticsScenarios {
  private SemanticsScenarios() {}

  /** Server scanner lease both targets run with (tools/differential.sh passes it to each server). */
  static final long LEASE_MS = 4000;

  /** A filter class no server has: HBase must refuse it, never ignore it. */
  public static final class NotOnTheServerFilter extends FilterBase {
    @Override
    public byte[] toByteArray() {
      return new byte[0];
    }
  }

  static Table wideRow(ScenarioContext ctx, String name, int columns) throws Exception {
    Table t = ctx.table(name, "cf:3", "cf2:1");
    Put p = new Put(b("wide"));
    for (int i = 0; i < columns; i++) p.addColumn(i % 3 == 0 ? CF2 : CF, b(String.format("c%02d", i)), 5, b("value-" + i));
    t.put(p);
    t.put(new Put(b("zz")).addColumn(CF, Q, 5, b("after")));
    return t;
  }

  public static List<Scenario> all() {
    List<Scenario> s = new ArrayList<>();

    // ---- TTL: cells older than the family's time-to-live are invisible to every read
    s.add(Scenario.of("ttl-get", "ttl", "Get hides cells older than the TTL", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:1:60"});
      long now = System.currentTimeMillis();
      t.put(new Put(b("r")).addColumn(CF, b("old"), now - 120_000, b("expired")).addColumn(CF, b("new"), now - 1_000, b("live")));
      ctx.rec.result("get", t.get(new Get(b("r"))));
      ctx.rec.note("exists-old", t.exists(new Get(b("r")).addColumn(CF, b("old"))));
    }));
    s.add(Scenario.of("ttl-scan", "ttl", "Scan skips rows whose cells all expired", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:1:60"});
      long now = System.currentTimeMillis();
      for (int i = 0; i < 6; i++) t.put(new Put(b("r" + i)).addColumn(CF, Q, i % 2 == 0 ? now - 300_000 : now - 10 + i, b("v" + i)));
      scan(ctx, t, "scan", new Scan());
      scan(ctx, t, "reversed", new Scan().setReversed(true));
    }));
    s.add(Scenario.of("ttl-versions", "ttl", "Only unexpired versions count against VERSIONS", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:3:60"});
      long now = System.currentTimeMillis();
      for (long age : new long[] {200_000, 100_000, 2_000, 1_000}) t.put(new Put(b("r")).addColumn(CF, Q, now - age, b("age" + age)));
      ctx.rec.result("all-versions", t.get(new Get(b("r")).readAllVersions()));
    }));
    s.add(Scenario.of("ttl-increment", "ttl", "Increment of an expired counter starts from zero", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:1:60"});
      t.put(new Put(b("r")).addColumn(CF, Q, System.currentTimeMillis() - 120_000, Bytes.toBytes(100L)));
      ctx.rec.note("incremented", Bytes.toLong(t.increment(new Increment(b("r")).addColumn(CF, Q, 5)).getValue(CF, Q)));
    }));
    s.add(Scenario.of("ttl-check-and-put", "ttl", "checkAndPut ifNotExists treats an expired cell as absent", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:1:60"});
      t.put(new Put(b("r")).addColumn(CF, Q, System.currentTimeMillis() - 120_000, b("expired")));
      ctx.rec.note("applied", t.checkAndMutate(CheckAndMutate.newBuilder(b("r")).ifNotExists(CF, Q).build(new Put(b("r")).addColumn(CF, Q, b("fresh")))).isSuccess());
      ctx.rec.note("value", Bytes.toString(t.get(new Get(b("r"))).getValue(CF, Q)));
    }));
    s.add(Scenario.of("ttl-expires-while-watched", "ttl", "A cell written now disappears once its 2 s TTL passes", ctx -> {
      Table t = ctx.table("t", new String[] {"cf:1:2"});
      t.put(new Put(b("r")).addColumn(CF, Q, b("short-lived")));
      ctx.rec.note("before", t.exists(new Get(b("r"))));
      Thread.sleep(3_000);
      ctx.rec.note("after", t.exists(new Get(b("r"))));
      scan(ctx, t, "scan-after", new Scan());
    }));

    // ---- scanner leases
    s.add(Scenario.of("scan-lease-expiry", "scan", "A scanner idle beyond its lease: the client reopens it after UnknownScannerException", ctx -> {
      Table t = tenRows(ctx, "t");
      try (ResultScanner rs = t.getScanner(new Scan().setCaching(1))) {
        ctx.rec.result("first", rs.next());
        Thread.sleep(LEASE_MS + 2_000);
        List<Result> rest = new ArrayList<>();
        ctx.rec.attempt("rest", () -> {
          for (Result r : rs) rest.add(r);
        });
        ctx.rec.results("rest", rest);
      }
    }));
    s.add(Scenario.of("scan-lease-renewal", "scan", "renewLease keeps an idle scanner alive past its lease", ctx -> {
      Table t = tenRows(ctx, "t");
      try (ResultScanner rs = t.getScanner(new Scan().setCaching(1))) {
        ctx.rec.result("first", rs.next());
        for (int i = 0; i < 3; i++) {
          Thread.sleep(LEASE_MS / 2);
          ctx.rec.note("renewed", rs.renewLease());
        }
        List<Result> rest = new ArrayList<>();
        for (Result r : rs) rest.add(r);
        ctx.rec.results("rest", rest);
      }
    }));

    // ---- partial results
    s.add(Scenario.of("scan-allow-partial-results", "scan", "allowPartialResults with a 1-byte maxResultSize: one cell per Result", ctx ->
        scan(ctx, wideRow(ctx, "t", 8), "scan", new Scan().setAllowPartialResults(true).setMaxResultSize(1))));
    s.add(Scenario.of("scan-allow-partial-batch", "scan", "allowPartialResults with setBatch(3)", ctx ->
        scan(ctx, wideRow(ctx, "t", 8), "scan", new Scan().setAllowPartialResults(true).setBatch(3))));
    s.add(Scenario.of("scan-partials-stitched", "scan", "A 1-byte maxResultSize without allowPartialResults: the client stitches whole rows", ctx ->
        scan(ctx, wideRow(ctx, "t", 8), "scan", new Scan().setMaxResultSize(1))));
    s.add(Scenario.of("scan-partial-reversed", "scan", "Partial results on a reversed scan", ctx ->
        scan(ctx, wideRow(ctx, "t", 5), "scan", new Scan().setReversed(true).setAllowPartialResults(true).setMaxResultSize(1))));

    // ---- cell size limits
    s.add(Scenario.of("keyvalue-maxsize-server", "edge", "hbase.server.keyvalue.maxsize rejects an 11 MB cell the client let through", ctx -> {
      Table t0 = ctx.table("t", "cf");
      t0.close();
      try (Connection c = ctx.connect("hbase.client.keyvalue.maxsize", "0"); Table t = c.getTable(ctx.tableName("t"))) {
        ctx.rec.attempt("11MB", () -> t.put(new Put(b("big")).addColumn(CF, Q, 1, new byte[11 * 1024 * 1024])));
        ctx.rec.attempt("10MB-minus-1KB", () -> t.put(new Put(b("ok")).addColumn(CF, Q, 1, new byte[10 * 1024 * 1024 - 1024])));
        ctx.rec.note("big-exists", t.exists(new Get(b("big"))));
        ctx.rec.note("ok-length", t.get(new Get(b("ok"))).getValue(CF, Q).length);
      }
    }));
    s.add(Scenario.of("keyvalue-maxsize-client", "edge", "The client's own hbase.client.keyvalue.maxsize check", ctx -> {
      Table t = ctx.table("t", "cf");
      ctx.rec.attempt("exactly-10MB-value", () -> t.put(new Put(b("big")).addColumn(CF, Q, 1, new byte[10 * 1024 * 1024])));
      ctx.rec.note("exists", t.exists(new Get(b("big"))));
    }));
    s.add(Scenario.of("keyvalue-maxsize-in-batch", "edge", "An oversized cell in a batch fails alone", ctx -> {
      Table t0 = ctx.table("t", "cf");
      t0.close();
      try (Connection c = ctx.connect("hbase.client.keyvalue.maxsize", "0"); Table t = c.getTable(ctx.tableName("t"))) {
        List<Row> actions = List.of(new Put(b("a")).addColumn(CF, Q, 1, b("small")), new Put(b("b")).addColumn(CF, Q, 1, new byte[11 * 1024 * 1024]),
            new Put(b("c")).addColumn(CF, Q, 1, b("small")));
        Object[] results = new Object[actions.size()];
        ctx.rec.attempt("batch", () -> t.batch(actions, results));
        for (int i = 0; i < results.length; i++) ctx.rec.note("action" + i, results[i] instanceof Result ? "ok" : results[i] == null ? "null" : Recorder.exceptionClass((Throwable) results[i]));
        scan(ctx, t, "scan", new Scan().addColumn(CF, Q).setFilter(new org.apache.hadoop.hbase.filter.KeyOnlyFilter()));
      }
    }));

    // ---- the rest of the filter package
    s.add(Scenario.of("filter-unknown-class", "filter", "A filter class the server does not have", ctx -> {
      Table t = tenRows(ctx, "t");
      ctx.rec.attempt("scan", () -> {
        try (ResultScanner rs = t.getScanner(new Scan().setFilter(new NotOnTheServerFilter()))) {
          rs.next();
        }
      });
      ctx.rec.attempt("get", () -> t.get(new Get(b("r1")).setFilter(new NotOnTheServerFilter())));
    }));
    s.add(Scenario.of("filter-random-row-all", "filter", "RandomRowFilter(1.0) keeps every row", ctx -> scan(ctx, tenRows(ctx, "t"), "scan", new Scan().setFilter(new RandomRowFilter(1.0f)))));
    s.add(Scenario.of("filter-random-row-none", "filter", "RandomRowFilter(0.0) keeps none", ctx -> scan(ctx, tenRows(ctx, "t"), "scan", new Scan().setFilter(new RandomRowFilter(0.0f)))));
    s.add(Scenario.of("filter-dependent-column", "filter", "DependentColumnFilter keeps cells at the dependent column's timestamps", ctx -> {
      Table t = ctx.table("t", "cf:3", "cf2:3");
      t.put(new Put(b("r1")).addColumn(CF, b("ref"), 10, b("a")).addColumn(CF, Q, 10, b("same-ts")).addColumn(CF, Q, 20, b("other-ts")).addColumn(CF2, Q, 10, b("cf2-same")));
      t.put(new Put(b("r2")).addColumn(CF, Q, 10, b("no-ref")));
      t.put(new Put(b("r3")).addColumn(CF, b("ref"), 30, b("b")).addColumn(CF2, Q, 30, b("match")));
      scan(ctx, t, "keep", new Scan().readAllVersions().setFilter(new DependentColumnFilter(CF, b("ref"))));
      scan(ctx, t, "drop", new Scan().readAllVersions().setFilter(new DependentColumnFilter(CF, b("ref"), true)));
      scan(ctx, t, "value", new Scan().readAllVersions().setFilter(new DependentColumnFilter(CF, b("ref"), false, CompareOperator.EQUAL, new BinaryComparator(b("b")))));
    }));
    s.add(Scenario.of("filter-first-kv-matching-qualifiers", "filter", "FirstKeyValueMatchingQualifiersFilter", ctx -> {
      Table t = wideRow(ctx, "t", 8);
      Set<byte[]> qualifiers = new TreeSet<>(Bytes.BYTES_COMPARATOR);
      qualifiers.add(b("c04"));
      qualifiers.add(b("q"));
      scan(ctx, t, "scan", new Scan().setFilter(new FirstKeyValueMatchingQualifiersFilter(qualifiers)));
    }));
    s.add(Scenario.of("filter-column-value", "filter", "ColumnValueFilter returns only the matching cell", ctx ->
        scan(ctx, tenRows(ctx, "t"), "scan", new Scan().setFilter(new ColumnValueFilter(CF, Q, CompareOperator.GREATER_OR_EQUAL, b("v7"))))));
    s.add(Scenario.of("filter-list-or-cell-filters", "filter", "FilterList MUST_PASS_ONE of a ValueFilter and a QualifierFilter", ctx ->
        scan(ctx, tenRows(ctx, "t"), "scan", new Scan().setFilter(new FilterList(FilterList.Operator.MUST_PASS_ONE,
            new ValueFilter(CompareOperator.EQUAL, new BinaryComparator(b("v3"))), new QualifierFilter(CompareOperator.EQUAL, new BinaryComparator(b("x"))))))));
    s.add(Scenario.of("filter-list-and-page", "filter", "FilterList MUST_PASS_ALL of a ValueFilter and PageFilter(2)", ctx ->
        scan(ctx, tenRows(ctx, "t"), "scan", new Scan().setFilter(new FilterList(FilterList.Operator.MUST_PASS_ALL,
            new SingleColumnValueFilter(CF, b("x"), CompareOperator.NOT_EQUAL, b("x0")), new PageFilter(2))))));
    s.add(Scenario.of("filter-page-across-regions", "filter", "PageFilter(2) counts per region, as HBase does", ctx ->
        scan(ctx, tenRows(ctx, "t", b("r3"), b("r6")), "scan", new Scan().setFilter(new PageFilter(2)))));
    s.add(Scenario.of("filter-scvf-all-versions", "filter", "SingleColumnValueFilter with latestVersionOnly=false", ctx -> {
      Table t = ctx.table("t", "cf:3");
      t.put(new Put(b("r1")).addColumn(CF, Q, 1, b("match")).addColumn(CF, Q, 2, b("newer")));
      t.put(new Put(b("r2")).addColumn(CF, Q, 1, b("other")));
      SingleColumnValueFilter any = new SingleColumnValueFilter(CF, Q, CompareOperator.EQUAL, b("match"));
      any.setLatestVersionOnly(false);
      scan(ctx, t, "any-version", new Scan().setFilter(any));
      scan(ctx, t, "latest-only", new Scan().setFilter(new SingleColumnValueFilter(CF, Q, CompareOperator.EQUAL, b("match"))));
    }));
    s.add(Scenario.of("filter-value-older-version", "filter", "A ValueFilter matching only an older version, reading one version", ctx -> {
      Table t = ctx.table("t", "cf:3");
      t.put(new Put(b("r")).addColumn(CF, Q, 10, b("old")).addColumn(CF, Q, 20, b("new")).addColumn(CF, b("other"), 10, b("old")));
      ValueFilter old = new ValueFilter(CompareOperator.EQUAL, new BinaryComparator(b("old")));
      scan(ctx, t, "scan", new Scan().setFilter(old));
      ctx.rec.result("get", t.get(new Get(b("r")).setFilter(old)));
      ctx.rec.result("get-2-versions", t.get(new Get(b("r")).readVersions(2).setFilter(old)));
    }));
    s.add(Scenario.of("filter-multi-row-range-reversed", "filter", "MultiRowRangeFilter on a reversed scan", ctx -> {
      List<MultiRowRangeFilter.RowRange> ranges = new ArrayList<>(List.of(new MultiRowRangeFilter.RowRange(b("r1"), true, b("r3"), false),
          new MultiRowRangeFilter.RowRange(b("r6"), true, b("r8"), true)));
      scan(ctx, tenRows(ctx, "t", b("r5")), "scan", new Scan().setReversed(true).setFilter(new MultiRowRangeFilter(ranges)));
    }));
    s.add(Scenario.of("filter-column-pagination-get", "filter", "Get with ColumnPaginationFilter(2, 1)", ctx ->
        ctx.rec.result("get", wideRow(ctx, "t", 6).get(new Get(b("wide")).setFilter(new ColumnPaginationFilter(2, 1))))));

    // ---- per-family limits, setTimestamp
    s.add(Scenario.of("get-per-family-limits", "get", "Get.setMaxResultsPerColumnFamily and setRowOffsetPerColumnFamily", ctx -> {
      Table t = wideRow(ctx, "t", 9);
      ctx.rec.result("max2", t.get(new Get(b("wide")).setMaxResultsPerColumnFamily(2)));
      ctx.rec.result("offset2", t.get(new Get(b("wide")).setRowOffsetPerColumnFamily(2)));
      ctx.rec.result("both", t.get(new Get(b("wide")).setRowOffsetPerColumnFamily(1).setMaxResultsPerColumnFamily(1)));
    }));
    s.add(Scenario.of("scan-per-family-limits", "scan", "Scan.setMaxResultsPerColumnFamily(1)", ctx ->
        scan(ctx, wideRow(ctx, "t", 7), "scan", new Scan().setMaxResultsPerColumnFamily(1))));
    s.add(Scenario.of("get-set-timestamp", "timestamps", "Get.setTimestamp reads exactly one timestamp", ctx -> {
      Table t = ctx.table("t", "cf:5");
      for (long ts = 10; ts <= 40; ts += 10) t.put(new Put(b("r")).addColumn(CF, Q, ts, b("v" + ts)));
      ctx.rec.result("at20", t.get(new Get(b("r")).setTimestamp(20).readAllVersions()));
      ctx.rec.result("at25", t.get(new Get(b("r")).setTimestamp(25)));
    }));
    s.add(Scenario.of("scan-set-timestamp", "timestamps", "Scan.setTimestamp", ctx -> {
      Table t = ctx.table("t", "cf:5");
      for (int i = 0; i < 4; i++) t.put(new Put(b("r" + i)).addColumn(CF, Q, 10 + i % 2, b("v" + i)));
      scan(ctx, t, "at11", new Scan().setTimestamp(11));
    }));
    s.add(Scenario.of("versions-delete-newest-reveals-older", "versions", "Deleting the newest version when more than VERSIONS were written", ctx -> {
      Table t = ctx.table("t", "cf:2");
      for (long ts = 1; ts <= 3; ts++) t.put(new Put(b("r")).addColumn(CF, Q, ts, b("v" + ts)));
      t.delete(new Delete(b("r")).addColumn(CF, Q, 3));
      ctx.rec.result("after-delete", t.get(new Get(b("r")).readAllVersions()));
    }));

    // ---- atomic operations and batches
    s.add(Scenario.of("increment-negative-and-zero", "atomic", "Increment by a negative amount and by zero", ctx -> {
      Table t = ctx.table("t", "cf");
      t.increment(new Increment(b("r")).addColumn(CF, Q, 10));
      ctx.rec.note("minus15", Bytes.toLong(t.increment(new Increment(b("r")).addColumn(CF, Q, -15)).getValue(CF, Q)));
      ctx.rec.note("zero", Bytes.toLong(t.increment(new Increment(b("r")).addColumn(CF, Q, 0)).getValue(CF, Q)));
      ctx.rec.note("zero-new-column", t.increment(new Increment(b("r")).addColumn(CF, b("n"), 0)).size());
    }));
    s.add(Scenario.of("increment-missing-family", "atomic", "Increment and append on a missing family", ctx -> {
      Table t = ctx.table("t", "cf");
      ctx.rec.attempt("increment", () -> t.increment(new Increment(b("r")).addColumn(b("nope"), Q, 1)));
      ctx.rec.attempt("append", () -> t.append(new Append(b("r")).addColumn(b("nope"), Q, b("x"))));
    }));
    s.add(Scenario.of("append-no-return", "atomic", "Append with setReturnResults(false)", ctx -> {
      Table t = ctx.table("t", "cf");
      t.put(new Put(b("r")).addColumn(CF, Q, b("a")));
      Result r = t.append(new Append(b("r")).addColumn(CF, Q, b("b")).setReturnResults(false));
      ctx.rec.note("returned-cells", r == null ? "null" : String.valueOf(r.size()));
      ctx.rec.note("value", Bytes.toString(t.get(new Get(b("r"))).getValue(CF, Q)));
    }));
    s.add(Scenario.of("check-and-mutate-row-mutations", "atomic", "checkAndMutate applying RowMutations", ctx -> {
      Table t = ctx.table("t", "cf");
      t.put(new Put(b("r")).addColumn(CF, Q, 1, b("v")).addColumn(CF, b("gone"), 1, b("g")));
      RowMutations rm = new RowMutations(b("r"));
      rm.add(new Put(b("r")).addColumn(CF, b("added"), 2, b("yes")));
      rm.add(new Delete(b("r")).addColumns(CF, b("gone")));
      ctx.rec.note("applied", t.checkAndMutate(CheckAndMutate.newBuilder(b("r")).ifEquals(CF, Q, b("v")).build(rm)).isSuccess());
      RowMutations rm2 = new RowMutations(b("r"));
      rm2.add(new Put(b("r")).addColumn(CF, b("never"), 2, b("no")));
      ctx.rec.note("not-applied", t.checkAndMutate(CheckAndMutate.newBuilder(b("r")).ifEquals(CF, Q, b("w")).build(rm2)).isSuccess());
      ctx.rec.result("row", t.get(new Get(b("r"))));
    }));
    s.add(Scenario.of("check-and-mutate-time-range", "atomic", "checkAndMutate whose condition reads a time range", ctx -> {
      Table t = ctx.table("t", "cf:3");
      t.put(new Put(b("r")).addColumn(CF, Q, 10, b("old")).addColumn(CF, Q, 20, b("new")));
      ctx.rec.note("old-in-range", t.checkAndMutate(CheckAndMutate.newBuilder(b("r")).ifEquals(CF, Q, b("old")).timeRange(TimeRange.between(5, 15))
          .build(new Put(b("r")).addColumn(CF, b("a"), 30, b("1")))).isSuccess());
      ctx.rec.note("new-out-of-range", t.checkAndMutate(CheckAndMutate.newBuilder(b("r")).ifEquals(CF, Q, b("new")).timeRange(TimeRange.between(5, 15))
          .build(new Put(b("r")).addColumn(CF, b("b"), 30, b("1")))).isSuccess());
      ctx.rec.result("row", t.get(new Get(b("r"))));
    }));
    s.add(Scenario.of("batch-increment-append", "multi", "A batch of increments, appends, puts and gets", ctx -> {
      Table t = ctx.table("t", "cf");
      t.put(new Put(b("r")).addColumn(CF, b("s"), 1, b("x")));
      List<Row> actions = List.of(new Increment(b("r")).addColumn(CF, Q, 7), new Append(b("r")).addColumn(CF, b("s"), b("y")),
          new Put(b("p")).addColumn(CF, Q, 1, b("put")), new Get(b("r")), new Increment(b("r")).addColumn(CF, Q, 1));
      Object[] results = new Object[actions.size()];
      t.batch(actions, results);
      for (int i = 0; i < results.length; i++) {
        Result r = (Result) results[i];
        ctx.rec.note("action" + i, r.isEmpty() ? "empty" : r.size() + " cells");
      }
      ctx.rec.note("counter", Bytes.toLong(t.get(new Get(b("r"))).getValue(CF, Q)));
      ctx.rec.note("appended", Bytes.toString(t.get(new Get(b("r"))).getValue(CF, b("s"))));
    }));
    s.add(Scenario.of("multi-get-missing-rows", "multi", "get(List) and exists(List) with missing rows", ctx -> {
      Table t = tenRows(ctx, "t", b("r5"));
      Result[] rs = t.get(List.of(new Get(b("r1")), new Get(b("nope")), new Get(b("r7")).addColumn(CF, b("x")), new Get(b("r8")).addColumn(CF, b("x"))));
      for (int i = 0; i < rs.length; i++) ctx.rec.result("get" + i, rs[i]);
      boolean[] ex = t.exists(List.of(new Get(b("r1")), new Get(b("nope")), new Get(b("r9"))));
      ctx.rec.note("exists", java.util.Arrays.toString(ex));
    }));
    s.add(Scenario.of("mutate-row-delete-family-put", "atomic", "mutateRow: delete a family and put into it at once", ctx -> {
      Table t = ctx.table("t", "cf", "cf2");
      t.put(new Put(b("r")).addColumn(CF, Q, 1, b("a")).addColumn(CF2, Q, 1, b("b")));
      RowMutations rm = new RowMutations(b("r"));
      rm.add(new Delete(b("r")).addFamily(CF, 5));
      rm.add(new Put(b("r")).addColumn(CF, b("n"), 6, b("after")));
      t.mutateRow(rm);
      ctx.rec.result("row", t.get(new Get(b("r"))));
    }));

    // ---- admin changes
    s.add(Scenario.of("admin-add-family", "admin", "Add a family to a live table, then write to it", ctx -> {
      Table t = ctx.table("t", "cf");
      try (Admin admin = ctx.connection.getAdmin()) {
        admin.addColumnFamily(ctx.tableName("t"), ColumnFamilyDescriptorBuilder.newBuilder(b("added")).setMaxVersions(2).build());
        ctx.rec.note("families", admin.getDescriptor(ctx.tableName("t")).getColumnFamilyNames().size());
        ctx.rec.attempt("add-again", () -> admin.addColumnFamily(ctx.tableName("t"), ColumnFamilyDescriptorBuilder.of("added")));
      }
      t.put(new Put(b("r")).addColumn(b("added"), Q, 1, b("v1")).addColumn(b("added"), Q, 2, b("v2")).addColumn(b("added"), Q, 3, b("v3")));
      ctx.rec.result("get", t.get(new Get(b("r")).readAllVersions()));
    }));
    s.add(Scenario.of("admin-modify-versions", "admin", "Raise a family's VERSIONS, then read more versions", ctx -> {
      Table t = ctx.table("t", "cf:1");
      try (Admin admin = ctx.connection.getAdmin()) {
        admin.modifyColumnFamily(ctx.tableName("t"), ColumnFamilyDescriptorBuilder.newBuilder(CF).setMaxVersions(3).build());
        ctx.rec.note("versions", admin.getDescriptor(ctx.tableName("t")).getColumnFamily(CF).getMaxVersions());
      }
      for (long ts = 1; ts <= 4; ts++) t.put(new Put(b("r")).addColumn(CF, Q, ts, b("v" + ts)));
      ctx.rec.result("get", t.get(new Get(b("r")).readAllVersions()));
    }));
    s.add(Scenario.of("admin-delete-family", "admin", "Delete a family: its cells are gone, writes to it fail", ctx -> {
      Table t = ctx.table("t", "cf", "cf2");
      t.put(new Put(b("r")).addColumn(CF, Q, 1, b("a")).addColumn(CF2, Q, 1, b("b")));
      try (Admin admin = ctx.connection.getAdmin()) {
        admin.deleteColumnFamily(ctx.tableName("t"), CF2);
      }
      ctx.rec.result("get", t.get(new Get(b("r"))));
      ctx.rec.attempt("put-deleted-family", () -> t.put(new Put(b("r")).addColumn(CF2, Q, 2, b("c"))));
    }));
    s.add(Scenario.of("admin-namespaces", "admin", "Namespaces: create, list tables, refuse to delete a non-empty one", ctx -> {
      String ns = ctx.tableName("ns").getNameAsString().replace("_ns", "ns").replace("_", "");
      try (Admin admin = ctx.connection.getAdmin()) {
        admin.createNamespace(NamespaceDescriptor.create(ns).build());
        ctx.rec.attempt("create-again", () -> admin.createNamespace(NamespaceDescriptor.create(ns).build()));
        TableName tn = TableName.valueOf(ns, "t");
        admin.createTable(TableDescriptorBuilder.newBuilder(tn).setColumnFamily(ColumnFamilyDescriptorBuilder.of(CF)).build());
        ctx.rec.note("tables", admin.listTableNamesByNamespace(ns).length);
        ctx.rec.attempt("delete-non-empty", () -> admin.deleteNamespace(ns));
        try (Table t = ctx.connection.getTable(tn)) {
          t.put(new Put(b("r")).addColumn(CF, Q, 1, b("in-ns")));
          ctx.rec.result("get", t.get(new Get(b("r"))));
        }
        admin.disableTable(tn);
        admin.deleteTable(tn);
        ctx.rec.attempt("delete-empty", () -> admin.deleteNamespace(ns));
        ctx.rec.attempt("table-in-missing-namespace", () -> admin.createTable(
            TableDescriptorBuilder.newBuilder(TableName.valueOf(ns, "t2")).setColumnFamily(ColumnFamilyDescriptorBuilder.of(CF)).build()));
      }
    }));
    s.add(Scenario.of("admin-truncate-preserve-splits", "admin", "truncateTable keeps or drops the split points", ctx -> {
      Table t = tenRows(ctx, "t", b("r3"), b("r6"));
      try (Admin admin = ctx.connection.getAdmin()) {
        admin.disableTable(ctx.tableName("t"));
        admin.truncateTable(ctx.tableName("t"), true);
        ctx.rec.note("regions-preserved", admin.getRegions(ctx.tableName("t")).size());
        ctx.rec.note("enabled", admin.isTableEnabled(ctx.tableName("t")));
        scan(ctx, t, "after-truncate", new Scan());
        admin.disableTable(ctx.tableName("t"));
        admin.truncateTable(ctx.tableName("t"), false);
        ctx.rec.note("regions-dropped", admin.getRegions(ctx.tableName("t")).size());
      }
    }));
    s.add(Scenario.of("admin-region-boundaries", "admin", "Region start and end keys of a pre-split table", ctx -> {
      ctx.table("t", new String[] {"cf"}, b("b"), b("m"), new byte[] {(byte) 0xff});
      try (Admin admin = ctx.connection.getAdmin()) {
        for (RegionInfo ri : admin.getRegions(ctx.tableName("t"))) {
          ctx.rec.note("region", Bytes.toStringBinary(ri.getStartKey()) + " .. " + Bytes.toStringBinary(ri.getEndKey()) + " id-positive=" + (ri.getRegionId() > 0));
        }
      }
    }));
    s.add(Scenario.of("admin-list-pattern", "admin", "tableExists and listTableNames with a pattern", ctx -> {
      ctx.table("alpha", "cf");
      ctx.table("beta", "cf");
      try (Admin admin = ctx.connection.getAdmin()) {
        ctx.rec.note("exists", admin.tableExists(ctx.tableName("alpha")));
        ctx.rec.note("missing", admin.tableExists(ctx.tableName("gamma")));
        TableName[] names = admin.listTableNames(Pattern.compile(Pattern.quote(ctx.tableName("a").getNameAsString()) + "lpha"));
        ctx.rec.note("matched", names.length);
      }
    }));
    return s;
  }
}
