import java.util.ArrayList;
import java.util.List;
import org.hbase.async.AtomicIncrementRequest;
import org.hbase.async.BinaryComparator;
import org.hbase.async.ColumnPrefixFilter;
import org.hbase.async.CompareFilter;
import org.hbase.async.DeleteRequest;
import org.hbase.async.GetRequest;
import org.hbase.async.HBaseClient;
import org.hbase.async.KeyRegexpFilter;
import org.hbase.async.KeyValue;
import org.hbase.async.PutRequest;
import org.hbase.async.ScanFilter;
import org.hbase.async.Scanner;
import org.hbase.async.ValueFilter;

/**
 * tests/clients: asynchbase 1.8.2 (OpenTSDB's HBase client, its own Netty 3 RPC stack) through the
 * common operations of tools/client-compat.sh, as far as its API goes (no admin: tables asyn_a
 * and asyn_c, pre-split at g, n, t, come from CreateTables; no scan limit). Usage: AsynchbaseClient
 * ZK_PORT. Prints `operation<TAB>observation` lines (Obs.java).
 */
public final class AsynchbaseClient {
  private static final byte[] TABLE = Obs.b("asyn_a");
  private static final byte[] SPLIT = Obs.b("asyn_c");
  private static final byte[] CF = Obs.b("cf");
  private static final byte[] CG = Obs.b("cg");
  private static final long WAIT = 30000;

  private AsynchbaseClient() {}

  public static void main(String[] args) throws Exception {
    HBaseClient client = new HBaseClient("127.0.0.1:" + args[0], "/hbase");
    Obs.run("connect", () -> {
      client.ensureTableExists(TABLE).join(WAIT);
      return "connected";
    });
    Obs.run("put", () -> load(client));
    dataOps(client);
    mutationOps(client);
    binaryAndBig(client);
    splitOps(client);
    Obs.emit("end", "done");
    try {
      client.shutdown().join(10000);
    } finally {
      System.exit(0);
    }
  }

  private static String load(HBaseClient c) throws Exception {
    c.put(new PutRequest(TABLE, Obs.b("row-1"), CF, new byte[][] {Obs.b("a"), Obs.b("b")},
        new byte[][] {Obs.b("v1a"), Obs.b("v1b")})).join(WAIT);
    c.put(new PutRequest(TABLE, Obs.b("row-1"), CG, Obs.b("x"), Obs.b("g1"))).join(WAIT);
    for (int i = 2; i < 10; i++) {
      c.put(new PutRequest(TABLE, Obs.b("row-" + i), CF, Obs.b("a"), Obs.b("v" + i))).join(WAIT);
    }
    c.put(new PutRequest(TABLE, Obs.b("other-1"), CF, Obs.b("a"), Obs.b("o1"))).join(WAIT);
    return "ok";
  }

  static String fmt(List<KeyValue> row) {
    if (row == null || row.isEmpty()) {
      return "<no row>";
    }
    StringBuilder out = new StringBuilder(Obs.show(row.get(0).key()));
    for (KeyValue kv : row) {
      out.append(' ').append(Obs.show(kv.family())).append(':').append(Obs.show(kv.qualifier())).append('=')
          .append(Obs.show(kv.value()));
    }
    return out.toString();
  }

  private static String get(HBaseClient c, GetRequest g) throws Exception {
    return fmt(c.get(g).join(WAIT));
  }

  interface ScanSetup {
    void apply(Scanner s);
  }

  private static List<String> scan(HBaseClient c, byte[] table, byte[] start, byte[] stop, ScanSetup setup) throws Exception {
    Scanner s = c.newScanner(table);
    if (start != null) {
      s.setStartKey(start);
    }
    if (stop != null) {
      s.setStopKey(stop);
    }
    s.setMaxNumRows(2); // several round trips on the same scanner
    if (setup != null) {
      setup.apply(s);
    }
    List<String> rows = new ArrayList<>();
    try {
      for (List<ArrayList<KeyValue>> batch = s.nextRows().join(WAIT); batch != null; batch = s.nextRows().join(WAIT)) {
        for (List<KeyValue> row : batch) {
          rows.add(fmt(row));
        }
      }
    } finally {
      s.close().join(WAIT);
    }
    return Obs.rows(rows);
  }

  private static ScanSetup filter(ScanFilter f) {
    return s -> s.setFilter(f);
  }

  private static void dataOps(HBaseClient c) {
    Obs.run("get", () -> get(c, new GetRequest(TABLE, Obs.b("row-1"))));
    Obs.run("get_missing", () -> get(c, new GetRequest(TABLE, Obs.b("no-such-row"))));
    Obs.run("get_column", () -> get(c, new GetRequest(TABLE, Obs.b("row-1")).family(CF).qualifier(Obs.b("b"))));
    Obs.run("get_family", () -> get(c, new GetRequest(TABLE, Obs.b("row-1")).family(CG)));
    Obs.run("scan_all", () -> scan(c, TABLE, null, null, null));
    Obs.run("scan_range", () -> scan(c, TABLE, Obs.b("row-2"), Obs.b("row-5"), null));
    Obs.run("scan_columns", () -> scan(c, TABLE, Obs.b("row-1"), Obs.b("row-3"), s -> {
      s.setFamily(CF);
      s.setQualifier(Obs.b("b"));
    }));
    Obs.run("scan_reversed", () -> scan(c, TABLE, Obs.b("row-5"), Obs.b("row-2"), s -> s.setReversed(true)));
    Obs.run("filter_prefix", () -> scan(c, TABLE, null, null, filter(new KeyRegexpFilter("^other"))));
    Obs.run("filter_value", () -> scan(c, TABLE, null, null,
        filter(new ValueFilter(CompareFilter.CompareOp.EQUAL, new BinaryComparator(Obs.b("v4"))))));
    Obs.run("filter_column_prefix", () -> scan(c, TABLE, null, null, filter(new ColumnPrefixFilter("b"))));
  }

  private static void mutationOps(HBaseClient c) {
    Obs.run("delete_column", () -> {
      c.delete(new DeleteRequest(TABLE, Obs.b("row-1"), CF, Obs.b("a"))).join(WAIT);
      return get(c, new GetRequest(TABLE, Obs.b("row-1")));
    });
    Obs.run("delete_family", () -> {
      c.delete(new DeleteRequest(TABLE, Obs.b("row-1"), CG)).join(WAIT);
      return get(c, new GetRequest(TABLE, Obs.b("row-1")));
    });
    Obs.run("delete_row", () -> {
      c.delete(new DeleteRequest(TABLE, Obs.b("row-2"))).join(WAIT);
      return get(c, new GetRequest(TABLE, Obs.b("row-2")));
    });
    Obs.run("increment", () -> {
      long a = c.atomicIncrement(new AtomicIncrementRequest(TABLE, Obs.b("ctr"), CF, Obs.b("n"), 5)).join(WAIT);
      long b = c.atomicIncrement(new AtomicIncrementRequest(TABLE, Obs.b("ctr"), CF, Obs.b("n"), -2)).join(WAIT);
      return a + " " + b + " " + get(c, new GetRequest(TABLE, Obs.b("ctr")));
    });
    Obs.run("check_and_put", () -> {
      List<String> out = new ArrayList<>();
      for (String expected : new String[] {"v3", "nope"}) {
        PutRequest put = new PutRequest(TABLE, Obs.b("row-3"), CF, Obs.b("a"), Obs.b("cas-" + expected));
        out.add("expect=" + expected + " -> " + c.compareAndSet(put, Obs.b(expected)).join(WAIT));
      }
      PutRequest create = new PutRequest(TABLE, Obs.b("row-3"), CF, Obs.b("d"), Obs.b("was-absent"));
      out.add("absent -> " + c.atomicCreate(create).join(WAIT));
      out.add(get(c, new GetRequest(TABLE, Obs.b("row-3"))));
      return out;
    });
  }

  private static void binaryAndBig(HBaseClient c) {
    byte[][] keys = {{0}, {0, 1}, {(byte) 0xff}, {(byte) 0xff, (byte) 0xff}, {'a', 0, 'b'}};
    byte[] q = {0, 'q', (byte) 0xff};
    Obs.run("binary_keys", () -> {
      for (byte[] k : keys) {
        byte[] v = java.util.Arrays.copyOf(k, k.length + 1);
        v[k.length] = (byte) 0xfe;
        c.put(new PutRequest(TABLE, k, CF, q, v)).join(WAIT);
      }
      List<String> out = new ArrayList<>();
      for (byte[] k : keys) {
        out.add(get(c, new GetRequest(TABLE, k)));
      }
      return out;
    });
    Obs.run("binary_scan", () -> {
      List<String> out = scan(c, TABLE, new byte[] {0}, new byte[] {1}, null);
      out.addAll(scan(c, TABLE, new byte[] {(byte) 0xff}, null, null));
      return out;
    });
    Obs.run("big_value", () -> {
      c.put(new PutRequest(TABLE, Obs.b("big"), CF, Obs.b("blob"), Obs.bigValue())).join(60000);
      return get(c, new GetRequest(TABLE, Obs.b("big")));
    });
  }

  private static void splitOps(HBaseClient c) {
    Obs.run("split_put", () -> {
      for (String k : new String[] {"a1", "f9", "g", "g1", "m", "n0", "s", "t", "z9"}) {
        c.put(new PutRequest(SPLIT, Obs.b(k), CF, Obs.b("q"), Obs.b(k))).join(WAIT);
      }
      return "ok";
    });
    Obs.run("split_scan", () -> scan(c, SPLIT, null, null, null));
    Obs.run("split_scan_range", () -> scan(c, SPLIT, Obs.b("f"), Obs.b("u"), null));
    Obs.run("split_scan_reversed", () -> scan(c, SPLIT, Obs.b("s"), Obs.b("b"), s -> s.setReversed(true)));
    Obs.run("split_get", () -> {
      List<String> out = new ArrayList<>();
      for (String k : new String[] {"a1", "n0", "z9"}) {
        out.add(get(c, new GetRequest(SPLIT, Obs.b(k))));
      }
      return out;
    });
  }
}
