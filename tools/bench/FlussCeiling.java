// What Fluss itself costs for the reads the gateway makes, measured with the real Fluss Java client
// (org.apache.fluss:fluss-client 0.9.1-incubating) and no gateway in between: the same table the
// gateway loaded through YCSB, the same access (a prefix Lookup by row key returns every cell of
// the row, which is what one YCSB read becomes in the gateway's Fluss engine), the same number of
// threads with one read in flight each, as YCSB does.
//
//   FlussCeiling <bootstrap> <database> <table name prefix> <threads> <seconds>
//
// Reads the row keys from the table's changelog first, then looks rows up at random for <seconds>.
// Prints one line of key=value pairs: reads, seconds, reads_per_s, p50_ms, p99_ms, cells_per_read,
// client_cpu_s (this JVM's CPU during the read phase only). -Dceiling.batch-timeout=DURATION sets the
// client's client.lookup.batch-timeout (default here 1ms).

import org.apache.fluss.client.Connection;
import org.apache.fluss.client.ConnectionFactory;
import org.apache.fluss.client.admin.Admin;
import org.apache.fluss.client.lookup.Lookuper;
import org.apache.fluss.client.table.Table;
import org.apache.fluss.client.table.scanner.ScanRecord;
import org.apache.fluss.client.table.scanner.log.LogScanner;
import org.apache.fluss.client.table.scanner.log.ScanRecords;
import org.apache.fluss.config.Configuration;
import org.apache.fluss.metadata.TablePath;
import org.apache.fluss.row.GenericRow;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

public final class FlussCeiling {
  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: FlussCeiling <bootstrap> <database> <table name prefix> <threads> <seconds>");
      System.exit(2);
    }
    Configuration conf = new Configuration();
    conf.setString("bootstrap.servers", args[0]);
    conf.setString("client.metrics.enabled", "false");
    // The default (100 ms) holds a lookup until 128 are batched or the time is up: with one read in
    // flight per thread, as YCSB does, every read would wait ~100 ms. The gateway's client sends at
    // once (coalescing only what is already queued per bucket), so compare like with like.
    conf.setString("client.lookup.batch-timeout", System.getProperty("ceiling.batch-timeout", "1ms"));
    int threads = Integer.parseInt(args[3]);
    long seconds = Long.parseLong(args[4]);
    int rc = 1;
    try (Connection conn = ConnectionFactory.createConnection(conf)) {
      TablePath path = findTable(conn, args[1], args[2]);
      try (Table table = conn.getTable(path)) {
        List<byte[]> rows = rowKeys(table);
        System.err.println("[ceiling] " + path + ": " + rows.size() + " rows; reading with " + threads + " threads for " + seconds + " s");
        read(table, rows, threads, seconds);
        rc = 0;
      }
    }
    System.out.flush();
    Runtime.getRuntime().halt(rc);
  }

  static TablePath findTable(Connection conn, String database, String prefix) throws Exception {
    try (Admin admin = conn.getAdmin()) {
      for (String name : admin.listTables(database).get(30, TimeUnit.SECONDS)) {
        if (name.startsWith(prefix)) return TablePath.of(database, name);
      }
    }
    throw new IllegalStateException("no table " + prefix + "* in database " + database);
  }

  /** Every distinct row key in the changelog (column 0 of the gateway's cell table). */
  static List<byte[]> rowKeys(Table table) {
    Set<ByteBuffer> seen = new HashSet<>();
    int buckets = table.getTableInfo().getNumBuckets();
    try (LogScanner scanner = table.newScan().createLogScanner()) {
      for (int b = 0; b < buckets; b++) scanner.subscribeFromBeginning(b);
      // Three empty polls in a row end it, once something has come (the first polls of a busy
      // machine can be empty while the scanner finds the bucket leaders); a minute at most.
      int idlePolls = 0;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (idlePolls < 3 && System.nanoTime() < deadline) {
        ScanRecords records = scanner.poll(Duration.ofSeconds(1));
        idlePolls = records.isEmpty() ? (seen.isEmpty() ? 0 : idlePolls + 1) : 0;
        for (ScanRecord record : records) {
          byte[] row = record.getRow().getBytes(0);
          // The engine's own marker rows have an empty key; YCSB's rows never do.
          if (row.length > 0) seen.add(ByteBuffer.wrap(row));
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("reading the changelog: " + e.getMessage(), e);
    }
    if (seen.isEmpty()) throw new IllegalStateException("no rows in the changelog of " + table.getTableInfo().getTablePath() + " within 60 s");
    List<byte[]> out = new ArrayList<>();
    for (ByteBuffer b : seen) out.add(b.array());
    return out;
  }

  static void read(Table table, List<byte[]> rows, int threads, long seconds) throws Exception {
    long[][] latencies = new long[threads][];
    AtomicLong cells = new AtomicLong();
    long cpuBefore = processCpuNanos();
    long start = System.nanoTime();
    long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int slot = t;
      // A Lookuper encodes keys in a buffer of its own: one per thread (sharing one corrupts keys).
      Lookuper byRow = table.newLookup().lookupBy("row").createLookuper();
      Thread worker = new Thread(() -> latencies[slot] = readUntil(byRow, rows, deadline, cells));
      workers.add(worker);
      worker.start();
    }
    for (Thread w : workers) w.join();
    for (long[] l : latencies) if (l == null) throw new IllegalStateException("a reader thread failed (its error is above)");
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = (processCpuNanos() - cpuBefore) / 1e9;
    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    System.out.printf("reads=%d seconds=%.1f reads_per_s=%.0f p50_ms=%.2f p99_ms=%.2f cells_per_read=%.1f client_cpu_s=%.1f%n",
        all.length, elapsed, all.length / elapsed, percentile(all, 0.50), percentile(all, 0.99), (double) cells.get() / Math.max(1, all.length), cpu);
  }

  static long[] readUntil(Lookuper byRow, List<byte[]> rows, long deadline, AtomicLong cells) {
    long[] out = new long[1 << 16];
    int n = 0;
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (System.nanoTime() < deadline) {
      byte[] row = rows.get(random.nextInt(rows.size()));
      long t0 = System.nanoTime();
      try {
        cells.addAndGet(byRow.lookup(GenericRow.of(row)).get(30, TimeUnit.SECONDS).getRowList().size());
      } catch (Exception e) {
        throw new IllegalStateException("lookup of row " + java.util.HexFormat.of().formatHex(row) + " failed: " + e.getMessage(), e);
      }
      if (n == out.length) out = Arrays.copyOf(out, n * 2);
      out[n++] = System.nanoTime() - t0;
    }
    return Arrays.copyOf(out, n);
  }

  static double percentile(long[] sorted, double q) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))] / 1e6;
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
