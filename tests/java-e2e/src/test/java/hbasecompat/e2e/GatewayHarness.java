package hbasecompat.e2e;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hbase.HBaseConfiguration;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.ConnectionFactory;

/**
 * Starts what the suite talks to, once per JVM: a real ZooKeeper (tools/zookeeper.sh, zk mode
 * only) and the built gateway (dist/apps/rpc-gateway/main.js) on free loopback ports with a fresh
 * data folder. Anything that does not come up fails the suite loudly with its log.
 */
public final class GatewayHarness {
  private static GatewayHarness instance;

  public final String registry = System.getProperty("e2e.registry", "zk");
  private final Path repoRoot = Path.of(System.getProperty("e2e.repoRoot", "../..")).toAbsolutePath().normalize();
  private final Path work;
  private final int gatewayPort;
  private final int zkPort;
  private Process gateway;

  public static synchronized GatewayHarness get() {
    if (instance == null) {
      try {
        instance = new GatewayHarness();
      } catch (Exception e) {
        throw new IllegalStateException("could not start the test cluster: " + e.getMessage(), e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(instance::shutdown));
    }
    return instance;
  }

  private GatewayHarness() throws Exception {
    Path buildDir = Path.of(System.getProperty("e2e.buildDir", "target"));
    Files.createDirectories(buildDir);
    work = Files.createTempDirectory(buildDir.toAbsolutePath(), "e2e-");
    gatewayPort = freePort();
    zkPort = "zk".equals(registry) ? freePort() : -1;
    if (zkPort > 0) {
      run(List.of("bash", repoRoot.resolve("tools/zookeeper.sh").toString(), "start", "--port", String.valueOf(zkPort), "--dir", work.resolve("zk").toString()), 120);
    }
    startGateway();
    waitUntilServing();
  }

  public int gatewayPort() {
    return gatewayPort;
  }

  public Configuration clientConfiguration() {
    Configuration conf = HBaseConfiguration.create();
    if ("zk".equals(registry)) {
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

  /** Graceful restart with the same data folder and port. */
  public synchronized void restartGateway() throws Exception {
    stopGateway();
    startGateway();
    waitUntilServing();
  }

  /** SIGKILL (no chance to flush or deregister), then start again on the same data folder. */
  public synchronized void crashAndRestartGateway() throws Exception {
    gateway.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    gateway = null;
    startGateway();
    waitUntilServing();
  }

  private void startGateway() throws IOException {
    Path main = repoRoot.resolve("dist/apps/rpc-gateway/main.js");
    if (!Files.exists(main)) {
      throw new IllegalStateException("build the gateway first: npx nx build rpc-gateway (" + main + " is missing)");
    }
    List<String> cmd = new ArrayList<>(List.of("node", main.toString(),
        "--hbase.regionserver.port=" + gatewayPort,
        "--hbase.regionserver.hostname=127.0.0.1",
        "--hbase.regionserver.ipc.address=127.0.0.1",
        "--hbase.compat.nodeadmin.port=0",
        "--hbase.compat.data.dir=" + work.resolve("data")));
    if (zkPort > 0) {
      cmd.add("--hbase.zookeeper.quorum=127.0.0.1:" + zkPort);
    }
    gateway = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("gateway.log").toFile())).start();
  }

  private void stopGateway() throws InterruptedException {
    if (gateway == null) {
      return;
    }
    gateway.destroy();
    if (!gateway.waitFor(30, TimeUnit.SECONDS)) {
      gateway.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    gateway = null;
  }

  private void waitUntilServing() throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    Exception last = null;
    while (System.currentTimeMillis() < deadline) {
      if (!gateway.isAlive()) {
        throw new IllegalStateException("gateway exited during start:\n" + logTail());
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", gatewayPort), 1000);
        try (Connection c = connect(); Admin admin = c.getAdmin()) {
          admin.listTableNames();
          return;
        }
      } catch (Exception e) {
        last = e;
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("gateway not serving after 60 s: " + last + "\n" + logTail());
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(work.resolve("gateway.log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no gateway log)";
    }
  }

  private void shutdown() {
    try {
      stopGateway();
      if (zkPort > 0) {
        run(List.of("bash", repoRoot.resolve("tools/zookeeper.sh").toString(), "stop", "--port", String.valueOf(zkPort), "--dir", work.resolve("zk").toString()), 60);
      }
    } catch (Exception e) {
      System.err.println("cleanup: " + e);
    }
  }

  private void run(List<String> cmd, int timeoutSeconds) throws Exception {
    File log = work.resolve("tools.log").toFile();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + Files.readString(log.toPath()));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
