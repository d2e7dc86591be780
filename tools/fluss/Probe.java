// Readiness probe for the local Fluss cluster of tools/fluss.sh, written against the real Java client
// (org.apache.fluss:fluss-client 0.9.1-incubating).
//
//   java -cp <probe classes>:<fluss-client jars>/* Probe <bootstrap> <tablet servers> <servers|full> [wait seconds]
//
// servers: waits until the coordinator reports at least <tablet servers> alive tablet servers.
// full:    the same, then creates database `probe_db` and the primary-key table `probe_db.probe`
//          (if missing), upserts one row with a fresh value and looks it up until it reads that value back.
// Every step is retried until the wait budget (default 60 s) is spent; what was done goes to stdout.
// -Dprobe.sasl=USER:PASSWORD: connect with SASL/PLAIN (client.security.protocol SASL), for a listener
// that tools/fluss.sh --sasl set up.
// Exit 0 on success, 1 on failure, 2 on bad arguments.

import org.apache.fluss.client.Connection;
import org.apache.fluss.client.ConnectionFactory;
import org.apache.fluss.client.admin.Admin;
import org.apache.fluss.client.lookup.Lookuper;
import org.apache.fluss.client.table.Table;
import org.apache.fluss.client.table.writer.UpsertWriter;
import org.apache.fluss.cluster.ServerNode;
import org.apache.fluss.cluster.ServerType;
import org.apache.fluss.config.Configuration;
import org.apache.fluss.metadata.DatabaseDescriptor;
import org.apache.fluss.metadata.Schema;
import org.apache.fluss.metadata.TableDescriptor;
import org.apache.fluss.metadata.TablePath;
import org.apache.fluss.row.BinaryString;
import org.apache.fluss.row.GenericRow;
import org.apache.fluss.row.InternalRow;
import org.apache.fluss.types.DataTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

public final class Probe {
  private static final String DB = "probe_db";
  private static final TablePath TABLE = TablePath.of(DB, "probe");

  private static long deadline;

  public static void main(String[] args) {
    if (args.length < 3 || args.length > 4 || !(args[2].equals("servers") || args[2].equals("full"))) {
      System.err.println("usage: Probe <bootstrap> <tablet servers> <servers|full> [wait seconds]");
      System.exit(2);
    }
    String bootstrap = args[0];
    int expected = Integer.parseInt(args[1]);
    boolean full = args[2].equals("full");
    long waitS = args.length == 4 ? Long.parseLong(args[3]) : 60;
    deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitS);
    long t0 = System.nanoTime();

    Configuration conf = new Configuration();
    conf.setString("bootstrap.servers", bootstrap);
    conf.setString("client.request-timeout", "10s");
    conf.setString("client.connect-timeout", "5s");
    conf.setString("client.lookup.max-retries", "5");
    conf.setString("client.writer.retries", "5");
    conf.setString("client.metrics.enabled", "false");
    String sasl = System.getProperty("probe.sasl", "");
    if (!sasl.isEmpty()) {
      int colon = sasl.indexOf(':');
      conf.setString("client.security.protocol", "SASL");
      conf.setString("client.security.sasl.mechanism", "PLAIN");
      conf.setString("client.security.sasl.username", sasl.substring(0, colon));
      conf.setString("client.security.sasl.password", sasl.substring(colon + 1));
    }
    int rc = 1;
    Connection conn = null;
    try {
      // Creating a connection fails while the coordinator is starting: retry it too.
      conn = retry("connect to " + bootstrap, () -> ConnectionFactory.createConnection(conf));
      rc = run(conn, expected, full) ? 0 : 1;
      System.out.printf("probe ok in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    } catch (Throwable t) {
      System.out.println("probe FAILED after " + String.format("%.1f s: ", (System.nanoTime() - t0) / 1e9) + t.getMessage());
    }
    // The client can leave non-daemon threads behind on failures: do not wait for them.
    System.out.flush();
    Runtime.getRuntime().halt(rc);
  }

  private static boolean run(Connection conn, int expected, boolean full) throws Exception {
    try (Admin admin = conn.getAdmin()) {
      List<ServerNode> nodes = retry("list tablet servers", () -> {
        List<ServerNode> all = admin.getServerNodes().get(10, TimeUnit.SECONDS);
        List<Integer> ids = new ArrayList<>();
        for (ServerNode n : all) {
          if (n.serverType() == ServerType.TABLET_SERVER) ids.add(n.id());
        }
        if (ids.size() < expected) {
          throw new IllegalStateException(ids.size() + " tablet server(s) " + ids + ", want " + expected);
        }
        return all;
      });
      for (ServerNode n : nodes) {
        System.out.println("server " + n.serverType() + " id=" + n.id() + " " + n.host() + ":" + n.port());
      }
      if (!full) return true;
      retry("create database", () -> admin.createDatabase(DB, DatabaseDescriptor.EMPTY, true).get(10, TimeUnit.SECONDS));
      System.out.println("database " + DB + " ok");
      TableDescriptor descriptor = TableDescriptor.builder()
          .schema(Schema.newBuilder()
              .column("k", DataTypes.INT())
              .column("v", DataTypes.STRING())
              .primaryKey("k")
              .build())
          .distributedBy(1, "k")
          .build();
      retry("create table", () -> admin.createTable(TABLE, descriptor, true).get(10, TimeUnit.SECONDS));
      System.out.println("table " + TABLE + " (primary key k) ok");
      String value = "probe-" + System.currentTimeMillis();
      try (Table table = conn.getTable(TABLE)) {
        UpsertWriter writer = table.newUpsert().createWriter();
        retry("upsert", () -> writer.upsert(GenericRow.of(1, BinaryString.fromString(value))).get(15, TimeUnit.SECONDS));
        System.out.println("upsert k=1 v=" + value + " ok");
        Lookuper lookuper = table.newLookup().createLookuper();
        String got = retry("lookup", () -> {
          InternalRow row = lookuper.lookup(GenericRow.of(1)).get(15, TimeUnit.SECONDS).getSingletonRow();
          String v = row == null ? null : row.getString(1).toString();
          if (!value.equals(v)) throw new IllegalStateException("lookup k=1 returned " + v);
          return v;
        });
        System.out.println("lookup k=1 -> v=" + got + " ok");
      }
      return true;
    }
  }

  private static <T> T retry(String what, Callable<T> step) throws Exception {
    Throwable last = null;
    int attempts = 0;
    while (true) {
      attempts++;
      try {
        return step.call();
      } catch (Throwable t) {
        last = t;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(what + " failed after " + attempts + " attempt(s): " + rootMessage(last), last);
      }
      Thread.sleep(500);
    }
  }

  private static String rootMessage(Throwable t) {
    Throwable r = t;
    while (r.getCause() != null && r.getCause() != r) r = r.getCause();
    return r == t ? String.valueOf(t) : t + " (cause: " + r + ")";
  }
}
