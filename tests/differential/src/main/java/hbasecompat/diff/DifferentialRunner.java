package hbasecompat.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hbase.HBaseConfiguration;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.ConnectionFactory;

/**
 * Runs every scenario through the real HBase Java client against each target and compares what
 * they observed. The first target is the reference (a real HBase); every other target must match
 * it line for line, or carry a documented reason in known-differences.txt.
 *
 *   java hbasecompat.diff.DifferentialRunner --target reference=zk:127.0.0.1:2182 --target gateway=zk:127.0.0.1:2181
 *        [--only id-prefix[,id-prefix...]] [--known tests/differential/known-differences.txt] [--doc docs/compatibility.md]
 *        [--min-identical 0.95] [--parallel 4]
 * Prints one line per scenario and ends with "differential: N passed, N failed".
 */
public final class DifferentialRunner {
  record Target(String name, Configuration conf) {}

  record Outcome(Scenario scenario, String status, String detail) {}

  /** Seconds one target spent: connecting, creating and dropping scenario tables, and in the scenarios overall. */
  static final class Timing {
    final String target;
    long connectNanos;
    long createNanos;
    long dropNanos;
    long totalNanos;
    final Map<String, Long> perScenario = new java.util.HashMap<>();

    Timing(String target) {
      this.target = target;
    }
  }

  /**
   * Scenarios whose observations hang on a few seconds of wall clock: a cell read before its short
   * TTL passes (and after), a scanner lease renewed within its period. They run alone, so that the
   * load of scenarios beside them cannot stretch those seconds.
   */
  static final java.util.Set<String> TIMED = java.util.Set.of("ttl-expires-while-watched", "scan-lease-expiry", "scan-lease-renewal",
      "atomic-increment-append-ttl", "cell-ttl-expires-while-watched", "cell-ttl-shadowed-after-flush");

  /**
   * Scenarios that run alone. Those that observe or change cluster-wide state (namespaces, table
   * listings, hbase:meta, cluster metrics, region servers, master switches) would see another
   * scenario's tables or switches if run beside it: every admin area and the hbase:meta scans.
   * Every other scenario touches only its own tables (ScenarioContext names them per scenario).
   */
  static boolean isExclusive(Scenario s) {
    return s.area().startsWith("admin") || s.area().equals("hbase:meta") || TIMED.contains(s.id());
  }

  /**
   * Drops each scenario's tables after its observations are recorded, off the scenarios' path: table
   * names are unique per scenario, so nothing waits for a drop except an exclusive scenario (which
   * must see the cluster without them) and the end of the run.
   */
  static final class Janitor {
    final ExecutorService pool;
    final List<Future<?>> pending = java.util.Collections.synchronizedList(new ArrayList<>());

    Janitor(int threads) {
      pool = Executors.newFixedThreadPool(threads);
    }

    void drop(ScenarioContext ctx, String scenario, Timing timing) {
      pending.add(pool.submit(() -> {
        ctx.dropTables();
        synchronized (timing) {
          timing.dropNanos += ctx.dropNanos;
          timing.totalNanos += ctx.dropNanos;
          timing.perScenario.merge(scenario, ctx.dropNanos, Long::sum);
        }
      }));
    }

    /** Waits until every table dropped so far is gone. */
    void awaitAll() throws Exception {
      List<Future<?>> now;
      synchronized (pending) {
        now = new ArrayList<>(pending);
        pending.clear();
      }
      for (Future<?> f : now) f.get();
    }
  }

  /** Runs one scenario on every target at once; returns each target's observations in target order. */
  static List<List<String>> runOnAll(Scenario s, String prefix, List<Target> targets, List<Connection> connections, Timing[] timing,
      ExecutorService targetPool, Janitor janitor, Path out) throws Exception {
    List<Future<List<String>>> perTarget = new ArrayList<>();
    for (int t = 0; t < targets.size(); t++) {
      int target = t;
      perTarget.add(targetPool.submit(() -> runOn(s, prefix, targets.get(target), connections.get(target), timing[target], janitor, out)));
    }
    List<List<String>> observed = new ArrayList<>();
    for (Future<List<String>> f : perTarget) observed.add(f.get());
    return observed;
  }

  static List<String> runOn(Scenario s, String prefix, Target target, Connection connection, Timing timing, Janitor janitor, Path out) throws IOException {
    long started = System.nanoTime();
    ScenarioContext ctx = new ScenarioContext(connection, target.conf(), prefix);
    try {
      s.run(ctx);
    } catch (Throwable e) {
      ctx.rec.note("scenario aborted", Recorder.exceptionClass(e));
    } finally {
      janitor.drop(ctx, s.id(), timing);
    }
    List<String> observed = ctx.rec.canonical();
    if (out != null) {
      Path dir = out.resolve(target.name());
      Files.createDirectories(dir);
      Files.write(dir.resolve(s.id() + ".txt"), observed);
    }
    long elapsed = System.nanoTime() - started;
    synchronized (timing) {
      timing.createNanos += ctx.createNanos;
      timing.totalNanos += elapsed;
      timing.perScenario.merge(s.id(), elapsed, Long::sum);
    }
    return observed;
  }

  /** Compares and prints the finished scenarios at the head of the queue (all of them, waiting, when `all`). */
  static void printDone(java.util.ArrayDeque<Future<List<List<String>>>> pending, java.util.ArrayDeque<Scenario> scenarios, boolean all, List<Outcome> outcomes,
      Map<String, Integer> identicalPerTarget, List<Target> targets, Map<String, String> reasons) throws Exception {
    while (!pending.isEmpty() && (all || pending.peek().isDone())) {
      List<List<String>> observed = pending.poll().get();
      Scenario s = scenarios.poll();
      Outcome o = compare(s, observed, targets, reasons);
      outcomes.add(o);
      for (int t = 1; t < observed.size(); t++) {
        if (observed.get(t).equals(observed.get(0))) identicalPerTarget.merge(targets.get(t).name(), 1, Integer::sum);
      }
      System.out.printf("%-10s %-40s %s%n", o.status(), s.id(), o.status().equals("identical") ? "" : o.detail().lines().findFirst().orElse(""));
      System.out.flush();
    }
  }

  /** Where the time went, per target (summed over scenarios, so they add up to more than the wall time when scenarios overlap). */
  static void printTiming(Timing[] timing, long wallNanos, int parallel) {
    for (Timing t : timing) {
      System.out.printf("timing %s: scenarios %.1f s (table create %.1f s, table drop %.1f s, the rest %.1f s), connect %.1f s%n", t.target, t.totalNanos / 1e9,
          t.createNanos / 1e9, t.dropNanos / 1e9, (t.totalNanos - t.createNanos - t.dropNanos) / 1e9, t.connectNanos / 1e9);
    }
    for (Timing t : timing) {
      StringBuilder slowest = new StringBuilder();
      t.perScenario.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
          .forEach(e -> slowest.append(String.format(" %s %.1f s,", e.getKey(), e.getValue() / 1e9)));
      System.out.printf("timing %s slowest:%s%n", t.target, slowest.length() == 0 ? " none" : slowest.substring(0, slowest.length() - 1));
    }
    System.out.printf("timing: %.1f s wall, up to %d scenarios at once, targets side by side%n", wallNanos / 1e9, parallel);
  }

  public static void main(String[] args) throws Exception {
    List<Target> targets = new ArrayList<>();
    String only = null;
    Path known = null;
    Path doc = null;
    double minIdentical = 0.95;
    Path out = null;
    Path junit = null;
    int parallel = 4;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--target" -> targets.add(parseTarget(args[++i]));
        case "--only" -> only = args[++i];
        case "--known" -> known = Path.of(args[++i]);
        case "--doc" -> doc = Path.of(args[++i]);
        case "--min-identical" -> minIdentical = Double.parseDouble(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--junit" -> junit = Path.of(args[++i]);
        case "--parallel" -> parallel = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (targets.isEmpty()) throw new IllegalArgumentException("at least one --target name=zk:host:port|rpc:host:port");
    Map<String, String> reasons = known != null && Files.exists(known) ? readKnown(known) : Map.of();

    long suiteStarted = System.nanoTime();
    List<Connection> connections = new ArrayList<>();
    Timing[] timing = new Timing[targets.size()];
    for (int t = 0; t < targets.size(); t++) {
      long started = System.nanoTime();
      connections.add(ConnectionFactory.createConnection(targets.get(t).conf()));
      timing[t] = new Timing(targets.get(t).name());
      timing[t].connectNanos = System.nanoTime() - started;
    }
    String runId = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    List<Outcome> outcomes = new ArrayList<>();
    Map<String, Integer> identicalPerTarget = new java.util.HashMap<>();
    List<Scenario> catalogue = new ArrayList<>(Scenarios.all());
    catalogue.addAll(MoreScenarios.all());
    catalogue.addAll(SemanticsScenarios.all());
    catalogue.addAll(FilterScenarios.all());
    catalogue.addAll(CellScenarios.all());
    catalogue.addAll(ScanProtocolScenarios.all());
    catalogue.addAll(AtomicScenarios.all());
    catalogue.addAll(AdminScenarios.all());
    for (String id : TIMED) {
      if (catalogue.stream().noneMatch(s -> s.id().equals(id))) throw new IllegalStateException("DifferentialRunner.TIMED names " + id + ", which no scenario has");
    }
    List<Scenario> selected = new ArrayList<>();
    for (Scenario s : catalogue) {
      if (only == null || java.util.Arrays.stream(only.split(",")).anyMatch(s.id()::startsWith)) selected.add(s);
    }
    // Every scenario runs on all targets at once (each target is its own cluster), and up to `parallel`
    // scenarios run side by side; an isExclusive scenario waits for those before it and runs alone.
    // Outcomes are compared and printed in catalogue order, whatever order they finish in.
    Path outDir = out;
    ExecutorService scenarioPool = Executors.newFixedThreadPool(parallel);
    ExecutorService targetPool = Executors.newFixedThreadPool(parallel * targets.size());
    Janitor janitor = new Janitor(parallel * targets.size());
    java.util.ArrayDeque<Future<List<List<String>>>> pending = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<Scenario> pendingScenarios = new java.util.ArrayDeque<>();
    for (int i = 0; i < selected.size(); i++) {
      Scenario s = selected.get(i);
      String prefix = "d" + runId + "_" + (i + 1);
      boolean exclusive = isExclusive(s);
      if (exclusive) {
        printDone(pending, pendingScenarios, true, outcomes, identicalPerTarget, targets, reasons);
        janitor.awaitAll();
      }
      Future<List<List<String>>> f = scenarioPool.submit(() -> runOnAll(s, prefix, targets, connections, timing, targetPool, janitor, outDir));
      pending.add(f);
      pendingScenarios.add(s);
      printDone(pending, pendingScenarios, exclusive, outcomes, identicalPerTarget, targets, reasons);
    }
    printDone(pending, pendingScenarios, true, outcomes, identicalPerTarget, targets, reasons);
    janitor.awaitAll();
    scenarioPool.shutdown();
    targetPool.shutdown();
    janitor.pool.shutdown();
    for (Connection c : connections) c.close();
    printTiming(timing, System.nanoTime() - suiteStarted, parallel);
    for (int t = 1; t < targets.size(); t++) {
      String name = targets.get(t).name();
      System.out.printf("%s: identical to %s in %d of %d scenarios%n", name, targets.get(0).name(), identicalPerTarget.getOrDefault(name, 0), outcomes.size());
    }

    long identical = outcomes.stream().filter(o -> o.status().equals("identical")).count();
    long documented = outcomes.stream().filter(o -> o.status().equals("documented")).count();
    long undocumented = outcomes.size() - identical - documented;
    double share = outcomes.isEmpty() ? 0 : (double) identical / outcomes.size();
    System.out.printf("%nscenarios %d: identical %d (%.1f%%), documented differences %d, undocumented differences %d%n",
        outcomes.size(), identical, 100 * share, documented, undocumented);
    if (doc != null) writeDoc(doc, outcomes, targets, identicalPerTarget, identical, documented, undocumented);
    if (junit != null) writeJunit(junit, outcomes, share, minIdentical, targets.size() < 2 || share >= minIdentical);
    boolean shareOk = targets.size() < 2 || share >= minIdentical;
    if (!shareOk) System.out.printf("identical share %.1f%% is below the required %.1f%%%n", 100 * share, 100 * minIdentical);
    // Passed: identical or documented scenarios. Failed: undocumented differences (+1 if the share is too low).
    System.out.printf("%ndifferential: %d passed, %d failed%n", identical + documented, undocumented + (shareOk ? 0 : 1));
    System.exit(undocumented == 0 && shareOk ? 0 : 1);
  }

  /** One test case per scenario (an undocumented difference fails), plus the identical-share check. */
  static void writeJunit(Path file, List<Outcome> outcomes, double share, double minIdentical, boolean shareOk) throws IOException {
    StringBuilder sb = new StringBuilder();
    long failures = outcomes.stream().filter(o -> o.status().equals("DIFFERS")).count() + (shareOk ? 0 : 1);
    sb.append("<testsuite name=\"differential\" tests=\"").append(outcomes.size() + 1).append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
    for (Outcome o : outcomes) {
      sb.append("  <testcase classname=\"differential.").append(xml(o.scenario().area())).append("\" name=\"").append(xml(o.scenario().id())).append("\"");
      if (o.status().equals("DIFFERS")) {
        sb.append("><failure message=\"differs from the reference\">").append(xml(o.detail())).append("</failure></testcase>\n");
      } else {
        sb.append("/>\n");
      }
    }
    sb.append("  <testcase classname=\"differential\" name=\"identical share at least ").append(minIdentical).append("\"");
    sb.append(shareOk ? "/>\n" : "><failure message=\"identical share " + share + "\"/></testcase>\n");
    sb.append("</testsuite>\n");
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, sb.toString());
  }

  static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "?");
  }

  static Outcome compare(Scenario s, List<List<String>> observed, List<Target> targets, Map<String, String> reasons) {
    if (observed.size() < 2) return new Outcome(s, "identical", "single target");
    List<String> reference = observed.get(0);
    StringBuilder diff = new StringBuilder();
    for (int t = 1; t < observed.size(); t++) {
      List<String> other = observed.get(t);
      int n = Math.max(reference.size(), other.size());
      for (int i = 0; i < n; i++) {
        String a = i < reference.size() ? reference.get(i) : "<nothing>";
        String b = i < other.size() ? other.get(i) : "<nothing>";
        if (!a.equals(b)) {
          diff.append(targets.get(0).name()).append(": ").append(a).append(" | ").append(targets.get(t).name()).append(": ").append(b).append('\n');
          break;
        }
      }
    }
    if (diff.length() == 0) return new Outcome(s, "identical", "");
    String reason = reasons.get(s.id());
    return reason != null ? new Outcome(s, "documented", reason + "\n" + diff) : new Outcome(s, "DIFFERS", diff.toString());
  }

  static Target parseTarget(String spec) {
    String[] nameAndRest = spec.split("=", 2);
    String[] parts = nameAndRest[1].split(":");
    Configuration conf = HBaseConfiguration.create();
    if (parts[0].equals("zk")) {
      conf.set("hbase.zookeeper.quorum", parts[1]);
      conf.set("hbase.zookeeper.property.clientPort", parts[2]);
      conf.set("zookeeper.znode.parent", parts.length > 3 ? parts[3] : "/hbase");
    } else {
      conf.set("hbase.client.registry.impl", "org.apache.hadoop.hbase.client.RpcConnectionRegistry");
      conf.set("hbase.client.bootstrap.servers", parts[1] + ":" + parts[2]);
    }
    conf.setInt("hbase.client.retries.number", 3);
    conf.setInt("hbase.client.pause", 50);
    conf.setInt("hbase.rpc.timeout", 20000);
    conf.setInt("hbase.client.operation.timeout", 30000);
    return new Target(nameAndRest[0], conf);
  }

  /** known-differences.txt: "scenario-id: reason" per line; '#' comments. */
  static Map<String, String> readKnown(Path p) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    for (String line : Files.readAllLines(p)) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) continue;
      int colon = l.indexOf(':');
      if (colon > 0) m.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
    }
    return m;
  }

  static void writeDoc(Path doc, List<Outcome> outcomes, List<Target> targets, Map<String, Integer> identicalPerTarget, long identical, long documented,
      long undocumented) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("# Compatibility with HBase\n\nGenerated by the differential suite (`tools/differential.sh`): each scenario runs through the HBase ")
        .append(org.apache.hadoop.hbase.util.VersionInfo.getVersion()).append(" Java client against `")
        .append(targets.get(0).name()).append("` (a real standalone HBase 2.6, `tools/reference-hbase.sh`) and `")
        .append(targets.stream().skip(1).map(Target::name).reduce((a, b) -> a + "`, `" + b).orElse("nothing else"))
        .append("` (the gateway: `gateway` on its embedded store, `gateway-fluss` on Apache Fluss), comparing every returned cell, its order, `Result` flags and exception classes.\n\n");
    for (Target t : targets.subList(1, targets.size())) {
      sb.append(String.format("- `%s`: identical to HBase in %d of %d scenarios%n", t.name(), identicalPerTarget.getOrDefault(t.name(), 0), outcomes.size()));
    }
    sb.append('\n');
    sb.append(String.format("**%d scenarios: %d identical (%.1f%%), %d documented differences, %d undocumented.**%n%n", outcomes.size(), identical,
        outcomes.isEmpty() ? 0.0 : 100.0 * identical / outcomes.size(), documented, undocumented));
    sb.append("| scenario | area | what | result |\n|---|---|---|---|\n");
    for (Outcome o : outcomes) {
      String result = switch (o.status()) {
        case "identical" -> "identical";
        case "documented" -> "differs: " + o.detail().lines().findFirst().orElse("").replace("|", "\\|");
        default -> "**differs (undocumented)**: `" + o.detail().lines().findFirst().orElse("").replace("|", "\\|").replace("`", "'") + "`";
      };
      sb.append("| `").append(o.scenario().id()).append("` | ").append(o.scenario().area()).append(" | ").append(o.scenario().title()).append(" | ").append(result).append(" |\n");
    }
    Files.createDirectories(doc.toAbsolutePath().getParent());
    Files.writeString(doc, sb.toString());
  }
}
