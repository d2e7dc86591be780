package hbasecompat.diff;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hbase.Cell;
import org.apache.hadoop.hbase.CellUtil;
import org.apache.hadoop.hbase.CompareOperator;
import org.apache.hadoop.hbase.HBaseConfiguration;
import org.apache.hadoop.hbase.NamespaceDescriptor;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Append;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.Connection;
import org.apache.hadoop.hbase.client.ConnectionFactory;
import org.apache.hadoop.hbase.client.Delete;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Increment;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.Result;
import org.apache.hadoop.hbase.client.ResultScanner;
import org.apache.hadoop.hbase.client.Row;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;
import org.apache.hadoop.hbase.security.User;
import org.apache.hadoop.hbase.security.access.AccessControlClient;
import org.apache.hadoop.hbase.security.access.Permission;
import org.apache.hadoop.hbase.security.access.UserPermission;
import org.apache.hadoop.hbase.util.Bytes;

/**
 * The authorization check (ids "acl-"): run once against a real HBase 2.6 started with its
 * AccessController (tools/reference-hbase.sh --authorization) and once against a gateway with
 * hbase.security.authorization=true; tools/acl-differential.sh compares the two outputs line by
 * line. The process user is the superuser on both; alice, bob, carol and dave are plain SIMPLE users
 * (User.createUserForTesting), each on a connection of its own, so the connection header carries
 * their name. Every step prints "id: ok ..." or "id: denied Class: message".
 *
 * Usage: AclCheck ZK_HOST:PORT OUTPUT_FILE
 */
public final class AclCheck {
  private static final byte[] F = Bytes.toBytes("f");
  private static final byte[] G = Bytes.toBytes("g");
  private static final byte[] Q1 = Bytes.toBytes("q1");
  private static final byte[] Q2 = Bytes.toBytes("q2");
  private static final TableName T = TableName.valueOf("acl_t");
  private static final TableName T2 = TableName.valueOf("acl_ns:t2");

  private final List<String> out = new ArrayList<>();
  private final Configuration conf;
  private final Map<String, Connection> connections = new TreeMap<>();

  private AclCheck(String zk) {
    conf = HBaseConfiguration.create();
    String[] hp = zk.split(":");
    conf.set("hbase.zookeeper.quorum", hp[0]);
    conf.set("hbase.zookeeper.property.clientPort", hp[1]);
    conf.setInt("hbase.client.retries.number", 2);
    conf.setInt("hbase.client.pause", 100);
    conf.setInt("hbase.client.operation.timeout", 30000);
  }

  interface Op {
    Object run(Connection c) throws Throwable;
  }

  private Connection conn(String user) throws Exception {
    Connection c = connections.get(user);
    if (c == null) {
      c = user.equals("super")
          ? ConnectionFactory.createConnection(conf)
          : ConnectionFactory.createConnection(conf, User.createUserForTesting(conf, user, new String[0]));
      connections.put(user, c);
    }
    return c;
  }

  /**
   * Waits until a grant or revoke is in force. HBase applies them asynchronously: the master writes
   * hbase:acl (PermissionStorage), and the AuthManager reloads when ZKPermissionWatcher sees the
   * change, so on a busy machine the next step could still see the old permissions (CI saw dave
   * denied right after his namespace ADMIN grant). Asked as the superuser through
   * Admin.hasUserPermissions, which answers from that cache; up to 30 s, then the step fails.
   */
  private void awaitPermission(String user, Permission permission, boolean inForce) throws Exception {
    long deadline = System.nanoTime() + 30_000_000_000L;
    try (org.apache.hadoop.hbase.client.Admin admin = conn("super").getAdmin()) {
      while (admin.hasUserPermissions(user, java.util.Collections.singletonList(permission)).get(0) != inForce) {
        if (System.nanoTime() > deadline) throw new IllegalStateException(permission + " for " + user + " not " + (inForce ? "granted" : "revoked") + " after 30 s");
        Thread.sleep(50);
      }
    }
  }

  /** Runs one step as `user` and records its outcome: the value it returned or the denial's text. */
  private void step(String id, String user, Op op) {
    try {
      Object v = op.run(conn(user));
      out.add(id + " [" + user + "]: ok" + (v == null ? "" : " " + v));
    } catch (Throwable t) {
      out.add(id + " [" + user + "]: " + describe(t));
    }
  }

  /** The innermost HBase exception: its class and the first line of its message. */
  static String describe(Throwable t) {
    Throwable best = t;
    for (Throwable x = t; x != null && x.getCause() != x; x = x.getCause()) {
      String name = x.getClass().getName();
      if (name.startsWith("org.apache.hadoop.hbase.") && !name.contains("RetriesExhausted") && !name.endsWith("RemoteWithExtrasException")) {
        best = x;
      }
      if (x instanceof org.apache.hadoop.hbase.client.RetriesExhaustedWithDetailsException) {
        List<Throwable> causes = ((org.apache.hadoop.hbase.client.RetriesExhaustedWithDetailsException) x).getCauses();
        if (!causes.isEmpty()) return "batch " + describe(causes.get(0));
      }
    }
    String msg = String.valueOf(best.getMessage());
    int nl = msg.indexOf('\n');
    if (nl >= 0) msg = msg.substring(0, nl);
    return "denied " + best.getClass().getName() + ": " + msg;
  }

  static String cells(Result r) {
    StringBuilder sb = new StringBuilder("[");
    if (r != null && r.rawCells() != null) {
      for (Cell c : r.rawCells()) {
        if (sb.length() > 1) sb.append(' ');
        sb.append(Bytes.toString(CellUtil.cloneRow(c))).append('/').append(Bytes.toString(CellUtil.cloneFamily(c))).append(':')
            .append(Bytes.toString(CellUtil.cloneQualifier(c))).append('=').append(Bytes.toStringBinary(CellUtil.cloneValue(c)));
      }
    }
    return sb.append(']').toString();
  }

  static String scan(Connection c, TableName t, Scan s) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (Table table = c.getTable(t); ResultScanner rs = table.getScanner(s)) {
      for (Result r : rs) sb.append(cells(r));
    }
    return sb.toString();
  }

  static String perms(List<UserPermission> ps) {
    List<String> lines = new ArrayList<>();
    for (UserPermission p : ps) lines.add(p.getUser() + "=" + p.getPermission());
    java.util.Collections.sort(lines);
    return lines.toString();
  }

  private void setUp() {
    step("acl-setup-ns", "super", c -> {
      c.getAdmin().createNamespace(NamespaceDescriptor.create("acl_ns").build());
      return null;
    });
    step("acl-setup-table", "super", c -> {
      c.getAdmin().createTable(TableDescriptorBuilder.newBuilder(T).setColumnFamily(ColumnFamilyDescriptorBuilder.of(F))
          .setColumnFamily(ColumnFamilyDescriptorBuilder.of(G)).build());
      c.getAdmin().createTable(TableDescriptorBuilder.newBuilder(T2).setColumnFamily(ColumnFamilyDescriptorBuilder.of(F)).build());
      return null;
    });
    step("acl-setup-rows", "super", c -> {
      try (Table t = c.getTable(T)) {
        t.put(new Put(Bytes.toBytes("r1")).addColumn(F, Q1, Bytes.toBytes("a")).addColumn(F, Q2, Bytes.toBytes("b"))
            .addColumn(G, Q1, Bytes.toBytes("c")));
      }
      try (Table t = c.getTable(T2)) {
        t.put(new Put(Bytes.toBytes("r1")).addColumn(F, Q1, Bytes.toBytes("n")));
      }
      return null;
    });
  }

  /** The reads, writes and admin calls each user tries after each change of grants. */
  private void probeData(String phase, String user) {
    String p = "acl-" + phase + "-" + user;
    step(p + "-get", user, c -> {
      try (Table t = c.getTable(T)) {
        return cells(t.get(new Get(Bytes.toBytes("r1"))));
      }
    });
    step(p + "-get-f", user, c -> {
      try (Table t = c.getTable(T)) {
        return cells(t.get(new Get(Bytes.toBytes("r1")).addFamily(F)));
      }
    });
    step(p + "-exists", user, c -> {
      try (Table t = c.getTable(T)) {
        return t.exists(new Get(Bytes.toBytes("r1")));
      }
    });
    step(p + "-scan", user, c -> scan(c, T, new Scan()));
    step(p + "-scan-g", user, c -> scan(c, T, new Scan().addFamily(G)));
    step(p + "-put-f", user, c -> {
      try (Table t = c.getTable(T)) {
        t.put(new Put(Bytes.toBytes("r2")).addColumn(F, Q1, Bytes.toBytes("x")));
      }
      return null;
    });
    step(p + "-put-fg", user, c -> {
      try (Table t = c.getTable(T)) {
        t.put(new Put(Bytes.toBytes("r2")).addColumn(F, Q2, Bytes.toBytes("y")).addColumn(G, Q1, Bytes.toBytes("z")));
      }
      return null;
    });
    step(p + "-delete", user, c -> {
      try (Table t = c.getTable(T)) {
        t.delete(new Delete(Bytes.toBytes("r3")).addColumns(F, Q1));
      }
      return null;
    });
    step(p + "-incr", user, c -> {
      try (Table t = c.getTable(T)) {
        t.increment(new Increment(Bytes.toBytes("r4")).addColumn(F, Q1, 1));
      }
      return null;
    });
    step(p + "-append", user, c -> {
      try (Table t = c.getTable(T)) {
        t.append(new Append(Bytes.toBytes("r5")).addColumn(G, Q1, Bytes.toBytes("z")));
      }
      return null;
    });
    step(p + "-checkandput", user, c -> {
      try (Table t = c.getTable(T)) {
        return t.checkAndMutate(Bytes.toBytes("r6"), F).qualifier(Q1).ifNotExists()
            .thenPut(new Put(Bytes.toBytes("r6")).addColumn(F, Q1, Bytes.toBytes("v")));
      }
    });
    step(p + "-batch", user, c -> {
      try (Table t = c.getTable(T)) {
        List<Row> actions = new ArrayList<>();
        actions.add(new Put(Bytes.toBytes("r7")).addColumn(F, Q2, Bytes.toBytes("v")));
        actions.add(new Get(Bytes.toBytes("r1")));
        Object[] results = new Object[actions.size()];
        t.batch(actions, results);
        return results.length + " " + cells((Result) results[1]);
      }
    });
    step(p + "-get-ns", user, c -> {
      try (Table t = c.getTable(T2)) {
        return cells(t.get(new Get(Bytes.toBytes("r1"))));
      }
    });
    step(p + "-put-ns", user, c -> {
      try (Table t = c.getTable(T2)) {
        t.put(new Put(Bytes.toBytes("r2")).addColumn(F, Q1, Bytes.toBytes("x")));
      }
      return null;
    });
  }

  private void probeAdmin(String phase, String user) {
    String p = "acl-" + phase + "-" + user;
    // Only this check's tables: the reference also holds its start-up probe table.
    step(p + "-list", user, c -> java.util.Arrays.stream(c.getAdmin().listTableNames()).map(TableName::getNameAsString)
        .filter(n -> n.startsWith("acl")).collect(java.util.stream.Collectors.toList()));
    step(p + "-list-desc", user, c -> c.getAdmin().listTableDescriptors().stream()
        .filter(d -> d.getTableName().getNameAsString().startsWith("acl")).count());
    step(p + "-exists-table", user, c -> c.getAdmin().tableExists(T));
    step(p + "-describe", user, c -> c.getAdmin().getDescriptor(T).getTableName());
    step(p + "-list-ns", user, c -> java.util.Arrays.toString(c.getAdmin().listNamespaces()));
    step(p + "-create", user, c -> {
      c.getAdmin().createTable(TableDescriptorBuilder.newBuilder(TableName.valueOf("acl_ns:" + user))
          .setColumnFamily(ColumnFamilyDescriptorBuilder.of(F)).build());
      return null;
    });
    step(p + "-disable", user, c -> {
      c.getAdmin().disableTable(T2);
      return null;
    });
    step(p + "-enable", user, c -> {
      c.getAdmin().enableTable(T2);
      return null;
    });
    step(p + "-create-ns", user, c -> {
      c.getAdmin().createNamespace(NamespaceDescriptor.create("acl_ns_" + user).build());
      return null;
    });
    step(p + "-user-perms", user, c -> perms(AccessControlClient.getUserPermissions(c, T.getNameAsString())));
    step(p + "-has-perm", user, c -> c.getAdmin()
        .hasUserPermissions(java.util.Arrays.asList(Permission.newBuilder(T).withActions(Permission.Action.READ).build())));
  }

  private void run() throws Exception {
    setUp();
    // Nothing granted yet: reads come back filtered, writes and DDL are refused.
    probeData("none", "alice");
    probeAdmin("none", "alice");
    step("acl-perms-initial", "super", c -> perms(AccessControlClient.getUserPermissions(c, T.getNameAsString())));
    step("acl-global-initial", "super", c -> perms(AccessControlClient.getUserPermissions(c, null)));

    // Table READ for alice, family WRITE on f for bob, qualifier READ on f:q1 for carol,
    // namespace CREATE+WRITE for dave, global ADMIN for erin.
    step("acl-grant-alice", "super", c -> {
      AccessControlClient.grant(c, T, "alice", null, null, Permission.Action.READ);
      awaitPermission("alice", Permission.newBuilder(T).withActions(Permission.Action.READ).build(), true);
      return null;
    });
    step("acl-grant-bob", "super", c -> {
      AccessControlClient.grant(c, T, "bob", F, null, Permission.Action.WRITE);
      awaitPermission("bob", Permission.newBuilder(T).withFamily(F).withActions(Permission.Action.WRITE).build(), true);
      return null;
    });
    step("acl-grant-carol", "super", c -> {
      AccessControlClient.grant(c, T, "carol", F, Q1, Permission.Action.READ);
      awaitPermission("carol", Permission.newBuilder(T).withFamily(F).withQualifier(Q1).withActions(Permission.Action.READ).build(), true);
      return null;
    });
    step("acl-grant-dave", "super", c -> {
      AccessControlClient.grant(c, "acl_ns", "dave", Permission.Action.CREATE, Permission.Action.WRITE);
      awaitPermission("dave", Permission.newBuilder("acl_ns").withActions(Permission.Action.CREATE, Permission.Action.WRITE).build(), true);
      return null;
    });
    step("acl-grant-erin", "super", c -> {
      AccessControlClient.grant(c, "erin", Permission.Action.ADMIN);
      awaitPermission("erin", Permission.newBuilder().withActions(Permission.Action.ADMIN).build(), true);
      return null;
    });
    step("acl-grant-by-alice", "alice", c -> {
      AccessControlClient.grant(c, T, "bob", null, null, Permission.Action.READ);
      awaitPermission("bob", Permission.newBuilder(T).withActions(Permission.Action.READ).build(), true);
      return null;
    });
    step("acl-perms-table", "super", c -> perms(AccessControlClient.getUserPermissions(c, T.getNameAsString())));
    step("acl-perms-ns", "super", c -> perms(AccessControlClient.getUserPermissions(c, "@acl_ns")));
    step("acl-perms-global", "super", c -> perms(AccessControlClient.getUserPermissions(c, null)));
    step("acl-perms-regex", "super", c -> perms(AccessControlClient.getUserPermissions(c, "acl_.*")));
    step("acl-perms-user", "super", c -> perms(AccessControlClient.getUserPermissions(c, T.getNameAsString(), "bob")));
    step("acl-perms-family", "super", c -> perms(AccessControlClient.getUserPermissions(c, T.getNameAsString(), F, Q1)));
    step("acl-has-perm-super", "super", c -> c.getAdmin().hasUserPermissions("bob",
        java.util.Arrays.asList(Permission.newBuilder(T).withFamily(F).withActions(Permission.Action.WRITE).build(),
            Permission.newBuilder(T).withActions(Permission.Action.WRITE).build())));

    for (String user : new String[] {"alice", "bob", "carol", "dave", "erin"}) {
      probeData("granted", user);
      probeAdmin("granted", user);
    }

    // Revoke: alice loses READ at once; a revoke of what was never granted is accepted.
    step("acl-revoke-alice", "super", c -> {
      AccessControlClient.revoke(c, T, "alice", null, null, Permission.Action.READ);
      awaitPermission("alice", Permission.newBuilder(T).withActions(Permission.Action.READ).build(), false);
      return null;
    });
    step("acl-revoke-none", "super", c -> {
      AccessControlClient.revoke(c, T, "zed", null, null, Permission.Action.READ);
      awaitPermission("zed", Permission.newBuilder(T).withActions(Permission.Action.READ).build(), false);
      return null;
    });
    step("acl-revoke-by-bob", "bob", c -> {
      AccessControlClient.revoke(c, T, "carol", F, Q1, Permission.Action.READ);
      awaitPermission("carol", Permission.newBuilder(T).withFamily(F).withQualifier(Q1).withActions(Permission.Action.READ).build(), false);
      return null;
    });
    step("acl-revoke-erin", "super", c -> {
      AccessControlClient.revoke(c, "erin", Permission.Action.ADMIN);
      awaitPermission("erin", Permission.newBuilder().withActions(Permission.Action.ADMIN).build(), false);
      return null;
    });
    probeData("revoked", "alice");
    step("acl-perms-after-revoke", "super", c -> perms(AccessControlClient.getUserPermissions(c, T.getNameAsString())));
    step("acl-perms-global-after-revoke", "super", c -> perms(AccessControlClient.getUserPermissions(c, null)));

    moreSteps();

    // Dropping a table drops its grants.
    step("acl-drop", "super", c -> {
      c.getAdmin().disableTable(T);
      c.getAdmin().deleteTable(T);
      return null;
    });
    step("acl-perms-after-drop", "super", c -> perms(AccessControlClient.getUserPermissions(c, T.getNameAsString())));
  }

  /** Row transactions, conditions, namespace reads, superuser protection, truncate and namespace drops. */
  private void moreSteps() {
    step("acl-more-rowmutations-bob", "bob", c -> {
      try (Table t = c.getTable(T)) {
        org.apache.hadoop.hbase.client.RowMutations rm = new org.apache.hadoop.hbase.client.RowMutations(Bytes.toBytes("r8"));
        rm.add(new Put(Bytes.toBytes("r8")).addColumn(F, Q1, Bytes.toBytes("v")));
        rm.add(new Put(Bytes.toBytes("r8")).addColumn(G, Q1, Bytes.toBytes("v")));
        t.mutateRow(rm);
      }
      return null;
    });
    step("acl-more-checkandput-filter-bob", "bob", c -> {
      try (Table t = c.getTable(T)) {
        return t.checkAndMutate(org.apache.hadoop.hbase.client.CheckAndMutate.newBuilder(Bytes.toBytes("r9"))
            .ifMatches(new org.apache.hadoop.hbase.filter.SingleColumnValueFilter(F, Q1, CompareOperator.EQUAL, Bytes.toBytes("x")))
            .build(new Put(Bytes.toBytes("r9")).addColumn(F, Q1, Bytes.toBytes("v")))).isSuccess();
      }
    });
    step("acl-more-ns-descriptor-dave", "dave", c -> c.getAdmin().getNamespaceDescriptor("acl_ns").getName());
    step("acl-more-ns-descriptors-dave", "dave", c -> java.util.Arrays.stream(c.getAdmin().listNamespaceDescriptors())
        .map(NamespaceDescriptor::getName).collect(java.util.stream.Collectors.toList()));
    step("acl-more-grant-ns-admin", "super", c -> {
      AccessControlClient.grant(c, "acl_ns", "dave", Permission.Action.ADMIN);
      awaitPermission("dave", Permission.newBuilder("acl_ns").withActions(Permission.Action.ADMIN).build(), true);
      return null;
    });
    step("acl-more-ns-descriptor-dave-admin", "dave", c -> c.getAdmin().getNamespaceDescriptor("acl_ns").getName());
    step("acl-more-ns-descriptors-dave-admin", "dave", c -> java.util.Arrays.stream(c.getAdmin().listNamespaceDescriptors())
        .map(NamespaceDescriptor::getName).collect(java.util.stream.Collectors.toList()));
    step("acl-more-ns-perms-by-dave", "dave", c -> perms(AccessControlClient.getUserPermissions(c, "@acl_ns")));
    step("acl-more-grant-superuser-by-dave", "dave", c -> {
      AccessControlClient.grant(c, "acl_ns", System.getProperty("user.name"), Permission.Action.READ);
      return null;
    });
    step("acl-more-has-perm-other-by-dave", "dave", c -> c.getAdmin().hasUserPermissions("bob",
        java.util.Arrays.asList(Permission.newBuilder("acl_ns").withActions(Permission.Action.WRITE).build())));
    step("acl-more-has-perm-other-by-bob", "bob", c -> c.getAdmin().hasUserPermissions("dave",
        java.util.Arrays.asList(Permission.newBuilder("acl_ns").withActions(Permission.Action.WRITE).build())));
    step("acl-more-truncate", "super", c -> {
      c.getAdmin().disableTable(T2);
      c.getAdmin().truncateTable(T2, false);
      return null;
    });
    step("acl-more-perms-after-truncate", "super", c -> perms(AccessControlClient.getUserPermissions(c, T2.getNameAsString())));
    step("acl-more-disable-acl-table", "super", c -> {
      c.getAdmin().disableTable(TableName.valueOf("hbase:acl"));
      return null;
    });
    step("acl-more-drop-ns", "super", c -> {
      for (TableName n : c.getAdmin().listTableNamesByNamespace("acl_ns")) {
        c.getAdmin().disableTable(n);
        c.getAdmin().deleteTable(n);
      }
      c.getAdmin().deleteNamespace("acl_ns");
      return null;
    });
    step("acl-more-ns-perms-after-drop", "super", c -> {
      c.getAdmin().createNamespace(NamespaceDescriptor.create("acl_ns").build());
      return perms(AccessControlClient.getUserPermissions(c, "@acl_ns"));
    });
  }

  public static void main(String[] args) throws Exception {
    AclCheck check = new AclCheck(args[0]);
    try {
      check.run();
    } finally {
      for (Connection c : check.connections.values()) c.close();
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Paths.get(args[1]), StandardCharsets.UTF_8))) {
      for (String line : check.out) w.println(line);
    }
    System.exit(0);
  }
}
