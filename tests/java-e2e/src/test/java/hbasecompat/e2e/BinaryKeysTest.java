package hbasecompat.e2e;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.ResultScanner;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.util.Bytes;
import org.junit.jupiter.api.Test;

/** Binary and extreme keys keep their bytes and HBase's unsigned order. */
class BinaryKeysTest extends E2eBase {
  @Test
  void binaryRowsQualifiersAndLargeValues() throws Exception {
    TableName name = createTable("binary", 1, new byte[] {(byte) 0x80});
    byte[] longRow = new byte[32767];
    Arrays.fill(longRow, (byte) 0x61);
    longRow[32766] = (byte) 0xFF;
    byte[] longRowSibling = Arrays.copyOf(longRow, 32767);
    longRowSibling[32766] = 0x01;
    List<byte[]> rows = new ArrayList<>(List.of(
        new byte[] {0x00}, new byte[] {0x00, 0x00}, new byte[] {0x2C}, new byte[] {0x2C, 0x00, 0x2C},
        new byte[] {(byte) 0x7F}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFF, (byte) 0xFF},
        Bytes.toBytes("a"), longRow, longRowSibling));
    byte[] binaryQualifier = {0x00, (byte) 0xFF, 0x2C, 0x0A};
    byte[] bigValue = new byte[1024 * 1024];
    new Random(1).nextBytes(bigValue);
    try (Table t = connection.getTable(name)) {
      for (byte[] r : rows) t.put(new Put(r).addColumn(CF, binaryQualifier, r.length > 100 ? Bytes.toBytes(r.length) : r));
      t.put(new Put(Bytes.toBytes("big")).addColumn(CF, Bytes.toBytes("v"), bigValue));
      for (byte[] r : rows) {
        Result got = t.get(new Get(r));
        assertArrayEquals(r, got.getRow());
        assertArrayEquals(r.length > 100 ? Bytes.toBytes(r.length) : r, got.getValue(CF, binaryQualifier));
      }
      assertArrayEquals(bigValue, t.get(new Get(Bytes.toBytes("big"))).getValue(CF, Bytes.toBytes("v")));
      rows.add(Bytes.toBytes("big"));
      rows.sort(Bytes::compareTo);
      List<byte[]> scanned = new ArrayList<>();
      try (ResultScanner s = t.getScanner(new Scan())) {
        for (Result r : s) scanned.add(r.getRow());
      }
      assertEquals(rows.size(), scanned.size());
      for (int i = 0; i < rows.size(); i++) assertArrayEquals(rows.get(i), scanned.get(i), "position " + i);
      List<byte[]> reversed = new ArrayList<>();
      try (ResultScanner s = t.getScanner(new Scan().setReversed(true))) {
        for (Result r : s) reversed.add(r.getRow());
      }
      for (int i = 0; i < rows.size(); i++) assertArrayEquals(rows.get(rows.size() - 1 - i), reversed.get(i), "reversed position " + i);
    }
  }
}
