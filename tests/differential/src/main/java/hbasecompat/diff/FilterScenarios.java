package hbasecompat.diff;

import java.util.ArrayList;
import java.util.List;

/** Filter lists, the filter parse language, comparators and the filters reversed scans refuse. */
public final class FilterScenarios {
  private FilterScenarios() {}

  public static List<Scenario> all() {
    List<Scenario> s = new ArrayList<>();
    return s;
  }
}
