import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hbase.HBaseConfiguration;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.ConnectionFactory;

/**
 * Exits 0 when an HBase found through ZooKeeper 127.0.0.1:<port> serves DDL and data: a master still
 * initialising answers PleaseHoldException, so a probe table is created, written, read and dropped.
 */
public class Probe {
  public static void main(String[] args) throws Exception {
    Configuration conf = HBaseConfiguration.create();
    conf.set("hbase.zookeeper.quorum", "127.0.0.1");
    conf.set("hbase.zookeeper.property.clientPort", args[0]);
    conf.setInt("hbase.client.retries.number", 2);
    conf.setInt("hbase.client.operation.timeout", 20000);
    try (Connection c = ConnectionFactory.createConnection(conf); Admin admin = c.getAdmin()) {
      admin.listTableNames();
      if (!admin.isTableAvailable(org.apache.hadoop.hbase.TableName.META_TABLE_NAME)) System.exit(1);
      org.apache.hadoop.hbase.TableName probe = org.apache.hadoop.hbase.TableName.valueOf("reference_probe");
      if (!admin.tableExists(probe)) {
        admin.createTable(org.apache.hadoop.hbase.client.TableDescriptorBuilder.newBuilder(probe)
            .setColumnFamily(org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder.of("f")).build());
      }
      try (org.apache.hadoop.hbase.client.Table t = c.getTable(probe)) {
        byte[] row = org.apache.hadoop.hbase.util.Bytes.toBytes("r");
        t.put(new org.apache.hadoop.hbase.client.Put(row).addColumn(org.apache.hadoop.hbase.util.Bytes.toBytes("f"), row, row));
        if (t.get(new org.apache.hadoop.hbase.client.Get(row)).isEmpty()) System.exit(1);
      }
    }
  }
}
