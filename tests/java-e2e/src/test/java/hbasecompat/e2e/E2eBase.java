package hbasecompat.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.RetriesExhaustedWithDetailsException;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;
import org.apache.hadoop.hbase.util.Bytes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** Shared connection and helpers; every test uses its own table. */
@ExtendWith(GatewayExtension.class)
abstract class E2eBase {
  static final byte[] CF = Bytes.toBytes("cf");
  private static final AtomicInteger SEQ = new AtomicInteger();
  static GatewayHarness harness;
  static Connection connection;

  @BeforeAll
  static void connect() throws Exception {
    harness = GatewayHarness.get(); // already started by GatewayExtension
    connection = harness.connect();
  }

  @AfterAll
  static void disconnect() throws Exception {
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }

  /** e2e_<prefix>_<random>_<sequence>: unique per test, so tests never see each other's tables. */
  static TableName uniqueTable(String prefix) {
    return TableName.valueOf("e2e_" + prefix + "_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
        + "_" + SEQ.incrementAndGet());
  }

  static TableName createTable(String prefix, int maxVersions, byte[]... splits) throws Exception {
    TableName name = uniqueTable(prefix);
    try (Admin admin = connection.getAdmin()) {
      admin.createTable(
          TableDescriptorBuilder.newBuilder(name)
              .setColumnFamily(ColumnFamilyDescriptorBuilder.newBuilder(CF).setMaxVersions(maxVersions).build())
              .build(),
          splits);
    }
    return name;
  }

  /**
   * Fails unless `thrown`, something in its cause chain, or (for RetriesExhaustedWithDetailsException,
   * which keeps per-action causes aside) one of its listed causes is of type `expected`.
   */
  static void assertCausedBy(Throwable thrown, Class<? extends Throwable> expected) {
    if (findCause(thrown, expected, 0)) {
      return;
    }
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    fail("expected " + expected.getName() + " in the cause chain, got " + thrown + "\n" + trace);
  }

  private static boolean findCause(Throwable thrown, Class<? extends Throwable> expected, int depth) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = thrown; t != null && seen.add(t) && depth < 5; t = t.getCause()) {
      if (expected.isInstance(t)) {
        return true;
      }
      for (Throwable s : t.getSuppressed()) {
        if (findCause(s, expected, depth + 1)) {
          return true;
        }
      }
      if (t instanceof RetriesExhaustedWithDetailsException r) {
        for (int i = 0; i < r.getNumExceptions(); i++) {
          if (findCause(r.getCause(i), expected, depth + 1)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static String row(int i) {
    return String.format("row%05d", i);
  }
}
