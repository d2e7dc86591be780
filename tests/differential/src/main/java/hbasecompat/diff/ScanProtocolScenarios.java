package hbasecompat.diff;

import static hbasecompat.diff.ScenarioContext.b;
import static hbasecompat.diff.Scenarios.CF;
import static hbasecompat.diff.Scenarios.Q;
import static hbasecompat.diff.Scenarios.tenRows;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.hbase.CompareOperator;
import org.apache.hadoop.hbase.HRegionLocation;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Append;
import org.apache.hadoop.hbase.client.ClusterConnection;
import org.apache.hadoop.hbase.client.Delete;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Increment;
import org.apache.hadoop.hbase.client.Mutation;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.RegionInfo;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.ResultScanner;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.client.metrics.ScanMetrics;
import org.apache.hadoop.hbase.filter.BinaryComparator;
import org.apache.hadoop.hbase.filter.FirstKeyOnlyFilter;
import org.apache.hadoop.hbase.filter.PageFilter;
import org.apache.hadoop.hbase.filter.RowFilter;
import org.apache.hadoop.hbase.filter.SingleColumnValueFilter;
import org.apache.hadoop.hbase.io.TimeRange;
import org.apache.hadoop.hbase.ipc.HBaseRpcController;
import org.apache.hadoop.hbase.ipc.HBaseRpcControllerImpl;
import org.apache.hadoop.hbase.shaded.protobuf.ProtobufUtil;
import org.apache.hadoop.hbase.shaded.protobuf.RequestConverter;
import org.apache.hadoop.hbase.shaded.protobuf.ResponseConverter;
import org.apache.hadoop.hbase.shaded.protobuf.generated.ClientProtos;
import org.apache.hadoop.hbase.shaded.protobuf.generated.ClientProtos.MutationProto.MutationType;
import org.apache.hadoop.hbase.shaded.protobuf.generated.HBaseProtos.RegionSpecifier.RegionSpecifierType;
import org.apache.hadoop.hbase.util.Bytes;

/**
 * Scanner protocol, region range checks and hbase:meta scans. Requests a well-behaved client never
 * sends (a row outside the addressed region, a scan request carrying both a scanner id and a scan, a
 * call on a closed scanner) go through the client's own protobuf stub to the region server, so both
 * targets see exactly the same bytes.
 */
public final class ScanProtocolScenarios {
  private ScanProtocolScenarios() {}

  static final byte[] INFO = b("info");

  public static List<Scenario> all() {
    List<Scenario> s = new ArrayList<>();
    rangeChecks(s);
    scannerProtocol(s);
    metaScans(s);
    scanMetrics(s);
    return s;
  }

  // ---- raw calls through the client's protobuf stub ----

  /** A two-region table (split at "m") with a = 1 in the first region and z = 26 in the second. */
  static Table twoRegions(ScenarioContext ctx, String name) throws Exception {
    Table t = ctx.table(name, new String[] {"cf:3"}, b("m"));
    t.put(new Put(b("a")).addColumn(CF, Q, 1, b("1")));
    t.put(new Put(b("z")).addColumn(CF, Q, 1, b("26")));
    return t;
  }

  static final class Raw {
    final ClientProtos.ClientService.BlockingInterface stub;
    final byte[] region;
    HBaseRpcController controller;

    Raw(ScenarioContext ctx, TableName table, byte[] row) throws Exception {
      HRegionLocation loc = ctx.connection.getRegionLocator(table).getRegionLocation(row, true);
      this.stub = ((ClusterConnection) ctx.connection).getClient(loc.getServerName());
      this.region = loc.getRegion().getRegionName();
    }

    HBaseRpcController fresh() {
      controller = new HBaseRpcControllerImpl();
      return controller;
    }

    org.apache.hadoop.hbase.shaded.protobuf.generated.HBaseProtos.RegionSpecifier spec() {
      return RequestConverter.buildRegionSpecifier(RegionSpecifierType.REGION_NAME, region);
    }
  }

  interface Call {
    void run() throws Exception;
  }

  /** Runs a raw call; records "ok" or the HBase exception class the server sent. */
  static void raw(ScenarioContext ctx, String label, Call call) {
    try {
      call.run();
      ctx.rec.note(label, "ok");
    } catch (Exception e) {
      ctx.rec.note(label, "throws " + Recorder.exceptionClass(ProtobufUtil.handleRemoteException(e)));
    }
  }

  static void multiOutcome(ScenarioContext ctx, String label, ClientProtos.MultiResponse r) {
    for (ClientProtos.RegionActionResult rar : r.getRegionActionResultList()) {
      if (rar.hasException()) {
        ctx.rec.note(label + " region", "throws " + rar.getException().getName());
        continue;
      }
      if (rar.hasProcessed()) ctx.rec.note(label + " processed", rar.getProcessed());
      for (ClientProtos.ResultOrException roe : rar.getResultOrExceptionList()) {
        ctx.rec.note(label + " [" + roe.getIndex() + "]", roe.hasException() ? "throws " + roe.getException().getName() : "ok");
      }
    }
  }

  static ClientProtos.Action.Builder mutationAction(int index, MutationType type, Mutation m) throws Exception {
    return ClientProtos.Action.newBuilder().setIndex(index).setMutation(ProtobufUtil.toMutation(type, m));
  }

  static void rangeChecks(List<Scenario> s) {
    s.add(Scenario.of("scanproto-get-wrong-region", "range checks", "A Get addressed to a region that does not hold its row is refused", ctx -> {
      Table t = twoRegions(ctx, "getwrong");
      Raw first = new Raw(ctx, t.getName(), b("a"));
      raw(ctx, "get-own-row", () -> {
        ClientProtos.GetResponse r = first.stub.get(first.fresh(), RequestConverter.buildGetRequest(first.region, new Get(b("a"))));
        ctx.rec.result("own-row", ProtobufUtil.toResult(r.getResult(), first.controller.cellScanner()));
      });
      raw(ctx, "get-other-region-row", () -> first.stub.get(first.fresh(), RequestConverter.buildGetRequest(first.region, new Get(b("z")))));
      raw(ctx, "exists-other-region-row", () -> first.stub.get(first.fresh(), RequestConverter.buildGetRequest(first.region, new Get(b("z")).setCheckExistenceOnly(true))));
      Raw second = new Raw(ctx, t.getName(), b("z"));
      raw(ctx, "get-split-key-in-first", () -> first.stub.get(first.fresh(), RequestConverter.buildGetRequest(first.region, new Get(b("m")))));
      raw(ctx, "get-before-second", () -> second.stub.get(second.fresh(), RequestConverter.buildGetRequest(second.region, new Get(b("l")))));
      raw(ctx, "get-split-key-in-second", () -> second.stub.get(second.fresh(), RequestConverter.buildGetRequest(second.region, new Get(b("m")))));
    }));
    s.add(Scenario.of("scanproto-put-wrong-region", "range checks", "A Put or Delete addressed to the wrong region is refused and writes nothing", ctx -> {
      Table t = twoRegions(ctx, "putwrong");
      Raw first = new Raw(ctx, t.getName(), b("a"));
      raw(ctx, "put-other-region", () -> first.stub.mutate(first.fresh(), RequestConverter.buildMutateRequest(first.region, new Put(b("y")).addColumn(CF, Q, 1, b("misrouted")))));
      raw(ctx, "delete-other-region", () -> first.stub.mutate(first.fresh(), RequestConverter.buildMutateRequest(first.region, new Delete(b("z")))));
      raw(ctx, "put-own-region", () -> first.stub.mutate(first.fresh(), RequestConverter.buildMutateRequest(first.region, new Put(b("b")).addColumn(CF, Q, 1, b("2")))));
      ctx.rec.result("y", t.get(new Get(b("y"))));
      ctx.rec.result("z", t.get(new Get(b("z"))));
      ctx.rec.result("b", t.get(new Get(b("b"))));
    }));
    s.add(Scenario.of("scanproto-increment-wrong-region", "range checks", "Increment and Append addressed to the wrong region are refused", ctx -> {
      Table t = twoRegions(ctx, "incwrong");
      Raw first = new Raw(ctx, t.getName(), b("a"));
      raw(ctx, "increment-other-region", () -> first.stub.mutate(first.fresh(), RequestConverter.buildMutateRequest(first.region, new Increment(b("y")).addColumn(CF, b("n"), 1), 0, 0)));
      raw(ctx, "append-other-region", () -> first.stub.mutate(first.fresh(), RequestConverter.buildMutateRequest(first.region, new Append(b("y")).addColumn(CF, b("s"), b("x")), 0, 0)));
      ctx.rec.result("y", t.get(new Get(b("y"))));
    }));
    s.add(Scenario.of("scanproto-checkandmutate-wrong-region", "range checks", "checkAndMutate addressed to the wrong region is refused", ctx -> {
      Table t = twoRegions(ctx, "camwrong");
      Raw first = new Raw(ctx, t.getName(), b("a"));
      raw(ctx, "check-and-put-other-region", () -> {
        ClientProtos.MutateRequest req = ClientProtos.MutateRequest.newBuilder()
            .setRegion(first.spec())
            .setMutation(ProtobufUtil.toMutation(MutationType.PUT, new Put(b("z")).addColumn(CF, Q, 1, b("changed"))))
            .setCondition(ProtobufUtil.toCondition(b("z"), CF, Q, CompareOperator.EQUAL, b("26"), TimeRange.allTime()))
            .build();
        ctx.rec.note("processed", first.stub.mutate(first.fresh(), req).getProcessed());
      });
      ctx.rec.result("z", t.get(new Get(b("z"))));
    }));
    s.add(Scenario.of("scanproto-multi-wrong-region", "range checks", "In a Multi, each action whose row is outside the region fails alone", ctx -> {
      Table t = twoRegions(ctx, "multiwrong");
      Raw first = new Raw(ctx, t.getName(), b("a"));
      ClientProtos.RegionAction.Builder ra = ClientProtos.RegionAction.newBuilder().setRegion(first.spec());
      ra.addAction(mutationAction(0, MutationType.PUT, new Put(b("c")).addColumn(CF, Q, 1, b("3"))));
      ra.addAction(mutationAction(1, MutationType.PUT, new Put(b("x")).addColumn(CF, Q, 1, b("24"))));
      ra.addAction(ClientProtos.Action.newBuilder().setIndex(2).setGet(ProtobufUtil.toGet(new Get(b("z")))));
      ra.addAction(ClientProtos.Action.newBuilder().setIndex(3).setGet(ProtobufUtil.toGet(new Get(b("a")))));
      ra.addAction(mutationAction(4, MutationType.DELETE, new Delete(b("z"))));
      ra.addAction(mutationAction(5, MutationType.INCREMENT, new Increment(b("y")).addColumn(CF, b("n"), 1)));
      ra.addAction(mutationAction(6, MutationType.PUT, new Put(b("d")).addColumn(CF, Q, 1, b("4"))));
      raw(ctx, "multi", () -> multiOutcome(ctx, "multi", first.stub.multi(first.fresh(), ClientProtos.MultiRequest.newBuilder().addRegionAction(ra).build())));
      for (String row : new String[] {"c", "d", "x", "y", "z"}) ctx.rec.result(row, t.get(new Get(b(row))));
    }));
    s.add(Scenario.of("scanproto-rowmutations-wrong-region", "range checks", "An atomic RowMutations / checkAndMutate region action for a row outside the region is refused", ctx -> {
      Table t = twoRegions(ctx, "rmwrong");
      Raw first = new Raw(ctx, t.getName(), b("a"));
      ClientProtos.RegionAction.Builder atomic = ClientProtos.RegionAction.newBuilder().setRegion(first.spec()).setAtomic(true);
      atomic.addAction(mutationAction(0, MutationType.PUT, new Put(b("z")).addColumn(CF, b("p"), 1, b("1"))));
      atomic.addAction(mutationAction(1, MutationType.DELETE, new Delete(b("z")).addColumns(CF, Q)));
      raw(ctx, "row-mutations", () -> multiOutcome(ctx, "row-mutations", first.stub.multi(first.fresh(), ClientProtos.MultiRequest.newBuilder().addRegionAction(atomic).build())));
      ClientProtos.RegionAction.Builder cond = ClientProtos.RegionAction.newBuilder().setRegion(first.spec()).setAtomic(true)
          .setCondition(ProtobufUtil.toCondition(b("z"), CF, Q, CompareOperator.EQUAL, b("26"), TimeRange.allTime()));
      cond.addAction(mutationAction(0, MutationType.PUT, new Put(b("z")).addColumn(CF, b("p"), 1, b("2"))));
      raw(ctx, "check-and-row-mutations", () -> multiOutcome(ctx, "check-and-row-mutations", first.stub.multi(first.fresh(), ClientProtos.MultiRequest.newBuilder().addRegionAction(cond).build())));
      ctx.rec.result("z", t.get(new Get(b("z"))));
    }));
    s.add(Scenario.of("scanproto-scan-wrong-region", "range checks", "A scan opened on a region is bounded by it, whatever rows it asks for", ctx -> {
      Table t = tenRows(ctx, "scanwrong", b("r5"));
      Raw first = new Raw(ctx, t.getName(), b("r0"));
      Raw second = new Raw(ctx, t.getName(), b("r7"));
      rawScan(ctx, "first-from-r7", first, new Scan().withStartRow(b("r7")));
      rawScan(ctx, "first-r3-to-r8", first, new Scan().withStartRow(b("r3")).withStopRow(b("r8")));
      rawScan(ctx, "second-all", second, new Scan());
      rawScan(ctx, "second-reversed-from-r2", second, new Scan().withStartRow(b("r2")).setReversed(true));
      rawScan(ctx, "first-reversed-from-r8", first, new Scan().withStartRow(b("r8")).setReversed(true));
    }));
  }

  /** Opens a scan on the stub's region and reads it to the region's end, recording each response. */
  static void rawScan(ScenarioContext ctx, String label, Raw r, Scan scan) {
    raw(ctx, label, () -> {
      ClientProtos.ScanResponse resp = r.stub.scan(r.fresh(), RequestConverter.buildScanRequest(r.region, scan, 100, false));
      recordScanResponse(ctx, label, r, resp);
      long id = resp.getScannerId();
      for (int seq = 0; resp.getMoreResultsInRegion() && resp.getMoreResults() && seq < 20; seq++) {
        resp = r.stub.scan(r.fresh(), RequestConverter.buildScanRequest(id, 100, false, seq, false, false, -1));
        recordScanResponse(ctx, label, r, resp);
      }
      if (resp.getMoreResultsInRegion() && resp.getMoreResults()) r.stub.scan(r.fresh(), RequestConverter.buildScanRequest(id, 0, true, false));
    });
  }

  static void recordScanResponse(ScenarioContext ctx, String label, Raw r, ClientProtos.ScanResponse resp) throws Exception {
    Result[] results = ResponseConverter.getResults(r.controller.cellScanner(), resp);
    StringBuilder rows = new StringBuilder();
    for (Result x : results) rows.append(Bytes.toStringBinary(x.getRow())).append(x.mayHaveMoreCellsInRow() ? "(partial) " : " ");
    ctx.rec.note(label + " response", "rows=[" + rows.toString().trim() + "] scannerId=" + resp.hasScannerId()
        + " moreResults=" + (resp.hasMoreResults() ? resp.getMoreResults() : "-")
        + " moreResultsInRegion=" + (resp.hasMoreResultsInRegion() ? resp.getMoreResultsInRegion() : "-"));
  }

  static ClientProtos.ScanRequest next(long id, int rows, long seq) {
    return ClientProtos.ScanRequest.newBuilder().setScannerId(id).setNumberOfRows(rows).setNextCallSeq(seq).setCloseScanner(false).build();
  }

  static void scannerProtocol(List<Scenario> s) {
    s.add(Scenario.of("scanproto-next-after-close", "scanner protocol", "next on a scanner the client just closed answers an empty response", ctx -> {
      Table t = tenRows(ctx, "nextclosed");
      Raw r = new Raw(ctx, t.getName(), b("r0"));
      ClientProtos.ScanResponse open = r.stub.scan(r.fresh(), RequestConverter.buildScanRequest(r.region, new Scan(), 2, false));
      recordScanResponse(ctx, "open", r, open);
      raw(ctx, "close", () -> recordScanResponse(ctx, "close", r, r.stub.scan(r.fresh(), RequestConverter.buildScanRequest(open.getScannerId(), 0, true, false))));
      raw(ctx, "next", () -> recordScanResponse(ctx, "next", r, r.stub.scan(r.fresh(), next(open.getScannerId(), 2, 0))));
      raw(ctx, "close-again", () -> recordScanResponse(ctx, "close-again", r, r.stub.scan(r.fresh(), RequestConverter.buildScanRequest(open.getScannerId(), 0, true, false))));
    }));
    s.add(Scenario.of("scanproto-next-after-exhausted", "scanner protocol", "next on a scanner closed because its region ended answers an empty response", ctx -> {
      Table t = tenRows(ctx, "nextdone");
      Raw r = new Raw(ctx, t.getName(), b("r0"));
      ClientProtos.ScanResponse open = r.stub.scan(r.fresh(), RequestConverter.buildScanRequest(r.region, new Scan(), 100, false));
      recordScanResponse(ctx, "open", r, open);
      raw(ctx, "next", () -> recordScanResponse(ctx, "next", r, r.stub.scan(r.fresh(), next(open.getScannerId(), 2, 0))));
      raw(ctx, "next-without-seq", () -> recordScanResponse(ctx, "next-without-seq", r, r.stub.scan(r.fresh(), RequestConverter.buildScanRequest(open.getScannerId(), 5, false, false))));
    }));
    s.add(Scenario.of("scanproto-unknown-scanner", "scanner protocol", "next and close on a scanner id the server never issued", ctx -> {
      Table t = tenRows(ctx, "unknownid");
      Raw r = new Raw(ctx, t.getName(), b("r0"));
      raw(ctx, "next", () -> r.stub.scan(r.fresh(), next(987654321L, 2, 0)));
      raw(ctx, "close", () -> r.stub.scan(r.fresh(), RequestConverter.buildScanRequest(987654322L, 0, true, false)));
    }));
    s.add(Scenario.of("scanproto-continue-with-scan-field", "scanner protocol", "A request carrying both scanner_id and scan continues that scanner", ctx -> {
      Table t = tenRows(ctx, "idandscan");
      Raw r = new Raw(ctx, t.getName(), b("r0"));
      ClientProtos.Scan proto = ProtobufUtil.toScan(new Scan());
      ClientProtos.ScanResponse open = r.stub.scan(r.fresh(), RequestConverter.buildScanRequest(r.region, new Scan(), 3, false));
      recordScanResponse(ctx, "open", r, open);
      long id = open.getScannerId();
      for (int call = 0; call < 4; call++) {
        final int seq = call;
        raw(ctx, "call" + call, () -> {
          ClientProtos.ScanRequest req = ClientProtos.ScanRequest.newBuilder().setScannerId(id).setScan(proto).setRegion(r.spec())
              .setNumberOfRows(3).setNextCallSeq(seq).build();
          recordScanResponse(ctx, "call" + seq, r, r.stub.scan(r.fresh(), req));
        });
      }
    }));
    s.add(Scenario.of("scanproto-out-of-order-keeps-scanner", "scanner protocol", "A wrong call sequence number is refused and the scanner goes on with the right one", ctx -> {
      Table t = tenRows(ctx, "outoforder");
      Raw r = new Raw(ctx, t.getName(), b("r0"));
      ClientProtos.ScanResponse open = r.stub.scan(r.fresh(), RequestConverter.buildScanRequest(r.region, new Scan(), 2, false));
      recordScanResponse(ctx, "open", r, open);
      raw(ctx, "seq-5", () -> r.stub.scan(r.fresh(), next(open.getScannerId(), 2, 5)));
      raw(ctx, "seq-0", () -> recordScanResponse(ctx, "seq-0", r, r.stub.scan(r.fresh(), next(open.getScannerId(), 2, 0))));
      raw(ctx, "seq-0-again", () -> r.stub.scan(r.fresh(), next(open.getScannerId(), 2, 0)));
      raw(ctx, "seq-1", () -> recordScanResponse(ctx, "seq-1", r, r.stub.scan(r.fresh(), next(open.getScannerId(), 2, 1))));
      raw(ctx, "renew-seq-2", () -> recordScanResponse(ctx, "renew", r, r.stub.scan(r.fresh(), RequestConverter.buildScanRequest(open.getScannerId(), 0, false, 2, false, false, -1).toBuilder().setRenew(true).build())));
      raw(ctx, "seq-3", () -> recordScanResponse(ctx, "seq-3", r, r.stub.scan(r.fresh(), next(open.getScannerId(), 100, 3))));
    }));
    s.add(Scenario.of("scanproto-default-rows", "scanner protocol", "A scan request without numberOfRows reads one row; a close without it reads none", ctx -> {
      Table t = tenRows(ctx, "defaultrows");
      Raw r = new Raw(ctx, t.getName(), b("r0"));
      ClientProtos.ScanRequest openReq = RequestConverter.buildScanRequest(r.region, new Scan(), 5, false).toBuilder().clearNumberOfRows().build();
      ClientProtos.ScanResponse open = r.stub.scan(r.fresh(), openReq);
      recordScanResponse(ctx, "open", r, open);
      raw(ctx, "next", () -> recordScanResponse(ctx, "next", r, r.stub.scan(r.fresh(), ClientProtos.ScanRequest.newBuilder().setScannerId(open.getScannerId()).build())));
      raw(ctx, "close", () -> recordScanResponse(ctx, "close", r, r.stub.scan(r.fresh(), ClientProtos.ScanRequest.newBuilder().setScannerId(open.getScannerId()).setCloseScanner(true).build())));
      raw(ctx, "close-with-rows", () -> {
        ClientProtos.ScanResponse again = r.stub.scan(r.fresh(), RequestConverter.buildScanRequest(r.region, new Scan().withStartRow(b("r5")), 0, false));
        recordScanResponse(ctx, "reopen", r, again);
        recordScanResponse(ctx, "close-with-rows", r, r.stub.scan(r.fresh(), ClientProtos.ScanRequest.newBuilder().setScannerId(again.getScannerId()).setNumberOfRows(2).setCloseScanner(true).build()));
      });
    }));
    s.add(Scenario.of("scanproto-batch-exact-multiple", "scanner protocol", "Scan.setBatch when a row's cells fill its last batch exactly", ctx -> {
      Table t = ctx.table("batchexact", "cf");
      for (String row : new String[] {"a", "b", "c"}) {
        Put p = new Put(b(row));
        for (int i = 0; i < 4; i++) p.addColumn(CF, b("c" + i), 1, b(row + i));
        t.put(p);
      }
      t.put(new Put(b("d")).addColumn(CF, b("c0"), 1, b("d0")).addColumn(CF, b("c1"), 1, b("d1")).addColumn(CF, b("c2"), 1, b("d2")));
      Scenarios.scan(ctx, t, "batch-2", new Scan().setBatch(2));
      Scenarios.scan(ctx, t, "batch-2-caching-3", new Scan().setBatch(2).setCaching(3));
      Scenarios.scan(ctx, t, "batch-2-caching-2", new Scan().setBatch(2).setCaching(2));
      Scenarios.scan(ctx, t, "batch-4-to-c", new Scan().setBatch(4).withStopRow(b("c"), true));
      Scenarios.scan(ctx, t, "batch-2-reversed", new Scan().setBatch(2).setReversed(true));
      Scenarios.scan(ctx, t, "batch-3-partial", new Scan().setBatch(3).setAllowPartialResults(true));
    }));
    s.add(Scenario.of("scanproto-continue-with-scan-field-no-seq", "scanner protocol", "scanner_id plus a different scan, without call sequence numbers: the scanner's own scan goes on", ctx -> {
      Table t = tenRows(ctx, "idandscan2");
      Raw r = new Raw(ctx, t.getName(), b("r0"));
      ClientProtos.ScanResponse open = r.stub.scan(r.fresh(), RequestConverter.buildScanRequest(r.region, new Scan().withStartRow(b("r4")), 2, false));
      recordScanResponse(ctx, "open", r, open);
      ClientProtos.Scan other = ProtobufUtil.toScan(new Scan().withStartRow(b("r0")).withStopRow(b("r2")));
      raw(ctx, "next", () -> recordScanResponse(ctx, "next", r, r.stub.scan(r.fresh(),
          ClientProtos.ScanRequest.newBuilder().setScannerId(open.getScannerId()).setScan(other).setRegion(r.spec()).setNumberOfRows(2).build())));
      raw(ctx, "close", () -> recordScanResponse(ctx, "close", r, r.stub.scan(r.fresh(),
          ClientProtos.ScanRequest.newBuilder().setScannerId(open.getScannerId()).setScan(other).setRegion(r.spec()).setNumberOfRows(0).setCloseScanner(true).build())));
    }));
  }

  // ---- hbase:meta ----

  /** A table with 20 regions (split keys k01..k19). */
  static Table twentyRegions(ScenarioContext ctx, String name) throws Exception {
    byte[][] splits = new byte[19][];
    for (int i = 1; i <= 19; i++) splits[i - 1] = b(String.format("k%02d", i));
    return ctx.table(name, new String[] {"cf"}, splits);
  }

  /** Three regions split at "g" and "p". */
  static Table threeRegions(ScenarioContext ctx, String name) throws Exception {
    return ctx.table(name, new String[] {"cf"}, b("g"), b("p"));
  }

  /** A meta row as comparable text: region rows by table and start key (ids and servers differ), with their qualifiers. */
  static String metaRow(Result r) {
    StringBuilder q = new StringBuilder();
    for (org.apache.hadoop.hbase.Cell c : r.rawCells()) {
      q.append(Bytes.toString(c.getFamilyArray(), c.getFamilyOffset(), c.getFamilyLength())).append(':')
          .append(Bytes.toString(c.getQualifierArray(), c.getQualifierOffset(), c.getQualifierLength())).append(' ');
    }
    byte[] row = r.getRow();
    String name;
    if (Bytes.indexOf(row, (byte) ',') < 0) {
      name = "table-state " + Bytes.toStringBinary(row);
    } else {
      try {
        byte[][] parts = RegionInfo.parseRegionName(row);
        name = "region " + Bytes.toStringBinary(parts[0]) + " start=" + Bytes.toStringBinary(parts[1]);
      } catch (Exception e) {
        name = "unparsable " + Bytes.toStringBinary(row);
      }
    }
    return name + (r.mayHaveMoreCellsInRow() ? " (partial)" : "") + " [" + q.toString().trim() + "]";
  }

  static void metaScan(ScenarioContext ctx, String label, Scan scan) throws Exception {
    int n = 0;
    try (Table meta = ctx.connection.getTable(TableName.META_TABLE_NAME); ResultScanner rs = meta.getScanner(scan)) {
      for (Result r : rs) ctx.rec.note(label + "[" + n++ + "]", metaRow(r));
    }
    ctx.rec.note(label, n + " rows");
  }

  static byte[] tableKey(TableName tn) {
    return tn.getName();
  }

  static byte[] withSuffix(TableName tn, String suffix) {
    return Bytes.add(tn.getName(), Bytes.toBytesBinary(suffix));
  }

  static void metaScans(List<Scenario> s) {
    s.add(Scenario.of("scanproto-meta-family-caching", "hbase:meta", "A meta scan over two tables' regions with family info and 2 rows per call returns all of them", ctx -> {
      TableName tn = twentyRegions(ctx, "metacache").getName();
      TableName tn2 = twentyRegions(ctx, "metacache_b").getName();
      metaScan(ctx, "info-caching-2", new Scan().withStartRow(tableKey(tn)).withStopRow(withSuffix(tn2, ",\\xFF")).addFamily(INFO).setCaching(2));
      metaScan(ctx, "info-caching-3-reversed", new Scan().withStartRow(withSuffix(tn2, ",\\xFF")).withStopRow(tableKey(tn)).addFamily(INFO).setCaching(3).setReversed(true));
      metaScan(ctx, "table-family-caching-1", new Scan().withStartRow(tableKey(tn)).withStopRow(withSuffix(tn2, ",\\xFF")).addFamily(b("table")).setCaching(1));
      metaScan(ctx, "regioninfo-caching-7", new Scan().withStartRow(tableKey(tn)).withStopRow(withSuffix(tn2, ",\\xFF")).addColumn(INFO, b("regioninfo")).setCaching(7));
    }));
    s.add(Scenario.of("scanproto-meta-column-caching", "hbase:meta", "A meta scan projecting one column, and one projecting the table family, with small caching", ctx -> {
      TableName tn = twentyRegions(ctx, "metacolumn").getName();
      metaScan(ctx, "regioninfo-caching-3", new Scan().withStartRow(tableKey(tn)).withStopRow(withSuffix(tn, ",\\xFF")).addColumn(INFO, b("regioninfo")).setCaching(3));
      metaScan(ctx, "table-family-caching-1", new Scan().withStartRow(tableKey(tn)).withStopRow(withSuffix(tn, ",\\xFF")).addFamily(b("table")).setCaching(1));
      metaScan(ctx, "state-and-server-caching-4", new Scan().withStartRow(tableKey(tn)).withStopRow(withSuffix(tn, ",\\xFF")).addColumn(INFO, b("state")).addColumn(INFO, b("server")).setCaching(4));
    }));
    s.add(Scenario.of("scanproto-meta-forward-from-comma", "hbase:meta", "Forward meta scans starting at 'table,' follow MetaCellComparator", ctx -> {
      TableName tn = threeRegions(ctx, "metacomma").getName();
      metaScan(ctx, "from-comma", new Scan().withStartRow(withSuffix(tn, ",")).withStopRow(withSuffix(tn, ",\\xFF")).addFamily(INFO));
      metaScan(ctx, "from-comma-comma", new Scan().withStartRow(withSuffix(tn, ",,")).withStopRow(withSuffix(tn, ",\\xFF")).addFamily(INFO));
      metaScan(ctx, "to-comma", new Scan().withStartRow(tableKey(tn)).withStopRow(withSuffix(tn, ",")));
      metaScan(ctx, "from-g", new Scan().withStartRow(withSuffix(tn, ",g")).withStopRow(withSuffix(tn, ",\\xFF")).addFamily(INFO));
      metaScan(ctx, "from-g-comma", new Scan().withStartRow(withSuffix(tn, ",g,")).withStopRow(withSuffix(tn, ",\\xFF")).addFamily(INFO));
      metaScan(ctx, "from-g-99", new Scan().withStartRow(withSuffix(tn, ",g,99999999999999")).withStopRow(withSuffix(tn, ",\\xFF")).addFamily(INFO));
    }));
    s.add(Scenario.of("scanproto-meta-reversed-from-comma", "hbase:meta", "Reversed meta scans around 'table,' follow MetaCellComparator", ctx -> {
      TableName tn = threeRegions(ctx, "metarev").getName();
      metaScan(ctx, "rev-from-comma", new Scan().withStartRow(withSuffix(tn, ",")).withStopRow(tableKey(tn)).setReversed(true));
      metaScan(ctx, "rev-from-g", new Scan().withStartRow(withSuffix(tn, ",g")).withStopRow(tableKey(tn)).setReversed(true).addFamily(INFO));
      metaScan(ctx, "rev-from-g-comma", new Scan().withStartRow(withSuffix(tn, ",g,")).withStopRow(tableKey(tn)).setReversed(true).addFamily(INFO));
      metaScan(ctx, "rev-from-end", new Scan().withStartRow(withSuffix(tn, ",\\xFF")).withStopRow(withSuffix(tn, ",")).setReversed(true).addFamily(INFO));
      metaScan(ctx, "rev-locate-like-client", new Scan().withStartRow(withSuffix(tn, ",h,99999999999999")).withStopRow(tableKey(tn)).setReversed(true).addFamily(INFO).setLimit(1));
    }));
    s.add(Scenario.of("scanproto-meta-limit-filter", "hbase:meta", "Meta scans with a row limit, a page filter and a first-key filter", ctx -> {
      TableName tn = twentyRegions(ctx, "metalimit").getName();
      metaScan(ctx, "limit-5", new Scan().withStartRow(tableKey(tn)).withStopRow(withSuffix(tn, ",\\xFF")).addFamily(INFO).setLimit(5).setCaching(2));
      metaScan(ctx, "first-key-only", new Scan().withStartRow(tableKey(tn)).withStopRow(withSuffix(tn, ",\\xFF")).setFilter(new FirstKeyOnlyFilter()).setCaching(4));
      metaScan(ctx, "page-3", new Scan().withStartRow(tableKey(tn)).withStopRow(withSuffix(tn, ",\\xFF")).setFilter(new PageFilter(3)));
      // Batch 4 of a region row's 6 cells: with an exact multiple HBase flags the last piece partial
      // because its meta rows keep older versions of info:state (see RegionScanner.splitRow).
      metaScan(ctx, "batch-4", new Scan().withStartRow(withSuffix(tn, ",k18")).withStopRow(withSuffix(tn, ",\\xFF")).addFamily(INFO).setBatch(4).setCaching(3));
    }));
    s.add(Scenario.of("scanproto-meta-get", "hbase:meta", "Gets of a table's state row and of a region row with projections", ctx -> {
      TableName tn = threeRegions(ctx, "metaget").getName();
      try (Table meta = ctx.connection.getTable(TableName.META_TABLE_NAME)) {
        ctx.rec.note("state", metaRow(meta.get(new Get(tableKey(tn)))));
        ctx.rec.note("state-info-family", meta.get(new Get(tableKey(tn)).addFamily(INFO)).isEmpty());
        byte[] region = ctx.connection.getRegionLocator(tn).getRegionLocation(b("h")).getRegion().getRegionName();
        ctx.rec.note("region", metaRow(meta.get(new Get(region))));
        ctx.rec.note("region-regioninfo", metaRow(meta.get(new Get(region).addColumn(INFO, b("regioninfo")))));
        ctx.rec.note("region-exists", meta.exists(new Get(region)));
        ctx.rec.note("partial-name-exists", meta.exists(new Get(withSuffix(tn, ",g"))));
      }
    }));
  }

  // ---- server-side scan metrics ----

  static void metricsScan(ScenarioContext ctx, Table t, String label, Scan scan) throws Exception {
    scan.setScanMetricsEnabled(true);
    int n = 0;
    try (ResultScanner rs = t.getScanner(scan)) {
      for (Result r : rs) n++;
      ScanMetrics m = rs.getScanMetrics();
      ctx.rec.note(label, n + " results, rows scanned " + m.countOfRowsScanned.get() + ", rows filtered " + m.countOfRowsFiltered.get());
    }
  }

  static void scanMetrics(List<Scenario> s) {
    s.add(Scenario.of("scanproto-metrics-rows", "scan metrics", "Server-side scan metrics count rows scanned and filtered", ctx -> {
      Table t = tenRows(ctx, "metrics");
      metricsScan(ctx, t, "all", new Scan());
      metricsScan(ctx, t, "caching-3", new Scan().setCaching(3));
      metricsScan(ctx, t, "range", new Scan().withStartRow(b("r2")).withStopRow(b("r7")));
      metricsScan(ctx, t, "reversed", new Scan().setReversed(true).withStartRow(b("r6")));
      metricsScan(ctx, t, "limit-4", new Scan().setLimit(4));
    }));
    s.add(Scenario.of("scanproto-metrics-filtered", "scan metrics", "Rows dropped by a row filter, a value filter or a column projection count as filtered", ctx -> {
      Table t = tenRows(ctx, "metricsf");
      metricsScan(ctx, t, "row-filter", new Scan().setFilter(new RowFilter(CompareOperator.EQUAL, new BinaryComparator(b("r3")))));
      SingleColumnValueFilter scvf = new SingleColumnValueFilter(CF, Q, CompareOperator.GREATER_OR_EQUAL, b("v6"));
      metricsScan(ctx, t, "value-filter", new Scan().setFilter(scvf));
      metricsScan(ctx, t, "column-x", new Scan().addColumn(CF, b("x")));
      metricsScan(ctx, t, "page-filter", new Scan().setFilter(new PageFilter(3)));
    }));
    s.add(Scenario.of("scanproto-metrics-regions", "scan metrics", "Scan metrics summed over several regions and calls", ctx -> {
      Table t = tenRows(ctx, "metricsr", b("r3"), b("r6"));
      metricsScan(ctx, t, "all-caching-2", new Scan().setCaching(2));
      metricsScan(ctx, t, "row-filter-caching-1", new Scan().setCaching(1).setFilter(new RowFilter(CompareOperator.GREATER, new BinaryComparator(b("r4")))));
      t.delete(new Delete(b("r4")));
      metricsScan(ctx, t, "after-delete", new Scan());
    }));
  }
}
