package hbasecompat.diff;

import java.util.ArrayList;
import java.util.List;

/** Scanner protocol, region range checks and hbase:meta scans. */
public final class ScanProtocolScenarios {
  private ScanProtocolScenarios() {}

  public static List<Scenario> all() {
    List<Scenario> s = new ArrayList<>();
    return s;
  }
}
