package hbasecompat.diff;

import java.util.ArrayList;
import java.util.List;

/** Cell-level TTL, KEEP_DELETED_CELLS, raw scans, time ranges and versions after flush and compaction. */
public final class CellScenarios {
  private CellScenarios() {}

  public static List<Scenario> all() {
    List<Scenario> s = new ArrayList<>();
    return s;
  }
}
