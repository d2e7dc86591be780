package hbasecompat.e2e;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Delete;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.ResultScanner;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.util.Bytes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** 10,000 rows over four regions: written, read back exactly and in order, then partly deleted. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataRoundTripTest extends E2eBase {
  static final int ROWS = 10_000;
  static final byte[] A = Bytes.toBytes("a");
  static final byte[] B = Bytes.toBytes("b");
  static TableName name;

  @BeforeAll
  static void load() throws Exception {
    name = createTable("data", 1, Bytes.toBytes(row(2500)), Bytes.toBytes(row(5000)), Bytes.toBytes(row(7500)));
    try (Table t = connection.getTable(name)) {
      List<Put> batch = new ArrayList<>();
      for (int i = 0; i < ROWS; i++) {
        batch.add(new Put(Bytes.toBytes(row(i))).addColumn(CF, A, Bytes.toBytes("value-" + i)).addColumn(CF, B, Bytes.toBytes((long) i)));
        if (batch.size() == 1000) {
          t.put(batch);
          batch = new ArrayList<>();
        }
      }
    }
  }

  static void assertRow(Result r, int i) {
    assertEquals(row(i), Bytes.toString(r.getRow()));
    assertEquals("value-" + i, Bytes.toString(r.getValue(CF, A)));
    assertEquals(i, Bytes.toLong(r.getValue(CF, B)));
    assertEquals(2, r.size());
  }

  @Test
  @Order(1)
  void randomGets() throws Exception {
    Random random = new Random(42);
    try (Table t = connection.getTable(name)) {
      for (int n = 0; n < 500; n++) {
        int i = random.nextInt(ROWS);
        assertRow(t.get(new Get(Bytes.toBytes(row(i)))), i);
      }
      List<Get> gets = new ArrayList<>();
      for (int i = 0; i < 1000; i++) gets.add(new Get(Bytes.toBytes(row(i * 10))));
      Result[] results = t.get(gets);
      for (int i = 0; i < 1000; i++) assertRow(results[i], i * 10);
      assertTrue(t.exists(new Get(Bytes.toBytes(row(17)))));
      assertFalse(t.exists(new Get(Bytes.toBytes("nope"))));
      assertTrue(t.get(new Get(Bytes.toBytes("nope"))).isEmpty());
    }
  }

  @Test
  @Order(2)
  void fullScanInOrder() throws Exception {
    for (int caching : new int[] {100, 7, 5000}) {
      try (Table t = connection.getTable(name); ResultScanner s = t.getScanner(new Scan().setCaching(caching))) {
        int i = 0;
        for (Result r : s) assertRow(r, i++);
        assertEquals(ROWS, i, "caching " + caching);
      }
    }
  }

  @Test
  @Order(3)
  void rangeReversedAndLimitedScans() throws Exception {
    try (Table t = connection.getTable(name)) {
      try (ResultScanner s = t.getScanner(new Scan().withStartRow(Bytes.toBytes(row(2400))).withStopRow(Bytes.toBytes(row(5100))))) {
        int i = 2400;
        for (Result r : s) assertRow(r, i++);
        assertEquals(5100, i);
      }
      try (ResultScanner s = t.getScanner(new Scan().withStartRow(Bytes.toBytes(row(10))).withStopRow(Bytes.toBytes(row(20)), true))) {
        int i = 10;
        for (Result r : s) assertRow(r, i++);
        assertEquals(21, i);
      }
      try (ResultScanner s = t.getScanner(new Scan().setReversed(true))) {
        int i = ROWS - 1;
        for (Result r : s) assertRow(r, i--);
        assertEquals(-1, i);
      }
      try (ResultScanner s = t.getScanner(new Scan().setReversed(true).withStartRow(Bytes.toBytes(row(7600))).withStopRow(Bytes.toBytes(row(7400))))) {
        int i = 7600;
        for (Result r : s) assertRow(r, i--);
        assertEquals(7400, i);
      }
      try (ResultScanner s = t.getScanner(new Scan().setLimit(17).withStartRow(Bytes.toBytes(row(2490))))) {
        int i = 2490;
        for (Result r : s) assertRow(r, i++);
        assertEquals(2490 + 17, i);
      }
      try (ResultScanner s = t.getScanner(new Scan().addColumn(CF, A).withStartRow(Bytes.toBytes(row(3))).withStopRow(Bytes.toBytes(row(6))))) {
        int n = 0;
        for (Result r : s) {
          assertEquals(1, r.size());
          assertNull(r.getValue(CF, B));
          n++;
        }
        assertEquals(3, n);
      }
    }
  }

  @Test
  @Order(4)
  void deletes() throws Exception {
    try (Table t = connection.getTable(name)) {
      List<Delete> deletes = new ArrayList<>();
      for (int i = 0; i < ROWS; i += 10) deletes.add(new Delete(Bytes.toBytes(row(i))));
      t.delete(deletes);
      assertTrue(t.get(new Get(Bytes.toBytes(row(20)))).isEmpty());
      assertFalse(t.exists(new Get(Bytes.toBytes(row(20)))));
      // Exactly the rows not divisible by 10 remain, in order, with their values.
      int n = 0;
      int expected = 1;
      try (ResultScanner s = t.getScanner(new Scan())) {
        for (Result r : s) {
          assertRow(r, expected);
          expected += expected % 10 == 9 ? 2 : 1;
          n++;
        }
      }
      assertEquals(ROWS - ROWS / 10, n);

      // A column delete removes only that column; the neighbours keep both.
      t.delete(new Delete(Bytes.toBytes(row(21))).addColumns(CF, B));
      Result r = t.get(new Get(Bytes.toBytes(row(21))));
      assertEquals(1, r.size());
      assertEquals("value-21", Bytes.toString(r.getValue(CF, A)));
      assertNull(r.getValue(CF, B));
      assertTrue(t.exists(new Get(Bytes.toBytes(row(21)))));
      assertRow(t.get(new Get(Bytes.toBytes(row(22)))), 22);
      assertRow(t.get(new Get(Bytes.toBytes(row(19)))), 19);
    }
  }
}
