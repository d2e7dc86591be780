package hbasecompat.diff;

import java.util.ArrayList;
import java.util.List;

/** Admin and metrics APIs that tools call, table sanity checks and exception wording. */
public final class AdminScenarios {
  private AdminScenarios() {}

  public static List<Scenario> all() {
    List<Scenario> s = new ArrayList<>();
    return s;
  }
}
