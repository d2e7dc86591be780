package hbasecompat.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;
import org.apache.hadoop.hbase.util.Bytes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Shared connection and helpers; every test uses its own table. */
abstract class E2eBase {
  static final byte[] CF = Bytes.toBytes("cf");
  private static final AtomicInteger SEQ = new AtomicInteger();
  static GatewayHarness harness;
  static Connection connection;

  @BeforeAll
  static void connect() throws Exception {
    harness = GatewayHarness.get();
    connection = harness.connect();
  }

  @AfterAll
  static void disconnect() throws Exception {
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }

  static TableName uniqueTable(String prefix) {
    return TableName.valueOf("e2e_" + prefix + "_" + System.currentTimeMillis() % 100000 + "_" + SEQ.incrementAndGet());
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

  /** Fails unless `cause` (or something in its cause chain) is of type `expected`. */
  static void assertCausedBy(Throwable thrown, Class<? extends Throwable> expected) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (expected.isInstance(t)) {
        return;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    fail("expected " + expected.getName() + " in the cause chain, got " + thrown);
  }

  static String row(int i) {
    return String.format("row%05d", i);
  }
}
