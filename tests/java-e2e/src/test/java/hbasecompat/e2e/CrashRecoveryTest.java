package hbasecompat.e2e;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.util.Bytes;
import org.junit.jupiter.api.Test;

/** SIGKILL the gateway in the middle of a stream of puts: every acknowledged put survives. */
class CrashRecoveryTest extends E2eBase {
  @Test
  void acknowledgedPutsSurviveSigkill() throws Exception {
    TableName name = createTable("crash", 1);
    ConcurrentLinkedQueue<Integer> acknowledged = new ConcurrentLinkedQueue<>();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> writers = List.of(0, 1, 2, 3).stream().map(w -> new Thread(() -> {
      try (Connection c = harness.connect(); Table t = c.getTable(name)) {
        for (int i = w; !stop.get() && i < 1_000_000; i += 4) {
          t.put(new Put(Bytes.toBytes(row(i))).addColumn(CF, Bytes.toBytes("q"), Bytes.toBytes("v" + i)));
          acknowledged.add(i);
        }
      } catch (Exception expected) {
        // the gateway died under us: puts not acknowledged are allowed to be lost
      }
    })).toList();
    writers.forEach(Thread::start);
    long deadline = System.currentTimeMillis() + 20_000;
    while (acknowledged.size() < 500 && System.currentTimeMillis() < deadline) Thread.sleep(20);
    assertTrue(acknowledged.size() >= 500, "writers made no progress: " + acknowledged.size());
    harness.crashAndRestartGateway();
    stop.set(true);
    for (Thread w : writers) w.join(60_000);
    connection.close();
    connection = harness.connect();
    try (Table t = connection.getTable(name)) {
      for (int i : acknowledged) {
        Result r = t.get(new Get(Bytes.toBytes(row(i))));
        assertEquals("v" + i, Bytes.toString(r.getValue(CF, Bytes.toBytes("q"))), "acknowledged row " + row(i) + " lost");
      }
    }
  }
}
