// Checks on a running multi-node gateway cluster through the real HBase Java client, which knows
// only the ZooKeeper quorum (tools/cluster-test.sh runs these).
//
//   ClusterCheck layout <zk host:port> <table> <nodes>     every node serves an equal share of
//                                                          the table's regions, and answers a get
//   ClusterCheck increments <zk host:port> <table>         3 connections x 8 threads x 1,000
//                                                          increments on 10 rows end exact
// Prints "cluster-check[<mode>]: N passed, M failed".

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hbase.HBaseConfiguration;
import org.apache.hadoop.hbase.HRegionLocation;
import org.apache.hadoop.hbase.ServerName;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.ConnectionFactory;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.RegionLocator;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;
import org.apache.hadoop.hbase.util.Bytes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public final class ClusterCheck {
  private static int passed;
  private static int failed;
  private static final byte[] CF = Bytes.toBytes("f");

  static void check(boolean ok, String what) {
    if (ok) passed++;
    else failed++;
    System.out.println((ok ? "ok     " : "FAILED ") + what);
  }

  static Configuration conf(String zk) {
    Configuration c = HBaseConfiguration.create();
    String[] hp = zk.split(":");
    c.set("hbase.zookeeper.quorum", hp[0]);
    c.set("hbase.zookeeper.property.clientPort", hp[1]);
    c.setInt("hbase.client.retries.number", 15);
    c.setInt("hbase.client.pause", 100);
    c.setInt("hbase.rpc.timeout", 20000);
    c.setInt("hbase.client.operation.timeout", 120000);
    return c;
  }

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String zk = args[1];
    TableName name = TableName.valueOf(args[2]);
    try {
      switch (mode) {
        case "layout" -> layout(zk, name, Integer.parseInt(args[3]));
        case "increments" -> increments(zk, name);
        default -> throw new IllegalArgumentException(mode);
      }
    } catch (Throwable t) {
      check(false, mode + " aborted: " + t);
    }
    System.out.println("cluster-check[" + mode + "]: " + passed + " passed, " + failed + " failed");
    System.out.flush();
    Runtime.getRuntime().halt(failed == 0 && passed > 0 ? 0 : 1);
  }

  static void layout(String zk, TableName name, int nodes) throws Exception {
    try (Connection conn = ConnectionFactory.createConnection(conf(zk)); Admin admin = conn.getAdmin()) {
      check(admin.getRegionServers().size() == nodes, "the cluster lists " + admin.getRegionServers().size() + " region servers: " + admin.getRegionServers());
      try (RegionLocator locator = conn.getRegionLocator(name); Table table = conn.getTable(name)) {
        Map<ServerName, Integer> perServer = new TreeMap<>();
        List<HRegionLocation> locations = locator.getAllRegionLocations();
        for (HRegionLocation l : locations) perServer.merge(l.getServerName(), 1, Integer::sum);
        check(perServer.size() == nodes, "regions of " + name + " spread over " + perServer.size() + " nodes: " + perServer);
        int min = perServer.values().stream().min(Integer::compare).orElse(0);
        int max = perServer.values().stream().max(Integer::compare).orElse(0);
        check(max - min <= 1, locations.size() + " regions, " + min + ".." + max + " per node");
        // One get into every region: every node answers for the regions it owns.
        int answered = 0;
        for (HRegionLocation l : locations) {
          byte[] row = l.getRegion().getStartKey().length == 0 ? Bytes.toBytes("a") : l.getRegion().getStartKey();
          table.get(new Get(row));
          answered++;
        }
        check(answered == locations.size(), "a get into each of the " + locations.size() + " regions answered");
      }
    }
  }

  static void increments(String zk, TableName name) throws Exception {
    try (Connection setup = ConnectionFactory.createConnection(conf(zk)); Admin admin = setup.getAdmin()) {
      if (admin.tableExists(name)) {
        admin.disableTable(name);
        admin.deleteTable(name);
      }
      byte[][] splits = new byte[9][];
      for (int i = 1; i <= 9; i++) splits[i - 1] = Bytes.toBytes("counter-" + i);
      admin.createTable(TableDescriptorBuilder.newBuilder(name).setColumnFamily(ColumnFamilyDescriptorBuilder.of(CF)).build(), splits);
    }
    List<Connection> conns = new ArrayList<>();
    for (int c = 0; c < 3; c++) conns.add(ConnectionFactory.createConnection(conf(zk)));
    ExecutorService pool = Executors.newFixedThreadPool(24);
    List<Future<Long>> futures = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int c = 0; c < 3; c++) {
      Connection conn = conns.get(c);
      for (int t = 0; t < 8; t++) {
        int thread = c * 8 + t;
        futures.add(pool.submit(() -> {
          long done = 0;
          try (Table table = conn.getTable(name)) {
            for (int i = 0; i < 1000; i++) {
              table.incrementColumnValue(Bytes.toBytes("counter-" + ((thread + i) % 10)), CF, Bytes.toBytes("n"), 1);
              done++;
            }
          }
          return done;
        }));
      }
    }
    long acknowledged = 0;
    for (Future<Long> f : futures) acknowledged += f.get(600, TimeUnit.SECONDS);
    pool.shutdown();
    double seconds = (System.nanoTime() - t0) / 1e9;
    check(acknowledged == 24000, acknowledged + " increments acknowledged in " + String.format("%.1f s", seconds));
    long total = 0;
    try (Table table = conns.get(0).getTable(name); RegionLocator locator = conns.get(0).getRegionLocator(name)) {
      java.util.Set<ServerName> owners = new java.util.TreeSet<>();
      for (int r = 0; r < 10; r++) {
        byte[] row = Bytes.toBytes("counter-" + r);
        long v = Bytes.toLong(table.get(new Get(row)).getValue(CF, Bytes.toBytes("n")));
        check(v == 2400, "counter-" + r + " = " + v + " (want 2400)");
        total += v;
        owners.add(locator.getRegionLocation(row).getServerName());
      }
      check(total == 24000, "sum of counters " + total + " (want 24000); rows owned by " + owners.size() + " nodes " + owners);
    }
    for (Connection c : conns) c.close();
  }
}
