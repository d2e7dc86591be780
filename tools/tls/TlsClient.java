import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hbase.HBaseConfiguration;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.ConnectionFactory;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.ResultScanner;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;
import org.apache.hadoop.hbase.util.Bytes;

/**
 * One TLS check for tools/tls-test.sh with the real HBase 2.6 client: connects with the given
 * configuration (key=value arguments: the client's own TLS keys, hbase.client.netty.tls.enabled,
 * hbase.rpc.tls.truststore.*, hbase.rpc.tls.keystore.*, and the registry), creates the table if
 * needed, then put / get / scan. Prints "PASS <rows>" and exits 0 when every step worked, else
 * prints "FAIL <exception class>: <message>" and exits 1. Retries and timeouts are kept short so a
 * refused connection fails in seconds.
 */
public final class TlsClient {
  public static void main(String[] args) {
    Configuration conf = HBaseConfiguration.create();
    conf.setInt("hbase.client.retries.number", 2);
    conf.setInt("hbase.client.pause", 100);
    conf.setInt("hbase.rpc.timeout", 4000);
    conf.setInt("hbase.client.operation.timeout", 8000);
    conf.setInt("hbase.client.meta.operation.timeout", 8000);
    conf.setInt("zookeeper.recovery.retry", 1);
    for (String a : args) {
      int eq = a.indexOf('=');
      conf.set(a.substring(0, eq), a.substring(eq + 1));
    }
    String tag = conf.get("tls.test.tag", "t");
    TableName name = TableName.valueOf("tls_test");
    try (Connection c = ConnectionFactory.createConnection(conf)) {
      try (Admin admin = c.getAdmin()) {
        if (!admin.tableExists(name)) {
          admin.createTable(TableDescriptorBuilder.newBuilder(name)
            .setColumnFamily(ColumnFamilyDescriptorBuilder.of("cf")).build());
        }
      }
      try (Table t = c.getTable(name)) {
        List<Put> puts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
          puts.add(new Put(Bytes.toBytes(tag + "-" + String.format("%03d", i)))
            .addColumn(Bytes.toBytes("cf"), Bytes.toBytes("q"), Bytes.toBytes("v" + i)));
        }
        t.put(puts);
        Result r = t.get(new Get(Bytes.toBytes(tag + "-007")));
        String v = Bytes.toString(r.getValue(Bytes.toBytes("cf"), Bytes.toBytes("q")));
        if (!"v7".equals(v)) throw new IllegalStateException("get returned " + v);
        int rows = 0;
        byte[] stop = Bytes.toBytes(tag + "-~");
        try (ResultScanner s = t.getScanner(new Scan().withStartRow(Bytes.toBytes(tag + "-")).withStopRow(stop))) {
          for (Result row : s) rows++;
        }
        if (rows != 20) throw new IllegalStateException("scan returned " + rows + " rows, expected 20");
        System.out.println("PASS " + rows);
      }
      System.exit(0);
    } catch (Throwable e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) root = root.getCause();
      System.out.println("FAIL " + e.getClass().getName() + ": " + oneLine(e.getMessage()) + " (root: "
        + root.getClass().getName() + ": " + oneLine(root.getMessage()) + ")");
      System.exit(1);
    }
  }

  private static String oneLine(String s) {
    if (s == null) return "";
    String l = s.replace('\n', ' ');
    return l.length() > 300 ? l.substring(0, 300) + "..." : l;
  }
}
