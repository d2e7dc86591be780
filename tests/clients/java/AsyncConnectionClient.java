import static java.util.concurrent.TimeUnit.SECONDS;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hbase.Cell;
import org.apache.hadoop.hbase.CellUtil;
import org.apache.hadoop.hbase.CompareOperator;
import org.apache.hadoop.hbase.HBaseConfiguration;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.AsyncAdmin;
import org.apache.hadoop.hbase.client.AsyncConnection;
import org.apache.hadoop.hbase.client.AsyncTable;
import org.apache.hadoop.hbase.client.CheckAndMutate;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.ConnectionFactory;
import org.apache.hadoop.hbase.client.Delete;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Increment;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.Row;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.ScanResultConsumer;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;
import org.apache.hadoop.hbase.filter.BinaryComparator;
import org.apache.hadoop.hbase.filter.Filter;
import org.apache.hadoop.hbase.filter.PrefixFilter;
import org.apache.hadoop.hbase.filter.SingleColumnValueFilter;
import org.apache.hadoop.hbase.filter.ValueFilter;

/**
 * tests/clients: the HBase 2.6 Java client's AsyncConnection API (AsyncTable, AsyncAdmin, scans
 * through a ScanResultConsumer) through the common operations of tools/client-compat.sh.
 * Usage: AsyncConnectionClient ZK_PORT|rpc:HOST:PORT [TABLE_PREFIX]: through ZooKeeper, or through
 * the RPC registry (hbase.client.bootstrap.servers, the default of HBase 3.0). The same source is
 * compiled against the 2.6 client and against the 3.0 client. Prints `operation<TAB>observation`
 * lines (Obs.java).
 */
public final class AsyncConnectionClient {
  private static TableName TABLE;
  private static TableName SPLIT;
  private static final byte[] CF = Obs.b("cf");
  private static final byte[] CG = Obs.b("cg");

  private AsyncConnectionClient() {}

  public static void main(String[] args) throws Exception {
    String prefix = args.length > 1 ? args[1] : "async";
    TABLE = TableName.valueOf(prefix + "_t");
    SPLIT = TableName.valueOf(prefix + "_s");
    Configuration conf = HBaseConfiguration.create();
    if (args[0].startsWith("rpc:")) {
      conf.set("hbase.client.registry.impl", "org.apache.hadoop.hbase.client.RpcConnectionRegistry");
      conf.set("hbase.client.bootstrap.servers", args[0].substring(4));
    } else {
      conf.set("hbase.client.registry.impl", "org.apache.hadoop.hbase.client.ZKConnectionRegistry");
      conf.set("hbase.zookeeper.quorum", "127.0.0.1");
      conf.set("hbase.zookeeper.property.clientPort", args[0]);
    }
    conf.setInt("hbase.client.retries.number", 3);
    conf.setInt("hbase.client.operation.timeout", 30000);
    AsyncConnection[] holder = new AsyncConnection[1];
    Obs.run("connect", () -> {
      holder[0] = ConnectionFactory.createAsyncConnection(conf).get(60, SECONDS);
      return "connected";
    });
    if (holder[0] == null) {
      return;
    }
    try (AsyncConnection conn = holder[0]) {
      AsyncAdmin admin = conn.getAdmin();
      Obs.run("create", () -> create(admin, TABLE, null));
      AsyncTable<ScanResultConsumer> t = conn.getTable(TABLE, java.util.concurrent.ForkJoinPool.commonPool());
      Obs.run("put", () -> load(t));
      dataOps(t);
      mutationOps(t);
      binaryAndBig(t);
      versionOps(admin, t);
      Obs.run("create_split", () -> create(admin, SPLIT, new byte[][] {Obs.b("g"), Obs.b("n"), Obs.b("t")}));
      splitOps(conn.getTable(SPLIT, java.util.concurrent.ForkJoinPool.commonPool()));
    }
    Obs.emit("end", "done");
    System.exit(0);
  }

  private static String create(AsyncAdmin admin, TableName name, byte[][] splits) throws Exception {
    if (admin.tableExists(name).get(30, SECONDS)) {
      admin.disableTable(name).get(60, SECONDS);
      admin.deleteTable(name).get(60, SECONDS);
    }
    TableDescriptorBuilder desc = TableDescriptorBuilder.newBuilder(name)
        .setColumnFamily(ColumnFamilyDescriptorBuilder.newBuilder(CF).setMaxVersions(3).build())
        .setColumnFamily(ColumnFamilyDescriptorBuilder.of(CG));
    if (splits == null) {
      admin.createTable(desc.build()).get(60, SECONDS);
    } else {
      admin.createTable(desc.build(), splits).get(60, SECONDS);
    }
    return "created " + name + " exists=" + admin.tableExists(name).get(30, SECONDS)
        + " regions=" + admin.getRegions(name).get(30, SECONDS).size();
  }

  private static String load(AsyncTable<?> t) throws Exception {
    List<Put> puts = new ArrayList<>();
    puts.add(new Put(Obs.b("row-1")).addColumn(CF, Obs.b("a"), Obs.b("v1a")).addColumn(CF, Obs.b("b"), Obs.b("v1b"))
        .addColumn(CG, Obs.b("x"), Obs.b("g1")));
    for (int i = 2; i < 10; i++) {
      puts.add(new Put(Obs.b("row-" + i)).addColumn(CF, Obs.b("a"), Obs.b("v" + i)));
    }
    puts.add(new Put(Obs.b("other-1")).addColumn(CF, Obs.b("a"), Obs.b("o1")));
    t.putAll(puts).get(30, SECONDS);
    return "ok " + puts.size();
  }

  static String fmt(Result r) {
    if (r == null || r.isEmpty()) {
      return "<no row>";
    }
    StringBuilder out = new StringBuilder(Obs.show(r.getRow()));
    for (Cell c : r.rawCells()) {
      out.append(' ').append(Obs.show(CellUtil.cloneFamily(c))).append(':')
          .append(Obs.show(CellUtil.cloneQualifier(c))).append('=').append(Obs.show(CellUtil.cloneValue(c)));
    }
    return out.toString();
  }

  private static String get(AsyncTable<?> t, Get g) throws Exception {
    return fmt(t.get(g).get(30, SECONDS));
  }

  private static List<String> scan(AsyncTable<?> t, Scan s) throws Exception {
    List<String> rows = new ArrayList<>();
    for (Result r : t.scanAll(s).get(30, SECONDS)) {
      rows.add(fmt(r));
    }
    return Obs.rows(rows);
  }

  private static Scan filtered(Filter f) {
    return new Scan().setFilter(f);
  }

  private static void dataOps(AsyncTable<?> t) {
    Obs.run("get", () -> get(t, new Get(Obs.b("row-1"))));
    Obs.run("get_missing", () -> get(t, new Get(Obs.b("no-such-row"))));
    Obs.run("get_column", () -> get(t, new Get(Obs.b("row-1")).addColumn(CF, Obs.b("b"))));
    Obs.run("get_family", () -> get(t, new Get(Obs.b("row-1")).addFamily(CG)));
    Obs.run("exists", () -> t.existsAll(List.of(new Get(Obs.b("row-4")), new Get(Obs.b("nope")))).get(30, SECONDS).toString());
    Obs.run("batch_get", () -> {
      List<String> out = new ArrayList<>();
      for (Result r : t.getAll(List.of(new Get(Obs.b("row-4")), new Get(Obs.b("nope")), new Get(Obs.b("row-5")))).get(30, SECONDS)) {
        out.add(fmt(r));
      }
      return out;
    });
    Obs.run("scan_all", () -> scan(t, new Scan()));
    Obs.run("scan_range", () -> scan(t, new Scan().withStartRow(Obs.b("row-2")).withStopRow(Obs.b("row-5"))));
    Obs.run("scan_limit", () -> scan(t, new Scan().withStartRow(Obs.b("row-2")).setLimit(3)));
    Obs.run("scan_columns", () -> scan(t, new Scan().withStartRow(Obs.b("row-1")).withStopRow(Obs.b("row-3")).addColumn(CF, Obs.b("b"))));
    Obs.run("scan_reversed", () -> scan(t, new Scan().withStartRow(Obs.b("row-5")).withStopRow(Obs.b("row-2")).setReversed(true)));
    Obs.run("scan_small_caching", () -> scan(t, new Scan().setCaching(2).setMaxResultSize(1)));
    Obs.run("filter_prefix", () -> scan(t, filtered(new PrefixFilter(Obs.b("other")))));
    Obs.run("filter_value", () -> scan(t, filtered(new ValueFilter(CompareOperator.EQUAL, new BinaryComparator(Obs.b("v4"))))));
    Obs.run("filter_scv", () -> scan(t, filtered(new SingleColumnValueFilter(CF, Obs.b("a"), CompareOperator.GREATER, Obs.b("v7")))));
  }

  private static void mutationOps(AsyncTable<?> t) {
    Obs.run("delete_column", () -> {
      t.delete(new Delete(Obs.b("row-1")).addColumns(CF, Obs.b("a"))).get(30, SECONDS);
      return get(t, new Get(Obs.b("row-1")));
    });
    Obs.run("delete_family", () -> {
      t.delete(new Delete(Obs.b("row-1")).addFamily(CG)).get(30, SECONDS);
      return get(t, new Get(Obs.b("row-1")));
    });
    Obs.run("delete_row", () -> {
      t.delete(new Delete(Obs.b("row-2"))).get(30, SECONDS);
      return get(t, new Get(Obs.b("row-2")));
    });
    Obs.run("increment", () -> {
      long a = t.incrementColumnValue(Obs.b("ctr"), CF, Obs.b("n"), 5).get(30, SECONDS);
      Result r = t.increment(new Increment(Obs.b("ctr")).addColumn(CF, Obs.b("n"), -2)).get(30, SECONDS);
      return a + " " + fmt(r);
    });
    Obs.run("check_and_put", () -> {
      List<String> out = new ArrayList<>();
      for (String expected : new String[] {"v3", "nope"}) {
        CheckAndMutate cam = CheckAndMutate.newBuilder(Obs.b("row-3")).ifEquals(CF, Obs.b("a"), Obs.b(expected))
            .build(new Put(Obs.b("row-3")).addColumn(CF, Obs.b("c"), Obs.b("set-if-" + expected)));
        out.add("expect=" + expected + " -> " + t.checkAndMutate(cam).get(30, SECONDS).isSuccess());
      }
      CheckAndMutate absent = CheckAndMutate.newBuilder(Obs.b("row-3")).ifNotExists(CF, Obs.b("zz"))
          .build(new Put(Obs.b("row-3")).addColumn(CF, Obs.b("d"), Obs.b("was-absent")));
      out.add("absent -> " + t.checkAndMutate(absent).get(30, SECONDS).isSuccess());
      out.add(get(t, new Get(Obs.b("row-3"))));
      return out;
    });
    Obs.run("batch_mixed", () -> {
      List<Row> actions = List.of(new Put(Obs.b("row-8")).addColumn(CF, Obs.b("z"), Obs.b("batched")),
          new Delete(Obs.b("row-9")), new Get(Obs.b("row-7")));
      List<String> out = new ArrayList<>();
      for (Object r : t.batchAll(actions).get(30, SECONDS)) {
        out.add(r instanceof Result ? fmt((Result) r) : String.valueOf(r));
      }
      return out;
    });
  }

  /**
   * What happybase's time-range reads and compact_table exercise: more versions written than the
   * family keeps (VERSIONS 3), read back by time range before and after a flush and a major
   * compaction (which drops the versions beyond VERSIONS for good).
   */
  private static void versionOps(AsyncAdmin admin, AsyncTable<?> t) {
    byte[] row = Obs.b("versioned");
    Obs.run("versions_put", () -> {
      for (long ts = 1; ts <= 5; ts++) {
        t.put(new Put(row).addColumn(CF, Obs.b("v"), ts, Obs.b("ts" + ts))).get(30, SECONDS);
      }
      return "ok";
    });
    Obs.Op read = () -> List.of(
        "all " + get(t, new Get(row).readAllVersions()),
        "range[1,3) " + get(t, new Get(row).readAllVersions().setTimeRange(1, 3)),
        "range[2,5) max2 " + get(t, new Get(row).readVersions(2).setTimeRange(2, 5)),
        "scan range[1,4) " + scan(t, new Scan().withStartRow(row).withStopRow(row, true).readAllVersions().setTimeRange(1, 4)));
    Obs.run("versions_read", read);
    Obs.run("versions_compact", () -> {
      admin.flush(TABLE).get(60, SECONDS);
      admin.majorCompact(TABLE).get(60, SECONDS);
      long deadline = System.currentTimeMillis() + 60000;
      Thread.sleep(1000);
      while (admin.getCompactionState(TABLE).get(30, SECONDS) != org.apache.hadoop.hbase.client.CompactionState.NONE
          && System.currentTimeMillis() < deadline) {
        Thread.sleep(200);
      }
      return "compacted";
    });
    Obs.run("versions_read_compacted", read);
    Obs.run("row_prefix_scan", () -> scan(t, new Scan().setRowPrefixFilter(Obs.b("row-"))
        .setFilter(new org.apache.hadoop.hbase.filter.KeyOnlyFilter())));
    Obs.run("append", () -> fmt(t.append(new org.apache.hadoop.hbase.client.Append(Obs.b("row-4"))
        .addColumn(CF, Obs.b("a"), Obs.b("+x"))).get(30, SECONDS)));
  }

  private static void binaryAndBig(AsyncTable<?> t) {
    byte[][] keys = {{0}, {0, 1}, {(byte) 0xff}, {(byte) 0xff, (byte) 0xff}, {'a', 0, 'b'}};
    byte[] q = {0, 'q', (byte) 0xff};
    Obs.run("binary_keys", () -> {
      List<String> out = new ArrayList<>();
      for (byte[] k : keys) {
        byte[] v = java.util.Arrays.copyOf(k, k.length + 1);
        v[k.length] = (byte) 0xfe;
        t.put(new Put(k).addColumn(CF, q, v)).get(30, SECONDS);
      }
      for (byte[] k : keys) {
        out.add(get(t, new Get(k)));
      }
      return out;
    });
    Obs.run("binary_scan", () -> {
      List<String> out = scan(t, new Scan().withStartRow(new byte[] {0}).withStopRow(new byte[] {1}));
      out.addAll(scan(t, new Scan().withStartRow(new byte[] {(byte) 0xff})));
      return out;
    });
    Obs.run("big_value", () -> {
      t.put(new Put(Obs.b("big")).addColumn(CF, Obs.b("blob"), Obs.bigValue())).get(60, SECONDS);
      return get(t, new Get(Obs.b("big")));
    });
  }

  private static void splitOps(AsyncTable<?> s) {
    Obs.run("split_put", () -> {
      List<Put> puts = new ArrayList<>();
      for (String k : new String[] {"a1", "f9", "g", "g1", "m", "n0", "s", "t", "z9"}) {
        puts.add(new Put(Obs.b(k)).addColumn(CF, Obs.b("q"), Obs.b(k)));
      }
      s.putAll(puts).get(30, SECONDS);
      return "ok";
    });
    Obs.run("split_scan", () -> scan(s, new Scan()));
    Obs.run("split_scan_range", () -> scan(s, new Scan().withStartRow(Obs.b("f")).withStopRow(Obs.b("u"))));
    Obs.run("split_scan_limit", () -> scan(s, new Scan().withStartRow(Obs.b("f")).setLimit(4)));
    Obs.run("split_scan_reversed", () -> scan(s, new Scan().withStartRow(Obs.b("s")).withStopRow(Obs.b("b")).setReversed(true)));
    Obs.run("split_get", () -> {
      List<String> out = new ArrayList<>();
      for (String k : new String[] {"a1", "n0", "z9"}) {
        out.add(get(s, new Get(Obs.b(k))));
      }
      return out;
    });
  }
}
