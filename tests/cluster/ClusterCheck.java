// Checks on a running multi-node gateway cluster through the real HBase Java client, which knows
// only the ZooKeeper quorum (tools/cluster-test.sh runs these).
//
//   ClusterCheck layout <zk host:port> <table> <nodes>     every node serves an equal share of
//                                                          the table's regions, and answers a get
//   ClusterCheck increments <zk host:port> <table>         3 connections x 8 threads x 1,000
//                                                          increments on 10 rows end exact
//   ClusterCheck outage <zk host:port> <table> <flag file>  puts through a Fluss outage: each failure
//                                                          is retriable and bounded in time, writes
//                                                          resume once <flag file> says Fluss is
//                                                          back, every acknowledged put reads back
// Prints "cluster-check[<mode>]: N passed, M failed".

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hbase.DoNotRetryIOException;
import org.apache.hadoop.hbase.HBaseConfiguration;
import org.apache.hadoop.hbase.HRegionLocation;
import org.apache.hadoop.hbase.ServerName;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.ConnectionFactory;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.RegionLocator;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;
import org.apache.hadoop.hbase.util.Bytes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

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
        case "outage" -> outage(zk, name, Path.of(args[3]));
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
      Set<ServerName> owners = new TreeSet<>();
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

  /**
   * Writes one put at a time from 4 threads while the harness stops Fluss, keeps it down, starts it
   * again and then creates the flag file. The client's retry budget is short (3 retries, 5 s
   * operation timeout) so that failures surface as they would for an impatient application.
   */
  static void outage(String zk, TableName name, Path flag) throws Exception {
    Configuration c = conf(zk);
    c.setInt("hbase.client.retries.number", 3);
    c.setInt("hbase.rpc.timeout", 3000);
    c.setInt("hbase.client.operation.timeout", 5000);
    c.setInt("hbase.client.meta.operation.timeout", 5000);
    try (Connection setup = ConnectionFactory.createConnection(conf(zk)); Admin admin = setup.getAdmin()) {
      if (admin.tableExists(name)) {
        admin.disableTable(name);
        admin.deleteTable(name);
      }
      admin.createTable(TableDescriptorBuilder.newBuilder(name).setColumnFamily(ColumnFamilyDescriptorBuilder.of(CF)).build());
    }
    ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
    ConcurrentHashMap<String, Integer> failureKinds = new ConcurrentHashMap<>();
    AtomicLong next = new AtomicLong();
    AtomicLong longestMs = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    AtomicLong nonRetriable = new AtomicLong();
    AtomicLong successesAfterBack = new AtomicLong();
    AtomicLong backAt = new AtomicLong();
    AtomicLong firstSuccessAfterBack = new AtomicLong();
    long started = System.nanoTime();
    long hardStop = started + TimeUnit.SECONDS.toNanos(240);
    try (Connection conn = ConnectionFactory.createConnection(c)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        workers.add(pool.submit(() -> {
          try (Table table = conn.getTable(name)) {
            while (System.nanoTime() < hardStop && successesAfterBack.get() < 400) {
              if (backAt.get() == 0 && Files.exists(flag)) backAt.compareAndSet(0, System.nanoTime());
              long i = next.getAndIncrement();
              long t0 = System.nanoTime();
              try {
                table.put(new Put(Bytes.toBytes(String.format("row-%08d", i))).addColumn(CF, Bytes.toBytes("v"), Bytes.toBytes(i)));
                acknowledged.add(i);
                if (backAt.get() != 0) {
                  successesAfterBack.incrementAndGet();
                  firstSuccessAfterBack.compareAndSet(0, System.nanoTime());
                }
              } catch (java.io.IOException e) {
                failures.incrementAndGet();
                StringBuilder chain = new StringBuilder();
                boolean doNotRetry = false;
                for (Throwable x = e; x != null; x = x.getCause()) {
                  if (x instanceof DoNotRetryIOException) doNotRetry = true;
                  if (x.getMessage() != null && x.getMessage().contains("DoNotRetryIOException")) doNotRetry = true;
                  chain.append(chain.length() == 0 ? "" : " <- ").append(x.getClass().getSimpleName());
                }
                if (doNotRetry) nonRetriable.incrementAndGet();
                failureKinds.merge(chain.toString(), 1, Integer::sum);
                Thread.sleep(100);
              }
              longestMs.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : workers) f.get(300, TimeUnit.SECONDS);
      pool.shutdown();
      System.out.println("failures by exception chain: " + failureKinds);
      check(failures.get() > 0, failures.get() + " puts failed while Fluss was down (the outage was seen by the client)");
      check(nonRetriable.get() == 0, nonRetriable.get() + " failures were DoNotRetryIOException (every failure retriable)");
      check(longestMs.get() < 15_000, "longest single put " + longestMs.get() + " ms (bounded: no hang)");
      check(successesAfterBack.get() >= 400, successesAfterBack.get() + " puts acknowledged after Fluss came back"
          + (backAt.get() != 0 && firstSuccessAfterBack.get() != 0 ? String.format(" (first %.1f s after it answered)", (firstSuccessAfterBack.get() - backAt.get()) / 1e9) : ""));
      long missing = 0;
      List<Long> missingRows = new ArrayList<>();
      try (Table table = conn.getTable(name)) {
        List<Long> all = new ArrayList<>(acknowledged);
        for (int from = 0; from < all.size(); from += 500) {
          List<Get> gets = new ArrayList<>();
          for (long i : all.subList(from, Math.min(all.size(), from + 500))) gets.add(new Get(Bytes.toBytes(String.format("row-%08d", i))));
          Result[] results = table.get(gets);
          for (int k = 0; k < results.length; k++) {
            byte[] v = results[k].getValue(CF, Bytes.toBytes("v"));
            if (v == null || Bytes.toLong(v) != all.get(from + k)) {
              missing++;
              if (missingRows.size() < 20) missingRows.add(all.get(from + k));
            }
          }
        }
        // A row missing from the batched read is read again on its own, to tell a lost write from a bad read.
        List<String> again = new ArrayList<>();
        for (long i : missingRows) {
          byte[] v = table.get(new Get(Bytes.toBytes(String.format("row-%08d", i)))).getValue(CF, Bytes.toBytes("v"));
          again.add(String.format("row-%08d=%s", i, v == null ? "absent" : Long.toString(Bytes.toLong(v))));
        }
        check(missing == 0, acknowledged.size() + " acknowledged puts, " + missing + " missing after the outage" + (missing == 0 ? "" : "; read again one by one: " + again));
      }
    }
  }
}
