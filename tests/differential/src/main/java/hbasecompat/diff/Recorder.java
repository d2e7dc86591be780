package hbasecompat.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.hbase.Cell;
import org.apache.hadoop.hbase.CellUtil;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.util.Bytes;

/**
 * What a scenario observed, as comparable text lines. Cells print as row/family:qualifier/ts/type=value
 * (binary-safe). Server-assigned timestamps differ between two servers, so timestamps at or above
 * SERVER_TIME are replaced by their rank within the scenario (T1 newest first), which keeps order
 * comparisons honest without comparing clocks.
 */
public final class Recorder {
  static final long SERVER_TIME = 1_000_000_000_000L;
  private final List<String> lines = new ArrayList<>();
  private final TreeMap<Long, String> serverTimes = new TreeMap<>();
  private boolean rankServerTimes = true;

  public List<String> lines() {
    return lines;
  }

  /**
   * Prints every server-assigned timestamp as plain "T", for scenarios whose recorded cells the
   * server stamps in one batch, or in separate requests on different columns with no pause between:
   * whether two of them share a millisecond is chance on any server (a fast one answers two requests
   * within one), so their ranks would compare clocks after all. Where the order is the point, the
   * scenario sleeps between the requests instead.
   */
  public void unrankedServerTimes() {
    rankServerTimes = false;
  }

  public void note(String label, Object value) {
    lines.add(label + ": " + value);
  }

  public void result(String label, Result r) {
    if (r == null) {
      lines.add(label + ": null");
      return;
    }
    StringBuilder flags = new StringBuilder();
    if (r.getExists() != null) flags.append(" exists=").append(r.getExists());
    if (r.mayHaveMoreCellsInRow()) flags.append(" partial");
    lines.add(label + ": row=" + (r.getRow() == null ? "-" : Bytes.toStringBinary(r.getRow())) + " cells=" + r.size() + flags);
    if (r.rawCells() != null) for (Cell c : r.rawCells()) lines.add("  " + cell(c));
  }

  public void results(String label, Iterable<Result> rs) {
    int n = 0;
    for (Result r : rs) result(label + "[" + n++ + "]", r);
    lines.add(label + ": " + n + " results");
  }

  /** Runs `action`; records "ok" or the HBase exception class a client sees (unwrapped). */
  public void attempt(String label, ThrowingRunnable action) {
    try {
      action.run();
      lines.add(label + ": ok");
    } catch (Throwable t) {
      lines.add(label + ": throws " + exceptionClass(t));
    }
  }

  public interface ThrowingRunnable {
    void run() throws Exception;
  }

  /** The most specific HBase/remote exception in the chain (what retry logic keys on). */
  static String exceptionClass(Throwable t) {
    String best = t.getClass().getName();
    for (Throwable x = t; x != null && x.getCause() != x; x = x.getCause()) {
      String name = x.getClass().getName();
      if (name.startsWith("org.apache.hadoop.hbase.") && !name.endsWith("RetriesExhaustedException")
          && !name.endsWith("RetriesExhaustedWithDetailsException") && !name.endsWith("RemoteWithExtrasException")) {
        best = name;
      }
      if (x instanceof org.apache.hadoop.hbase.client.RetriesExhaustedWithDetailsException) {
        Map<String, Integer> classes = new TreeMap<>();
        for (Throwable c : ((org.apache.hadoop.hbase.client.RetriesExhaustedWithDetailsException) x).getCauses()) {
          classes.merge(exceptionClass(c), 1, Integer::sum);
        }
        return "RetriesExhaustedWithDetails" + classes;
      }
    }
    return best;
  }

  private String cell(Cell c) {
    long ts = c.getTimestamp();
    String time = String.valueOf(ts);
    if (ts >= SERVER_TIME && ts != Long.MAX_VALUE) {
      serverTimes.put(ts, "");
      time = "{" + ts + "}";
    }
    return Bytes.toStringBinary(CellUtil.cloneRow(c)) + "/" + Bytes.toStringBinary(CellUtil.cloneFamily(c)) + ":"
        + Bytes.toStringBinary(CellUtil.cloneQualifier(c)) + "/" + time + "/" + c.getType() + "=" + Bytes.toStringBinary(CellUtil.cloneValue(c));
  }

  /** Replaces {serverTimestamp} placeholders by their final ranks (newest = T1). */
  public List<String> canonical() {
    int rank = 1;
    for (Long ts : serverTimes.descendingKeySet()) serverTimes.put(ts, rankServerTimes ? "T" + rank++ : "T");
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      String l = line;
      for (Map.Entry<Long, String> e : serverTimes.entrySet()) l = l.replace("{" + e.getKey() + "}", e.getValue());
      out.add(l);
    }
    return out;
  }
}
