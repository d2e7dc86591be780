# Sourced by the cluster scripts: builds tests/cluster/ClusterCheck.java against the HBase 2.6 client
# jars (once, again when the source changes) and runs it.
#   cluster_check MODE ARGS...   (exit 0 when every check of the mode passed)
cluster_check() {
  local jars classes=$ROOT/.cache/cluster-check
  jars=$(bash "$ROOT/tools/deps/maven-jars.sh" hbase-client-2.6) || return 1
  mkdir -p "$classes"
  if [[ ! -f $classes/ClusterCheck.class || $ROOT/tests/cluster/ClusterCheck.java -nt $classes/ClusterCheck.class ]]; then
    javac -nowarn -d "$classes" -cp "$jars/*" "$ROOT/tests/cluster/ClusterCheck.java" || { echo "FAILED ClusterCheck does not compile"; return 1; }
  fi
  timeout 600 java -Xmx512m -Dorg.slf4j.simpleLogger.defaultLogLevel=error -cp "$classes:$jars/*" ClusterCheck "$@"
}
