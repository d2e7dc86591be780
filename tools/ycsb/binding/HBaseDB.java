/*
 * YCSB DB binding for the HBase 2.x client API (hbase-shaded-client).
 *
 * YCSB publishes only site.ycsb:core to Maven Central (no HBase binding jars),
 * so this small binding is compiled by tools/ycsb.sh against the jars of the
 * `ycsb` set (tools/deps/maven-jars.sh ycsb).
 *
 * Properties (YCSB -p / workload file):
 *   columnfamily        column family to use (required)
 *   clientbuffering     true: writes go through a BufferedMutator (default false)
 *   writebuffersize     BufferedMutator buffer in bytes (default 12 MiB)
 *   durability          optional HBase Durability name (e.g. SKIP_WAL, SYNC_WAL)
 *   hbase.debug         true: print every failure with its stack trace
 *   hbase.* / zookeeper.*  copied into the HBase Configuration (override hbase-site.xml)
 *
 * One Connection is shared by all client threads; each thread (DB instance)
 * has its own Table / BufferedMutator handles.
 */
package tools.ycsb;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Properties;
import java.util.Set;
import java.util.Vector;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hbase.HBaseConfiguration;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.BufferedMutator;
import org.apache.hadoop.hbase.client.BufferedMutatorParams;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.ConnectionFactory;
import org.apache.hadoop.hbase.client.Delete;
import org.apache.hadoop.hbase.client.Durability;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.ResultScanner;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.util.Bytes;

import site.ycsb.ByteArrayByteIterator;
import site.ycsb.ByteIterator;
import site.ycsb.DB;
import site.ycsb.DBException;
import site.ycsb.Status;

public class HBaseDB extends DB {
  private static final Object SHARED_LOCK = new Object();
  private static Connection sharedConnection;
  private static int sharedUsers;
  /** Failures printed without hbase.debug are capped so a broken run does not flood the output. */
  private static final AtomicLong PRINTED_FAILURES = new AtomicLong();
  private static final long MAX_PRINTED_FAILURES = 20;

  private Connection connection;
  private byte[] family;
  private boolean buffered;
  private long writeBufferSize;
  private Durability durability;
  private boolean debug;

  private String currentTableName;
  private Table currentTable;
  private BufferedMutator currentMutator;

  @Override
  public void init() throws DBException {
    Properties props = getProperties();
    String cf = props.getProperty("columnfamily");
    if (cf == null || cf.isEmpty()) {
      throw new DBException("property 'columnfamily' is required");
    }
    family = Bytes.toBytes(cf);
    buffered = Boolean.parseBoolean(props.getProperty("clientbuffering", "false"));
    writeBufferSize = Long.parseLong(props.getProperty("writebuffersize", String.valueOf(12L * 1024 * 1024)));
    String d = props.getProperty("durability");
    durability = (d == null || d.isEmpty()) ? null : Durability.valueOf(d.trim().toUpperCase());
    debug = Boolean.parseBoolean(props.getProperty("hbase.debug", "false"));

    synchronized (SHARED_LOCK) {
      if (sharedConnection == null) {
        Configuration conf = HBaseConfiguration.create();
        for (String name : props.stringPropertyNames()) {
          if ((name.startsWith("hbase.") && !name.equals("hbase.debug")) || name.startsWith("zookeeper.")) {
            conf.set(name, props.getProperty(name));
          }
        }
        try {
          sharedConnection = ConnectionFactory.createConnection(conf);
        } catch (IOException e) {
          throw new DBException("cannot create HBase connection: " + e, e);
        }
      }
      sharedUsers++;
      connection = sharedConnection;
    }
  }

  @Override
  public void cleanup() throws DBException {
    IOException failure = null;
    try {
      closeHandles();
    } catch (IOException e) {
      failure = e;
    }
    synchronized (SHARED_LOCK) {
      if (connection != null) {
        connection = null;
        if (--sharedUsers == 0 && sharedConnection != null) {
          try {
            sharedConnection.close();
          } catch (IOException e) {
            if (failure == null) {
              failure = e;
            }
          }
          sharedConnection = null;
        }
      }
    }
    if (failure != null) {
      throw new DBException("cleanup failed: " + failure, failure);
    }
  }

  private void closeHandles() throws IOException {
    IOException failure = null;
    if (currentMutator != null) {
      try {
        currentMutator.close(); // flushes pending writes
      } catch (IOException e) {
        failure = e;
      }
      currentMutator = null;
    }
    if (currentTable != null) {
      try {
        currentTable.close();
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        }
      }
      currentTable = null;
    }
    currentTableName = null;
    if (failure != null) {
      throw failure;
    }
  }

  private void useTable(String table) throws IOException {
    if (table.equals(currentTableName)) {
      return;
    }
    closeHandles();
    TableName name = TableName.valueOf(table);
    currentTable = connection.getTable(name);
    if (buffered) {
      currentMutator = connection.getBufferedMutator(
          new BufferedMutatorParams(name).writeBufferSize(writeBufferSize));
    }
    currentTableName = table;
  }

  private Status fail(String op, String table, String key, Exception e) {
    if (debug) {
      System.err.println("HBaseDB " + op + " " + table + "/" + key + " failed:");
      e.printStackTrace();
    } else if (PRINTED_FAILURES.incrementAndGet() <= MAX_PRINTED_FAILURES) {
      System.err.println("HBaseDB " + op + " " + table + "/" + key + " failed: " + e);
    }
    return Status.ERROR;
  }

  private void copyCells(Result r, Map<String, ByteIterator> out) {
    NavigableMap<byte[], byte[]> cells = r.getFamilyMap(family);
    if (cells == null) {
      return;
    }
    for (Map.Entry<byte[], byte[]> c : cells.entrySet()) {
      out.put(Bytes.toString(c.getKey()), new ByteArrayByteIterator(c.getValue()));
    }
  }

  @Override
  public Status read(String table, String key, Set<String> fields, Map<String, ByteIterator> result) {
    try {
      useTable(table);
      Get get = new Get(Bytes.toBytes(key));
      if (fields == null) {
        get.addFamily(family);
      } else {
        for (String f : fields) {
          get.addColumn(family, Bytes.toBytes(f));
        }
      }
      Result r = currentTable.get(get);
      if (r == null || r.isEmpty()) {
        return Status.NOT_FOUND;
      }
      if (result != null) {
        copyCells(r, result);
      }
      return Status.OK;
    } catch (IOException | RuntimeException e) {
      return fail("read", table, key, e);
    }
  }

  @Override
  public Status scan(String table, String startkey, int recordcount, Set<String> fields,
                     Vector<HashMap<String, ByteIterator>> result) {
    try {
      useTable(table);
      Scan scan = new Scan().withStartRow(Bytes.toBytes(startkey)).setLimit(recordcount);
      scan.setCaching(Math.max(1, Math.min(recordcount, 1000)));
      if (fields == null) {
        scan.addFamily(family);
      } else {
        for (String f : fields) {
          scan.addColumn(family, Bytes.toBytes(f));
        }
      }
      int n = 0;
      try (ResultScanner scanner = currentTable.getScanner(scan)) {
        for (Result r : scanner) {
          if (result != null) {
            HashMap<String, ByteIterator> row = new HashMap<>();
            copyCells(r, row);
            result.add(row);
          }
          if (++n >= recordcount) {
            break;
          }
        }
      }
      return Status.OK;
    } catch (IOException | RuntimeException e) {
      return fail("scan", table, startkey, e);
    }
  }

  private Status write(String op, String table, String key, Map<String, ByteIterator> values) {
    try {
      useTable(table);
      Put put = new Put(Bytes.toBytes(key));
      if (durability != null) {
        put.setDurability(durability);
      }
      for (Map.Entry<String, ByteIterator> v : values.entrySet()) {
        put.addColumn(family, Bytes.toBytes(v.getKey()), v.getValue().toArray());
      }
      if (currentMutator != null) {
        currentMutator.mutate(put);
        return Status.BATCHED_OK;
      }
      currentTable.put(put);
      return Status.OK;
    } catch (IOException | RuntimeException e) {
      return fail(op, table, key, e);
    }
  }

  @Override
  public Status update(String table, String key, Map<String, ByteIterator> values) {
    return write("update", table, key, values);
  }

  @Override
  public Status insert(String table, String key, Map<String, ByteIterator> values) {
    return write("insert", table, key, values);
  }

  @Override
  public Status delete(String table, String key) {
    try {
      useTable(table);
      Delete delete = new Delete(Bytes.toBytes(key));
      if (durability != null) {
        delete.setDurability(durability);
      }
      if (currentMutator != null) {
        currentMutator.mutate(delete);
        return Status.BATCHED_OK;
      }
      currentTable.delete(delete);
      return Status.OK;
    } catch (IOException | RuntimeException e) {
      return fail("delete", table, key, e);
    }
  }

  /**
   * `java tools.ycsb.HBaseDB` confirms the class and its HBase dependencies load;
   * `java tools.ycsb.HBaseDB create-table TABLE FAMILY REGIONS` creates the table YCSB needs (if
   * missing), pre-split into regions holding equal shares of YCSB's keys, through the regular Admin API.
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 4 && args[0].equals("create-table")) {
      createTable(args[1], args[2], Integer.parseInt(args[3]));
      return;
    }
    System.out.println("HBaseDB binding loaded; hbase client "
        + org.apache.hadoop.hbase.util.VersionInfo.getVersion());
  }

  private static void createTable(String table, String family, int regions) throws IOException {
    org.apache.hadoop.hbase.TableName name = org.apache.hadoop.hbase.TableName.valueOf(table);
    try (Connection c = ConnectionFactory.createConnection(HBaseConfiguration.create());
         org.apache.hadoop.hbase.client.Admin admin = c.getAdmin()) {
      if (admin.tableExists(name)) {
        System.out.println("table " + table + " exists");
        return;
      }
      byte[][] splits = ycsbSplitKeys(regions);
      admin.createTable(
          org.apache.hadoop.hbase.client.TableDescriptorBuilder.newBuilder(name)
              .setColumnFamily(org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder.of(family))
              .build(),
          splits);
      System.out.println("created table " + table + " with " + regions + " regions");
    }
  }

  /**
   * Split keys at the quantiles of the keys YCSB inserts. With insertorder=hashed (the default) a
   * key is "user" + FNV-64(keynum) in decimal, so its digits are far from uniform: most keys have
   * 19 digits starting 10..92, and an even split of "user00".."user99" leaves some regions nearly
   * empty. Any run of keynums hashes to a uniform sample, so 200,000 of them place the splits.
   */
  public static byte[][] ycsbSplitKeys(int regions) {
    int samples = 200_000;
    String[] keys = new String[samples];
    for (int i = 0; i < samples; i++) keys[i] = "user" + site.ycsb.Utils.hash(i);
    java.util.Arrays.sort(keys);
    byte[][] splits = new byte[Math.max(0, regions - 1)][];
    String previous = "";
    for (int i = 1; i < regions; i++) {
      String key = keys[(int) ((long) i * samples / regions)];
      String split = key.substring(0, Math.min(key.length(), 10));
      if (split.compareTo(previous) <= 0) split = key;
      splits[i - 1] = Bytes.toBytes(split);
      previous = split;
    }
    return splits;
  }
}
