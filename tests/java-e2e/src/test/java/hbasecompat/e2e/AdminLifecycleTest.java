package hbasecompat.e2e;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.hbase.HRegionLocation;
import org.apache.hadoop.hbase.NamespaceDescriptor;
import org.apache.hadoop.hbase.TableExistsException;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.TableNotEnabledException;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.RegionInfo;
import org.apache.hadoop.hbase.client.RegionLocator;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.client.TableDescriptor;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;
import org.apache.hadoop.hbase.util.Bytes;
import org.junit.jupiter.api.Test;

class AdminLifecycleTest extends E2eBase {

  @Test
  void createListDescribeDisableEnableDelete() throws Exception {
    TableName name = createTable("admin", 3, Bytes.toBytes("g"), Bytes.toBytes("n"), Bytes.toBytes("t"));
    try (Admin admin = connection.getAdmin()) {
      assertTrue(admin.tableExists(name));
      assertTrue(Arrays.asList(admin.listTableNames()).contains(name));
      TableDescriptor d = admin.getDescriptor(name);
      assertEquals(1, d.getColumnFamilyCount());
      assertEquals(3, d.getColumnFamily(CF).getMaxVersions());

      List<RegionInfo> regions = admin.getRegions(name);
      assertEquals(4, regions.size());
      String[][] ranges = {{"", "g"}, {"g", "n"}, {"n", "t"}, {"t", ""}};
      for (int i = 0; i < 4; i++) {
        assertEquals(name, regions.get(i).getTable());
        assertArrayEquals(Bytes.toBytes(ranges[i][0]), regions.get(i).getStartKey(), "start key of region " + i);
        assertArrayEquals(Bytes.toBytes(ranges[i][1]), regions.get(i).getEndKey(), "end key of region " + i);
      }
      try (RegionLocator locator = connection.getRegionLocator(name)) {
        List<HRegionLocation> locations = new java.util.ArrayList<>(locator.getAllRegionLocations());
        assertEquals(4, locations.size());
        locations.sort((a, b) -> Bytes.compareTo(a.getRegion().getStartKey(), b.getRegion().getStartKey()));
        for (int i = 0; i < 4; i++) {
          assertArrayEquals(Bytes.toBytes(ranges[i][0]), locations.get(i).getRegion().getStartKey(), "located region " + i);
        }
        for (HRegionLocation l : locations) {
          assertEquals("127.0.0.1", l.getServerName().getHostname());
          assertEquals(harness.gatewayPort(), l.getServerName().getPort());
        }
      }

      admin.disableTable(name);
      assertTrue(admin.isTableDisabled(name));
      try (Table t = connection.getTable(name)) {
        Exception e = assertThrows(Exception.class, () -> t.put(new Put(Bytes.toBytes("a")).addColumn(CF, Bytes.toBytes("q"), Bytes.toBytes("v"))));
        assertCausedBy(e, TableNotEnabledException.class);
      }
      admin.enableTable(name);
      assertTrue(admin.isTableEnabled(name));
      try (Table t = connection.getTable(name)) {
        t.put(new Put(Bytes.toBytes("a")).addColumn(CF, Bytes.toBytes("q"), Bytes.toBytes("v")));
      }

      Exception exists = assertThrows(Exception.class, () -> admin.createTable(
          TableDescriptorBuilder.newBuilder(name).setColumnFamily(ColumnFamilyDescriptorBuilder.of(CF)).build()));
      assertCausedBy(exists, TableExistsException.class);

      admin.disableTable(name);
      admin.deleteTable(name);
      assertFalse(admin.tableExists(name));
    }
  }

  @Test
  void truncateKeepsSplitsAndDropsData() throws Exception {
    TableName name = createTable("truncate", 1, Bytes.toBytes("m"));
    try (Admin admin = connection.getAdmin(); Table t = connection.getTable(name)) {
      t.put(new Put(Bytes.toBytes("a")).addColumn(CF, Bytes.toBytes("q"), Bytes.toBytes("v")));
      admin.disableTable(name);
      admin.truncateTable(name, true);
      assertTrue(admin.isTableEnabled(name));
      assertEquals(2, admin.getRegions(name).size());
      assertTrue(t.get(new org.apache.hadoop.hbase.client.Get(Bytes.toBytes("a"))).isEmpty());
      t.put(new Put(Bytes.toBytes("b")).addColumn(CF, Bytes.toBytes("q"), Bytes.toBytes("w")));
      assertEquals("w", Bytes.toString(t.get(new org.apache.hadoop.hbase.client.Get(Bytes.toBytes("b"))).getValue(CF, Bytes.toBytes("q"))));
    }
  }

  @Test
  void namespaces() throws Exception {
    String ns = "e2ens_" + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40), 36);
    try (Admin admin = connection.getAdmin()) {
      admin.createNamespace(NamespaceDescriptor.create(ns).build());
      List<String> names = Arrays.stream(admin.listNamespaceDescriptors()).map(NamespaceDescriptor::getName).toList();
      assertTrue(names.containsAll(List.of(ns, "default", "hbase")), names.toString());
      TableName t1 = TableName.valueOf(ns, "t1");
      admin.createTable(TableDescriptorBuilder.newBuilder(t1).setColumnFamily(ColumnFamilyDescriptorBuilder.of(CF)).build());
      assertTrue(admin.tableExists(t1));
      assertTrue(Arrays.asList(admin.listTableNamesByNamespace(ns)).contains(t1));
      assertTrue(Arrays.asList(admin.listTableNames()).contains(t1));
      try (Table t = connection.getTable(t1)) {
        t.put(new Put(Bytes.toBytes("r")).addColumn(CF, Bytes.toBytes("q"), Bytes.toBytes("v")));
        assertEquals("v", Bytes.toString(t.get(new org.apache.hadoop.hbase.client.Get(Bytes.toBytes("r"))).getValue(CF, Bytes.toBytes("q"))));
      }
      admin.disableTable(t1);
      admin.deleteTable(t1);
      assertFalse(admin.tableExists(t1));
      admin.deleteNamespace(ns);
      assertFalse(Arrays.stream(admin.listNamespaceDescriptors()).anyMatch(d -> d.getName().equals(ns)));
    }
  }
}
