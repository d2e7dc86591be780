package hbasecompat.e2e;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.Random;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.BufferedMutator;
import org.apache.hadoop.hbase.client.BufferedMutatorParams;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.ResultScanner;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.util.Bytes;
import org.junit.jupiter.api.Test;

class BufferedMutatorTest extends E2eBase {
  static final int PUTS = 50_000;
  static final byte[] Q = Bytes.toBytes("q");

  static byte[] value(int i) {
    byte[] v = new byte[100];
    Arrays.fill(v, (byte) (i % 251));
    System.arraycopy(Bytes.toBytes(i), 0, v, 0, 4);
    return v;
  }

  @Test
  void fiftyThousandBufferedPuts() throws Exception {
    TableName name = createTable("mutator", 1, Bytes.toBytes(String.format("m%06d", 25_000)));
    try (BufferedMutator m = connection.getBufferedMutator(new BufferedMutatorParams(name).writeBufferSize(2L * 1024 * 1024))) {
      for (int i = 0; i < PUTS; i++) {
        m.mutate(new Put(Bytes.toBytes(String.format("m%06d", i))).addColumn(CF, Q, value(i)));
      }
      m.flush();
    }
    try (Table t = connection.getTable(name)) {
      // Full scan (no filter): every row once, in order; every 50th value checked exactly.
      int n = 0;
      try (ResultScanner s = t.getScanner(new Scan().setCaching(1000))) {
        for (Result r : s) {
          assertEquals(String.format("m%06d", n), Bytes.toString(r.getRow()));
          assertEquals(1, r.size());
          if (n % 50 == 0) {
            assertArrayEquals(value(n), r.getValue(CF, Q), "scanned value of row " + n);
          }
          n++;
        }
      }
      assertEquals(PUTS, n);
      Random random = new Random(7);
      for (int k = 0; k < 1000; k++) {
        int i = random.nextInt(PUTS);
        assertArrayEquals(value(i), t.get(new Get(Bytes.toBytes(String.format("m%06d", i)))).getValue(CF, Q));
      }
    }
  }
}
