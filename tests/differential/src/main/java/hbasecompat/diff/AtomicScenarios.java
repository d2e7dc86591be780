package hbasecompat.diff;

import static hbasecompat.diff.ScenarioContext.b;
import static hbasecompat.diff.Scenarios.CF;
import static hbasecompat.diff.Scenarios.CF2;
import static hbasecompat.diff.Scenarios.Q;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.hadoop.hbase.CompareOperator;
import org.apache.hadoop.hbase.client.Append;
import org.apache.hadoop.hbase.client.AsyncConnection;
import org.apache.hadoop.hbase.client.AsyncTable;
import org.apache.hadoop.hbase.client.CheckAndMutate;
import org.apache.hadoop.hbase.client.CheckAndMutateResult;
import org.apache.hadoop.hbase.client.ConnectionFactory;
import org.apache.hadoop.hbase.client.Delete;
import org.apache.hadoop.hbase.client.Durability;
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
import org.apache.hadoop.hbase.filter.FilterList;
import org.apache.hadoop.hbase.filter.QualifierFilter;
import org.apache.hadoop.hbase.filter.SingleColumnValueFilter;
import org.apache.hadoop.hbase.filter.ValueFilter;
import org.apache.hadoop.hbase.io.TimeRange;
import org.apache.hadoop.hbase.util.Bytes;

/** checkAndMutate validation and results, Increment and Append results and time ranges, the async API. */
public final class AtomicScenarios {
  private AtomicScenarios() {}

  static final byte[] NOPE = b("nope");
  static final byte[] ROW = b("r");

  public static List<Scenario> all() {
    List<Scenario> s = new ArrayList<>();
    conditions(s);
    validation(s);
    checkAndMutateResults(s);
    filtersAndTimeRanges(s);
    listAndAsync(s);
    incrementsAndAppends(s);
    mutateRow(s);
    resultOrder(s);
    return s;
  }

  // ---- helpers

  /** A checkAndMutate's outcome: success, then its Result (null when the server sent none). */
  static void cam(ScenarioContext ctx, String label, CheckAndMutateResult r) {
    ctx.rec.note(label + " success", r.isSuccess());
    ctx.rec.result(label + " result", r.getResult());
  }

  /** Runs `action` and records its outcome, or the exception class and its message with region names masked. */
  static void attemptWithMessage(ScenarioContext ctx, String label, Recorder.ThrowingRunnable action) {
    try {
      action.run();
      ctx.rec.note(label, "ok");
    } catch (Throwable t) {
      ctx.rec.note(label, "throws " + Recorder.exceptionClass(t));
      ctx.rec.note(label + " message", message(t));
    }
  }

  /**
   * First line of the innermost HBase exception's message, without the class prefix, region and server
   * names masked (a batch's summary repeats the remote exception, whose stack trace starts a new line on HBase).
   */
  static String message(Throwable t) {
    String msg = null;
    for (Throwable x = t; x != null && x.getCause() != x; x = x.getCause()) {
      if (x.getClass().getName().startsWith("org.apache.hadoop.hbase.") && x.getMessage() != null) msg = x.getMessage();
    }
    if (msg == null) return "-";
    String line = msg.lines().findFirst().orElse("");
    line = line.replaceFirst("^[\\w.$]+(Exception|Error): ", "");
    return line.replaceAll("in region \\S+", "in region R").replaceAll("'d[0-9a-z]+_[0-9]+_", "'T_").replaceFirst(": \\d+ times?, servers with issues: .*$", "");
  }

  static AsyncConnection async(ScenarioContext ctx) throws Exception {
    return ConnectionFactory.createAsyncConnection(ctx.connection.getConfiguration()).get();
  }

  static CheckAndMutate.Builder when() {
    return CheckAndMutate.newBuilder(ROW);
  }

  static Put put(String qualifier, String value) {
    return new Put(ROW).addColumn(CF, b(qualifier), 1, b(value));
  }

  static Result row(Table t) throws Exception {
    return t.get(new Get(ROW).readAllVersions());
  }

  // ---- conditions: every CompareOperator against missing cells and empty values

  static void conditions(List<Scenario> s) {
    for (CompareOperator op : new CompareOperator[] {CompareOperator.LESS, CompareOperator.LESS_OR_EQUAL, CompareOperator.EQUAL,
        CompareOperator.NOT_EQUAL, CompareOperator.GREATER_OR_EQUAL, CompareOperator.GREATER}) {
      String name = op.name().toLowerCase().replace('_', '-');
      s.add(Scenario.of("atomic-cam-" + name + "-edges", "atomic", "checkAndMutate " + op + ": missing cell, empty operand, empty value", ctx -> {
        Table t = ctx.table("t", "cf");
        ctx.rec.note("missing vs m", t.checkAndMutate(when().ifMatches(CF, Q, op, b("m")).build(put("a", "1"))).isSuccess());
        ctx.rec.note("missing vs empty", t.checkAndMutate(when().ifMatches(CF, Q, op, new byte[0]).build(put("b", "1"))).isSuccess());
        t.put(new Put(ROW).addColumn(CF, Q, 1, new byte[0]));
        ctx.rec.note("empty vs empty", t.checkAndMutate(when().ifMatches(CF, Q, op, new byte[0]).build(put("c", "1"))).isSuccess());
        ctx.rec.note("empty vs a", t.checkAndMutate(when().ifMatches(CF, Q, op, b("a")).build(put("d", "1"))).isSuccess());
        t.put(new Put(ROW).addColumn(CF, Q, 2, b("m")));
        ctx.rec.note("m vs empty", t.checkAndMutate(when().ifMatches(CF, Q, op, new byte[0]).build(put("e", "1"))).isSuccess());
        for (String operand : new String[] {"a", "m", "z", "mm"}) {
          ctx.rec.note("m vs " + operand, t.checkAndMutate(when().ifMatches(CF, Q, op, b(operand)).build(put("f" + operand, "1"))).isSuccess());
        }
        ctx.rec.result("row", t.get(new Get(ROW)));
      }));
    }
    s.add(Scenario.of("atomic-cam-no-op", "atomic", "checkAndMutate NO_OP against a missing and a present cell", ctx -> {
      Table t = ctx.table("t", "cf");
      ctx.rec.attempt("missing", () -> ctx.rec.note("missing success", t.checkAndMutate(when().ifMatches(CF, Q, CompareOperator.NO_OP, b("v")).build(put("a", "1"))).isSuccess()));
      t.put(put("q", "v"));
      ctx.rec.attempt("present", () -> ctx.rec.note("present success", t.checkAndMutate(when().ifMatches(CF, Q, CompareOperator.NO_OP, b("v")).build(put("b", "1"))).isSuccess()));
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
    s.add(Scenario.of("atomic-cam-if-not-exists-deleted", "atomic", "ifNotExists after the cell was deleted, and on another column of the row", ctx -> {
      Table t = ctx.table("t", "cf");
      t.put(put("q", "v"));
      ctx.rec.note("other column", t.checkAndMutate(when().ifNotExists(CF, b("other")).build(put("a", "1"))).isSuccess());
      ctx.rec.note("present", t.checkAndMutate(when().ifNotExists(CF, Q).build(put("b", "1"))).isSuccess());
      t.delete(new Delete(ROW).addColumns(CF, Q));
      ctx.rec.note("deleted", t.checkAndMutate(when().ifNotExists(CF, Q).build(put("c", "1"))).isSuccess());
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
    s.add(Scenario.of("atomic-cam-latest-version-only", "atomic", "The condition compares the newest version only", ctx -> {
      Table t = ctx.table("t", "cf:3");
      t.put(new Put(ROW).addColumn(CF, Q, 1, b("old")).addColumn(CF, Q, 2, b("new")));
      ctx.rec.note("old", t.checkAndMutate(when().ifEquals(CF, Q, b("old")).build(put("a", "1"))).isSuccess());
      ctx.rec.note("new", t.checkAndMutate(when().ifEquals(CF, Q, b("new")).build(put("b", "1"))).isSuccess());
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
    s.add(Scenario.of("atomic-cam-put-after-future-cell", "atomic", "checkAndPut stamps its cells no older than the checked cell", ctx -> {
      Table t = ctx.table("t", "cf:3");
      long future = System.currentTimeMillis() + 3_600_000L;
      t.put(new Put(ROW).addColumn(CF, Q, future, b("v")));
      ctx.rec.note("applied", t.checkAndMutate(when().ifEquals(CF, Q, b("v")).build(new Put(ROW).addColumn(CF, b("other"), b("x")).addColumn(CF, Q, b("w")))).isSuccess());
      ctx.rec.result("row", row(t));
    }));
  }

  // ---- validation: families of the condition and of the mutation

  static void validation(List<Scenario> s) {
    s.add(Scenario.of("atomic-cam-missing-family", "atomic", "A condition on a family the table lacks fails and writes nothing", ctx -> {
      Table t = ctx.table("t", "cf");
      attemptWithMessage(ctx, "ifEquals", () -> t.checkAndMutate(when().ifEquals(NOPE, Q, b("v")).build(put("a", "1"))));
      attemptWithMessage(ctx, "ifNotExists", () -> t.checkAndMutate(when().ifNotExists(NOPE, Q).build(put("b", "1"))));
      ctx.rec.attempt("delete", () -> t.checkAndMutate(when().ifNotExists(NOPE, Q).build(new Delete(ROW))));
      ctx.rec.attempt("increment", () -> t.checkAndMutate(when().ifNotExists(NOPE, Q).build(new Increment(ROW).addColumn(CF, b("n"), 1))));
      ctx.rec.attempt("append", () -> t.checkAndMutate(when().ifNotExists(NOPE, Q).build(new Append(ROW).addColumn(CF, b("s"), b("x")))));
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
    s.add(Scenario.of("atomic-cam-missing-family-legacy", "atomic", "The deprecated checkAndMutate(row, family) builder on a missing family", ctx -> {
      Table t = ctx.table("t", "cf");
      @SuppressWarnings("deprecation")
      Table.CheckAndMutateBuilder builder = t.checkAndMutate(ROW, NOPE).qualifier(Q);
      ctx.rec.attempt("ifNotExists", () -> builder.ifNotExists().thenPut(put("a", "1")));
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
    s.add(Scenario.of("atomic-cam-missing-family-row-mutations", "atomic", "A condition on a missing family guarding RowMutations", ctx -> {
      Table t = ctx.table("t", "cf");
      RowMutations rm = new RowMutations(ROW);
      rm.add(put("a", "1"));
      rm.add(new Delete(ROW).addColumns(CF, b("b")));
      attemptWithMessage(ctx, "rows", () -> t.checkAndMutate(when().ifNotExists(NOPE, Q).build(rm)));
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
    s.add(Scenario.of("atomic-cam-missing-family-list", "atomic", "Table.checkAndMutate(List) with one condition on a missing family", ctx -> {
      Table t = ctx.table("t", "cf");
      List<CheckAndMutate> list = List.of(
          CheckAndMutate.newBuilder(b("x")).ifNotExists(CF, Q).build(new Put(b("x")).addColumn(CF, Q, 1, b("1"))),
          CheckAndMutate.newBuilder(b("y")).ifNotExists(NOPE, Q).build(new Put(b("y")).addColumn(CF, Q, 1, b("2"))));
      ctx.rec.attempt("list", () -> t.checkAndMutate(list));
      try (ResultScanner sc = t.getScanner(new Scan())) {
        ctx.rec.results("scan", sc);
      }
    }));
    s.add(Scenario.of("atomic-cam-missing-family-async", "atomic", "AsyncTable.checkAndMutate with a condition on a missing family", ctx -> {
      ctx.table("t", "cf").close();
      try (AsyncConnection ac = async(ctx)) {
        AsyncTable<?> t = ac.getTable(ctx.tableName("t"));
        ctx.rec.attempt("single", () -> t.checkAndMutate(when().ifNotExists(NOPE, Q).build(put("a", "1"))).get());
        ctx.rec.attempt("all", () -> t.checkAndMutateAll(List.of(when().ifNotExists(NOPE, Q).build(put("b", "1")))).get());
        ctx.rec.result("row", t.get(new Get(ROW)).get());
      }
    }));
    s.add(Scenario.of("atomic-cam-mutation-missing-family", "atomic", "A mutation on a missing family: an error when the condition holds, none when it fails", ctx -> {
      Table t = ctx.table("t", "cf");
      t.put(put("q", "v"));
      Put bad = new Put(ROW).addColumn(CF, b("a"), 1, b("1")).addColumn(NOPE, Q, 1, b("x"));
      attemptWithMessage(ctx, "holds", () -> t.checkAndMutate(when().ifEquals(CF, Q, b("v")).build(bad)));
      ctx.rec.attempt("fails", () -> ctx.rec.note("fails success", t.checkAndMutate(when().ifEquals(CF, Q, b("w")).build(bad)).isSuccess()));
      ctx.rec.attempt("both missing", () -> t.checkAndMutate(when().ifNotExists(NOPE, Q).build(bad)));
      ctx.rec.attempt("increment holds", () -> t.checkAndMutate(when().ifEquals(CF, Q, b("v")).build(new Increment(ROW).addColumn(NOPE, Q, 1))));
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
  }

  // ---- what checkAndMutate returns per action

  static void checkAndMutateResults(List<Scenario> s) {
    s.add(Scenario.of("atomic-cam-increment-result", "atomic", "checkAndMutate with an Increment returns the new values, sorted", ctx -> {
      Table t = ctx.table("t", "cf", "cf2");
      t.put(put("q", "v"));
      Increment inc = new Increment(ROW).addColumn(CF2, b("z"), 1).addColumn(CF, b("n"), 5).addColumn(CF, b("m"), 2);
      CheckAndMutateResult r = t.checkAndMutate(when().ifEquals(CF, Q, b("v")).build(inc));
      cam(ctx, "first", r);
      ctx.rec.note("getValue m", r.getResult() == null ? "null" : Bytes.toStringBinary(r.getResult().getValue(CF, b("m"))));
      cam(ctx, "second", t.checkAndMutate(when().ifEquals(CF, Q, b("v")).build(inc)));
      cam(ctx, "failed", t.checkAndMutate(when().ifEquals(CF, Q, b("w")).build(inc)));
    }));
    s.add(Scenario.of("atomic-cam-append-result", "atomic", "checkAndMutate with an Append returns the new values", ctx -> {
      Table t = ctx.table("t", "cf");
      t.put(put("q", "v").addColumn(CF, b("s"), 1, b("ab")));
      Append app = new Append(ROW).addColumn(CF, b("t"), b("new")).addColumn(CF, b("s"), b("cd"));
      cam(ctx, "applied", t.checkAndMutate(when().ifNotExists(CF, b("absent")).build(app)));
      cam(ctx, "failed", t.checkAndMutate(when().ifNotExists(CF, Q).build(app)));
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
    s.add(Scenario.of("atomic-cam-increment-no-return", "atomic", "checkAndMutate with Increment/Append setReturnResults(false)", ctx -> {
      // cf:n and cf:s: stamped by two checkAndMutate requests in a row (Recorder.unrankedServerTimes).
      ctx.rec.unrankedServerTimes();
      Table t = ctx.table("t", "cf");
      cam(ctx, "increment", t.checkAndMutate(when().ifNotExists(CF, Q).build(new Increment(ROW).addColumn(CF, b("n"), 3).setReturnResults(false))));
      cam(ctx, "append", t.checkAndMutate(when().ifNotExists(CF, Q).build(new Append(ROW).addColumn(CF, b("s"), b("x")).setReturnResults(false))));
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
    s.add(Scenario.of("atomic-cam-put-delete-result", "atomic", "checkAndMutate with a Put or a Delete returns no Result", ctx -> {
      Table t = ctx.table("t", "cf:3");
      cam(ctx, "put", t.checkAndMutate(when().ifNotExists(CF, Q).build(put("q", "v"))));
      cam(ctx, "put failed", t.checkAndMutate(when().ifNotExists(CF, Q).build(put("q", "w"))));
      t.put(new Put(ROW).addColumn(CF, b("d"), 1, b("d1")).addColumn(CF, b("d"), 2, b("d2")));
      cam(ctx, "delete latest", t.checkAndMutate(when().ifEquals(CF, Q, b("v")).build(new Delete(ROW).addColumn(CF, b("d")))));
      ctx.rec.result("row", row(t));
      cam(ctx, "delete row", t.checkAndMutate(when().ifEquals(CF, Q, b("v")).build(new Delete(ROW))));
      ctx.rec.result("after", row(t));
    }));
    s.add(Scenario.of("atomic-cam-row-mutations-result", "atomic", "checkAndMutate with RowMutations holding Increment, Append, Put and Delete", ctx -> {
      Table t = ctx.table("t", "cf", "cf2");
      t.put(put("q", "v").addColumn(CF, b("s"), 1, b("ab")).addColumn(CF, b("gone"), 1, b("g")));
      RowMutations rm = new RowMutations(ROW);
      rm.add(new Increment(ROW).addColumn(CF2, b("n"), 4).addColumn(CF, b("c"), 1));
      rm.add(new Put(ROW).addColumn(CF, b("p"), 1, b("put")));
      rm.add(new Append(ROW).addColumn(CF, b("s"), b("cd")));
      rm.add(new Delete(ROW).addColumns(CF, b("gone")));
      cam(ctx, "applied", t.checkAndMutate(when().ifEquals(CF, Q, b("v")).build(rm)));
      cam(ctx, "failed", t.checkAndMutate(when().ifEquals(CF, Q, b("w")).build(rm)));
      ctx.rec.result("row", t.get(new Get(ROW)));
      RowMutations puts = new RowMutations(ROW);
      puts.add(put("p2", "x"));
      cam(ctx, "puts only", t.checkAndMutate(when().ifEquals(CF, Q, b("v")).build(puts)));
    }));
    s.add(Scenario.of("atomic-cam-increment-wrong-width", "atomic", "checkAndMutate with an Increment of a non-8-byte cell", ctx -> {
      Table t = ctx.table("t", "cf");
      t.put(put("q", "v").addColumn(CF, b("n"), 1, b("abcd")));
      attemptWithMessage(ctx, "increment", () -> t.checkAndMutate(when().ifEquals(CF, Q, b("v")).build(new Increment(ROW).addColumn(CF, b("n"), 1))));
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
  }

  // ---- filter conditions and time ranges

  static void filtersAndTimeRanges(List<Scenario> s) {
    s.add(Scenario.of("atomic-cam-filter-list", "atomic", "checkAndMutate guarded by a FilterList and by SingleColumnValueFilter", ctx -> {
      Table t = ctx.table("t", "cf");
      t.put(put("q", "v").addColumn(CF, b("k"), 1, b("5")));
      FilterList both = new FilterList(FilterList.Operator.MUST_PASS_ALL,
          new QualifierFilter(CompareOperator.EQUAL, new BinaryComparator(b("k"))), new ValueFilter(CompareOperator.EQUAL, new BinaryComparator(b("5"))));
      ctx.rec.note("list", t.checkAndMutate(when().ifMatches(both).build(put("a", "1"))).isSuccess());
      FilterList none = new FilterList(FilterList.Operator.MUST_PASS_ALL,
          new QualifierFilter(CompareOperator.EQUAL, new BinaryComparator(b("k"))), new ValueFilter(CompareOperator.EQUAL, new BinaryComparator(b("6"))));
      ctx.rec.note("list no match", t.checkAndMutate(when().ifMatches(none).build(put("b", "1"))).isSuccess());
      SingleColumnValueFilter scv = new SingleColumnValueFilter(CF, b("absent"), CompareOperator.EQUAL, b("x"));
      ctx.rec.note("scv missing column", t.checkAndMutate(when().ifMatches(scv).build(put("c", "1"))).isSuccess());
      scv.setFilterIfMissing(true);
      ctx.rec.note("scv filterIfMissing", t.checkAndMutate(when().ifMatches(scv).build(put("d", "1"))).isSuccess());
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
    s.add(Scenario.of("atomic-cam-filter-missing-row", "atomic", "A filter condition on a row that does not exist", ctx -> {
      Table t = ctx.table("t", "cf");
      ctx.rec.note("value filter", t.checkAndMutate(when().ifMatches(new ValueFilter(CompareOperator.NOT_EQUAL, new BinaryComparator(b("x")))).build(put("a", "1"))).isSuccess());
      SingleColumnValueFilter scv = new SingleColumnValueFilter(CF, Q, CompareOperator.EQUAL, b("x"));
      ctx.rec.note("scv", t.checkAndMutate(when().ifMatches(scv).build(put("b", "1"))).isSuccess());
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
    s.add(Scenario.of("atomic-cam-filter-time-range", "atomic", "A filter condition restricted to a time range", ctx -> {
      Table t = ctx.table("t", "cf:3");
      t.put(new Put(ROW).addColumn(CF, Q, 10, b("old")).addColumn(CF, Q, 20, b("new")));
      ValueFilter old = new ValueFilter(CompareOperator.EQUAL, new BinaryComparator(b("old")));
      ctx.rec.note("old, all time", t.checkAndMutate(when().ifMatches(old).build(put("a", "1"))).isSuccess());
      ctx.rec.note("old, [5,15)", t.checkAndMutate(when().ifMatches(old).timeRange(TimeRange.between(5, 15)).build(put("b", "1"))).isSuccess());
      ctx.rec.note("old, [15,25)", t.checkAndMutate(when().ifMatches(old).timeRange(TimeRange.between(15, 25)).build(put("c", "1"))).isSuccess());
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
    s.add(Scenario.of("atomic-cam-time-range-column", "atomic", "Column conditions with time ranges: older version, nothing in range, ifNotExists", ctx -> {
      Table t = ctx.table("t", "cf:3");
      t.put(new Put(ROW).addColumn(CF, Q, 10, b("old")).addColumn(CF, Q, 20, b("new")));
      ctx.rec.note("at 10", t.checkAndMutate(when().ifEquals(CF, Q, b("old")).timeRange(TimeRange.at(10)).build(put("a", "1"))).isSuccess());
      ctx.rec.note("from 15", t.checkAndMutate(when().ifEquals(CF, Q, b("new")).timeRange(TimeRange.from(15)).build(put("b", "1"))).isSuccess());
      ctx.rec.note("until 10", t.checkAndMutate(when().ifEquals(CF, Q, b("old")).timeRange(TimeRange.until(10)).build(put("c", "1"))).isSuccess());
      ctx.rec.note("not exists in [30,40)", t.checkAndMutate(when().ifNotExists(CF, Q).timeRange(TimeRange.between(30, 40)).build(put("d", "1"))).isSuccess());
      ctx.rec.note("greater in [0,15)", t.checkAndMutate(when().ifMatches(CF, Q, CompareOperator.GREATER, b("new")).timeRange(TimeRange.between(0, 15)).build(put("e", "1"))).isSuccess());
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
    s.add(Scenario.of("atomic-cam-time-range-row-mutations", "atomic", "A time-ranged condition guarding RowMutations", ctx -> {
      Table t = ctx.table("t", "cf:3");
      t.put(new Put(ROW).addColumn(CF, Q, 10, b("old")).addColumn(CF, Q, 20, b("new")));
      RowMutations rm = new RowMutations(ROW);
      rm.add(put("a", "1"));
      rm.add(new Increment(ROW).addColumn(CF, b("n"), 1));
      cam(ctx, "in range", t.checkAndMutate(when().ifEquals(CF, Q, b("old")).timeRange(TimeRange.between(0, 15)).build(rm)));
      cam(ctx, "out of range", t.checkAndMutate(when().ifEquals(CF, Q, b("old")).timeRange(TimeRange.between(15, 30)).build(rm)));
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
  }

  // ---- the list form and the async API

  static void listAndAsync(List<Scenario> s) {
    s.add(Scenario.of("atomic-cam-list", "atomic", "Table.checkAndMutate(List): puts, a failed condition, an increment, RowMutations", ctx -> {
      ctx.rec.unrankedServerTimes(); // one request stamps the increment and the append
      Table t = ctx.table("t", "cf");
      t.put(new Put(b("a")).addColumn(CF, Q, 1, b("v")));
      RowMutations rm = new RowMutations(b("d"));
      rm.add(new Put(b("d")).addColumn(CF, b("x"), 1, b("1")));
      rm.add(new Append(b("d")).addColumn(CF, b("s"), b("tail")));
      List<CheckAndMutate> list = List.of(
          CheckAndMutate.newBuilder(b("a")).ifEquals(CF, Q, b("v")).build(new Put(b("a")).addColumn(CF, b("p"), 1, b("1"))),
          CheckAndMutate.newBuilder(b("b")).ifEquals(CF, Q, b("v")).build(new Put(b("b")).addColumn(CF, b("p"), 1, b("1"))),
          CheckAndMutate.newBuilder(b("a")).ifEquals(CF, Q, b("v")).build(new Increment(b("a")).addColumn(CF, b("n"), 2).addColumn(CF, b("m"), 1)),
          CheckAndMutate.newBuilder(b("d")).ifNotExists(CF, Q).build(rm));
      List<CheckAndMutateResult> out = t.checkAndMutate(list);
      for (int i = 0; i < out.size(); i++) cam(ctx, "item" + i, out.get(i));
      try (ResultScanner sc = t.getScanner(new Scan())) {
        ctx.rec.results("scan", sc);
      }
    }));
    s.add(Scenario.of("atomic-cam-async", "atomic", "AsyncTable.checkAndMutate: Put, Increment, filter, list", ctx -> {
      // cf:z, cf:c and cf:s: stamped by the Increment and the list's Append (Recorder.unrankedServerTimes).
      ctx.rec.unrankedServerTimes();
      ctx.table("t", "cf").close();
      try (AsyncConnection ac = async(ctx)) {
        AsyncTable<?> t = ac.getTable(ctx.tableName("t"));
        t.put(put("q", "v")).get();
        cam(ctx, "put", t.checkAndMutate(when().ifEquals(CF, Q, b("v")).build(put("a", "1"))).get());
        cam(ctx, "increment", t.checkAndMutate(when().ifEquals(CF, Q, b("v")).build(new Increment(ROW).addColumn(CF, b("z"), 1).addColumn(CF, b("c"), 9))).get());
        cam(ctx, "filter", t.checkAndMutate(when().ifMatches(new ValueFilter(CompareOperator.EQUAL, new BinaryComparator(b("x")))).build(put("b", "1"))).get());
        List<CompletableFuture<CheckAndMutateResult>> fs = t.checkAndMutate(List.of(
            when().ifNotExists(CF, Q).build(put("c", "1")), when().ifEquals(CF, Q, b("v")).build(new Append(ROW).addColumn(CF, b("s"), b("x")))));
        for (int i = 0; i < fs.size(); i++) cam(ctx, "list" + i, fs.get(i).get());
        ctx.rec.result("row", t.get(new Get(ROW)).get());
      }
    }));
    s.add(Scenario.of("atomic-async-increment-append", "atomic", "AsyncTable increment, append and mutateRow results", ctx -> {
      // The increment's, the append's and the later cf:n cells: separate requests (Recorder.unrankedServerTimes).
      ctx.rec.unrankedServerTimes();
      ctx.table("t", "cf", "cf2").close();
      try (AsyncConnection ac = async(ctx)) {
        AsyncTable<?> t = ac.getTable(ctx.tableName("t"));
        Result inc = t.increment(new Increment(ROW).addColumn(CF2, b("a"), 1).addColumn(CF, b("n"), 2).addColumn(CF, b("m"), 3)).get();
        ctx.rec.result("increment", inc);
        ctx.rec.note("getValue cf:m", Bytes.toLong(inc.getValue(CF, b("m"))));
        Result app = t.append(new Append(ROW).addColumn(CF, b("y"), b("1")).addColumn(CF, b("x"), b("2"))).get();
        ctx.rec.result("append", app);
        ctx.rec.note("getValue cf:x", Bytes.toString(app.getValue(CF, b("x"))));
        ctx.rec.note("icv", t.incrementColumnValue(ROW, CF, b("n"), 10, Durability.SKIP_WAL).get());
        RowMutations rm = new RowMutations(ROW);
        rm.add(new Increment(ROW).addColumn(CF, b("n"), 1));
        rm.add(new Put(ROW).addColumn(CF, b("p"), 1, b("1")));
        ctx.rec.result("mutateRow", t.mutateRow(rm).get());
        ctx.rec.result("row", t.get(new Get(ROW)).get());
      }
    }));
  }

  // ---- Increment and Append

  static void incrementsAndAppends(List<Scenario> s) {
    s.add(Scenario.of("atomic-increment-order", "atomic", "A multi-column Increment returns cells in HBase's order; getValue finds each", ctx -> {
      Table t = ctx.table("t", "cf", "cf2");
      Result r = t.increment(new Increment(ROW).addColumn(CF2, b("b"), 1).addColumn(CF, b("n"), 2).addColumn(CF, b("m"), 3).addColumn(CF2, b("a"), 4));
      ctx.rec.result("increment", r);
      for (String q : new String[] {"m", "n"}) ctx.rec.note("cf:" + q, Bytes.toLong(r.getValue(CF, b(q))));
      for (String q : new String[] {"a", "b"}) ctx.rec.note("cf2:" + q, Bytes.toLong(r.getValue(CF2, b(q))));
      ctx.rec.note("containsColumn cf:m", r.containsColumn(CF, b("m")));
      Result again = t.increment(new Increment(ROW).addColumn(CF, b("n"), 10).addColumn(CF, b("m"), 10));
      ctx.rec.result("again", again);
      ctx.rec.note("again cf:m", Bytes.toLong(again.getValue(CF, b("m"))));
    }));
    s.add(Scenario.of("atomic-append-order", "atomic", "A multi-column Append returns cells in HBase's order; getValue finds each", ctx -> {
      Table t = ctx.table("t", "cf", "cf2");
      t.put(new Put(ROW).addColumn(CF, b("m"), 1, b("old")));
      Result r = t.append(new Append(ROW).addColumn(CF2, b("z"), b("1")).addColumn(CF, b("n"), b("2")).addColumn(CF, b("m"), b("3")));
      ctx.rec.result("append", r);
      ctx.rec.note("cf:m", Bytes.toString(r.getValue(CF, b("m"))));
      ctx.rec.note("cf:n", Bytes.toString(r.getValue(CF, b("n"))));
      ctx.rec.note("cf2:z", Bytes.toString(r.getValue(CF2, b("z"))));
    }));
    s.add(Scenario.of("atomic-increment-append-ttl", "atomic", "Increment/Append with setTTL: the new cells carry the TTL (HRegion.reckonDelta) and expire", ctx -> {
      // cf:n, cf:s and cf:kept: stamped by three requests in a row (Recorder.unrankedServerTimes).
      ctx.rec.unrankedServerTimes();
      Table t = ctx.table("t", "cf");
      t.increment(new Increment(ROW).addColumn(CF, b("n"), 5).setTTL(2_000));
      t.append(new Append(ROW).addColumn(CF, b("s"), b("ab")).setTTL(2_000));
      t.increment(new Increment(ROW).addColumn(CF, b("kept"), 1));
      ctx.rec.result("at once", t.get(new Get(ROW)));
      Thread.sleep(3_500);
      ctx.rec.result("after the ttl", t.get(new Get(ROW)));
    }));
    s.add(Scenario.of("atomic-increment-time-range", "atomic", "Increment.setTimeRange chooses which stored version is incremented", ctx -> {
      Table t = ctx.table("t", "cf:3");
      t.put(new Put(ROW).addColumn(CF, Q, 100, Bytes.toBytes(10L)).addColumn(CF, Q, 200, Bytes.toBytes(20L)));
      Result r = t.increment(new Increment(ROW).addColumn(CF, Q, 1).setTimeRange(0, 150));
      ctx.rec.note("in [0,150)", Bytes.toLong(r.getValue(CF, Q)));
      Thread.sleep(2); // two server stamps in one millisecond would make the second cell replace the first (both servers)
      Result none = t.increment(new Increment(ROW).addColumn(CF, Q, 1).setTimeRange(300, 400));
      ctx.rec.note("in [300,400)", Bytes.toLong(none.getValue(CF, Q)));
      ctx.rec.result("row", row(t));
    }));
    s.add(Scenario.of("atomic-append-time-range", "atomic", "Append.setTimeRange chooses which stored version is appended to", ctx -> {
      Table t = ctx.table("t", "cf:3");
      t.put(new Put(ROW).addColumn(CF, Q, 100, b("old")).addColumn(CF, Q, 200, b("new")));
      Result r = t.append(new Append(ROW).addColumn(CF, Q, b("+")).setTimeRange(0, 150));
      ctx.rec.note("in [0,150)", Bytes.toString(r.getValue(CF, Q)));
      Thread.sleep(2); // two server stamps in one millisecond would make the second cell replace the first (both servers)
      Result none = t.append(new Append(ROW).addColumn(CF, Q, b("!")).setTimeRange(300, 400));
      ctx.rec.note("in [300,400)", Bytes.toString(none.getValue(CF, Q)));
      ctx.rec.result("row", row(t));
    }));
    s.add(Scenario.of("atomic-increment-wrong-width", "atomic", "Increment of 1-, 4- and 9-byte cells fails with HBase's message", ctx -> {
      Table t = ctx.table("t", "cf");
      t.put(new Put(ROW).addColumn(CF, b("one"), 1, b("a")).addColumn(CF, b("four"), 1, b("abcd")).addColumn(CF, b("nine"), 1, b("123456789")).addColumn(CF, b("ok"), 1, Bytes.toBytes(1L)));
      for (String q : new String[] {"one", "four", "nine"}) attemptWithMessage(ctx, q, () -> t.increment(new Increment(ROW).addColumn(CF, b(q), 1)));
      attemptWithMessage(ctx, "ok and four", () -> t.increment(new Increment(ROW).addColumn(CF, b("ok"), 1).addColumn(CF, b("four"), 1)));
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
    s.add(Scenario.of("atomic-increment-wrong-width-batch", "atomic", "Increment of a non-8-byte cell inside a batch fails alone", ctx -> {
      ctx.rec.unrankedServerTimes(); // one batch stamps several actions
      Table t = ctx.table("t", "cf");
      t.put(new Put(ROW).addColumn(CF, b("s"), 1, b("abc")));
      List<Row> actions = List.of(new Increment(ROW).addColumn(CF, b("s"), 1), new Increment(ROW).addColumn(CF, b("n"), 1), new Put(b("p")).addColumn(CF, Q, 1, b("1")));
      Object[] results = new Object[actions.size()];
      ctx.rec.attempt("batch", () -> t.batch(actions, results));
      for (int i = 0; i < results.length; i++) {
        Object o = results[i];
        ctx.rec.note("action" + i, o instanceof Result ? ((Result) o).size() + " cells" : o == null ? "null" : Recorder.exceptionClass((Throwable) o));
      }
    }));
    s.add(Scenario.of("atomic-no-return-results", "atomic", "Increment and Append with setReturnResults(false), alone and in a batch", ctx -> {
      ctx.rec.unrankedServerTimes(); // one batch stamps two increments and an append
      Table t = ctx.table("t", "cf");
      ctx.rec.result("increment", t.increment(new Increment(ROW).addColumn(CF, b("n"), 1).setReturnResults(false)));
      ctx.rec.result("append", t.append(new Append(ROW).addColumn(CF, b("s"), b("x")).setReturnResults(false)));
      List<Row> actions = List.of(new Increment(ROW).addColumn(CF, b("n"), 1).setReturnResults(false), new Append(ROW).addColumn(CF, b("s"), b("y")).setReturnResults(false),
          new Increment(ROW).addColumn(CF, b("n"), 1));
      Object[] results = new Object[actions.size()];
      t.batch(actions, results);
      for (int i = 0; i < results.length; i++) ctx.rec.result("batch" + i, (Result) results[i]);
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
    s.add(Scenario.of("atomic-durability", "atomic", "Increment and Append under every Durability", ctx -> {
      // cf:n and cf:s: stamped by the last Increment and the Append after it (Recorder.unrankedServerTimes).
      ctx.rec.unrankedServerTimes();
      Table t = ctx.table("t", "cf");
      for (Durability d : Durability.values()) {
        Result r = t.increment(new Increment(ROW).addColumn(CF, b("n"), 1).setDurability(d));
        ctx.rec.note(d + " increment", Bytes.toLong(r.getValue(CF, b("n"))));
        Result a = t.append(new Append(ROW).addColumn(CF, b("s"), b(d.name().substring(0, 1))).setDurability(d));
        ctx.rec.note(d + " append", Bytes.toString(a.getValue(CF, b("s"))));
        t.put(new Put(ROW).addColumn(CF, b("p" + d.ordinal()), 1, b("1")).setDurability(d));
      }
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
    s.add(Scenario.of("atomic-increment-timestamps", "atomic", "Increment and Append after a cell with a future timestamp stamp newer cells", ctx -> {
      Table t = ctx.table("t", "cf:3");
      long future = System.currentTimeMillis() + 3_600_000L;
      t.put(new Put(ROW).addColumn(CF, b("n"), future, Bytes.toBytes(1L)).addColumn(CF, b("s"), future, b("a")));
      ctx.rec.result("increment", t.increment(new Increment(ROW).addColumn(CF, b("n"), 1)));
      ctx.rec.result("append", t.append(new Append(ROW).addColumn(CF, b("s"), b("b"))));
      ctx.rec.result("row", row(t));
    }));
    s.add(Scenario.of("atomic-increment-client-timestamp", "atomic", "Increment and Append with setTimestamp on new and existing columns", ctx -> {
      // cf:n and cf:s: stamped max(now, old + 1) by two requests in a row (Recorder.unrankedServerTimes).
      ctx.rec.unrankedServerTimes();
      Table t = ctx.table("t", "cf:3");
      t.put(new Put(ROW).addColumn(CF, b("n"), 1, Bytes.toBytes(1L)).addColumn(CF, b("s"), 1, b("a")));
      ctx.rec.result("increment", t.increment(new Increment(ROW).addColumn(CF, b("n"), 1).addColumn(CF, b("fresh"), 1).setTimestamp(5)));
      ctx.rec.result("append", t.append(new Append(ROW).addColumn(CF, b("s"), b("b")).addColumn(CF, b("new"), b("c")).setTimestamp(7)));
      ctx.rec.result("row", row(t));
    }));
    s.add(Scenario.of("atomic-append-too-large", "atomic", "An Append whose new cell exceeds hbase.server.keyvalue.maxsize (10 MB) fails", ctx -> {
      Table t = ctx.table("t", "cf");
      t.put(new Put(ROW).addColumn(CF, Q, 1, new byte[6 * 1024 * 1024]));
      attemptWithMessage(ctx, "append", () -> t.append(new Append(ROW).addColumn(CF, Q, new byte[5 * 1024 * 1024])));
      ctx.rec.note("stored length", t.get(new Get(ROW)).getValue(CF, Q).length);
    }));
    s.add(Scenario.of("atomic-increment-batch-order", "atomic", "Increments and Appends in a batch return sorted cells", ctx -> {
      // HBase stamps a region's mini-batch with one time; the gateway stamps each action, so two
      // actions may fall in different milliseconds: what is compared here is the cells' order.
      ctx.rec.unrankedServerTimes();
      Table t = ctx.table("t", "cf", "cf2");
      List<Row> actions = List.of(new Increment(ROW).addColumn(CF2, b("z"), 1).addColumn(CF, b("y"), 2).addColumn(CF, b("x"), 3),
          new Append(b("r2")).addColumn(CF, b("z"), b("1")).addColumn(CF, b("a"), b("2")));
      Object[] results = new Object[actions.size()];
      t.batch(actions, results);
      for (int i = 0; i < results.length; i++) ctx.rec.result("action" + i, (Result) results[i]);
      ctx.rec.note("getValue cf:x", Bytes.toLong(((Result) results[0]).getValue(CF, b("x"))));
      ctx.rec.note("getValue cf:a", Bytes.toString(((Result) results[1]).getValue(CF, b("a"))));
    }));
  }

  // ---- mutateRow

  static void mutateRow(List<Scenario> s) {
    s.add(Scenario.of("atomic-mutate-row-result", "atomic", "mutateRow returns the Increment and Append cells, sorted", ctx -> {
      Table t = ctx.table("t", "cf", "cf2");
      t.put(new Put(ROW).addColumn(CF, b("s"), 1, b("ab")));
      RowMutations rm = new RowMutations(ROW);
      rm.add(new Append(ROW).addColumn(CF, b("s"), b("cd")));
      rm.add(new Increment(ROW).addColumn(CF2, b("n"), 2).addColumn(CF, b("c"), 1));
      rm.add(new Put(ROW).addColumn(CF, b("p"), 1, b("1")));
      Result r = t.mutateRow(rm);
      ctx.rec.result("result", r);
      ctx.rec.note("getValue cf:c", r.getValue(CF, b("c")) == null ? "null" : String.valueOf(Bytes.toLong(r.getValue(CF, b("c")))));
      RowMutations puts = new RowMutations(ROW);
      puts.add(new Put(ROW).addColumn(CF, b("p2"), 1, b("1")));
      puts.add(new Delete(ROW).addColumns(CF, b("p")));
      ctx.rec.result("puts only", t.mutateRow(puts));
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
    s.add(Scenario.of("atomic-mutate-row-missing-family", "atomic", "mutateRow with one mutation on a missing family applies nothing", ctx -> {
      Table t = ctx.table("t", "cf");
      RowMutations rm = new RowMutations(ROW);
      rm.add(new Put(ROW).addColumn(CF, b("a"), 1, b("1")));
      rm.add(new Increment(ROW).addColumn(NOPE, b("n"), 1));
      attemptWithMessage(ctx, "mutateRow", () -> t.mutateRow(rm));
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
    s.add(Scenario.of("atomic-mutate-row-reads-before", "atomic", "Mutations of one RowMutations read the row as it was before it", ctx -> {
      Table t = ctx.table("t", "cf:3");
      t.put(new Put(ROW).addColumn(CF, b("n"), 1, Bytes.toBytes(10L)).addColumn(CF, b("s"), 1, b("a")));
      RowMutations rm = new RowMutations(ROW);
      rm.add(new Put(ROW).addColumn(CF, b("n"), 2, Bytes.toBytes(100L)));
      rm.add(new Increment(ROW).addColumn(CF, b("n"), 1));
      rm.add(new Delete(ROW).addColumns(CF, b("s")));
      rm.add(new Append(ROW).addColumn(CF, b("s"), b("b")));
      ctx.rec.attempt("mutateRow", () -> ctx.rec.result("result", t.mutateRow(rm)));
      ctx.rec.result("row", row(t));
    }));
    s.add(Scenario.of("atomic-mutate-row-no-return", "atomic", "mutateRow with an Increment that returns no results", ctx -> {
      Table t = ctx.table("t", "cf");
      RowMutations rm = new RowMutations(ROW);
      rm.add(new Increment(ROW).addColumn(CF, b("n"), 1).setReturnResults(false));
      rm.add(new Append(ROW).addColumn(CF, b("s"), b("x")));
      ctx.rec.result("result", t.mutateRow(rm));
      ctx.rec.result("row", t.get(new Get(ROW)));
    }));
  }

  // ---- Result order on the read paths

  static void resultOrder(List<Scenario> s) {
    s.add(Scenario.of("atomic-read-result-order", "atomic", "Get, batch Get and Scan naming columns out of order return sorted cells", ctx -> {
      Table t = ctx.table("t", "cf", "cf2");
      t.put(new Put(ROW).addColumn(CF2, b("b"), 1, b("1")).addColumn(CF, b("z"), 1, b("2")).addColumn(CF, b("a"), 1, b("3")).addColumn(CF2, b("a"), 1, b("4")));
      Get g = new Get(ROW).addColumn(CF2, b("b")).addColumn(CF, b("z")).addColumn(CF2, b("a")).addColumn(CF, b("a"));
      Result r = t.get(g);
      ctx.rec.result("get", r);
      ctx.rec.note("getValue cf:a", Bytes.toString(r.getValue(CF, b("a"))));
      ctx.rec.result("batch get", t.get(List.of(g))[0]);
      try (ResultScanner sc = t.getScanner(new Scan().addColumn(CF2, b("b")).addColumn(CF, b("z")).addColumn(CF, b("a")))) {
        ctx.rec.results("scan", sc);
      }
    }));
  }
}
