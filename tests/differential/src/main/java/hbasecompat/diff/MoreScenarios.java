package hbasecompat.diff;

import static hbasecompat.diff.ScenarioContext.b;
import static hbasecompat.diff.Scenarios.CF;
import static hbasecompat.diff.Scenarios.Q;
import static hbasecompat.diff.Scenarios.scan;
import static hbasecompat.diff.Scenarios.tenRows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.hbase.CompareOperator;
import org.apache.hadoop.hbase.client.Append;
import org.apache.hadoop.hbase.client.CheckAndMutate;
import org.apache.hadoop.hbase.client.Delete;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Increment;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.filter.BinaryComparator;
import org.apache.hadoop.hbase.filter.BinaryPrefixComparator;
import org.apache.hadoop.hbase.filter.BitComparator;
import org.apache.hadoop.hbase.filter.ByteArrayComparable;
import org.apache.hadoop.hbase.filter.ColumnCountGetFilter;
import org.apache.hadoop.hbase.filter.ColumnPaginationFilter;
import org.apache.hadoop.hbase.filter.ColumnRangeFilter;
import org.apache.hadoop.hbase.filter.FamilyFilter;
import org.apache.hadoop.hbase.filter.Filter;
import org.apache.hadoop.hbase.filter.FilterList;
import org.apache.hadoop.hbase.filter.FuzzyRowFilter;
import org.apache.hadoop.hbase.filter.InclusiveStopFilter;
import org.apache.hadoop.hbase.filter.LongComparator;
import org.apache.hadoop.hbase.filter.MultiRowRangeFilter;
import org.apache.hadoop.hbase.filter.MultipleColumnPrefixFilter;
import org.apache.hadoop.hbase.filter.NullComparator;
import org.apache.hadoop.hbase.filter.QualifierFilter;
import org.apache.hadoop.hbase.filter.RegexStringComparator;
import org.apache.hadoop.hbase.filter.RowFilter;
import org.apache.hadoop.hbase.filter.SingleColumnValueExcludeFilter;
import org.apache.hadoop.hbase.filter.SingleColumnValueFilter;
import org.apache.hadoop.hbase.filter.SkipFilter;
import org.apache.hadoop.hbase.filter.SubstringComparator;
import org.apache.hadoop.hbase.filter.TimestampsFilter;
import org.apache.hadoop.hbase.filter.ValueFilter;
import org.apache.hadoop.hbase.filter.WhileMatchFilter;
import org.apache.hadoop.hbase.util.Bytes;
import org.apache.hadoop.hbase.util.Pair;

/** Filters with every comparator, more scans, atomic operations and edge cases. */
public final class MoreScenarios {
  private MoreScenarios() {}

  static Scenario filterScan(String id, String title, Filter filter) {
    return Scenario.of(id, "filter", title, ctx -> scan(ctx, tenRows(ctx, "t", b("r5")), "scan", new Scan().setFilter(filter)));
  }

  public static List<Scenario> all() {
    List<Scenario> s = new ArrayList<>();
    CompareOperator[] ops = CompareOperator.values();
    ByteArrayComparable[][] comparators = {
      {new BinaryComparator(b("v5"))}, {new BinaryPrefixComparator(b("v"))}, {new SubstringComparator("V7")},
      {new RegexStringComparator("^v[2-4]$")}, {new NullComparator()},
    };
    for (ByteArrayComparable[] c : comparators) {
      String name = c[0].getClass().getSimpleName().replace("Comparator", "").toLowerCase();
      for (CompareOperator op : ops) {
        if (op == CompareOperator.NO_OP) continue;
        if ((c[0] instanceof SubstringComparator || c[0] instanceof RegexStringComparator || c[0] instanceof NullComparator)
            && op != CompareOperator.EQUAL && op != CompareOperator.NOT_EQUAL) continue;
        s.add(filterScan("filter-value-" + name + "-" + op.name().toLowerCase(), "ValueFilter " + op + " with " + c[0].getClass().getSimpleName(),
            new ValueFilter(op, c[0])));
      }
    }
    s.add(filterScan("filter-row-prefix-comparator", "RowFilter with BinaryPrefixComparator", new RowFilter(CompareOperator.EQUAL, new BinaryPrefixComparator(b("r1")))));
    s.add(filterScan("filter-row-regex", "RowFilter with RegexStringComparator", new RowFilter(CompareOperator.EQUAL, new RegexStringComparator("r[13579]"))));
    s.add(filterScan("filter-family", "FamilyFilter EQUAL cf", new FamilyFilter(CompareOperator.EQUAL, new BinaryComparator(b("cf")))));
    s.add(filterScan("filter-qualifier-less", "QualifierFilter LESS x", new QualifierFilter(CompareOperator.LESS, new BinaryComparator(b("x")))));
    s.add(filterScan("filter-multiple-column-prefix", "MultipleColumnPrefixFilter", new MultipleColumnPrefixFilter(new byte[][] {b("q"), b("zz")})));
    s.add(filterScan("filter-column-range", "ColumnRangeFilter [q, x)", new ColumnRangeFilter(b("q"), true, b("x"), false)));
    s.add(filterScan("filter-column-range-inclusive", "ColumnRangeFilter [q, x]", new ColumnRangeFilter(b("q"), true, b("x"), true)));
    s.add(filterScan("filter-column-pagination", "ColumnPaginationFilter(1, 1)", new ColumnPaginationFilter(1, 1)));
    s.add(filterScan("filter-column-count-get", "ColumnCountGetFilter(1) in a scan", new ColumnCountGetFilter(1)));
    s.add(filterScan("filter-scvf-missing", "SingleColumnValueFilter on a column some rows lack", new SingleColumnValueFilter(CF, b("x"), CompareOperator.EQUAL, b("x4"))));
    SingleColumnValueFilter ifMissing = new SingleColumnValueFilter(CF, b("x"), CompareOperator.NOT_EQUAL, b("x4"));
    ifMissing.setFilterIfMissing(true);
    s.add(filterScan("filter-scvf-filter-if-missing", "SingleColumnValueFilter filterIfMissing", ifMissing));
    s.add(filterScan("filter-scv-exclude", "SingleColumnValueExcludeFilter", new SingleColumnValueExcludeFilter(CF, Q, CompareOperator.EQUAL, b("v6"))));
    s.add(filterScan("filter-inclusive-stop", "InclusiveStopFilter r3", new InclusiveStopFilter(b("r3"))));
    try {
      s.add(filterScan("filter-multi-row-range", "MultiRowRangeFilter two ranges", new MultiRowRangeFilter(new ArrayList<>(List.of(
          new MultiRowRangeFilter.RowRange(b("r1"), true, b("r3"), false), new MultiRowRangeFilter.RowRange(b("r6"), true, b("r7"), true))))));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    s.add(filterScan("filter-timestamps", "TimestampsFilter", new TimestampsFilter(List.of(10L, 99L))));
    s.add(filterScan("filter-while-match", "WhileMatchFilter(RowFilter < r4)", new WhileMatchFilter(new RowFilter(CompareOperator.LESS, new BinaryComparator(b("r4"))))));
    s.add(filterScan("filter-skip", "SkipFilter(ValueFilter != x4)", new SkipFilter(new ValueFilter(CompareOperator.NOT_EQUAL, new BinaryComparator(b("x4"))))));
    s.add(filterScan("filter-fuzzy-row", "FuzzyRowFilter r?", new FuzzyRowFilter(List.of(new Pair<>(b("r?"), new byte[] {0, 1})))));
    s.add(filterScan("filter-list-and-nested", "FilterList AND with a nested OR", new FilterList(FilterList.Operator.MUST_PASS_ALL,
        new FilterList(FilterList.Operator.MUST_PASS_ONE, new RowFilter(CompareOperator.EQUAL, new BinaryComparator(b("r2"))), new RowFilter(CompareOperator.EQUAL, new BinaryComparator(b("r8")))),
        new QualifierFilter(CompareOperator.EQUAL, new BinaryComparator(b("x"))))));
    s.add(Scenario.of("filter-bit-comparator", "filter", "ValueFilter with BitComparator AND", ctx -> {
      Table t = ctx.table("t", "cf");
      for (int i = 0; i < 4; i++) t.put(new Put(b("r" + i)).addColumn(CF, Q, 1, new byte[] {(byte) i}));
      scan(ctx, t, "scan", new Scan().setFilter(new ValueFilter(CompareOperator.EQUAL, new BitComparator(new byte[] {2}, BitComparator.BitwiseOp.AND))));
    }));
    s.add(Scenario.of("filter-long-comparator", "filter", "ValueFilter with LongComparator GREATER", ctx -> {
      Table t = ctx.table("t", "cf");
      for (long i = -2; i < 3; i++) t.put(new Put(b("r" + (i + 2))).addColumn(CF, Q, 1, Bytes.toBytes(i)));
      scan(ctx, t, "scan", new Scan().setFilter(new ValueFilter(CompareOperator.GREATER, new LongComparator(0))));
    }));
    s.add(Scenario.of("filter-on-get", "filter", "Get with a ValueFilter", ctx -> {
      Table t = tenRows(ctx, "t");
      ctx.rec.result("get", t.get(new Get(b("r4")).setFilter(new ValueFilter(CompareOperator.EQUAL, new BinaryComparator(b("x4"))))));
      ctx.rec.result("get-none", t.get(new Get(b("r4")).setFilter(new ValueFilter(CompareOperator.EQUAL, new BinaryComparator(b("nope"))))));
    }));

    // ---- scans
    s.add(Scenario.of("scan-start-equals-stop", "scan", "Start row equal to stop row", ctx -> scan(ctx, tenRows(ctx, "t"), "scan", new Scan().withStartRow(b("r3")).withStopRow(b("r3")))));
    s.add(Scenario.of("scan-start-equals-stop-inclusive", "scan", "Start row equal to inclusive stop row", ctx ->
        scan(ctx, tenRows(ctx, "t"), "scan", new Scan().withStartRow(b("r3")).withStopRow(b("r3"), true))));
    s.add(Scenario.of("scan-reversed-limit", "scan", "Reversed scan with a limit across regions", ctx ->
        scan(ctx, tenRows(ctx, "t", b("r4"), b("r8")), "scan", new Scan().setReversed(true).setLimit(6))));
    s.add(Scenario.of("scan-reversed-start-exclusive", "scan", "Reversed scan, start exclusive", ctx ->
        scan(ctx, tenRows(ctx, "t", b("r5")), "scan", new Scan().setReversed(true).withStartRow(b("r6"), false).withStopRow(b("r2"), true))));
    s.add(Scenario.of("scan-family", "scan", "Scan one family of two", ctx -> {
      Table t = ctx.table("t", "cf", "cf2");
      t.put(new Put(b("r")).addColumn(CF, Q, 1, b("a")).addColumn(b("cf2"), Q, 1, b("b")));
      t.put(new Put(b("s")).addColumn(b("cf2"), Q, 1, b("c")));
      scan(ctx, t, "scan", new Scan().addFamily(CF));
    }));
    s.add(Scenario.of("scan-max-result-size", "scan", "A small maxResultSize still returns every row", ctx ->
        scan(ctx, tenRows(ctx, "t", b("r5")), "scan", new Scan().setMaxResultSize(10))));
    s.add(Scenario.of("scan-deleted-rows-skipped", "scan", "Rows whose cells are all deleted do not appear", ctx -> {
      Table t = tenRows(ctx, "t");
      t.delete(new Delete(b("r3")));
      t.delete(new Delete(b("r4")).addColumns(CF, Q).addColumns(CF, b("x")));
      scan(ctx, t, "scan", new Scan());
    }));
    s.add(Scenario.of("scan-prefix", "scan", "Scan.setRowPrefixFilter", ctx -> {
      Table t = ctx.table("t", "cf");
      for (String r : new String[] {"ab", "abc", "abd", "ac", "b"}) t.put(new Put(b(r)).addColumn(CF, Q, 1, b(r)));
      scan(ctx, t, "scan", new Scan().setStartStopRowForPrefixScan(b("ab")));
    }));
    s.add(Scenario.of("scan-ff-prefix", "scan", "Prefix scan of 0xFF-ending prefix", ctx -> {
      Table t = ctx.table("t", "cf");
      for (byte[] r : new byte[][] {{1, (byte) 0xff}, {1, (byte) 0xff, 0}, {2}}) t.put(new Put(r).addColumn(CF, Q, 1, r));
      scan(ctx, t, "scan", new Scan().setStartStopRowForPrefixScan(new byte[] {1, (byte) 0xff}));
    }));

    // ---- atomic and edge cases
    s.add(Scenario.of("append-several-columns", "atomic", "Append to two columns, one new", ctx -> {
      Table t = ctx.table("t", "cf");
      t.put(new Put(b("r")).addColumn(CF, b("a"), b("1")));
      Result r = t.append(new Append(b("r")).addColumn(CF, b("a"), b("2")).addColumn(CF, b("b"), b("x")));
      ctx.rec.note("a", Bytes.toString(r.getValue(CF, b("a"))));
      ctx.rec.note("b", Bytes.toString(r.getValue(CF, b("b"))));
    }));
    s.add(Scenario.of("increment-concurrent", "atomic", "8 threads x 250 increments end exact", ctx -> {
      Table t0 = ctx.table("t", "cf");
      t0.close();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<?>> fs = new ArrayList<>();
      for (int w = 0; w < 8; w++) {
        fs.add(pool.submit(() -> {
          try (Table t = ctx.connection.getTable(ctx.tableName("t"))) {
            for (int i = 0; i < 250; i++) t.increment(new Increment(b("counter")).addColumn(CF, Q, 1));
          }
          return null;
        }));
      }
      for (Future<?> f : fs) f.get();
      pool.shutdown();
      try (Table t = ctx.connection.getTable(ctx.tableName("t"))) {
        ctx.rec.note("total", Bytes.toLong(t.get(new Get(b("counter"))).getValue(CF, Q)));
      }
    }));
    s.add(Scenario.of("check-and-mutate-filter", "atomic", "checkAndMutate with a filter condition", ctx -> {
      Table t = ctx.table("t", "cf");
      t.put(new Put(b("r")).addColumn(CF, Q, 1, b("v")));
      ctx.rec.note("match", t.checkAndMutate(CheckAndMutate.newBuilder(b("r")).ifMatches(new ValueFilter(CompareOperator.EQUAL, new BinaryComparator(b("v"))))
          .build(new Put(b("r")).addColumn(CF, b("ok"), 1, b("1")))).isSuccess());
      ctx.rec.note("no-match", t.checkAndMutate(CheckAndMutate.newBuilder(b("r")).ifMatches(new ValueFilter(CompareOperator.EQUAL, new BinaryComparator(b("w"))))
          .build(new Put(b("r")).addColumn(CF, b("bad"), 1, b("1")))).isSuccess());
      ctx.rec.result("row", t.get(new Get(b("r"))));
    }));
    s.add(Scenario.of("check-and-put-missing-cell", "atomic", "checkAndPut EQUAL against a missing cell", ctx -> {
      Table t = ctx.table("t", "cf");
      ctx.rec.note("equal-v", t.checkAndMutate(CheckAndMutate.newBuilder(b("r")).ifEquals(CF, Q, b("v")).build(new Put(b("r")).addColumn(CF, b("a"), 1, b("1")))).isSuccess());
      ctx.rec.result("row", t.get(new Get(b("r"))));
    }));
    s.add(Scenario.of("large-value", "edge", "A 10 MB value", ctx -> {
      Table t = ctx.table("t", "cf");
      byte[] v = new byte[10 * 1024 * 1024];
      for (int i = 0; i < v.length; i++) v[i] = (byte) (i * 31);
      t.put(new Put(b("big")).addColumn(CF, Q, 1, v));
      byte[] back = t.get(new Get(b("big"))).getValue(CF, Q);
      ctx.rec.note("length", back.length);
      ctx.rec.note("equal", java.util.Arrays.equals(v, back));
    }));
    s.add(Scenario.of("max-row-key", "edge", "A 32,767-byte row key, and one byte more", ctx -> {
      Table t = ctx.table("t", "cf");
      byte[] row = new byte[32767];
      java.util.Arrays.fill(row, (byte) 'k');
      t.put(new Put(row).addColumn(CF, Q, 1, b("v")));
      ctx.rec.note("get", Bytes.toString(t.get(new Get(row)).getValue(CF, Q)));
      ctx.rec.attempt("too-long", () -> t.put(new Put(new byte[32768]).addColumn(CF, Q, 1, b("v"))));
    }));
    s.add(Scenario.of("empty-qualifier-and-value", "edge", "Empty qualifier and empty value", ctx -> {
      Table t = ctx.table("t", "cf");
      t.put(new Put(b("r")).addColumn(CF, new byte[0], 1, new byte[0]));
      ctx.rec.result("get", t.get(new Get(b("r"))));
    }));
    s.add(Scenario.of("negative-timestamp", "edge", "A put with a negative timestamp", ctx -> {
      Table t = ctx.table("t", "cf");
      ctx.rec.attempt("put", () -> t.put(new Put(b("r")).addColumn(CF, Q, -5, b("v"))));
    }));
    s.add(Scenario.of("put-no-columns", "edge", "A put with no columns", ctx -> {
      Table t = ctx.table("t", "cf");
      ctx.rec.attempt("put", () -> t.put(new Put(b("r"))));
    }));
    s.add(Scenario.of("missing-table-ops", "errors", "Get, put and scan on a missing table", ctx -> {
      try (Table t = ctx.connection.getTable(ctx.tableName("missing"))) {
        ctx.rec.attempt("get", () -> t.get(new Get(b("r"))));
        ctx.rec.attempt("put", () -> t.put(new Put(b("r")).addColumn(CF, Q, b("v"))));
        ctx.rec.attempt("scan", () -> t.getScanner(new Scan()).next());
      }
    }));
    return s;
  }
}
