package hbasecompat.diff;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptor;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.ConnectionFactory;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;
import org.apache.hadoop.hbase.util.Bytes;

/** A scenario's view of one target: its connection, fresh tables, and the recorder. */
public final class ScenarioContext {
  public final Connection connection;
  public final Recorder rec = new Recorder();
  private final Configuration conf;
  private final String prefix;
  private final List<TableName> created = new ArrayList<>();
  /** Time spent creating and dropping this scenario's tables (the runner's timing split). */
  long createNanos;
  long dropNanos;

  ScenarioContext(Connection connection, Configuration conf, String prefix) {
    this.connection = connection;
    this.conf = conf;
    this.prefix = prefix;
  }

  /** A second connection to the same target with client settings changed (key, value, key, value...); the caller closes it. */
  public Connection connect(String... keyValues) throws Exception {
    Configuration c = new Configuration(conf);
    for (int i = 0; i + 1 < keyValues.length; i += 2) c.set(keyValues[i], keyValues[i + 1]);
    return ConnectionFactory.createConnection(c);
  }

  public static byte[] b(String s) {
    return Bytes.toBytes(s);
  }

  /** A fresh table with the given families (name:maxVersions[:ttlSeconds]) and split keys. */
  public Table table(String name, String[] families, byte[]... splits) throws Exception {
    TableName tn = TableName.valueOf(prefix + "_" + name);
    TableDescriptorBuilder builder = TableDescriptorBuilder.newBuilder(tn);
    for (String f : families) {
      String[] parts = f.split(":");
      ColumnFamilyDescriptorBuilder fb = ColumnFamilyDescriptorBuilder.newBuilder(Bytes.toBytes(parts[0]));
      if (parts.length > 1) fb.setMaxVersions(Integer.parseInt(parts[1]));
      if (parts.length > 2) fb.setTimeToLive(Integer.parseInt(parts[2]));
      ColumnFamilyDescriptor cfd = fb.build();
      builder.setColumnFamily(cfd);
    }
    long started = System.nanoTime();
    try (Admin admin = connection.getAdmin()) {
      admin.createTable(builder.build(), splits.length == 0 ? null : splits);
    } finally {
      createNanos += System.nanoTime() - started;
    }
    created.add(tn);
    return connection.getTable(tn);
  }

  public Table table(String name, String... families) throws Exception {
    return table(name, families, new byte[0][]);
  }

  public TableName tableName(String name) {
    return TableName.valueOf(prefix + "_" + name);
  }

  void dropTables() {
    long started = System.nanoTime();
    try (Admin admin = connection.getAdmin()) {
      for (TableName t : created) {
        try {
          if (admin.tableExists(t)) {
            if (admin.isTableEnabled(t)) admin.disableTable(t);
            admin.deleteTable(t);
          }
        } catch (Exception e) {
          System.err.println("cleanup of " + t + ": " + e);
        }
      }
    } catch (Exception e) {
      System.err.println("cleanup: " + e);
    } finally {
      dropNanos += System.nanoTime() - started;
    }
  }
}
