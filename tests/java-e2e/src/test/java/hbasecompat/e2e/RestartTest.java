package hbasecompat.e2e;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.ResultScanner;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.util.Bytes;
import org.junit.jupiter.api.Test;

/** A client that connects after a gateway restart still reads everything written before it. */
class RestartTest extends E2eBase {
  @Test
  void dataSurvivesRestart() throws Exception {
    TableName name = createTable("restart", 1, Bytes.toBytes(row(500)));
    try (Table t = connection.getTable(name)) {
      List<Put> puts = new ArrayList<>();
      for (int i = 0; i < 1000; i++) puts.add(new Put(Bytes.toBytes(row(i))).addColumn(CF, Bytes.toBytes("q"), Bytes.toBytes("v" + i)));
      t.put(puts);
    }
    connection.close();
    harness.restartGateway();
    connection = harness.connect(); // for the @AfterAll of this class
    try (Connection fresh = harness.connect(); Table t = fresh.getTable(name)) {
      for (int i = 0; i < 1000; i++) {
        Result r = t.get(new Get(Bytes.toBytes(row(i))));
        assertEquals(row(i), Bytes.toString(r.getRow()), "get " + i);
        assertEquals(1, r.size(), "get " + i);
        assertEquals("v" + i, Bytes.toString(r.getValue(CF, Bytes.toBytes("q"))), "get " + i);
      }
      try (ResultScanner s = t.getScanner(new Scan())) {
        int i = 0;
        for (Result r : s) {
          assertEquals(row(i), Bytes.toString(r.getRow()));
          assertEquals("v" + i, Bytes.toString(r.getValue(CF, Bytes.toBytes("q"))));
          i++;
        }
        assertEquals(1000, i);
      }
    }
  }
}
