package hbasecompat.e2e;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.TableNotFoundException;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.util.Bytes;
import org.junit.jupiter.api.Test;

class MissingTableTest extends E2eBase {
  private static final TableName MISSING = TableName.valueOf("e2e_does_not_exist");

  @Test
  void getOnMissingTable() throws Exception {
    try (Table t = connection.getTable(MISSING)) {
      Exception e = assertThrows(Exception.class, () -> t.get(new Get(Bytes.toBytes("r"))));
      assertCausedBy(e, TableNotFoundException.class);
    }
  }

  @Test
  void describeAndDisableMissingTable() throws Exception {
    try (Admin admin = connection.getAdmin()) {
      assertCausedBy(assertThrows(Exception.class, () -> admin.getDescriptor(MISSING)), TableNotFoundException.class);
      assertCausedBy(assertThrows(Exception.class, () -> admin.disableTable(MISSING)), TableNotFoundException.class);
    }
  }
}
