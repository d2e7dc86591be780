package hbasecompat.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hbase.HBaseConfiguration;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.ConnectionFactory;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the suite talks to, started once per JVM (see {@link GatewayExtension}): a real ZooKeeper
 * via tools/zookeeper.sh (zk mode only) and the built gateway (dist/apps/rpc-gateway/main.js), on
 * free loopback ports with a fresh data folder. Anything that does not come up within 60 s fails
 * the suite with the tail of its log; a start failure is remembered, so the remaining test classes
 * fail at once with the same message instead of waiting again.
 *
 * <p>System properties: {@code e2e.registry} (zk|rpc, default zk), {@code e2e.repoRoot} (default
 * ../.. from the working directory, which surefire sets to the Maven basedir) and {@code
 * e2e.buildDir} (where the work folder goes, default target).
 */
public final class GatewayHarness implements ExtensionContext.Store.CloseableResource {
  static final int READY_TIMEOUT_MS = 60_000;
  private static final int LOG_TAIL_LINES = 40;

  private static GatewayHarness current;
  private static RuntimeException startFailure;

  public final String registry;
  private final Path repoRoot;
  private final Path work;
  private final Path gatewayLog;
  private final int gatewayPort;
  private final int zkPort;
  private final List<String> gatewayCommand;
  private boolean zkStarted;
  private boolean closed;
  private Process gateway;

  /** The running harness; starts it on first use. */
  static synchronized GatewayHarness startOnce() {
    if (current != null) {
      return current;
    }
    if (startFailure != null) {
      throw new IllegalStateException("the e2e cluster failed to start earlier in this JVM: " + startFailure.getMessage(), startFailure);
    }
    GatewayHarness h = null;
    try {
      h = new GatewayHarness();
      h.start();
      current = h;
      Runtime.getRuntime().addShutdownHook(new Thread(current::close, "e2e-harness-shutdown"));
      return current;
    } catch (Exception e) {
      if (h != null) {
        h.close();
      }
      startFailure = e instanceof IllegalStateException ise ? ise : new IllegalStateException(e.toString(), e);
      throw startFailure;
    }
  }

  static synchronized GatewayHarness get() {
    return startOnce();
  }

  private GatewayHarness() throws IOException {
    registry = System.getProperty("e2e.registry", "zk").trim();
    if (!registry.equals("zk") && !registry.equals("rpc")) {
      throw new IllegalStateException("e2e.registry must be zk or rpc, not '" + registry + "'");
    }
    repoRoot = Path.of(System.getProperty("e2e.repoRoot", "../..")).toAbsolutePath().normalize();
    Path main = repoRoot.resolve("dist/apps/rpc-gateway/main.js");
    if (!Files.isRegularFile(main)) {
      throw new IllegalStateException("build the gateway first: npx nx build rpc-gateway (" + main + " is missing)");
    }
    Path buildDir = Path.of(System.getProperty("e2e.buildDir", "target")).toAbsolutePath().normalize();
    Files.createDirectories(buildDir);
    removeEarlierWorkDirs(buildDir);
    work = Files.createTempDirectory(buildDir, "e2e-");
    Files.writeString(work.resolve("owner.pid"), ProcessHandle.current().pid() + "\n");
    gatewayLog = work.resolve("gateway.log");
    gatewayPort = freePort();
    zkPort = registry.equals("zk") ? freePort() : -1;

    List<String> cmd = new ArrayList<>(List.of("node", main.toString(),
        "--hbase.regionserver.port=" + gatewayPort,
        "--hbase.regionserver.hostname=127.0.0.1",
        "--hbase.compat.data.dir=" + work.resolve("data"),
        // Not in the original contract, but needed so parallel runs cannot collide: bind the RPC
        // listener to loopback and leave the internal NodeAdmin gRPC port off.
        "--hbase.regionserver.ipc.address=127.0.0.1",
        "--hbase.compat.nodeadmin.port=0"));
    if (zkPort > 0) {
      cmd.add("--hbase.zookeeper.quorum=127.0.0.1:" + zkPort);
      cmd.add("--zookeeper.znode.parent=/hbase");
    }
    // -De2e.fluss=host:port: tables live in that Fluss cluster, in databases of their own per run.
    String fluss = System.getProperty("e2e.fluss", "").trim();
    if (!fluss.isEmpty()) {
      cmd.add("--hbase.compat.fluss.bootstrap.servers=" + fluss);
      cmd.add("--hbase.compat.fluss.database.prefix=e2e" + Long.toString(System.currentTimeMillis(), 36) + "_");
      // -De2e.fluss.sasl=USER:PASSWORD: that address is a SASL listener (tools/fluss.sh --sasl).
      String sasl = System.getProperty("e2e.fluss.sasl", "").trim();
      if (!sasl.isEmpty()) {
        cmd.add("--hbase.compat.fluss.client.security.protocol=SASL");
        cmd.add("--hbase.compat.fluss.client.security.sasl.username=" + sasl.substring(0, sasl.indexOf(':')));
        cmd.add("--hbase.compat.fluss.client.security.sasl.password=" + sasl.substring(sasl.indexOf(':') + 1));
      }
    }
    gatewayCommand = List.copyOf(cmd);
  }

  private void start() throws Exception {
    if (zkPort > 0) {
      zkStarted = true; // from here on, close() must try to stop it
      runTool(List.of("bash", repoRoot.resolve("tools/zookeeper.sh").toString(), "start",
          "--port", String.valueOf(zkPort), "--dir", work.resolve("zk").toString(),
          "--timeout", String.valueOf(READY_TIMEOUT_MS / 1000)), 300, "ZooKeeper did not come up");
    }
    startGateway();
    waitUntilServing();
  }

  public int gatewayPort() {
    return gatewayPort;
  }

  public Path workDir() {
    return work;
  }

  public Configuration clientConfiguration() {
    Configuration conf = HBaseConfiguration.create();
    if (zkPort > 0) {
      conf.set("hbase.zookeeper.quorum", "127.0.0.1");
      conf.setInt("hbase.zookeeper.property.clientPort", zkPort);
      conf.set("zookeeper.znode.parent", "/hbase");
    } else {
      conf.set("hbase.client.registry.impl", "org.apache.hadoop.hbase.client.RpcConnectionRegistry");
      conf.set("hbase.client.bootstrap.servers", "127.0.0.1:" + gatewayPort);
    }
    conf.setInt("hbase.client.retries.number", 5);
    conf.setInt("hbase.client.pause", 50);
    conf.setInt("hbase.rpc.timeout", 20000);
    conf.setInt("hbase.client.operation.timeout", 60000);
    conf.setInt("hbase.client.scanner.timeout.period", 60000);
    return conf;
  }

  public Connection connect() throws IOException {
    return ConnectionFactory.createConnection(clientConfiguration());
  }

  /** SIGTERM, wait up to 30 s (then SIGKILL), and start again with the same arguments and data. */
  public synchronized void restartGateway() throws Exception {
    stopGateway();
    startGateway();
    waitUntilServing();
  }

  /** SIGKILL (no chance to flush or deregister), then start again on the same data folder. */
  public synchronized void crashAndRestartGateway() throws Exception {
    if (gateway != null) {
      gateway.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      gateway = null;
    }
    startGateway();
    waitUntilServing();
  }

  private void startGateway() throws IOException {
    appendToLog("==== e2e harness: starting " + String.join(" ", gatewayCommand) + "\n");
    try {
      gateway = new ProcessBuilder(gatewayCommand)
          .directory(repoRoot.toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(gatewayLog.toFile()))
          .start();
    } catch (IOException e) {
      throw new IllegalStateException("could not run node (is Node.js on PATH?): " + e.getMessage(), e);
    }
  }

  private void stopGateway() throws InterruptedException {
    if (gateway == null) {
      return;
    }
    gateway.destroy();
    if (!gateway.waitFor(30, TimeUnit.SECONDS)) {
      appendToLog("==== e2e harness: gateway ignored SIGTERM for 30 s; SIGKILL\n");
      gateway.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    gateway = null;
  }

  /** Ready = the port accepts TCP, then an Admin call through the configured registry succeeds. */
  private void waitUntilServing() throws Exception {
    long deadline = System.currentTimeMillis() + READY_TIMEOUT_MS;
    boolean listening = false;
    Throwable last = null;
    while (System.currentTimeMillis() < deadline) {
      if (!gateway.isAlive()) {
        throw new IllegalStateException("gateway exited with code " + gateway.exitValue() + " while starting "
            + where() + "\n" + logTail(gatewayLog));
      }
      try {
        if (!listening) {
          try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", gatewayPort), 1000);
          }
          listening = true;
        }
        try (Connection c = ConnectionFactory.createConnection(probeConfiguration(deadline)); Admin admin = c.getAdmin()) {
          admin.listTableNames();
          return;
        }
      } catch (Exception e) {
        last = e;
        Thread.sleep(250);
      }
    }
    throw new IllegalStateException("gateway not ready within " + READY_TIMEOUT_MS / 1000 + " s " + where()
        + (listening ? " (port open, but listTableNames kept failing)" : " (port never accepted a connection)")
        + ": " + last + "\n" + logTail(gatewayLog));
  }

  /** The client configuration with timeouts short enough that the probe respects the deadline. */
  private Configuration probeConfiguration(long deadline) {
    Configuration conf = clientConfiguration();
    int left = (int) Math.max(1000, Math.min(10_000, deadline - System.currentTimeMillis()));
    conf.setInt("hbase.client.retries.number", 1);
    conf.setInt("hbase.rpc.timeout", left);
    conf.setInt("hbase.client.operation.timeout", left);
    conf.setInt("hbase.client.meta.operation.timeout", left);
    conf.setInt("zookeeper.recovery.retry", 0);
    conf.setInt("zookeeper.session.timeout", Math.max(4000, left));
    return conf;
  }

  private String where() {
    return "(port " + gatewayPort + ", registry " + registry + (zkPort > 0 ? ", ZooKeeper 127.0.0.1:" + zkPort : "")
        + ", log " + gatewayLog + ")";
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      stopGateway();
    } catch (Exception e) {
      System.err.println("e2e cleanup: stopping the gateway: " + e);
    }
    if (zkStarted) {
      try {
        runTool(List.of("bash", repoRoot.resolve("tools/zookeeper.sh").toString(), "stop",
            "--port", String.valueOf(zkPort), "--dir", work.resolve("zk").toString()), 60, "ZooKeeper did not stop");
      } catch (Exception e) {
        System.err.println("e2e cleanup: " + e.getMessage());
      }
    }
  }

  private void runTool(List<String> cmd, int timeoutSeconds, String what) throws Exception {
    Path log = work.resolve("tools.log");
    Files.writeString(log, "==== " + String.join(" ", cmd) + "\n", java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
    Process p = new ProcessBuilder(cmd).directory(repoRoot.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    if (!finished || p.exitValue() != 0) {
      StringBuilder msg = new StringBuilder(what).append(": `").append(String.join(" ", cmd)).append("` ")
          .append(finished ? "exited with " + p.exitValue() : "did not finish in " + timeoutSeconds + " s")
          .append('\n').append(logTail(log));
      Path zkLog = work.resolve("zk/zookeeper.log");
      if (Files.exists(zkLog)) {
        msg.append('\n').append(logTail(zkLog));
      }
      throw new IllegalStateException(msg.toString());
    }
  }

  private void appendToLog(String text) {
    try {
      Files.writeString(gatewayLog, text, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      System.err.println("e2e: cannot write " + gatewayLog + ": " + e);
    }
  }

  static String logTail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return "---- last " + LOG_TAIL_LINES + " lines of " + file + " ----\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size())) + "\n----";
    } catch (IOException | UncheckedIOException e) {
      return "(no log at " + file + ": " + e + ")";
    }
  }

  /**
   * Removes the work folders of earlier runs in this build folder (gateway data can be hundreds of
   * MB), stopping a ZooKeeper an earlier, killed run left behind. Folders of a live JVM are kept.
   */
  private void removeEarlierWorkDirs(Path buildDir) throws IOException {
    try (Stream<Path> old = Files.list(buildDir)) {
      for (Path dir : old.filter(p -> p.getFileName().toString().startsWith("e2e-") && Files.isDirectory(p)).toList()) {
        if (ownerAlive(dir)) {
          continue;
        }
        if (Files.exists(dir.resolve("zk/zookeeper.pid"))) {
          stopOrphanedZooKeeper(dir.resolve("zk"));
          if (Files.exists(dir.resolve("zk/zookeeper.pid"))) {
            continue;
          }
        }
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  private void stopOrphanedZooKeeper(Path zkDir) {
    try {
      String port = Files.readAllLines(zkDir.resolve("zoo.cfg")).stream()
          .filter(l -> l.startsWith("clientPort=")).map(l -> l.substring("clientPort=".length()).trim())
          .findFirst().orElse(null);
      if (port == null) {
        return;
      }
      Process p = new ProcessBuilder("bash", repoRoot.resolve("tools/zookeeper.sh").toString(), "stop", "--port", port,
          "--dir", zkDir.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    } catch (IOException | InterruptedException e) {
      System.err.println("e2e: could not stop the ZooKeeper left in " + zkDir + ": " + e);
    }
  }

  private static boolean ownerAlive(Path dir) {
    try {
      long pid = Long.parseLong(Files.readString(dir.resolve("owner.pid")).trim());
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (IOException | NumberFormatException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
