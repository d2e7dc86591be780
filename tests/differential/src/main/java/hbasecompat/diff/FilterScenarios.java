package hbasecompat.diff;

import static hbasecompat.diff.ScenarioContext.b;
import static hbasecompat.diff.Scenarios.CF;
import static hbasecompat.diff.Scenarios.CF2;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.hadoop.hbase.CompareOperator;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.ResultScanner;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.filter.BigDecimalComparator;
import org.apache.hadoop.hbase.filter.BinaryComparator;
import org.apache.hadoop.hbase.filter.BinaryComponentComparator;
import org.apache.hadoop.hbase.filter.BinaryPrefixComparator;
import org.apache.hadoop.hbase.filter.BitComparator;
import org.apache.hadoop.hbase.filter.ByteArrayComparable;
import org.apache.hadoop.hbase.filter.ColumnCountGetFilter;
import org.apache.hadoop.hbase.filter.ColumnPaginationFilter;
import org.apache.hadoop.hbase.filter.ColumnPrefixFilter;
import org.apache.hadoop.hbase.filter.ColumnRangeFilter;
import org.apache.hadoop.hbase.filter.ColumnValueFilter;
import org.apache.hadoop.hbase.filter.DependentColumnFilter;
import org.apache.hadoop.hbase.filter.FamilyFilter;
import org.apache.hadoop.hbase.filter.Filter;
import org.apache.hadoop.hbase.filter.FilterList;
import org.apache.hadoop.hbase.filter.FilterList.Operator;
import org.apache.hadoop.hbase.filter.FirstKeyOnlyFilter;
import org.apache.hadoop.hbase.filter.InclusiveStopFilter;
import org.apache.hadoop.hbase.filter.KeyOnlyFilter;
import org.apache.hadoop.hbase.filter.LongComparator;
import org.apache.hadoop.hbase.filter.MultiRowRangeFilter;
import org.apache.hadoop.hbase.filter.MultipleColumnPrefixFilter;
import org.apache.hadoop.hbase.filter.NullComparator;
import org.apache.hadoop.hbase.filter.PageFilter;
import org.apache.hadoop.hbase.filter.ParseFilter;
import org.apache.hadoop.hbase.filter.PrefixFilter;
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

/** Filter lists, the filter parse language, comparators and the filters reversed scans refuse. */
public final class FilterScenarios {
  private FilterScenarios() {}

  static final String[] PREFIXES = {"a", "k", "u"};

  /**
   * 30 rows a00..a09, k00..k09, u00..u09 over three regions (splits g, p). cf:p = v<i> on every row;
   * cf:s = hit (i % 3 == 0) or miss, on even i only; cf:n = the long i; cf:d = i / 2 as a BigDecimal;
   * cf:m three versions (ts 1..3) on rows x05; cf2:x on i % 4 == 0; cf:sh a 2-byte value on x07.
   */
  static Table data(ScenarioContext ctx) throws Exception {
    Table t = ctx.table("f", new String[] {"cf:3", "cf2:1"}, b("g"), b("p"));
    List<Put> puts = new ArrayList<>();
    for (String p : PREFIXES) {
      for (int i = 0; i < 10; i++) {
        Put put = new Put(b(String.format("%s%02d", p, i)));
        put.addColumn(CF, b("p"), 10, b("v" + i));
        if (i % 2 == 0) put.addColumn(CF, b("s"), 10, b(i % 3 == 0 ? "hit" : "miss"));
        put.addColumn(CF, b("n"), 10, Bytes.toBytes((long) i));
        put.addColumn(CF, b("d"), 10, Bytes.toBytes(new BigDecimal(i).divide(new BigDecimal(2))));
        if (i == 5) for (long ts = 1; ts <= 3; ts++) put.addColumn(CF, b("m"), ts, b("m" + ts));
        if (i % 4 == 0) put.addColumn(CF2, b("x"), 10, b("x" + i));
        if (i == 7) put.addColumn(CF, b("sh"), 10, new byte[] {1, 2});
        puts.add(put);
      }
    }
    t.put(puts);
    return t;
  }

  /** A scan, recorded; a refusal is recorded as its exception class. */
  static void scan(ScenarioContext ctx, Table t, String label, Scan scan) {
    ctx.rec.attempt(label, () -> {
      try (ResultScanner s = t.getScanner(scan)) {
        List<Result> all = new ArrayList<>();
        for (Result r : s) all.add(r);
        ctx.rec.results(label, all);
      }
    });
  }

  /** The filter over the whole table, forward and reversed. */
  static void both(ScenarioContext ctx, Table t, String label, Filter f) {
    scan(ctx, t, label + "-fwd", new Scan().setFilter(f));
    scan(ctx, t, label + "-rev", new Scan().setFilter(f).setReversed(true));
  }

  static void gets(ScenarioContext ctx, Table t, String label, Filter f, String... rows) {
    for (String r : rows) ctx.rec.attempt(label + "-get-" + r, () -> ctx.rec.result(label + "-get-" + r, t.get(new Get(b(r)).setFilter(f))));
  }

  static Filter parse(String text) throws Exception {
    return new ParseFilter().parseFilterString(text);
  }

  static SingleColumnValueFilter scvf(String q, CompareOperator op, ByteArrayComparable cmp, boolean ifMissing) {
    SingleColumnValueFilter f = new SingleColumnValueFilter(CF, b(q), op, cmp);
    f.setFilterIfMissing(ifMissing);
    return f;
  }

  static SingleColumnValueFilter hit() {
    return scvf("s", CompareOperator.EQUAL, new BinaryComparator(b("hit")), true);
  }

  static Filter qualifier(String q) {
    return new QualifierFilter(CompareOperator.EQUAL, new BinaryComparator(b(q)));
  }

  static Filter value(CompareOperator op, ByteArrayComparable cmp) {
    return new ValueFilter(op, cmp);
  }

  static Filter or(Filter... fs) {
    return new FilterList(Operator.MUST_PASS_ONE, fs);
  }

  static Filter and(Filter... fs) {
    return new FilterList(Operator.MUST_PASS_ALL, fs);
  }

  interface Body {
    void run(ScenarioContext ctx, Table t) throws Exception;
  }

  static Scenario on(String id, String title, Body body) {
    return Scenario.of(id, "filters", title, ctx -> body.run(ctx, data(ctx)));
  }

  public static List<Scenario> all() {
    List<Scenario> s = new ArrayList<>();
    lists(s);
    wrappers(s);
    parseLanguage(s);
    reversed(s);
    comparators(s);
    singles(s);
    return s;
  }

  static void lists(List<Scenario> s) {
    s.add(on("filter-list-or-scvf-prefix", "MUST_PASS_ONE(SingleColumnValueFilter(filterIfMissing), PrefixFilter)", (ctx, t) -> {
      both(ctx, t, "or", or(hit(), new PrefixFilter(b("k"))));
      gets(ctx, t, "or", or(hit(), new PrefixFilter(b("k"))), "a00", "a01", "k01", "u03", "u04");
    }));
    s.add(on("filter-list-and-prefix-or", "MUST_PASS_ALL(PrefixFilter, MUST_PASS_ONE(SCVF, QualifierFilter))", (ctx, t) ->
        both(ctx, t, "and", and(new PrefixFilter(b("a")), or(hit(), qualifier("p"))))));
    s.add(on("filter-list-and-row-qualifier-value", "MUST_PASS_ALL of row, qualifier and value filters", (ctx, t) ->
        both(ctx, t, "and", and(new RowFilter(CompareOperator.GREATER_OR_EQUAL, new BinaryComparator(b("k03"))),
            new RowFilter(CompareOperator.LESS, new BinaryComparator(b("u02"))), qualifier("s"), value(CompareOperator.EQUAL, new SubstringComparator("HI"))))));
    s.add(on("filter-list-or-row-qualifier", "MUST_PASS_ONE of a row filter and a qualifier filter", (ctx, t) ->
        both(ctx, t, "or", or(new RowFilter(CompareOperator.EQUAL, new BinaryComparator(b("a03"))), qualifier("s")))));
    s.add(on("filter-list-nested-three-levels", "AND(OR(AND(prefix, qualifier), AND(prefix, value)), NOT qualifier d)", (ctx, t) ->
        both(ctx, t, "nested", and(or(and(new PrefixFilter(b("a")), qualifier("p")), and(new PrefixFilter(b("u")), value(CompareOperator.EQUAL, new BinaryComparator(b("hit"))))),
            new QualifierFilter(CompareOperator.NOT_EQUAL, new BinaryComparator(b("d")))))));
    s.add(on("filter-list-or-page", "MUST_PASS_ONE(PageFilter(3), PrefixFilter)", (ctx, t) -> both(ctx, t, "or", or(new PageFilter(3), new PrefixFilter(b("u"))))));
    s.add(on("filter-list-and-page", "MUST_PASS_ALL(PrefixFilter, PageFilter(3)) and PageFilter first", (ctx, t) -> {
      both(ctx, t, "prefix-page", and(new PrefixFilter(b("k")), new PageFilter(3)));
      both(ctx, t, "page-prefix", and(new PageFilter(3), new PrefixFilter(b("k"))));
    }));
    s.add(on("filter-list-or-column-pagination", "MUST_PASS_ONE(ColumnPaginationFilter(1,1), QualifierFilter n)", (ctx, t) ->
        both(ctx, t, "or", or(new ColumnPaginationFilter(1, 1), qualifier("n")))));
    s.add(on("filter-list-and-column-pagination", "MUST_PASS_ALL(ValueFilter, ColumnPaginationFilter(2,0)): pagination counts only what it is shown", (ctx, t) ->
        both(ctx, t, "and", and(new QualifierFilter(CompareOperator.NOT_EQUAL, new BinaryComparator(b("d"))), new ColumnPaginationFilter(2, 0)))));
    s.add(on("filter-list-and-firstkey-keyonly", "MUST_PASS_ALL(FirstKeyOnlyFilter, KeyOnlyFilter)", (ctx, t) ->
        both(ctx, t, "and", and(new FirstKeyOnlyFilter(), new KeyOnlyFilter()))));
    s.add(on("filter-list-or-keyonly-value", "MUST_PASS_ONE(KeyOnlyFilter, ValueFilter): only the including members transform", (ctx, t) ->
        both(ctx, t, "or", or(and(new PrefixFilter(b("k")), new KeyOnlyFilter(true)), value(CompareOperator.EQUAL, new BinaryComparator(b("hit")))))));
    s.add(on("filter-list-or-firstkey-qualifier", "MUST_PASS_ONE(FirstKeyOnlyFilter, QualifierFilter s)", (ctx, t) ->
        both(ctx, t, "or", or(new FirstKeyOnlyFilter(), qualifier("s")))));
    s.add(on("filter-list-empty", "Empty filter lists of both operators", (ctx, t) -> {
      scan(ctx, t, "and", new Scan().setFilter(new FilterList(Operator.MUST_PASS_ALL)).withStartRow(b("k")).withStopRow(b("k02")));
      scan(ctx, t, "or", new Scan().setFilter(new FilterList(Operator.MUST_PASS_ONE)).withStartRow(b("k")).withStopRow(b("k02")));
    }));
    s.add(on("filter-list-or-column-prefix-range", "MUST_PASS_ONE(ColumnPrefixFilter, ColumnRangeFilter)", (ctx, t) ->
        both(ctx, t, "or", or(new ColumnPrefixFilter(b("s")), new ColumnRangeFilter(b("m"), true, b("p"), false)))));
    s.add(on("filter-list-and-multiprefix-timestamps", "MUST_PASS_ALL(MultipleColumnPrefixFilter, TimestampsFilter) with all versions", (ctx, t) -> {
      Filter f = and(new MultipleColumnPrefixFilter(new byte[][] {b("m"), b("s")}), new TimestampsFilter(List.of(2L, 10L)));
      scan(ctx, t, "fwd", new Scan().setFilter(f).readAllVersions());
      scan(ctx, t, "rev", new Scan().setFilter(f).readAllVersions().setReversed(true));
    }));
    s.add(on("filter-list-or-family", "MUST_PASS_ONE(FamilyFilter cf2, QualifierFilter p)", (ctx, t) ->
        both(ctx, t, "or", or(new FamilyFilter(CompareOperator.EQUAL, new BinaryComparator(CF2)), qualifier("p")))));
    s.add(on("filter-list-or-multirowrange", "MUST_PASS_ONE(MultiRowRangeFilter, PrefixFilter)", (ctx, t) -> {
      List<MultiRowRangeFilter.RowRange> ranges = List.of(new MultiRowRangeFilter.RowRange(b("a02"), true, b("a04"), false), new MultiRowRangeFilter.RowRange(b("k08"), true, b("u01"), true));
      both(ctx, t, "or", or(new MultiRowRangeFilter(ranges), new PrefixFilter(b("u05"))));
      both(ctx, t, "alone", new MultiRowRangeFilter(ranges));
    }));
    s.add(on("filter-list-versions", "ValueFilter and an OR list over three versions of a column", (ctx, t) -> {
      Filter f = or(value(CompareOperator.EQUAL, new BinaryComparator(b("m2"))), new TimestampsFilter(List.of(1L)));
      scan(ctx, t, "or-all", new Scan().setFilter(f).readAllVersions().addColumn(CF, b("m")));
      scan(ctx, t, "or-2", new Scan().setFilter(f).readVersions(1).addColumn(CF, b("m")));
      scan(ctx, t, "not-newest", new Scan().setFilter(value(CompareOperator.NOT_EQUAL, new BinaryComparator(b("m3")))).addColumn(CF, b("m")));
    }));
    s.add(on("filter-list-scve-or", "MUST_PASS_ONE(SingleColumnValueExcludeFilter, QualifierFilter d)", (ctx, t) ->
        both(ctx, t, "or", or(new SingleColumnValueExcludeFilter(CF, b("s"), CompareOperator.EQUAL, new BinaryComparator(b("hit"))), qualifier("d")))));
    s.add(on("filter-list-gets", "Gets with nested lists", (ctx, t) -> {
      gets(ctx, t, "and", and(qualifier("p"), or(new PrefixFilter(b("a")), value(CompareOperator.EQUAL, new BinaryComparator(b("v3"))))), "a01", "k03", "k04");
      gets(ctx, t, "or", or(new FirstKeyOnlyFilter(), new ColumnPrefixFilter(b("s"))), "a00", "a01", "u05");
    }));
  }

  static void wrappers(List<Scenario> s) {
    s.add(on("filter-while-match-in-list", "MUST_PASS_ALL(WhileMatchFilter(RowFilter), QualifierFilter)", (ctx, t) ->
        both(ctx, t, "and", and(new WhileMatchFilter(new RowFilter(CompareOperator.LESS, new BinaryComparator(b("k05")))), qualifier("p")))));
    s.add(on("filter-while-match-value", "WhileMatchFilter(ValueFilter) stops mid-row", (ctx, t) ->
        both(ctx, t, "wm", new WhileMatchFilter(value(CompareOperator.NOT_EQUAL, new BinaryComparator(b("miss")))))));
    s.add(on("filter-skip-in-or", "MUST_PASS_ONE(SkipFilter(ValueFilter), PrefixFilter)", (ctx, t) ->
        both(ctx, t, "or", or(new SkipFilter(value(CompareOperator.NOT_EQUAL, new BinaryComparator(b("miss")))), new PrefixFilter(b("u0"))))));
    s.add(on("filter-skip-and-while", "SkipFilter(QualifierFilter) and WhileMatchFilter(PrefixFilter)", (ctx, t) -> {
      both(ctx, t, "skip", new SkipFilter(new QualifierFilter(CompareOperator.NOT_EQUAL, new BinaryComparator(b("s")))));
      both(ctx, t, "while", new WhileMatchFilter(new PrefixFilter(b("a"))));
    }));
  }

  static void parseLanguage(List<Scenario> s) {
    s.add(on("filter-parse-and-or", "PrefixFilter AND (SingleColumnValueFilter OR QualifierFilter)", (ctx, t) ->
        both(ctx, t, "parsed", parse("PrefixFilter('a') AND (SingleColumnValueFilter('cf','s',=,'binary:hit',true,true) OR QualifierFilter(=,'binary:p'))"))));
    s.add(on("filter-parse-precedence", "AND binds tighter than OR; parentheses change it", (ctx, t) -> {
      both(ctx, t, "plain", parse("PrefixFilter('u') OR PrefixFilter('k') AND QualifierFilter(=,'binary:s')"));
      both(ctx, t, "grouped", parse("(PrefixFilter('u') OR PrefixFilter('k')) AND QualifierFilter(=,'binary:s')"));
    }));
    s.add(on("filter-parse-skip-while", "SKIP and WHILE unary operators", (ctx, t) -> {
      both(ctx, t, "skip", parse("SKIP ValueFilter(!=,'binary:miss')"));
      both(ctx, t, "while", parse("WHILE RowFilter(<,'binary:a05')"));
      both(ctx, t, "while-and", parse("WHILE RowFilter(<,'binary:k03') AND QualifierFilter(=,'binary:p')"));
    }));
    s.add(on("filter-parse-comparators", "binary, binaryprefix, regexstring and substring in the parse language", (ctx, t) -> {
      both(ctx, t, "prefix", parse("ValueFilter(=,'binaryprefix:v1') AND RowFilter(<,'binary:k00')"));
      both(ctx, t, "regex", parse("ValueFilter(=,'regexstring:^x[048]$')"));
      both(ctx, t, "substring", parse("RowFilter(=,'substring:0') AND FamilyFilter(=,'binary:cf2')"));
      both(ctx, t, "keyonly-firstkey", parse("KeyOnlyFilter() AND FirstKeyOnlyFilter() AND PrefixFilter('k0')"));
    }));
    s.add(Scenario.of("filter-parse-quoting", "filters", "Quotes doubled inside a parse-language string", ctx -> {
      Table t = ctx.table("q", "cf");
      for (String r : new String[] {"it's", "its", "it''s"}) t.put(new Put(b(r)).addColumn(CF, b("q"), 1, b(r)));
      Scenarios.scan(ctx, t, "quote", new Scan().setFilter(parse("PrefixFilter('it''s')")));
      Scenarios.scan(ctx, t, "value", new Scan().setFilter(parse("ValueFilter(=,'binary:it''''s')")));
    }));
    s.add(on("filter-parse-column-filters", "ColumnPrefixFilter, ColumnRangeFilter, ColumnPaginationFilter, ColumnCountGetFilter from text", (ctx, t) -> {
      both(ctx, t, "prefix", parse("ColumnPrefixFilter('s') OR ColumnRangeFilter('m',true,'n',true)"));
      both(ctx, t, "pagination", parse("ColumnPaginationFilter(2,1) AND PrefixFilter('a0')"));
      both(ctx, t, "multi", parse("MultipleColumnPrefixFilter('d','sh')"));
    }));
  }

  static void reversed(List<Scenario> s) {
    s.add(on("filter-reversed-inclusive-stop", "InclusiveStopFilter on forward and reversed scans", (ctx, t) -> {
      scan(ctx, t, "fwd", new Scan().withStartRow(b("k05")).setFilter(new InclusiveStopFilter(b("u01"))));
      scan(ctx, t, "rev", new Scan().withStartRow(b("k05")).setReversed(true).setFilter(new InclusiveStopFilter(b("a08"))));
      scan(ctx, t, "rev-all", new Scan().setReversed(true).setFilter(new InclusiveStopFilter(b("u03"))));
    }));
    s.add(on("filter-reversed-scvf-on-demand", "Reversed scan with SingleColumnValueFilter(filterIfMissing): refused unless on-demand loading is off", (ctx, t) -> {
      scan(ctx, t, "refused", new Scan().setReversed(true).setFilter(hit()));
      scan(ctx, t, "on-demand-off", new Scan().setReversed(true).setFilter(hit()).setLoadColumnFamiliesOnDemand(false));
      scan(ctx, t, "one-family", new Scan().setReversed(true).setFilter(hit()).addFamily(CF));
      scan(ctx, t, "if-missing-false", new Scan().setReversed(true).setFilter(scvf("s", CompareOperator.EQUAL, new BinaryComparator(b("hit")), false)));
      scan(ctx, t, "forward", new Scan().setFilter(hit()));
    }));
    s.add(on("filter-reversed-column-value", "Reversed scan with ColumnValueFilter is refused; forward returns the column", (ctx, t) -> {
      Filter f = new ColumnValueFilter(CF, b("s"), CompareOperator.EQUAL, new BinaryComparator(b("hit")));
      both(ctx, t, "cvf", f);
      scan(ctx, t, "rev-cf-only", new Scan().setReversed(true).setFilter(f).addFamily(CF));
    }));
    s.add(on("filter-reversed-lists-essential", "Reversed scans with lists: refused when no member needs every family", (ctx, t) -> {
      both(ctx, t, "or-prefix", or(hit(), new PrefixFilter(b("k"))));
      both(ctx, t, "and-scvf-cvf", and(hit(), new ColumnValueFilter(CF, b("p"), CompareOperator.EQUAL, new BinaryComparator(b("v6")))));
      both(ctx, t, "skip-scvf", new SkipFilter(hit()));
    }));
    s.add(on("filter-reversed-prefix-page", "PrefixFilter and PageFilter on reversed scans across regions", (ctx, t) -> {
      both(ctx, t, "prefix", new PrefixFilter(b("k0")));
      both(ctx, t, "page", new PageFilter(4));
      both(ctx, t, "prefix-none", new PrefixFilter(b("m")));
    }));
  }

  static void comparators(List<Scenario> s) {
    s.add(on("filter-cmp-binary", "BinaryComparator with every operator, empty operand", (ctx, t) -> {
      for (CompareOperator op : CompareOperator.values()) {
        if (op == CompareOperator.NO_OP) continue;
        scan(ctx, t, "row-" + op, new Scan().setFilter(new RowFilter(op, new BinaryComparator(b("k04")))).addColumn(CF, b("p")).withStartRow(b("k02")).withStopRow(b("k07")));
      }
      scan(ctx, t, "empty", new Scan().setFilter(value(CompareOperator.GREATER, new BinaryComparator(new byte[0]))).withStartRow(b("u07")));
    }));
    s.add(on("filter-cmp-binary-prefix", "BinaryPrefixComparator longer and shorter than values", (ctx, t) -> {
      scan(ctx, t, "short", new Scan().setFilter(value(CompareOperator.EQUAL, new BinaryPrefixComparator(b("m")))));
      scan(ctx, t, "long", new Scan().setFilter(value(CompareOperator.LESS, new BinaryPrefixComparator(b("v1zzzz")))).withStartRow(b("u")));
    }));
    s.add(on("filter-cmp-bit", "BitComparator AND/OR/XOR, values of other lengths", (ctx, t) -> {
      byte[] eight = Bytes.toBytes(6L);
      scan(ctx, t, "and", new Scan().setFilter(value(CompareOperator.EQUAL, new BitComparator(eight, BitComparator.BitwiseOp.AND))).addColumn(CF, b("n")).withStopRow(b("g")));
      scan(ctx, t, "or", new Scan().setFilter(value(CompareOperator.NOT_EQUAL, new BitComparator(new byte[8], BitComparator.BitwiseOp.OR))).addColumn(CF, b("n")).withStopRow(b("g")));
      scan(ctx, t, "xor", new Scan().setFilter(value(CompareOperator.EQUAL, new BitComparator(eight, BitComparator.BitwiseOp.XOR))).addColumn(CF, b("n")).withStopRow(b("g")));
      scan(ctx, t, "short", new Scan().setFilter(value(CompareOperator.EQUAL, new BitComparator(new byte[] {1}, BitComparator.BitwiseOp.OR))).withStopRow(b("g")));
    }));
    s.add(on("filter-cmp-null", "NullComparator in ValueFilter and SingleColumnValueFilter", (ctx, t) -> {
      scan(ctx, t, "equal", new Scan().setFilter(value(CompareOperator.EQUAL, new NullComparator())).withStopRow(b("g")));
      scan(ctx, t, "not-equal", new Scan().setFilter(value(CompareOperator.NOT_EQUAL, new NullComparator())).withStopRow(b("a02")));
      scan(ctx, t, "scvf", new Scan().setFilter(scvf("s", CompareOperator.EQUAL, new NullComparator(), false)).withStopRow(b("a04")));
    }));
    s.add(on("filter-cmp-regex", "RegexStringComparator flags and charset", (ctx, t) -> {
      scan(ctx, t, "plain", new Scan().setFilter(value(CompareOperator.EQUAL, new RegexStringComparator("^V[0-3]$"))).withStopRow(b("g")));
      scan(ctx, t, "case", new Scan().setFilter(value(CompareOperator.EQUAL, new RegexStringComparator("^V[0-3]$", Pattern.CASE_INSENSITIVE))).withStopRow(b("g")));
      scan(ctx, t, "find", new Scan().setFilter(value(CompareOperator.EQUAL, new RegexStringComparator("it"))).withStopRow(b("g")));
      scan(ctx, t, "not", new Scan().setFilter(value(CompareOperator.NOT_EQUAL, new RegexStringComparator("."))).withStopRow(b("g")));
      RegexStringComparator latin = new RegexStringComparator("\u00e9");
      latin.setCharset(java.nio.charset.StandardCharsets.ISO_8859_1);
      t.put(new Put(b("a00")).addColumn(CF2, b("e"), 10, new byte[] {(byte) 0xe9}).addColumn(CF2, b("u"), 10, "\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      scan(ctx, t, "latin1", new Scan().setFilter(value(CompareOperator.EQUAL, latin)).addFamily(CF2));
      scan(ctx, t, "utf8", new Scan().setFilter(value(CompareOperator.EQUAL, new RegexStringComparator("\u00e9"))).addFamily(CF2));
    }));
    s.add(on("filter-cmp-substring", "SubstringComparator is case-insensitive", (ctx, t) -> {
      scan(ctx, t, "upper", new Scan().setFilter(value(CompareOperator.EQUAL, new SubstringComparator("IS"))).withStopRow(b("g")));
      scan(ctx, t, "row", new Scan().setFilter(new RowFilter(CompareOperator.NOT_EQUAL, new SubstringComparator("0"))).addColumn(CF, b("p")));
    }));
    s.add(on("filter-cmp-long", "LongComparator on 8-byte values, and on a value that is not 8 bytes", (ctx, t) -> {
      scan(ctx, t, "greater", new Scan().setFilter(value(CompareOperator.GREATER, new LongComparator(6))).addColumn(CF, b("n")));
      scan(ctx, t, "scvf", new Scan().setFilter(scvf("n", CompareOperator.LESS_OR_EQUAL, new LongComparator(2), true)).addColumn(CF, b("p")).addColumn(CF, b("n")));
      scan(ctx, t, "short-value", new Scan().setFilter(value(CompareOperator.EQUAL, new LongComparator(6))).addColumn(CF, b("p")).withStopRow(b("a01")));
    }));
    s.add(on("filter-cmp-bigdecimal", "BigDecimalComparator across scales, and on a short value", (ctx, t) -> {
      scan(ctx, t, "equal", new Scan().setFilter(value(CompareOperator.EQUAL, new BigDecimalComparator(new BigDecimal("1.50")))).addColumn(CF, b("d")));
      scan(ctx, t, "less", new Scan().setFilter(value(CompareOperator.LESS, new BigDecimalComparator(new BigDecimal("1")))).addColumn(CF, b("d")));
      scan(ctx, t, "short-value", new Scan().setFilter(value(CompareOperator.EQUAL, new BigDecimalComparator(BigDecimal.ONE))).addColumn(CF, b("sh")));
    }));
    s.add(on("filter-cmp-binary-component", "BinaryComponentComparator at an offset of the row key", (ctx, t) -> {
      scan(ctx, t, "row", new Scan().setFilter(new RowFilter(CompareOperator.EQUAL, new BinaryComponentComparator(b("07"), 1))).addColumn(CF, b("p")));
      scan(ctx, t, "value", new Scan().setFilter(value(CompareOperator.GREATER, new BinaryComponentComparator(b("7"), 1))).addColumn(CF, b("p")));
    }));
  }

  static void singles(List<Scenario> s) {
    s.add(on("filter-column-count-get-scan", "ColumnCountGetFilter in a multi-region scan and in Gets", (ctx, t) -> {
      both(ctx, t, "ccg", new ColumnCountGetFilter(2));
      gets(ctx, t, "ccg", new ColumnCountGetFilter(2), "a00", "k05");
    }));
    s.add(on("filter-keyonly-lenasval", "KeyOnlyFilter(lenAsVal) forward and reversed", (ctx, t) -> both(ctx, t, "lenasval", and(new PrefixFilter(b("u0")), new KeyOnlyFilter(true)))));
    s.add(on("filter-column-pagination-column-offset", "ColumnPaginationFilter by column offset, forward and reversed", (ctx, t) -> {
      both(ctx, t, "col-offset", new ColumnPaginationFilter(2, b("n")));
      both(ctx, t, "offset", new ColumnPaginationFilter(1, 3));
    }));
    s.add(on("filter-dependent-column", "DependentColumnFilter with and without dropping the dependent column", (ctx, t) -> {
      t.put(new Put(b("k02")).addColumn(CF, b("p"), 20, b("late")).addColumn(CF2, b("x"), 20, b("late")));
      both(ctx, t, "keep", new DependentColumnFilter(CF, b("p")));
      both(ctx, t, "drop", new DependentColumnFilter(CF, b("p"), true, CompareOperator.EQUAL, new BinaryComparator(b("late"))));
    }));
    s.add(on("filter-first-key-matching-qualifiers", "FirstKeyOnlyFilter and FirstKeyValueMatchingQualifiersFilter-like cut via lists", (ctx, t) -> {
      both(ctx, t, "first", new FirstKeyOnlyFilter());
      both(ctx, t, "first-in-cf2", and(new FamilyFilter(CompareOperator.EQUAL, new BinaryComparator(CF2)), new FirstKeyOnlyFilter()));
    }));
  }
}
