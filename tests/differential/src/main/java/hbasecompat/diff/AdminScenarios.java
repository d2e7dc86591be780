package hbasecompat.diff;

import static hbasecompat.diff.ScenarioContext.b;
import static hbasecompat.diff.Scenarios.CF;
import static hbasecompat.diff.Scenarios.Q;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.hadoop.hbase.ClusterMetrics;
import org.apache.hadoop.hbase.NamespaceDescriptor;
import org.apache.hadoop.hbase.RegionMetrics;
import org.apache.hadoop.hbase.ServerMetrics;
import org.apache.hadoop.hbase.ServerName;
import org.apache.hadoop.hbase.TableName;
import org.apache.hadoop.hbase.client.Admin;
import org.apache.hadoop.hbase.client.AsyncConnection;
import org.apache.hadoop.hbase.client.ConnectionFactory;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptor;
import org.apache.hadoop.hbase.client.ColumnFamilyDescriptorBuilder;
import org.apache.hadoop.hbase.client.Get;
import org.apache.hadoop.hbase.client.Put;
import org.apache.hadoop.hbase.client.Scan;
import org.apache.hadoop.hbase.client.ResultScanner;
import org.apache.hadoop.hbase.client.Increment;
import org.apache.hadoop.hbase.client.RegionInfo;
import org.apache.hadoop.hbase.client.Table;
import org.apache.hadoop.hbase.client.TableDescriptor;
import org.apache.hadoop.hbase.client.TableDescriptorBuilder;
import org.apache.hadoop.hbase.io.compress.Compression;
import org.apache.hadoop.hbase.regionserver.BloomType;
import org.apache.hadoop.hbase.util.Bytes;

/**
 * Admin and metrics APIs that tools call, table sanity checks and exception wording. Exceptions are
 * recorded with the first line of their message (Recorder.attempt records only the class), since
 * scripts and tests match on those texts. Cluster metrics record only what must match between a
 * standalone HBase and the gateway: presence, counts per table, shapes; never ports, start codes,
 * versions or timing-dependent counters.
 */
public final class AdminScenarios {
  private AdminScenarios() {}

  interface AdminBody {
    void run(ScenarioContext ctx, Admin admin) throws Exception;
  }

  /** A scenario body with an Admin open for its duration. */
  static Scenario.Body withAdmin(AdminBody body) {
    return ctx -> {
      try (Admin admin = ctx.connection.getAdmin()) {
        body.run(ctx, admin);
      }
    };
  }

  /** The start key of the table's region with this name (RegionMetrics names regions, not ranges). */
  static byte[] startKeyOf(Admin admin, TableName tn, byte[] regionName) throws Exception {
    for (RegionInfo ri : admin.getRegions(tn)) if (Bytes.equals(ri.getRegionName(), regionName)) return ri.getStartKey();
    return new byte[0];
  }

  /** Runs `action`; records "ok" or the exception class and the first line of its message. */
  static void fails(ScenarioContext ctx, String label, Recorder.ThrowingRunnable action) {
    try {
      action.run();
      ctx.rec.note(label, "ok");
    } catch (Throwable t) {
      ctx.rec.note(label, "throws " + Recorder.exceptionClass(t) + ": " + message(t));
    }
  }

  /** The first line of the message of the exception Recorder.exceptionClass picks, region ids masked. */
  static String message(Throwable t) {
    String wanted = Recorder.exceptionClass(t);
    Throwable pick = t;
    for (Throwable x = t; x != null && x.getCause() != x; x = x.getCause()) {
      if (x.getClass().getName().equals(wanted)) pick = x;
    }
    String m = String.valueOf(pick.getMessage());
    int nl = m.indexOf('\n');
    if (nl >= 0) m = m.substring(0, nl);
    return m.replaceAll("\\b1\\d{12}\\b", "<id>").replaceAll("\\b[0-9a-f]{32}\\b", "<encoded>");
  }

  static TableDescriptorBuilder builder(ScenarioContext ctx, String name) {
    return TableDescriptorBuilder.newBuilder(ctx.tableName(name)).setColumnFamily(ColumnFamilyDescriptorBuilder.of(CF));
  }

  static TableDescriptor withFamily(ScenarioContext ctx, String name, ColumnFamilyDescriptor family) {
    return TableDescriptorBuilder.newBuilder(ctx.tableName(name)).setColumnFamily(family).build();
  }

  /** Tables created outside ScenarioContext.table are dropped here (after the scenario's own checks). */
  static void drop(Admin admin, TableName tn) {
    try {
      if (admin.tableExists(tn)) {
        if (admin.isTableEnabled(tn)) admin.disableTable(tn);
        admin.deleteTable(tn);
      }
    } catch (Exception e) {
      System.err.println("cleanup of " + tn + ": " + e);
    }
  }

  /** Creates `td` (expecting the sanity check to refuse it), records the outcome, drops anything created. */
  static void createChecked(ScenarioContext ctx, Admin admin, String label, TableDescriptor td) {
    try {
      fails(ctx, label, () -> admin.createTable(td));
    } finally {
      drop(admin, td.getTableName());
    }
  }

  static String namespace(ScenarioContext ctx, String suffix) {
    return ctx.tableName(suffix).getNameAsString().replace("_", "");
  }

  public static List<Scenario> all() {
    List<Scenario> s = new ArrayList<>();
    messages(s);
    sanity(s);
    listings(s);
    metrics(s);
    switches(s);
    regionsAndCompaction(s);
    return s;
  }

  // ---- exception wording of the master's DDL paths (HMaster, the table/namespace procedures)
  static void messages(List<Scenario> s) {
    s.add(Scenario.of("admin-msg-delete-enabled", "admin-messages", "deleteTable of an enabled table: TableNotDisabledException text", withAdmin((ctx, admin) -> {
      ctx.table("t", "cf");
      fails(ctx, "delete", () -> admin.deleteTable(ctx.tableName("t")));
    })));
    s.add(Scenario.of("admin-msg-enable-enabled", "admin-messages", "enableTable of an enabled table", withAdmin((ctx, admin) -> {
      ctx.table("t", "cf");
      fails(ctx, "enable", () -> admin.enableTable(ctx.tableName("t")));
      fails(ctx, "enable-async", () -> admin.enableTableAsync(ctx.tableName("t")).get());
    })));
    s.add(Scenario.of("admin-msg-disable-disabled", "admin-messages", "disableTable of a disabled table", withAdmin((ctx, admin) -> {
      ctx.table("t", "cf");
      admin.disableTable(ctx.tableName("t"));
      fails(ctx, "disable", () -> admin.disableTable(ctx.tableName("t")));
    })));
    s.add(Scenario.of("admin-msg-truncate-enabled", "admin-messages", "truncateTable of an enabled table", withAdmin((ctx, admin) -> {
      ctx.table("t", "cf");
      fails(ctx, "truncate", () -> admin.truncateTable(ctx.tableName("t"), true));
    })));
    s.add(Scenario.of("admin-msg-create-exists", "admin-messages", "createTable of an existing table: TableExistsException text", withAdmin((ctx, admin) -> {
      ctx.table("t", "cf");
      fails(ctx, "create", () -> admin.createTable(builder(ctx, "t").build()));
    })));
    s.add(Scenario.of("admin-msg-missing-table", "admin-messages", "DDL on a missing table: TableNotFoundException texts", withAdmin((ctx, admin) -> {
      TableName tn = ctx.tableName("missing");
      fails(ctx, "disable", () -> admin.disableTable(tn));
      fails(ctx, "enable", () -> admin.enableTable(tn));
      fails(ctx, "delete", () -> admin.deleteTable(tn));
      fails(ctx, "truncate", () -> admin.truncateTable(tn, false));
      fails(ctx, "descriptor", () -> admin.getDescriptor(tn));
      fails(ctx, "modify", () -> admin.modifyTable(builder(ctx, "missing").build()));
      fails(ctx, "add-family", () -> admin.addColumnFamily(tn, ColumnFamilyDescriptorBuilder.of("x")));
      fails(ctx, "delete-family", () -> admin.deleteColumnFamily(tn, CF));
      fails(ctx, "modify-family", () -> admin.modifyColumnFamily(tn, ColumnFamilyDescriptorBuilder.of(CF)));
      fails(ctx, "is-enabled", () -> admin.isTableEnabled(tn));
      fails(ctx, "is-disabled", () -> admin.isTableDisabled(tn));
    })));
    s.add(Scenario.of("admin-msg-families", "admin-messages", "Family DDL refusals: InvalidFamilyOperationException texts", withAdmin((ctx, admin) -> {
      ctx.table("t", "cf");
      TableName tn = ctx.tableName("t");
      fails(ctx, "add-existing", () -> admin.addColumnFamily(tn, ColumnFamilyDescriptorBuilder.of(CF)));
      fails(ctx, "delete-missing", () -> admin.deleteColumnFamily(tn, b("nope")));
      fails(ctx, "delete-only", () -> admin.deleteColumnFamily(tn, CF));
      fails(ctx, "modify-missing", () -> admin.modifyColumnFamily(tn, ColumnFamilyDescriptorBuilder.of("nope")));
    })));
    s.add(Scenario.of("admin-msg-namespaces", "admin-messages", "Namespace refusals: exists, not found, not empty, reserved", withAdmin((ctx, admin) -> {
      String ns = namespace(ctx, "ns");
      admin.createNamespace(NamespaceDescriptor.create(ns).build());
      TableName tn = TableName.valueOf(ns, "t");
      try {
        fails(ctx, "create-again", () -> admin.createNamespace(NamespaceDescriptor.create(ns).build()));
        admin.createTable(TableDescriptorBuilder.newBuilder(tn).setColumnFamily(ColumnFamilyDescriptorBuilder.of(CF)).build());
        fails(ctx, "delete-non-empty", () -> admin.deleteNamespace(ns));
        fails(ctx, "delete-default", () -> admin.deleteNamespace("default"));
        fails(ctx, "delete-hbase", () -> admin.deleteNamespace("hbase"));
        fails(ctx, "get-missing", () -> admin.getNamespaceDescriptor(ns + "x"));
        fails(ctx, "delete-missing", () -> admin.deleteNamespace(ns + "x"));
        fails(ctx, "modify-missing", () -> admin.modifyNamespace(NamespaceDescriptor.create(ns + "x").build()));
        fails(ctx, "tables-of-missing", () -> admin.listTableNamesByNamespace(ns + "x"));
        fails(ctx, "create-table-in-missing", () -> admin.createTable(
            TableDescriptorBuilder.newBuilder(TableName.valueOf(ns + "x", "t")).setColumnFamily(ColumnFamilyDescriptorBuilder.of(CF)).build()));
      } finally {
        drop(admin, tn);
        admin.deleteNamespace(ns);
      }
    })));
    s.add(Scenario.of("admin-msg-system-namespace", "admin-messages", "Creating a table in the hbase namespace, and DDL on hbase:meta", withAdmin((ctx, admin) -> {
      TableName tn = TableName.valueOf("hbase", ctx.tableName("t").getQualifierAsString());
      try {
        fails(ctx, "create-in-hbase", () -> admin.createTable(TableDescriptorBuilder.newBuilder(tn).setColumnFamily(ColumnFamilyDescriptorBuilder.of(CF)).build()));
        try (Table t = ctx.connection.getTable(tn)) {
          t.put(new Put(b("r")).addColumn(CF, Q, 1, b("v")));
          ctx.rec.result("get-in-hbase", t.get(new Get(b("r"))));
        }
        ctx.rec.note("listed-as-system", java.util.Arrays.asList(admin.listTableNames(Pattern.compile(Pattern.quote(tn.getNameAsString())), false)).contains(tn)
            + "/" + java.util.Arrays.asList(admin.listTableNames(Pattern.compile(Pattern.quote(tn.getNameAsString())), true)).contains(tn));
      } finally {
        drop(admin, tn);
      }
      fails(ctx, "disable-meta", () -> admin.disableTable(TableName.META_TABLE_NAME));
      fails(ctx, "delete-meta", () -> admin.deleteTable(TableName.META_TABLE_NAME));
    })));
    s.add(Scenario.of("admin-msg-meta-ddl", "admin-messages", "truncate, enable and read-only modify of hbase:meta", withAdmin((ctx, admin) -> {
      fails(ctx, "truncate-meta", () -> admin.truncateTable(TableName.META_TABLE_NAME, false));
      fails(ctx, "enable-meta", () -> admin.enableTable(TableName.META_TABLE_NAME));
      fails(ctx, "modify-meta-readonly", () -> admin.modifyTable(TableDescriptorBuilder.newBuilder(admin.getDescriptor(TableName.META_TABLE_NAME)).setReadOnly(true).build()));
    })));
    s.add(Scenario.of("admin-msg-split-keys", "admin-messages", "createTable with an empty split key", withAdmin((ctx, admin) -> {
      TableName tn = ctx.tableName("t");
      try {
        fails(ctx, "empty-key", () -> admin.createTable(builder(ctx, "t").build(), new byte[][] {b("a"), new byte[0]}));
      } finally {
        drop(admin, tn);
      }
    })));
    s.add(Scenario.of("admin-msg-missing-namespace-table-ops", "admin-messages", "listTableDescriptorsByNamespace and namespace lookups of a missing namespace", withAdmin((ctx, admin) -> {
      String ns = namespace(ctx, "none");
      fails(ctx, "descriptors", () -> admin.listTableDescriptorsByNamespace(b(ns)));
      fails(ctx, "names", () -> admin.listTableNamesByNamespace(ns));
      fails(ctx, "get", () -> admin.getNamespaceDescriptor(ns));
    })));
  }

  // ---- TableDescriptorChecker.sanityCheck (create, modify, add/modify family)
  static void sanity(List<Scenario> s) {
    s.add(Scenario.of("admin-sanity-max-filesize", "admin-sanity", "A 1 KB MAX_FILESIZE is refused; bypassed with hbase.table.sanity.checks=false", withAdmin((ctx, admin) -> {
      createChecked(ctx, admin, "1k", builder(ctx, "t").setMaxFileSize(1024).build());
      createChecked(ctx, admin, "2m", builder(ctx, "t").setMaxFileSize(2 * 1024 * 1024).build());
      createChecked(ctx, admin, "bypassed", builder(ctx, "t").setMaxFileSize(1024).setValue("hbase.table.sanity.checks", "false").build());
    })));
    s.add(Scenario.of("admin-sanity-flushsize", "admin-sanity", "MEMSTORE_FLUSHSIZE below 1 MB is refused", withAdmin((ctx, admin) -> {
      createChecked(ctx, admin, "1k", builder(ctx, "t").setMemStoreFlushSize(1024).build());
      createChecked(ctx, admin, "1m", builder(ctx, "t").setMemStoreFlushSize(1024 * 1024).build());
    })));
    s.add(Scenario.of("admin-sanity-split-policy", "admin-sanity", "An unknown region split policy class is refused", withAdmin((ctx, admin) -> {
      createChecked(ctx, admin, "bogus", builder(ctx, "t").setRegionSplitPolicyClassName("org.example.NoSuchPolicy").build());
      createChecked(ctx, admin, "known", builder(ctx, "t").setRegionSplitPolicyClassName("org.apache.hadoop.hbase.regionserver.DisabledRegionSplitPolicy").build());
    })));
    s.add(Scenario.of("admin-sanity-ttl", "admin-sanity", "A family TTL of zero is refused", withAdmin((ctx, admin) ->
        createChecked(ctx, admin, "ttl-0", withFamily(ctx, "t", ColumnFamilyDescriptorBuilder.newBuilder(CF).setTimeToLive(0).build())))));
    s.add(Scenario.of("admin-sanity-blocksize", "admin-sanity", "Block sizes outside 1 KB..16 MB are refused", withAdmin((ctx, admin) -> {
      createChecked(ctx, admin, "512", withFamily(ctx, "t", ColumnFamilyDescriptorBuilder.newBuilder(CF).setBlocksize(512).build()));
      createChecked(ctx, admin, "32m", withFamily(ctx, "t", ColumnFamilyDescriptorBuilder.newBuilder(CF).setBlocksize(32 * 1024 * 1024).build()));
      createChecked(ctx, admin, "1k", withFamily(ctx, "t", ColumnFamilyDescriptorBuilder.newBuilder(CF).setBlocksize(1024).build()));
    })));
    s.add(Scenario.of("admin-sanity-min-versions", "admin-sanity", "MIN_VERSIONS above VERSIONS is refused", withAdmin((ctx, admin) ->
        createChecked(ctx, admin, "min-gt-max", withFamily(ctx, "t", ColumnFamilyDescriptorBuilder.newBuilder(CF).setMaxVersions(2).setMinVersions(3).build())))));
    s.add(Scenario.of("admin-sanity-compression", "admin-sanity", "Compression codecs are tested at the master", withAdmin((ctx, admin) -> {
      createChecked(ctx, admin, "gz", withFamily(ctx, "t", ColumnFamilyDescriptorBuilder.newBuilder(CF).setCompressionType(Compression.Algorithm.GZ).build()));
      createChecked(ctx, admin, "none", withFamily(ctx, "t", ColumnFamilyDescriptorBuilder.newBuilder(CF).setCompressionType(Compression.Algorithm.NONE).build()));
      for (Compression.Algorithm a : Compression.Algorithm.values()) {
        if (a == Compression.Algorithm.GZ || a == Compression.Algorithm.NONE) continue;
        createChecked(ctx, admin, a.getName(), withFamily(ctx, "t", ColumnFamilyDescriptorBuilder.newBuilder(CF).setCompressionType(a).build()));
        createChecked(ctx, admin, a.getName() + "-again", withFamily(ctx, "t", ColumnFamilyDescriptorBuilder.newBuilder(CF).setCompressionType(a).build()));
      }
      createChecked(ctx, admin, "compact-lzo", withFamily(ctx, "t", ColumnFamilyDescriptorBuilder.newBuilder(CF).setCompactionCompressionType(Compression.Algorithm.LZO).build()));
    })));
    s.add(Scenario.of("admin-sanity-encryption", "admin-sanity", "A family encryption type without a cipher provider is refused", withAdmin((ctx, admin) -> {
      createChecked(ctx, admin, "aes", withFamily(ctx, "t", ColumnFamilyDescriptorBuilder.newBuilder(CF).setEncryptionType("AES").build()));
      createChecked(ctx, admin, "aes-again", withFamily(ctx, "t", ColumnFamilyDescriptorBuilder.newBuilder(CF).setEncryptionType("AES").build()));
    })));
    s.add(Scenario.of("admin-sanity-in-memory-compaction", "admin-sanity", "An unknown IN_MEMORY_COMPACTION value is refused", withAdmin((ctx, admin) ->
        createChecked(ctx, admin, "bogus", withFamily(ctx, "t", ColumnFamilyDescriptorBuilder.newBuilder(CF).setValue("IN_MEMORY_COMPACTION", "BOGUS").build())))));
    s.add(Scenario.of("admin-sanity-replication-scope", "admin-sanity", "A replication scope that is no ScopeType is refused", withAdmin((ctx, admin) ->
        createChecked(ctx, admin, "scope-7", withFamily(ctx, "t", ColumnFamilyDescriptorBuilder.newBuilder(CF).setScope(7).build())))));
    s.add(Scenario.of("admin-sanity-bloom", "admin-sanity", "ROWPREFIX_FIXED_LENGTH bloom filter without its prefix length is refused", withAdmin((ctx, admin) ->
        createChecked(ctx, admin, "rowprefix", withFamily(ctx, "t", ColumnFamilyDescriptorBuilder.newBuilder(CF).setBloomFilterType(BloomType.ROWPREFIX_FIXED_LENGTH).build())))));
    s.add(Scenario.of("admin-sanity-fifo", "admin-sanity", "FIFO compaction needs a TTL and a high blocking file count", withAdmin((ctx, admin) -> {
      String fifo = "org.apache.hadoop.hbase.regionserver.compactions.FIFOCompactionPolicy";
      createChecked(ctx, admin, "default-ttl", builder(ctx, "t").setValue("hbase.hstore.defaultengine.compactionpolicy.class", fifo).build());
      createChecked(ctx, admin, "low-blocking", withFamily(ctx, "t", ColumnFamilyDescriptorBuilder.newBuilder(CF).setTimeToLive(100)
          .setConfiguration("hbase.hstore.defaultengine.compactionpolicy.class", fifo).build()));
    })));
    s.add(Scenario.of("admin-sanity-region-replication", "admin-sanity", "Region replication below one is refused", withAdmin((ctx, admin) ->
        createChecked(ctx, admin, "zero", builder(ctx, "t").setRegionReplication(0).build()))));
    s.add(Scenario.of("admin-sanity-no-family", "admin-sanity", "A table without families is refused", withAdmin((ctx, admin) ->
        createChecked(ctx, admin, "none", TableDescriptorBuilder.newBuilder(ctx.tableName("t")).build()))));
    s.add(Scenario.of("admin-sanity-coprocessor", "admin-sanity", "A table coprocessor class the master cannot load is refused", withAdmin((ctx, admin) -> {
      createChecked(ctx, admin, "missing-class", builder(ctx, "t").setCoprocessor("org.example.NoSuchObserver").build());
    })));
    s.add(Scenario.of("admin-sanity-dfs-replication", "admin-sanity", "A negative DFS_REPLICATION is refused", withAdmin((ctx, admin) -> {
      createChecked(ctx, admin, "dfs-replication", withFamily(ctx, "t", ColumnFamilyDescriptorBuilder.newBuilder(CF).setDFSReplication((short) -1).build()));
    })));
    s.add(Scenario.of("admin-sanity-modify", "admin-sanity", "modifyTable, addColumnFamily and modifyColumnFamily are sanity-checked too", withAdmin((ctx, admin) -> {
      ctx.table("t", "cf");
      TableName tn = ctx.tableName("t");
      fails(ctx, "modify-max-filesize", () -> admin.modifyTable(TableDescriptorBuilder.newBuilder(admin.getDescriptor(tn)).setMaxFileSize(1024).build()));
      fails(ctx, "modify-no-families", () -> admin.modifyTable(TableDescriptorBuilder.newBuilder(tn).build()));
      fails(ctx, "add-family-ttl-0", () -> admin.addColumnFamily(tn, ColumnFamilyDescriptorBuilder.newBuilder(b("x")).setTimeToLive(0).build()));
      fails(ctx, "modify-family-blocksize", () -> admin.modifyColumnFamily(tn, ColumnFamilyDescriptorBuilder.newBuilder(CF).setBlocksize(10).build()));
      ctx.rec.note("families", admin.getDescriptor(tn).getColumnFamilyNames().size());
      ctx.rec.note("max-filesize", admin.getDescriptor(tn).getMaxFileSize());
    })));
  }

  // ---- listings: system tables, tables by state, namespaces, hbase:meta's descriptor
  static void listings(List<Scenario> s) {
    s.add(Scenario.of("admin-list-system-tables", "admin", "listTableNames/listTableDescriptors with system tables include hbase:meta", withAdmin((ctx, admin) -> {
      ctx.table("t", "cf");
      TreeSet<String> withSys = new TreeSet<>();
      for (TableName tn : admin.listTableNames(Pattern.compile("hbase:meta|" + Pattern.quote(ctx.tableName("t").getNameAsString())), true)) withSys.add(tn.getNameAsString());
      ctx.rec.note("names-with-system", withSys.toString().replace(ctx.tableName("t").getNameAsString(), "<t>"));
      TreeSet<String> without = new TreeSet<>();
      for (TableName tn : admin.listTableNames(Pattern.compile("hbase:meta|" + Pattern.quote(ctx.tableName("t").getNameAsString())), false)) without.add(tn.getNameAsString());
      ctx.rec.note("names-without-system", without.toString().replace(ctx.tableName("t").getNameAsString(), "<t>"));
      boolean meta = false;
      for (TableDescriptor d : admin.listTableDescriptors(Pattern.compile("hbase:meta"), true)) meta |= d.getTableName().equals(TableName.META_TABLE_NAME);
      ctx.rec.note("descriptors-with-system-has-meta", meta);
      boolean listedPlain = false;
      for (TableName tn : admin.listTableNames()) listedPlain |= tn.isSystemTable();
      ctx.rec.note("plain-list-has-system", listedPlain);
      ctx.rec.note("meta-exists", admin.tableExists(TableName.META_TABLE_NAME));
      ctx.rec.note("meta-enabled", admin.isTableEnabled(TableName.META_TABLE_NAME));
    })));
    s.add(Scenario.of("admin-list-by-state", "admin", "listTableNamesByState and listTableDescriptorsByState", withAdmin((ctx, admin) -> {
      ctx.table("on", "cf");
      ctx.table("off", "cf");
      admin.disableTable(ctx.tableName("off"));
      String prefix = ctx.tableName("").getNameAsString();
      TreeSet<String> enabled = new TreeSet<>();
      for (TableName tn : admin.listTableNamesByState(true)) if (tn.getNameAsString().startsWith(prefix) || tn.isSystemTable()) enabled.add(tn.getNameAsString().replace(prefix, "<p>"));
      TreeSet<String> disabled = new TreeSet<>();
      for (TableName tn : admin.listTableNamesByState(false)) if (tn.getNameAsString().startsWith(prefix) || tn.isSystemTable()) disabled.add(tn.getNameAsString().replace(prefix, "<p>"));
      ctx.rec.note("enabled", enabled);
      ctx.rec.note("disabled", disabled);
      TreeSet<String> enabledDescriptors = new TreeSet<>();
      for (TableDescriptor d : admin.listTableDescriptorsByState(true)) if (d.getTableName().getNameAsString().startsWith(prefix)) enabledDescriptors.add(d.getTableName().getNameAsString().replace(prefix, "<p>") + " families=" + d.getColumnFamilyCount());
      TreeSet<String> disabledDescriptors = new TreeSet<>();
      for (TableDescriptor d : admin.listTableDescriptorsByState(false)) if (d.getTableName().getNameAsString().startsWith(prefix)) disabledDescriptors.add(d.getTableName().getNameAsString().replace(prefix, "<p>"));
      ctx.rec.note("enabled-descriptors", enabledDescriptors);
      ctx.rec.note("disabled-descriptors", disabledDescriptors);
    })));
    s.add(Scenario.of("admin-meta-descriptor", "admin", "getDescriptor(hbase:meta): families and their settings", withAdmin((ctx, admin) -> {
      TableDescriptor d = admin.getDescriptor(TableName.META_TABLE_NAME);
      ctx.rec.note("name", d.getTableName());
      ctx.rec.note("is-meta", d.isMetaTable());
      ctx.rec.note("read-only", d.isReadOnly());
      ctx.rec.note("region-replication", d.getRegionReplication());
      for (ColumnFamilyDescriptor f : d.getColumnFamilies()) {
        ctx.rec.note("family " + f.getNameAsString(), "versions=" + f.getMaxVersions() + " inMemory=" + f.isInMemory() + " blocksize=" + f.getBlocksize()
            + " bloom=" + f.getBloomFilterType() + " cacheData=" + f.isBlockCacheEnabled() + " scope=" + f.getScope() + " encoding=" + f.getDataBlockEncoding());
      }
      ctx.rec.note("describe", d.toString());
    })));
    s.add(Scenario.of("admin-namespace-listing", "admin", "listNamespaces, listNamespaceDescriptors, getNamespaceDescriptor of the system namespaces", withAdmin((ctx, admin) -> {
      String ns = namespace(ctx, "ns");
      admin.createNamespace(NamespaceDescriptor.create(ns).addConfiguration("k", "v").build());
      try {
        TreeSet<String> names = new TreeSet<>();
        for (String n : admin.listNamespaces()) if (n.equals(ns) || n.equals("default") || n.equals("hbase")) names.add(n.replace(ns, "<ns>"));
        ctx.rec.note("names", names);
        TreeSet<String> descriptors = new TreeSet<>();
        for (NamespaceDescriptor d : admin.listNamespaceDescriptors()) if (d.getName().equals(ns) || d.getName().equals("default") || d.getName().equals("hbase")) descriptors.add(d.getName().replace(ns, "<ns>") + d.getConfiguration());
        ctx.rec.note("descriptors", descriptors);
        ctx.rec.note("hbase", admin.getNamespaceDescriptor("hbase").toString());
        ctx.rec.note("default", admin.getNamespaceDescriptor("default").toString());
        ctx.rec.note("created", admin.getNamespaceDescriptor(ns).toString().replace(ns, "<ns>"));
        ctx.rec.note("hbase-tables-has-meta", java.util.Arrays.asList(admin.listTableNamesByNamespace("hbase")).contains(TableName.META_TABLE_NAME));
        admin.modifyNamespace(NamespaceDescriptor.create(ns).addConfiguration("k2", "v2").build());
        ctx.rec.note("modified", admin.getNamespaceDescriptor(ns).getConfiguration());
      } finally {
        admin.deleteNamespace(ns);
      }
    })));
    s.add(Scenario.of("admin-modify-table", "admin", "modifyTable: change a table attribute, add and drop families, keep state and regions", withAdmin((ctx, admin) -> {
      ctx.table("t", new String[] {"cf"}, b("m"));
      TableName tn = ctx.tableName("t");
      admin.modifyTable(TableDescriptorBuilder.newBuilder(admin.getDescriptor(tn)).setMaxFileSize(64L * 1024 * 1024).setValue("custom", "x")
          .setColumnFamily(ColumnFamilyDescriptorBuilder.of("g")).build());
      TableDescriptor d = admin.getDescriptor(tn);
      ctx.rec.note("max-filesize", d.getMaxFileSize());
      ctx.rec.note("custom", d.getValue("custom"));
      ctx.rec.note("families", d.getColumnFamilyNames().size());
      admin.disableTable(tn);
      admin.modifyTable(TableDescriptorBuilder.newBuilder(admin.getDescriptor(tn)).removeColumnFamily(b("g")).build());
      ctx.rec.note("disabled-after-modify", admin.isTableDisabled(tn));
      ctx.rec.note("families-after-drop", admin.getDescriptor(tn).getColumnFamilyNames().size());
      ctx.rec.note("regions", admin.getRegions(tn).size());
      admin.enableTable(tn);
      ctx.rec.note("available", admin.isTableAvailable(tn));
    })));
    s.add(Scenario.of("admin-table-available", "admin", "isTableAvailable with and without split keys, for enabled, disabled and missing tables", withAdmin((ctx, admin) -> {
      ctx.table("t", new String[] {"cf"}, b("g"), b("p"));
      TableName tn = ctx.tableName("t");
      ctx.rec.note("available", admin.isTableAvailable(tn));
      fails(ctx, "available-same-splits", () -> ctx.rec.note("same-splits", admin.isTableAvailable(tn, new byte[][] {b("g"), b("p")})));
      fails(ctx, "available-other-splits", () -> ctx.rec.note("other-splits", admin.isTableAvailable(tn, new byte[][] {b("x")})));
      admin.disableTable(tn);
      ctx.rec.note("available-disabled", admin.isTableAvailable(tn));
      fails(ctx, "available-missing", () -> ctx.rec.note("missing", admin.isTableAvailable(ctx.tableName("missing"))));
    })));
  }

  // ---- cluster metrics (normalised: presence, counts, shapes)
  static void metrics(List<Scenario> s) {
    s.add(Scenario.of("admin-cluster-metrics", "admin-metrics", "getClusterMetrics: servers, master, balancer, ids present", withAdmin((ctx, admin) -> {
      ClusterMetrics m = admin.getClusterMetrics();
      ctx.rec.note("live-servers", m.getLiveServerMetrics().size());
      ctx.rec.note("dead-servers", m.getDeadServerNames().size());
      ctx.rec.note("master", m.getMasterName() != null);
      ctx.rec.note("backup-masters", m.getBackupMasterNames().size());
      ctx.rec.note("balancer-on", m.getBalancerOn());
      ctx.rec.note("cluster-id", m.getClusterId() != null && !m.getClusterId().isEmpty());
      ctx.rec.note("version", m.getHBaseVersion() != null && m.getHBaseVersion().startsWith("2."));
      ctx.rec.note("regions-in-transition", m.getRegionStatesInTransition().size());
      ctx.rec.note("servers-name", m.getServersName().size());
      ctx.rec.note("master-is-live-server", m.getLiveServerMetrics().keySet().stream().anyMatch(sn -> sn.getAddress().equals(m.getMasterName().getAddress())) || m.getLiveServerMetrics().size() == 1);
    })));
    s.add(Scenario.of("admin-cluster-metrics-regions", "admin-metrics", "ServerMetrics.getRegionMetrics lists each region a server hosts", withAdmin((ctx, admin) -> {
      ctx.table("t", new String[] {"cf", "cf2"}, b("g"), b("p"));
      TableName tn = ctx.tableName("t");
      TreeSet<String> expected = new TreeSet<>();
      for (RegionInfo ri : admin.getRegions(tn)) expected.add(Bytes.toStringBinary(ri.getRegionName()));
      // A region server reports its load every few seconds: wait until the report lists the new regions.
      TreeSet<String> seen = new TreeSet<>();
      boolean metaListed = false;
      int stores = 0;
      for (int attempt = 0; attempt < 60 && !seen.equals(expected); attempt++) {
        if (attempt > 0) Thread.sleep(250);
        seen.clear();
        stores = 0;
        metaListed = false;
        for (ServerMetrics sm : admin.getClusterMetrics().getLiveServerMetrics().values()) {
          for (RegionMetrics rm : sm.getRegionMetrics().values()) {
            TableName owner = RegionInfo.getTable(rm.getRegionName());
            metaListed |= owner.equals(TableName.META_TABLE_NAME);
            if (owner.equals(tn)) {
              seen.add(Bytes.toStringBinary(rm.getRegionName()));
              stores += rm.getStoreCount();
            }
          }
        }
      }
      ctx.rec.note("regions-reported", seen.size());
      ctx.rec.note("same-regions-as-getRegions", seen.equals(expected));
      ctx.rec.note("stores", stores);
      ctx.rec.note("meta-listed", metaListed);
      ClusterMetrics m = admin.getClusterMetrics();
      int requests = 0;
      for (ServerMetrics sm : m.getLiveServerMetrics().values()) requests += sm.getRegionMetrics().isEmpty() ? 0 : 1;
      ctx.rec.note("servers-with-regions", requests);
      ctx.rec.note("table-region-states", m.getTableRegionStatesCount().containsKey(tn) ? m.getTableRegionStatesCount().get(tn).getTotalRegions() : -1);
    })));
    s.add(Scenario.of("admin-region-metrics-server-table", "admin-metrics", "getRegionMetrics(server, table) asks the region server for one table's regions", withAdmin((ctx, admin) -> {
      Table t = ctx.table("t", new String[] {"cf"}, b("m"));
      TableName tn = ctx.tableName("t");
      // A fixed workload; HRegion counts a write per mutation and a read per RegionScannerImpl.nextRaw.
      t.put(new Put(b("a")).addColumn(CF, Q, b("v")));
      t.put(new Put(b("z")).addColumn(CF, Q, b("v")));
      t.put(List.of(new Put(b("b")).addColumn(CF, Q, b("v")), new Put(b("c")).addColumn(CF, Q, b("v"))));
      t.get(new Get(b("a")));
      t.get(new Get(b("y")));
      try (ResultScanner rs = t.getScanner(new Scan())) {
        int n = 0;
        while (rs.next() != null) n++;
        ctx.rec.note("scanned", n);
      }
      t.increment(new Increment(b("a")).addColumn(CF, b("n"), 1));
      TreeSet<String> regions = new TreeSet<>();
      TreeSet<String> counts = new TreeSet<>();
      for (ServerName sn : admin.getRegionServers()) {
        for (RegionMetrics rm : admin.getRegionMetrics(sn, tn)) {
          regions.add(Bytes.toStringBinary(rm.getRegionName()));
          ctx.rec.note("region-stores", rm.getStoreCount());
          counts.add(Bytes.toStringBinary(rm.getRegionName()).replaceAll(",.*", "") + " start=" + Bytes.toStringBinary(startKeyOf(admin, tn, rm.getRegionName()))
              + " reads=" + rm.getReadRequestCount() + " writes=" + rm.getWriteRequestCount());
        }
      }
      for (String c : counts) ctx.rec.note("requests", c.replaceAll("^[^ ]* ", ""));
      TreeSet<String> expected = new TreeSet<>();
      for (RegionInfo ri : admin.getRegions(tn)) expected.add(Bytes.toStringBinary(ri.getRegionName()));
      ctx.rec.note("regions", regions.size());
      ctx.rec.note("same-regions-as-getRegions", regions.equals(expected));
      int all = 0;
      for (ServerName sn : admin.getRegionServers()) all += admin.getRegionMetrics(sn).size();
      ctx.rec.note("all-regions-at-least-table-regions", all >= 2);
    })));
    s.add(Scenario.of("admin-cluster-metrics-options", "admin-metrics", "getClusterMetrics(options) fills only the fields asked for", withAdmin((ctx, admin) -> {
      for (EnumSet<ClusterMetrics.Option> opts : List.of(EnumSet.of(ClusterMetrics.Option.LIVE_SERVERS), EnumSet.of(ClusterMetrics.Option.MASTER),
          EnumSet.of(ClusterMetrics.Option.CLUSTER_ID, ClusterMetrics.Option.HBASE_VERSION), EnumSet.of(ClusterMetrics.Option.BALANCER_ON),
          EnumSet.of(ClusterMetrics.Option.SERVERS_NAME), EnumSet.of(ClusterMetrics.Option.BACKUP_MASTERS, ClusterMetrics.Option.DEAD_SERVERS))) {
        ClusterMetrics m = admin.getClusterMetrics(opts);
        ctx.rec.note(opts.toString(), "live=" + m.getLiveServerMetrics().size() + " master=" + (m.getMasterName() != null) + " clusterId=" + (m.getClusterId() != null)
            + " version=" + (m.getHBaseVersion() != null) + " balancer=" + m.getBalancerOn() + " serversName=" + m.getServersName().size()
            + " backups=" + m.getBackupMasterNames().size() + " dead=" + m.getDeadServerNames().size());
      }
    })));
    s.add(Scenario.of("admin-region-servers", "admin-metrics", "getRegionServers and getRegions(server) cover a table's regions", withAdmin((ctx, admin) -> {
      ctx.table("t", new String[] {"cf"}, b("m"));
      TableName tn = ctx.tableName("t");
      ctx.rec.note("servers", admin.getRegionServers().size());
      int found = 0;
      for (ServerName sn : admin.getRegionServers()) for (RegionInfo ri : admin.getRegions(sn)) if (ri.getTable().equals(tn)) found++;
      ctx.rec.note("table-regions-on-servers", found);
      boolean meta = false;
      for (ServerName sn : admin.getRegionServers()) for (RegionInfo ri : admin.getRegions(sn)) meta |= ri.isMetaRegion();
      ctx.rec.note("meta-on-a-server", meta);
    })));
  }

  // ---- master switches (balancer, normalizer, catalog janitor, cleaner chore, split/merge, maintenance)
  static void switches(List<Scenario> s) {
    s.add(Scenario.of("admin-balancer", "admin-switches", "Balancer on by default; switch returns the previous state; balance()", withAdmin((ctx, admin) -> {
      ctx.rec.note("enabled", admin.isBalancerEnabled());
      ctx.rec.note("switch-off-prev", admin.balancerSwitch(false, true));
      ctx.rec.note("enabled-after-off", admin.isBalancerEnabled());
      ctx.rec.note("metrics-balancer-off", admin.getClusterMetrics(EnumSet.of(ClusterMetrics.Option.BALANCER_ON)).getBalancerOn());
      ctx.rec.note("balance-when-off", admin.balance());
      ctx.rec.note("switch-on-prev", admin.balancerSwitch(true, true));
      ctx.rec.note("enabled-after-on", admin.isBalancerEnabled());
    })));
    s.add(Scenario.of("admin-normalizer", "admin-switches", "Normalizer switch and normalize()", withAdmin((ctx, admin) -> {
      boolean initial = admin.isNormalizerEnabled();
      ctx.rec.note("enabled", initial);
      ctx.rec.note("switch-on-prev", admin.normalizerSwitch(true));
      ctx.rec.note("enabled-after-on", admin.isNormalizerEnabled());
      ctx.rec.note("normalize", admin.normalize());
      ctx.rec.note("switch-back-prev", admin.normalizerSwitch(initial));
    })));
    s.add(Scenario.of("admin-catalog-janitor", "admin-switches", "Catalog janitor switch and run", withAdmin((ctx, admin) -> {
      ctx.rec.note("enabled", admin.isCatalogJanitorEnabled());
      ctx.rec.note("switch-off-prev", admin.catalogJanitorSwitch(false));
      ctx.rec.note("enabled-after-off", admin.isCatalogJanitorEnabled());
      ctx.rec.note("switch-on-prev", admin.catalogJanitorSwitch(true));
      ctx.rec.note("run", admin.runCatalogJanitor() >= 0);
    })));
    s.add(Scenario.of("admin-cleaner-chore", "admin-switches", "Cleaner chore switch and run", withAdmin((ctx, admin) -> {
      ctx.rec.note("enabled", admin.isCleanerChoreEnabled());
      ctx.rec.note("switch-off-prev", admin.cleanerChoreSwitch(false));
      ctx.rec.note("enabled-after-off", admin.isCleanerChoreEnabled());
      ctx.rec.note("switch-on-prev", admin.cleanerChoreSwitch(true));
      ctx.rec.note("run", admin.runCleanerChore());
    })));
    s.add(Scenario.of("admin-split-merge-switch", "admin-switches", "Split and merge switches", withAdmin((ctx, admin) -> {
      ctx.rec.note("split", admin.isSplitEnabled());
      ctx.rec.note("merge", admin.isMergeEnabled());
      ctx.rec.note("split-off-prev", admin.splitSwitch(false, true));
      ctx.rec.note("split-after-off", admin.isSplitEnabled());
      ctx.rec.note("split-on-prev", admin.splitSwitch(true, true));
      ctx.rec.note("merge-off-prev", admin.mergeSwitch(false, true));
      ctx.rec.note("merge-on-prev", admin.mergeSwitch(true, true));
    })));
    s.add(Scenario.of("admin-maintenance-mode", "admin-switches", "isMasterInMaintenanceMode, snapshot cleanup and RPC throttle flags", withAdmin((ctx, admin) -> {
      ctx.rec.note("maintenance", admin.isMasterInMaintenanceMode());
      fails(ctx, "snapshot-cleanup", () -> ctx.rec.note("snapshot-cleanup-enabled", admin.isSnapshotCleanupEnabled()));
      fails(ctx, "rpc-throttle", () -> ctx.rec.note("rpc-throttle-enabled", admin.isRpcThrottleEnabled()));
    })));
  }

  // ---- regions, compaction, flush
  static void regionsAndCompaction(List<Scenario> s) {
    s.add(Scenario.of("admin-compact", "admin-regions", "compact and majorCompact of a table and a region are accepted", withAdmin((ctx, admin) -> {
      Table t = ctx.table("t", new String[] {"cf"}, b("m"));
      TableName tn = ctx.tableName("t");
      t.put(new Put(b("a")).addColumn(CF, Q, 1, b("v")));
      fails(ctx, "flush", () -> admin.flush(tn));
      fails(ctx, "compact", () -> admin.compact(tn));
      fails(ctx, "major-compact", () -> admin.majorCompact(tn));
      fails(ctx, "compact-family", () -> admin.compact(tn, CF));
      RegionInfo first = admin.getRegions(tn).get(0);
      fails(ctx, "compact-region", () -> admin.compactRegion(first.getRegionName()));
      fails(ctx, "major-compact-region", () -> admin.majorCompactRegion(first.getRegionName()));
      fails(ctx, "compact-missing-family", () -> admin.compact(tn, b("nope")));
      ctx.rec.result("after", t.get(new Get(b("a"))));
    })));
    s.add(Scenario.of("admin-compaction-state", "admin-regions", "getCompactionState of a table and a region", withAdmin((ctx, admin) -> {
      ctx.table("t", new String[] {"cf"}, b("m"));
      TableName tn = ctx.tableName("t");
      ctx.rec.note("table", admin.getCompactionState(tn));
      ctx.rec.note("region", admin.getCompactionStateForRegion(admin.getRegions(tn).get(0).getRegionName()));
      fails(ctx, "missing-table", () -> admin.getCompactionState(ctx.tableName("missing")));
    })));
    s.add(Scenario.of("admin-get-regions", "admin-regions", "getRegions: count, order, table, ids and replica ids of a pre-split table", withAdmin((ctx, admin) -> {
      ctx.table("t", new String[] {"cf"}, b("c"), b("k"), b("t"));
      TableName tn = ctx.tableName("t");
      List<RegionInfo> regions = admin.getRegions(tn);
      ctx.rec.note("count", regions.size());
      long id = regions.get(0).getRegionId();
      for (RegionInfo ri : regions) {
        ctx.rec.note("region", Bytes.toStringBinary(ri.getStartKey()) + ".." + Bytes.toStringBinary(ri.getEndKey()) + " table=" + ri.getTable().equals(tn)
            + " sameId=" + (ri.getRegionId() == id) + " replica=" + ri.getReplicaId() + " offline=" + ri.isOffline() + " split=" + ri.isSplit()
            + " encodedLen=" + ri.getEncodedName().length());
      }
      fails(ctx, "missing", () -> ctx.rec.note("missing-regions", admin.getRegions(ctx.tableName("missing")).size()));
      ctx.rec.note("meta-regions", admin.getRegions(TableName.META_TABLE_NAME).size());
    })));
    s.add(Scenario.of("admin-truncate-no-preserve", "admin-regions", "truncateTable without preserveSplits leaves one region and an empty enabled table", withAdmin((ctx, admin) -> {
      Table t = ctx.table("t", new String[] {"cf"}, b("g"), b("p"));
      TableName tn = ctx.tableName("t");
      t.put(new Put(b("h")).addColumn(CF, Q, 1, b("v")));
      admin.disableTable(tn);
      admin.truncateTable(tn, false);
      ctx.rec.note("regions", admin.getRegions(tn).size());
      ctx.rec.note("enabled", admin.isTableEnabled(tn));
      ctx.rec.result("get", t.get(new Get(b("h"))));
      ctx.rec.note("descriptor-families", admin.getDescriptor(tn).getColumnFamilyCount());
    })));
    s.add(Scenario.of("admin-async-flush", "admin-regions", "AsyncAdmin.flush of a table waits for the flush procedure (MasterRpcServices.execProcedure's expected timeout)", ctx -> {
      Table t = ctx.table("t", new String[] {"cf"}, b("m"));
      TableName tn = ctx.tableName("t");
      t.put(new Put(b("a")).addColumn(CF, Q, 1, b("v")));
      try (AsyncConnection ac = ConnectionFactory.createAsyncConnection(ctx.connection.getConfiguration()).get()) {
        fails(ctx, "async-flush", () -> ac.getAdmin().flush(tn).get(60, TimeUnit.SECONDS));
        fails(ctx, "async-flush-family", () -> ac.getAdmin().flush(tn, CF).get(60, TimeUnit.SECONDS));
      }
      ctx.rec.result("after", t.get(new Get(b("a"))));
    }));
    s.add(Scenario.of("admin-flush-region", "admin-regions", "flushRegion, flush of a missing table, compactionSwitch", withAdmin((ctx, admin) -> {
      Table t = ctx.table("t", new String[] {"cf"}, b("m"));
      TableName tn = ctx.tableName("t");
      t.put(new Put(b("a")).addColumn(CF, Q, 1, b("v")));
      RegionInfo first = admin.getRegions(tn).get(0);
      fails(ctx, "flush-region", () -> admin.flushRegion(first.getRegionName()));
      fails(ctx, "flush-region-family", () -> admin.flushRegion(first.getRegionName(), CF));
      fails(ctx, "flush-missing-table", () -> admin.flush(ctx.tableName("missing")));
      fails(ctx, "compact-missing-table", () -> admin.compact(ctx.tableName("missing")));
      fails(ctx, "compaction-switch", () -> ctx.rec.note("switch-prev", admin.compactionSwitch(false, new ArrayList<>()).values()));
      fails(ctx, "compaction-switch-back", () -> ctx.rec.note("switch-back-prev", admin.compactionSwitch(true, new ArrayList<>()).values()));
      ctx.rec.result("after", t.get(new Get(b("a"))));
    })));
    s.add(Scenario.of("admin-disabled-table-regions", "admin-regions", "A disabled table: getRegions, region metrics and compaction", withAdmin((ctx, admin) -> {
      ctx.table("t", new String[] {"cf"}, b("m"));
      TableName tn = ctx.tableName("t");
      admin.disableTable(tn);
      ctx.rec.note("regions", admin.getRegions(tn).size());
      int metrics = 0;
      for (ServerName sn : admin.getRegionServers()) metrics += admin.getRegionMetrics(sn, tn).size();
      ctx.rec.note("region-metrics", metrics);
      fails(ctx, "compact-disabled", () -> admin.compact(tn));
      ctx.rec.note("available", admin.isTableAvailable(tn));
    })));
    s.add(Scenario.of("admin-table-descriptor-defaults", "admin", "Descriptor defaults a master stores for a plain table", withAdmin((ctx, admin) -> {
      ctx.table("t", "cf");
      TableDescriptor d = admin.getDescriptor(ctx.tableName("t"));
      ctx.rec.note("describe", d.toString().replace(ctx.tableName("t").getNameAsString(), "<t>"));
      Map<org.apache.hadoop.hbase.util.Bytes, org.apache.hadoop.hbase.util.Bytes> values = d.getValues();
      TreeSet<String> keys = new TreeSet<>();
      for (org.apache.hadoop.hbase.util.Bytes k : values.keySet()) keys.add(Bytes.toString(k.get()));
      ctx.rec.note("table-keys", keys);
    })));
  }
}
