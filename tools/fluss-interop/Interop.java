// Interoperability check between the gateway's TypeScript Fluss client and the real Fluss Java
// client (org.apache.fluss:fluss-client 0.9.1-incubating), over the gateway's cell table
// (row BYTES, family BYTES, qualifier BYTES, ts BIGINT, type TINYINT, value BYTES; PK all but
// value; bucket key row) and its catalog table (kind STRING, name STRING, json STRING).
//
//   Interop read  <bootstrap> <database> <table> <cells file>   the Java client reads what TS wrote
//   Interop write <bootstrap> <database> <table> <cells file>   the Java client writes cells for TS
//   Interop catalog <bootstrap> <database> <table> <kind> <name> <expected json substring>
//
// A cells file has one cell per line: rowHex familyHex qualifierHex ts type valueHex ('-' = empty).
// `read` checks every cell three ways: a Lookup by the full primary key, a prefix Lookup by row
// (all the row's cells, nothing else), and the changelog from the beginning (+I of every cell).
// It prints "interop-java: N passed, M failed" and exits 1 on any failure.

import org.apache.fluss.client.Connection;
import org.apache.fluss.client.ConnectionFactory;
import org.apache.fluss.client.lookup.Lookuper;
import org.apache.fluss.client.table.Table;
import org.apache.fluss.client.table.scanner.ScanRecord;
import org.apache.fluss.client.table.scanner.log.LogScanner;
import org.apache.fluss.client.table.scanner.log.ScanRecords;
import org.apache.fluss.client.table.writer.UpsertWriter;
import org.apache.fluss.config.Configuration;
import org.apache.fluss.metadata.TablePath;
import org.apache.fluss.record.ChangeType;
import org.apache.fluss.row.BinaryString;
import org.apache.fluss.row.GenericRow;
import org.apache.fluss.row.InternalRow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

public final class Interop {
  record CellLine(byte[] row, byte[] family, byte[] qualifier, long ts, byte type, byte[] value) {
    String id() {
      HexFormat h = HexFormat.of();
      return h.formatHex(row) + "/" + h.formatHex(family) + "/" + h.formatHex(qualifier) + "/" + ts + "/" + type;
    }
  }

  private static int passed;
  private static int failed;

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: Interop read|write|catalog <bootstrap> <database> <table> ...");
      System.exit(2);
    }
    Configuration conf = new Configuration();
    conf.setString("bootstrap.servers", args[1]);
    conf.setString("client.metrics.enabled", "false");
    int rc;
    try (Connection conn = ConnectionFactory.createConnection(conf); Table table = conn.getTable(TablePath.of(args[2], args[3]))) {
      switch (args[0]) {
        case "read" -> read(table, parse(Path.of(args[4])));
        case "write" -> write(table, parse(Path.of(args[4])));
        case "catalog" -> catalog(table, args[4], args[5], args[6]);
        default -> throw new IllegalArgumentException("unknown mode " + args[0]);
      }
      System.out.println("interop-java[" + args[0] + "]: " + passed + " passed, " + failed + " failed");
      rc = failed == 0 && passed > 0 ? 0 : 1;
    }
    System.out.flush();
    Runtime.getRuntime().halt(rc);
  }

  static List<CellLine> parse(Path file) throws Exception {
    HexFormat h = HexFormat.of();
    List<CellLine> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) continue;
      String[] f = line.trim().split(" ");
      out.add(new CellLine(bytes(h, f[0]), bytes(h, f[1]), bytes(h, f[2]), Long.parseLong(f[3]), Byte.parseByte(f[4]), bytes(h, f[5])));
    }
    return out;
  }

  static byte[] bytes(HexFormat h, String s) {
    return s.equals("-") ? new byte[0] : h.parseHex(s);
  }

  static void check(boolean ok, String what) {
    if (ok) {
      passed++;
    } else {
      failed++;
      System.out.println("FAILED: " + what);
    }
  }

  static CellLine fromRow(InternalRow r) {
    return new CellLine(r.getBytes(0), r.getBytes(1), r.getBytes(2), r.getLong(3), r.getByte(4), r.isNullAt(5) ? new byte[0] : r.getBytes(5));
  }

  static boolean same(CellLine a, CellLine b) {
    return a.id().equals(b.id()) && java.util.Arrays.equals(a.value(), b.value());
  }

  static void read(Table table, List<CellLine> cells) throws Exception {
    Lookuper byKey = table.newLookup().createLookuper();
    for (CellLine c : cells) {
      InternalRow r = byKey.lookup(GenericRow.of(c.row(), c.family(), c.qualifier(), c.ts(), c.type())).get(30, TimeUnit.SECONDS).getSingletonRow();
      check(r != null && same(fromRow(r), c), "lookup " + c.id() + " -> " + (r == null ? "nothing" : fromRow(r).id()));
    }
    Lookuper byRow = table.newLookup().lookupBy("row").createLookuper();
    Map<String, List<CellLine>> rows = new HashMap<>();
    for (CellLine c : cells) rows.computeIfAbsent(HexFormat.of().formatHex(c.row()), k -> new ArrayList<>()).add(c);
    for (List<CellLine> expected : rows.values()) {
      List<InternalRow> got = byRow.lookup(GenericRow.of(expected.get(0).row())).get(30, TimeUnit.SECONDS).getRowList();
      Set<String> want = new HashSet<>();
      for (CellLine c : expected) want.add(c.id() + "=" + HexFormat.of().formatHex(c.value()));
      Set<String> have = new HashSet<>();
      for (InternalRow r : got) {
        CellLine c = fromRow(r);
        have.add(c.id() + "=" + HexFormat.of().formatHex(c.value()));
      }
      check(want.equals(have), "prefix lookup of row " + HexFormat.of().formatHex(expected.get(0).row()) + ": want " + want + " have " + have);
    }
    int buckets = table.getTableInfo().getNumBuckets();
    Set<String> pending = new HashSet<>();
    for (CellLine c : cells) pending.add(c.id() + "=" + HexFormat.of().formatHex(c.value()));
    try (LogScanner scanner = table.newScan().createLogScanner()) {
      for (int b = 0; b < buckets; b++) scanner.subscribeFromBeginning(b);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!pending.isEmpty() && System.nanoTime() < deadline) {
        ScanRecords records = scanner.poll(Duration.ofSeconds(1));
        for (ScanRecord rec : records) {
          if (rec.getChangeType() == ChangeType.INSERT || rec.getChangeType() == ChangeType.UPDATE_AFTER) {
            CellLine c = fromRow(rec.getRow());
            pending.remove(c.id() + "=" + HexFormat.of().formatHex(c.value()));
          }
        }
      }
    }
    check(pending.isEmpty(), "changelog misses " + pending);
  }

  static void write(Table table, List<CellLine> cells) throws Exception {
    UpsertWriter writer = table.newUpsert().createWriter();
    for (CellLine c : cells) writer.upsert(GenericRow.of(c.row(), c.family(), c.qualifier(), c.ts(), c.type(), c.value()));
    writer.flush();
    check(true, "wrote " + cells.size() + " cells");
    passed = cells.size();
  }

  static void catalog(Table table, String kind, String name, String expected) throws Exception {
    Lookuper byKey = table.newLookup().createLookuper();
    InternalRow r = byKey.lookup(GenericRow.of(BinaryString.fromString(kind), BinaryString.fromString(name))).get(30, TimeUnit.SECONDS).getSingletonRow();
    check(r != null && r.getString(2).toString().contains(expected), "catalog " + kind + "/" + name + " -> " + (r == null ? "nothing" : r.getString(2)));
    Lookuper byKind = table.newLookup().lookupBy("kind").createLookuper();
    List<InternalRow> all = byKind.lookup(GenericRow.of(BinaryString.fromString(kind))).get(30, TimeUnit.SECONDS).getRowList();
    boolean found = false;
    for (InternalRow x : all) found |= x.getString(1).toString().equals(name);
    check(found, "catalog prefix lookup of " + kind + " lists " + name);
  }
}
