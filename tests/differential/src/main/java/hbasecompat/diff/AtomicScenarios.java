package hbasecompat.diff;

import java.util.ArrayList;
import java.util.List;

/** checkAndMutate validation and results, Increment and Append results and time ranges, the async API. */
public final class AtomicScenarios {
  private AtomicScenarios() {}

  public static List<Scenario> all() {
    List<Scenario> s = new ArrayList<>();
    return s;
  }
}
