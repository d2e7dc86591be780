package hbasecompat.diff;

/** One behaviour, written once, run against every target. */
public interface Scenario {
  String id();

  String area();

  String title();

  void run(ScenarioContext ctx) throws Exception;

  static Scenario of(String id, String area, String title, Body body) {
    return new Scenario() {
      public String id() { return id; }
      public String area() { return area; }
      public String title() { return title; }
      public void run(ScenarioContext ctx) throws Exception { body.run(ctx); }
    };
  }

  interface Body {
    void run(ScenarioContext ctx) throws Exception;
  }
}
