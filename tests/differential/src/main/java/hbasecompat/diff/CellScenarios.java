package hbasecompat.diff;

import static hbasecompat.diff.ScenarioContext.b;
import static hbasecompat.diff.Scenarios.CF;
import static hbasecompat.diff.Scenarios.CF2;
import static hbasecompat.diff.Scenarios.Q;
import static hbasecompat.diff.Scenarios.scan;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.hbase.CompareOperator;
import org.apache.hadoop.hbase.KeepDeletedCells;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.CheckAndMutate;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.CompactionState;
import org.apache.hadoop.hbase.client.Delete;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.RowMutations;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.Table;

/**
 * Cell-level TTL, KEEP_DELETED_CELLS, raw scans, per-family time ranges, and versions after flush
 * and compaction. HBase answers some of these differently before and after a flush (its memstore
 * still holds cells a flush drops), so every scenario whose answer depends on that flushes first.
 * Timestamps are small constants where the clock does not matter; TTL scenarios write them relative
 * to now (the recorder ranks those).
 */
public final class CellScenarios {
  private CellScenarios() {}

  static void flush(ScenarioContext ctx, String name) throws Exception {
    try (Admin admin = ctx.connection.getAdmin()) {
      admin.flush(ctx.tableName(name));
    }
  }

  /** Major compaction is asynchronous in HBase: wait until it has started and finished. */
  static void majorCompact(ScenarioContext ctx, String name) throws Exception {
    try (Admin admin = ctx.connection.getAdmin()) {
      TableName tn = ctx.tableName(name);
      admin.flush(tn);
      admin.majorCompact(tn);
      Thread.sleep(2_000);
      for (int i = 0; i < 60 && admin.getCompactionState(tn) != CompactionState.NONE; i++) Thread.sleep(500);
    }
  }

  /** A table "cf" (and "cf2") with VERSIONS and KEEP_DELETED_CELLS set on both families, and a family TTL (0 = none). */
  static Table keepDeleted(ScenarioContext ctx, String name, int versions, KeepDeletedCells kdc, int ttlSeconds) throws Exception {
    String ttl = ttlSeconds > 0 ? ":" + ttlSeconds : "";
    Table t = ctx.table(name, "cf:" + versions + ttl, "cf2:" + versions + ttl);
    try (Admin admin = ctx.connection.getAdmin()) {
      for (byte[] family : new byte[][] {CF, CF2}) {
        ColumnFamilyDescriptorBuilder fb = ColumnFamilyDescriptorBuilder.newBuilder(family).setMaxVersions(versions).setKeepDeletedCells(kdc);
        if (ttlSeconds > 0) fb.setTimeToLive(ttlSeconds);
        admin.modifyColumnFamily(ctx.tableName(name), fb.build());
      }
    }
    return t;
  }

  /** cf:q at timestamps base+1..base+n, values v1..vn. */
  static void versions(Table t, byte[] row, long base, int n) throws Exception {
    for (int i = 1; i <= n; i++) t.put(new Put(row).addColumn(CF, Q, base + i, b("v" + i)));
  }

  static Get all(String row) {
    return new Get(b(row)).readAllVersions();
  }

  static Scan raw() {
    return new Scan().setRaw(true).readAllVersions();
  }

  public static List<Scenario> all() {
    List<Scenario> s = new ArrayList<>();
    cellTtl(s);
    keepDeletedCells(s);
    rawScans(s);
    familyTimeRanges(s);
    versionsAfterFlush(s);
    return s;
  }

  // ---- cell TTL (Mutation.setTTL): a TTL tag on each cell, checked before anything else
  static void cellTtl(List<Scenario> s) {
    s.add(Scenario.of("cell-ttl-expired-at-write", "cell-ttl", "A put whose timestamp + TTL is already past is invisible; a longer TTL keeps it", ctx -> {
      Table t = ctx.table("t", "cf:1");
      long now = System.currentTimeMillis();
      t.put(new Put(b("r")).addColumn(CF, b("gone"), now - 60_000, b("x")).setTTL(30_000));
      t.put(new Put(b("r")).addColumn(CF, b("kept"), now - 60_000, b("y")).setTTL(600_000));
      t.put(new Put(b("r")).addColumn(CF, b("plain"), now - 60_000, b("z")));
      ctx.rec.result("get", t.get(new Get(b("r"))));
      ctx.rec.note("exists-gone", t.exists(new Get(b("r")).addColumn(CF, b("gone"))));
    }));
    s.add(Scenario.of("cell-ttl-expires-while-watched", "cell-ttl", "A cell with a 4 s TTL is seen, then gone; its neighbour without one stays", ctx -> {
      // cf:short and cf:long: stamped by two puts in a row (Recorder.unrankedServerTimes).
      ctx.rec.unrankedServerTimes();
      Table t = ctx.table("t", "cf:1");
      t.put(new Put(b("r")).addColumn(CF, b("short"), b("s")).setTTL(4_000));
      t.put(new Put(b("r")).addColumn(CF, b("long"), b("l")));
      ctx.rec.result("before", t.get(new Get(b("r"))));
      Thread.sleep(5_000);
      ctx.rec.result("after", t.get(new Get(b("r"))));
      scan(ctx, t, "scan-after", new Scan());
    }));
    s.add(Scenario.of("cell-ttl-scan", "cell-ttl", "Scans skip rows whose only cells carry an expired cell TTL, forward and reversed", ctx -> {
      Table t = ctx.table("t", "cf:1");
      long now = System.currentTimeMillis();
      for (int i = 0; i < 6; i++) {
        Put p = new Put(b("r" + i)).addColumn(CF, Q, now - 10_000 + i, b("v" + i));
        if (i % 2 == 0) p.setTTL(5_000);
        t.put(p);
      }
      scan(ctx, t, "scan", new Scan());
      scan(ctx, t, "reversed", new Scan().setReversed(true));
    }));
    s.add(Scenario.of("cell-ttl-versions", "cell-ttl", "Expired versions do not count against VERSIONS", ctx -> {
      Table t = ctx.table("t", "cf:2");
      long now = System.currentTimeMillis();
      t.put(new Put(b("r")).addColumn(CF, Q, now - 3_000, b("old-plain")));
      t.put(new Put(b("r")).addColumn(CF, Q, now - 2_000, b("mid-plain")));
      t.put(new Put(b("r")).addColumn(CF, Q, now - 1_000, b("new-expired")).setTTL(100));
      ctx.rec.result("all-versions", t.get(all("r")));
      ctx.rec.result("latest", t.get(new Get(b("r"))));
    }));
    s.add(Scenario.of("cell-ttl-with-family-ttl", "cell-ttl", "A cell TTL cannot outlive the family TTL; a shorter one wins", ctx -> {
      Table t = ctx.table("t", "cf:1:60");
      long now = System.currentTimeMillis();
      t.put(new Put(b("r")).addColumn(CF, b("family-expired"), now - 120_000, b("a")).setTTL(3_600_000));
      t.put(new Put(b("r")).addColumn(CF, b("cell-expired"), now - 30_000, b("b")).setTTL(10_000));
      t.put(new Put(b("r")).addColumn(CF, b("live"), now - 5_000, b("c")).setTTL(600_000));
      ctx.rec.result("get", t.get(new Get(b("r"))));
      scan(ctx, t, "scan", new Scan());
    }));
    s.add(Scenario.of("cell-ttl-batch", "cell-ttl", "Cell TTLs on puts in one batch, each its own", ctx -> {
      Table t = ctx.table("t", "cf:1");
      long now = System.currentTimeMillis();
      List<Put> puts = new ArrayList<>();
      for (int i = 0; i < 4; i++) puts.add(new Put(b("r" + i)).addColumn(CF, Q, now - 20_000, b("v" + i)).setTTL(i % 2 == 0 ? 10_000 : 60_000));
      t.put(puts);
      scan(ctx, t, "scan", new Scan());
    }));
    s.add(Scenario.of("cell-ttl-replaced", "cell-ttl", "A put at the same coordinates replaces the TTL: expired then plain, plain then expired", ctx -> {
      Table t = ctx.table("t", "cf:1");
      long ts = System.currentTimeMillis() - 60_000;
      t.put(new Put(b("a")).addColumn(CF, Q, ts, b("first")).setTTL(1_000));
      t.put(new Put(b("a")).addColumn(CF, Q, ts, b("second")));
      t.put(new Put(b("b")).addColumn(CF, Q, ts, b("first")));
      t.put(new Put(b("b")).addColumn(CF, Q, ts, b("second")).setTTL(1_000));
      ctx.rec.result("a", t.get(new Get(b("a"))));
      ctx.rec.result("b", t.get(new Get(b("b"))));
    }));
    s.add(Scenario.of("cell-ttl-check-and-mutate", "cell-ttl", "checkAndMutate sees an expired cell as absent; its Put carries a TTL", ctx -> {
      Table t = ctx.table("t", "cf:1");
      long now = System.currentTimeMillis();
      t.put(new Put(b("r")).addColumn(CF, Q, now - 60_000, b("expired")).setTTL(1_000));
      ctx.rec.note("applied", t.checkAndMutate(CheckAndMutate.newBuilder(b("r")).ifNotExists(CF, Q)
          .build(new Put(b("r")).addColumn(CF, b("other"), now - 60_000, b("also-expired")).setTTL(1_000))).isSuccess());
      ctx.rec.note("applied-equals", t.checkAndMutate(CheckAndMutate.newBuilder(b("r")).ifMatches(CF, Q, CompareOperator.EQUAL, b("expired"))
          .build(new Put(b("r")).addColumn(CF, b("third"), b("x")))).isSuccess());
      ctx.rec.result("get", t.get(new Get(b("r"))));
    }));
    s.add(Scenario.of("cell-ttl-row-mutations", "cell-ttl", "mutateRow: the Put's TTL applies, the Delete beside it still works", ctx -> {
      Table t = ctx.table("t", "cf:1");
      long now = System.currentTimeMillis();
      t.put(new Put(b("r")).addColumn(CF, b("d"), 5, b("to-delete")));
      RowMutations rm = new RowMutations(b("r"));
      rm.add(new Put(b("r")).addColumn(CF, b("e"), now - 60_000, b("expired")).addColumn(CF, b("k"), now - 60_000, b("kept")).setTTL(30_000));
      rm.add(new Delete(b("r")).addColumns(CF, b("d")));
      t.mutateRow(rm);
      ctx.rec.result("get", t.get(new Get(b("r"))));
    }));
    s.add(Scenario.of("cell-ttl-shadowed-after-flush", "cell-ttl", "VERSIONS 1: an older version flushed away does not come back when the newer one's TTL passes", ctx -> {
      Table t = ctx.table("t", "cf:1");
      long now = System.currentTimeMillis();
      t.put(new Put(b("r")).addColumn(CF, Q, now - 10_000, b("old")));
      t.put(new Put(b("r")).addColumn(CF, Q, now, b("new")).setTTL(8_000));
      flush(ctx, "t");
      ctx.rec.result("before", t.get(new Get(b("r"))));
      Thread.sleep(Math.max(0, now + 9_000 - System.currentTimeMillis()));
      ctx.rec.result("after", t.get(all("r")));
    }));
    s.add(Scenario.of("cell-ttl-time-range", "cell-ttl", "Time-range reads skip cells whose cell TTL expired", ctx -> {
      Table t = ctx.table("t", "cf:5");
      long now = System.currentTimeMillis();
      t.put(new Put(b("r")).addColumn(CF, Q, now - 4_000, b("a")));
      t.put(new Put(b("r")).addColumn(CF, Q, now - 3_000, b("b")).setTTL(500));
      t.put(new Put(b("r")).addColumn(CF, Q, now - 2_000, b("c")));
      ctx.rec.result("range", t.get(all("r").setTimeRange(now - 3_500, now)));
      ctx.rec.result("point", t.get(new Get(b("r")).setTimestamp(now - 3_000)));
    }));
  }

  // ---- KEEP_DELETED_CELLS: time-range and point-in-time reads see data from before a delete
  static void keepDeletedCells(List<Scenario> s) {
    for (boolean flushed : new boolean[] {false, true}) {
      String suffix = flushed ? "-flushed" : "";
      s.add(Scenario.of("cell-kdc-delete-column" + suffix, "cell-kdc", "KEEP_DELETED_CELLS TRUE, DeleteColumn at 4: reads before 4 see the old versions" + (flushed ? " (after a flush)" : ""), ctx -> {
        Table t = keepDeleted(ctx, "t", 5, KeepDeletedCells.TRUE, 0);
        versions(t, b("r"), 0, 3);
        t.delete(new Delete(b("r")).addColumns(CF, Q, 4));
        if (flushed) flush(ctx, "t");
        ctx.rec.result("latest", t.get(all("r")));
        ctx.rec.result("before-delete", t.get(all("r").setTimeRange(0, 4)));
        ctx.rec.result("including-delete", t.get(all("r").setTimeRange(0, 5)));
        ctx.rec.result("at-2", t.get(new Get(b("r")).setTimestamp(2)));
        scan(ctx, t, "scan-before", new Scan().setTimeRange(0, 4).readAllVersions());
      }));
    }
    s.add(Scenario.of("cell-kdc-false-control", "cell-kdc", "Without KEEP_DELETED_CELLS the same reads see nothing before a DeleteColumn", ctx -> {
      Table t = keepDeleted(ctx, "t", 5, KeepDeletedCells.FALSE, 0);
      versions(t, b("r"), 0, 3);
      t.delete(new Delete(b("r")).addColumns(CF, Q, 4));
      flush(ctx, "t");
      ctx.rec.result("before-delete", t.get(all("r").setTimeRange(0, 4)));
      ctx.rec.result("at-2", t.get(new Get(b("r")).setTimestamp(2)));
    }));
    s.add(Scenario.of("cell-kdc-delete-version", "cell-kdc", "KEEP_DELETED_CELLS TRUE, Delete of version 2: hidden only when the marker is inside the range", ctx -> {
      Table t = keepDeleted(ctx, "t", 5, KeepDeletedCells.TRUE, 0);
      versions(t, b("r"), 0, 3);
      t.delete(new Delete(b("r")).addColumn(CF, Q, 2));
      ctx.rec.result("latest-all", t.get(all("r")));
      ctx.rec.result("range-0-2", t.get(all("r").setTimeRange(0, 2)));
      ctx.rec.result("range-0-3", t.get(all("r").setTimeRange(0, 3)));
      ctx.rec.result("at-2", t.get(new Get(b("r")).setTimestamp(2)));
    }));
    s.add(Scenario.of("cell-kdc-delete-family", "cell-kdc", "KEEP_DELETED_CELLS TRUE, DeleteFamily at 3", ctx -> {
      Table t = keepDeleted(ctx, "t", 5, KeepDeletedCells.TRUE, 0);
      versions(t, b("r"), 0, 4);
      t.put(new Put(b("r")).addColumn(CF, b("x"), 1, b("x1")));
      t.delete(new Delete(b("r")).addFamily(CF, 3));
      flush(ctx, "t");
      ctx.rec.result("latest-all", t.get(all("r")));
      ctx.rec.result("range-0-3", t.get(all("r").setTimeRange(0, 3)));
      ctx.rec.result("range-0-4", t.get(all("r").setTimeRange(0, 4)));
      ctx.rec.result("at-1", t.get(new Get(b("r")).setTimestamp(1)));
    }));
    s.add(Scenario.of("cell-kdc-delete-family-version", "cell-kdc", "KEEP_DELETED_CELLS TRUE, DeleteFamilyVersion at 2", ctx -> {
      Table t = keepDeleted(ctx, "t", 5, KeepDeletedCells.TRUE, 0);
      versions(t, b("r"), 0, 3);
      t.put(new Put(b("r")).addColumn(CF, b("x"), 2, b("x2")));
      t.delete(new Delete(b("r")).addFamilyVersion(CF, 2));
      ctx.rec.result("latest-all", t.get(all("r")));
      ctx.rec.result("range-0-2", t.get(all("r").setTimeRange(0, 2)));
      ctx.rec.result("at-2", t.get(new Get(b("r")).setTimestamp(2)));
      ctx.rec.result("range-2-10", t.get(all("r").setTimeRange(2, 10)));
    }));
    s.add(Scenario.of("cell-kdc-row-delete", "cell-kdc", "KEEP_DELETED_CELLS TRUE, a whole-row Delete at 3 over two families", ctx -> {
      Table t = keepDeleted(ctx, "t", 5, KeepDeletedCells.TRUE, 0);
      versions(t, b("r"), 0, 2);
      t.put(new Put(b("r")).addColumn(CF2, Q, 2, b("other")));
      t.delete(new Delete(b("r"), 3));
      ctx.rec.result("latest", t.get(all("r")));
      ctx.rec.result("range-0-3", t.get(all("r").setTimeRange(0, 3)));
      scan(ctx, t, "scan-range-0-3", new Scan().setTimeRange(0, 3).readAllVersions());
    }));
    s.add(Scenario.of("cell-kdc-delete-at-server-time", "cell-kdc", "KEEP_DELETED_CELLS TRUE, a Delete at server time: old time ranges still see the data", ctx -> {
      Table t = keepDeleted(ctx, "t", 5, KeepDeletedCells.TRUE, 0);
      versions(t, b("r"), 0, 3);
      t.put(new Put(b("r")).addColumn(CF, b("x"), 2, b("x2")));
      t.delete(new Delete(b("r")).addColumns(CF, Q));
      t.delete(new Delete(b("r")).addFamily(CF2));
      ctx.rec.result("latest", t.get(all("r")));
      ctx.rec.result("range-0-100", t.get(all("r").setTimeRange(0, 100)));
      scan(ctx, t, "scan-range-0-100", new Scan().setTimeRange(0, 100));
    }));
    s.add(Scenario.of("cell-kdc-versions", "cell-kdc", "KEEP_DELETED_CELLS TRUE with VERSIONS 2: deleted versions still count (after a flush)", ctx -> {
      Table t = keepDeleted(ctx, "t", 2, KeepDeletedCells.TRUE, 0);
      versions(t, b("r"), 0, 4);
      t.delete(new Delete(b("r")).addColumns(CF, Q, 10));
      flush(ctx, "t");
      ctx.rec.result("range-0-10", t.get(all("r").setTimeRange(0, 10)));
      ctx.rec.result("range-0-4", t.get(all("r").setTimeRange(0, 4)));
    }));
    s.add(Scenario.of("cell-kdc-ttl", "cell-kdc", "KEEP_DELETED_CELLS TTL: deleted cells within the family TTL stay readable by time range", ctx -> {
      Table t = keepDeleted(ctx, "t", 5, KeepDeletedCells.TTL, 3600);
      long base = System.currentTimeMillis() - 10_000;
      versions(t, b("r"), base, 3);
      t.delete(new Delete(b("r")).addColumns(CF, Q, base + 4));
      flush(ctx, "t");
      ctx.rec.result("latest", t.get(all("r")));
      ctx.rec.result("before-delete", t.get(all("r").setTimeRange(base, base + 4)));
      ctx.rec.result("point", t.get(new Get(b("r")).setTimestamp(base + 2)));
    }));
    s.add(Scenario.of("cell-kdc-raw", "cell-kdc", "KEEP_DELETED_CELLS TRUE: a raw scan shows the markers and every deleted put", ctx -> {
      Table t = keepDeleted(ctx, "t", 5, KeepDeletedCells.TRUE, 0);
      versions(t, b("r"), 0, 3);
      t.delete(new Delete(b("r")).addColumn(CF, Q, 2));
      t.delete(new Delete(b("r")).addColumns(CF, Q, 1));
      flush(ctx, "t");
      scan(ctx, t, "raw", raw());
    }));
  }

  // ---- raw scans (RawScanQueryMatcher): markers come back; flushed first so masked puts are settled
  static void rawScans(List<Scenario> s) {
    Object[][] kinds = {
        {"delete-column", (DeleteOf) r -> new Delete(r).addColumns(CF, Q, 2)},
        {"delete-version", (DeleteOf) r -> new Delete(r).addColumn(CF, Q, 2)},
        {"delete-family", (DeleteOf) r -> new Delete(r).addFamily(CF, 2)},
        {"delete-family-version", (DeleteOf) r -> new Delete(r).addFamilyVersion(CF, 2)},
        {"delete-row", (DeleteOf) r -> new Delete(r, 2)},
    };
    for (Object[] k : kinds) {
      String kind = (String) k[0];
      DeleteOf delete = (DeleteOf) k[1];
      s.add(Scenario.of("cell-raw-" + kind, "cell-raw", "Raw scan after a " + kind + " marker at 2 and a flush", ctx -> {
        Table t = ctx.table("t", "cf:5", "cf2:5");
        versions(t, b("r"), 0, 3);
        t.put(new Put(b("r")).addColumn(CF, b("x"), 2, b("x2")).addColumn(CF2, Q, 2, b("other")));
        t.put(new Put(b("s")).addColumn(CF, Q, 1, b("untouched")));
        t.delete(delete.of(b("r")));
        flush(ctx, "t");
        scan(ctx, t, "raw", raw());
        scan(ctx, t, "normal", new Scan().readAllVersions());
      }));
    }
    s.add(Scenario.of("cell-raw-default-versions", "cell-raw", "Raw scan with one version: markers do not count, the first put ends the column", ctx -> {
      Table t = ctx.table("t", "cf:5");
      versions(t, b("r"), 0, 3);
      t.delete(new Delete(b("r")).addColumn(CF, Q, 3));
      flush(ctx, "t");
      scan(ctx, t, "raw-1", new Scan().setRaw(true));
      scan(ctx, t, "raw-2", new Scan().setRaw(true).readVersions(2));
    }));
    s.add(Scenario.of("cell-raw-versions-beyond-family", "cell-raw", "Raw scan max versions are the scan's own, not capped by VERSIONS", ctx -> {
      Table t = ctx.table("t", "cf:2");
      versions(t, b("r"), 0, 4);
      t.delete(new Delete(b("r")).addColumn(CF, Q, 1));
      flush(ctx, "t");
      scan(ctx, t, "raw", raw());
    }));
    s.add(Scenario.of("cell-raw-time-range", "cell-raw", "Raw scan with a time range: markers and puts outside it are left out", ctx -> {
      Table t = ctx.table("t", "cf:5");
      versions(t, b("r"), 0, 5);
      t.delete(new Delete(b("r")).addColumn(CF, Q, 4));
      t.delete(new Delete(b("r")).addColumns(CF, b("x"), 2));
      flush(ctx, "t");
      scan(ctx, t, "raw-2-5", raw().setTimeRange(2, 5));
      scan(ctx, t, "raw-4-6", raw().setTimeRange(4, 6));
    }));
    s.add(Scenario.of("cell-raw-reversed", "cell-raw", "Reversed raw scan over rows with markers", ctx -> {
      Table t = ctx.table("t", "cf:3");
      for (int i = 0; i < 4; i++) t.put(new Put(b("r" + i)).addColumn(CF, Q, 1, b("v" + i)).addColumn(CF, Q, 2, b("w" + i)));
      t.delete(new Delete(b("r1")).addColumn(CF, Q, 2));
      t.delete(new Delete(b("r2"), 5));
      flush(ctx, "t");
      scan(ctx, t, "raw-reversed", raw().setReversed(true));
    }));
    s.add(Scenario.of("cell-raw-family-projection", "cell-raw", "Raw scan of one family; naming a column is refused", ctx -> {
      Table t = ctx.table("t", "cf:3", "cf2:3");
      t.put(new Put(b("r")).addColumn(CF, Q, 1, b("a")).addColumn(CF2, Q, 1, b("b")));
      t.delete(new Delete(b("r")).addFamily(CF2, 1));
      flush(ctx, "t");
      scan(ctx, t, "raw-cf2", raw().addFamily(CF2));
      ctx.rec.attempt("raw-column", () -> scan(ctx, t, "raw-column-result", raw().addColumn(CF, Q)));
    }));
    s.add(Scenario.of("cell-raw-only-markers", "cell-raw", "A row holding only markers still comes back from a raw scan", ctx -> {
      Table t = ctx.table("t", "cf:3");
      t.put(new Put(b("a")).addColumn(CF, Q, 1, b("a")));
      t.delete(new Delete(b("b")).addColumns(CF, Q, 7));
      t.delete(new Delete(b("c"), 9));
      flush(ctx, "t");
      scan(ctx, t, "raw", raw());
      scan(ctx, t, "normal", new Scan());
    }));
  }

  interface DeleteOf {
    Delete of(byte[] row);
  }

  // ---- Get/Scan setColumnFamilyTimeRange
  static void familyTimeRanges(List<Scenario> s) {
    s.add(Scenario.of("cell-cf-time-range-get", "cell-time-range", "Get with a time range for one family; the other family reads everything", ctx -> {
      Table t = twoFamilies(ctx);
      ctx.rec.result("cf-2-4", t.get(all("r").setColumnFamilyTimeRange(CF, 2, 4)));
    }));
    s.add(Scenario.of("cell-cf-time-range-overrides", "cell-time-range", "A family's own time range replaces the Get's time range there", ctx -> {
      Table t = twoFamilies(ctx);
      ctx.rec.result("mixed", t.get(all("r").setTimeRange(0, 3).setColumnFamilyTimeRange(CF, 3, 6)));
      ctx.rec.result("both", t.get(all("r").setColumnFamilyTimeRange(CF, 1, 2).setColumnFamilyTimeRange(CF2, 5, 6)));
    }));
    s.add(Scenario.of("cell-cf-time-range-versions", "cell-time-range", "Per-family time range with one version: the newest inside the range", ctx -> {
      Table t = twoFamilies(ctx);
      ctx.rec.result("one-version", t.get(new Get(b("r")).setColumnFamilyTimeRange(CF, 1, 4)));
      ctx.rec.result("two-versions", t.get(new Get(b("r")).readVersions(2).setColumnFamilyTimeRange(CF2, 0, 3)));
    }));
    s.add(Scenario.of("cell-cf-time-range-scan", "cell-time-range", "Scan with per-family time ranges over several rows", ctx -> {
      Table t = ctx.table("t", "cf:5", "cf2:5");
      for (int i = 0; i < 4; i++) t.put(new Put(b("r" + i)).addColumn(CF, Q, i + 1, b("a" + i)).addColumn(CF2, Q, 10 + i, b("b" + i)));
      scan(ctx, t, "cf-only-early", new Scan().setColumnFamilyTimeRange(CF, 1, 3));
      scan(ctx, t, "both", new Scan().setColumnFamilyTimeRange(CF, 3, 10).setColumnFamilyTimeRange(CF2, 10, 12));
      scan(ctx, t, "reversed", new Scan().setReversed(true).setColumnFamilyTimeRange(CF2, 12, 20));
    }));
    s.add(Scenario.of("cell-cf-time-range-deletes", "cell-time-range", "Per-family time range after a DeleteColumn (markers inside or after the range apply)", ctx -> {
      Table t = twoFamilies(ctx);
      t.delete(new Delete(b("r")).addColumns(CF, Q, 3));
      flush(ctx, "t");
      ctx.rec.result("cf-1-3", t.get(all("r").setColumnFamilyTimeRange(CF, 1, 3)));
      ctx.rec.result("cf-4-6", t.get(all("r").setColumnFamilyTimeRange(CF, 4, 6)));
    }));
  }

  /** cf:q and cf2:q at timestamps 1..5 (VERSIONS 5). */
  static Table twoFamilies(ScenarioContext ctx) throws Exception {
    Table t = ctx.table("t", "cf:5", "cf2:5");
    for (int i = 1; i <= 5; i++) t.put(new Put(b("r")).addColumn(CF, Q, i, b("a" + i)).addColumn(CF2, Q, i, b("b" + i)));
    return t;
  }

  // ---- versions beyond VERSIONS once HBase has flushed (and compacted)
  static void versionsAfterFlush(List<Scenario> s) {
    s.add(Scenario.of("cell-versions-flush-time-range", "cell-versions", "VERSIONS 2, five puts, flush: a time range over the dropped versions finds nothing", ctx -> {
      Table t = ctx.table("t", "cf:2");
      versions(t, b("r"), 0, 5);
      flush(ctx, "t");
      ctx.rec.result("range-0-3", t.get(all("r").setTimeRange(0, 3)));
      ctx.rec.result("range-0-5", t.get(all("r").setTimeRange(0, 5)));
      ctx.rec.result("at-1", t.get(new Get(b("r")).setTimestamp(1)));
      scan(ctx, t, "scan-0-4", new Scan().setTimeRange(0, 4).readAllVersions());
    }));
    s.add(Scenario.of("cell-versions-flush-delete-newest", "cell-versions", "VERSIONS 2, flush, then delete the newest: the version flushed away stays gone", ctx -> {
      Table t = ctx.table("t", "cf:2");
      versions(t, b("r"), 0, 3);
      flush(ctx, "t");
      t.delete(new Delete(b("r")).addColumn(CF, Q, 3));
      flush(ctx, "t");
      ctx.rec.result("all", t.get(all("r")));
    }));
    s.add(Scenario.of("cell-versions-time-range-limit", "cell-versions", "Time range plus readVersions: versions counted inside the range", ctx -> {
      Table t = ctx.table("t", "cf:5");
      versions(t, b("r"), 0, 5);
      ctx.rec.result("2-5-two", t.get(new Get(b("r")).setTimeRange(2, 5).readVersions(2)));
      ctx.rec.result("0-10-three", t.get(new Get(b("r")).setTimeRange(0, 10).readVersions(3)));
      scan(ctx, t, "scan-1-4-two", new Scan().setTimeRange(1, 4).readVersions(2));
    }));
    s.add(Scenario.of("cell-versions-delete-then-time-range", "cell-versions", "Delete of a version, flush, then time-range reads over the rest", ctx -> {
      Table t = ctx.table("t", "cf:3");
      versions(t, b("r"), 0, 3);
      t.delete(new Delete(b("r")).addColumn(CF, Q, 2));
      flush(ctx, "t");
      ctx.rec.result("0-3", t.get(all("r").setTimeRange(0, 3)));
      ctx.rec.result("at-2", t.get(new Get(b("r")).setTimestamp(2)));
      scan(ctx, t, "raw", raw());
    }));
    s.add(Scenario.of("cell-versions-major-compact", "cell-versions", "majorCompact purges delete markers and what they masked; a raw scan shows what is left", ctx -> {
      Table t = ctx.table("t", "cf:3");
      versions(t, b("r"), 0, 3);
      t.delete(new Delete(b("r")).addColumn(CF, Q, 3));
      t.delete(new Delete(b("s"), 5));
      t.put(new Put(b("s")).addColumn(CF, Q, 7, b("later")));
      majorCompact(ctx, "t");
      scan(ctx, t, "raw", raw());
      t.put(new Put(b("r")).addColumn(CF, Q, 3, b("rewritten")));
      ctx.rec.result("rewritten-visible", t.get(all("r")));
    }));
    s.add(Scenario.of("cell-kdc-major-compact", "cell-kdc", "KEEP_DELETED_CELLS TRUE keeps markers and deleted cells through a major compaction", ctx -> {
      Table t = keepDeleted(ctx, "t", 5, KeepDeletedCells.TRUE, 0);
      versions(t, b("r"), 0, 3);
      t.delete(new Delete(b("r")).addColumns(CF, Q, 2));
      majorCompact(ctx, "t");
      scan(ctx, t, "raw", raw());
      ctx.rec.result("range-0-2", t.get(all("r").setTimeRange(0, 2)));
    }));
  }
}
