import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hbase.HBaseConfiguration;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.ConnectionFactory;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;

/**
 * tests/clients: creates the tables of the clients that have no admin API (hbase-rpc-client,
 * asynchbase, happybase's pre-split table) through the HBase 2.6 Java client, the same way on the
 * reference HBase and on the gateway. Usage: CreateTables ZK_PORT NAME[=SPLIT,SPLIT...] ...
 * Families: cf (3 versions) and cg (1 version). An existing table is dropped first.
 */
public final class CreateTables {
  public static void main(String[] args) throws Exception {
    Configuration conf = HBaseConfiguration.create();
    conf.set("hbase.zookeeper.quorum", "127.0.0.1");
    conf.set("hbase.zookeeper.property.clientPort", args[0]);
    try (Connection conn = ConnectionFactory.createConnection(conf); Admin admin = conn.getAdmin()) {
      for (int i = 1; i < args.length; i++) {
        String[] parts = args[i].split("=", 2);
        TableName name = TableName.valueOf(parts[0]);
        if (admin.tableExists(name)) {
          admin.disableTable(name);
          admin.deleteTable(name);
        }
        TableDescriptorBuilder table = TableDescriptorBuilder.newBuilder(name)
            .setColumnFamily(ColumnFamilyDescriptorBuilder.newBuilder(bytes("cf")).setMaxVersions(3).build())
            .setColumnFamily(ColumnFamilyDescriptorBuilder.of("cg"));
        List<byte[]> splits = new ArrayList<>();
        if (parts.length > 1) {
          for (String s : parts[1].split(",")) {
            splits.add(bytes(s));
          }
        }
        if (splits.isEmpty()) {
          admin.createTable(table.build());
        } else {
          admin.createTable(table.build(), splits.toArray(new byte[0][]));
        }
        System.out.println("created " + name + " with " + (splits.size() + 1) + " regions");
      }
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
