import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_CONFIG_KEYS, CONFIG_KEYS, SIDECAR_CONFIG_KEYS, envNameFor } from '@hbase-compat/server-config';

/**
 * The deployment files by construction: every gateway setting they pass is a configuration key the
 * gateway knows, every Dockerfile target builds and ships the app it is named after, small and non-root,
 * and each node advertises the port it publishes. tools/compose/check.sh runs the compose stack for
 * real (podman) and tools/compose/k8s-validate.sh checks deploy/k8s against the Kubernetes schemas.
 */
const root = join(__dirname, '../../../..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const gatewayEnv = new Set(Object.keys(CONFIG_KEYS).map(envNameFor));
// The sidecar's and admin API's own keys (apps/health-sidecar, apps/admin-api).
const otherAppsEnv = new Set([...Object.keys(SIDECAR_CONFIG_KEYS), ...Object.keys(ADMIN_CONFIG_KEYS)].map(envNameFor));

describe('deployment files', () => {
  it.each(['docker-compose.yml', 'deploy/k8s/gateway-statefulset.yaml'])('%s passes only settings the apps know', (file) => {
    const names = new Set([...read(file).matchAll(/\b(HBASE_[A-Z0-9_]+|ZOOKEEPER_[A-Z0-9_]+)\b/g)].map((m) => m[1]));
    expect(names.size).toBeGreaterThan(3);
    const unknown = [...names].filter((n) => !gatewayEnv.has(n) && !otherAppsEnv.has(n));
    expect(unknown).toEqual([]);
  });

  // The root Dockerfile: shared deps, build and runtime stages, then one target per app.
  const dockerfile = () => read('Dockerfile');
  const target = (app: string) => new RegExp(`\\nFROM runtime AS ${app}\\n[\\s\\S]*?(?=\\nFROM |$)`).exec(dockerfile())?.[0] ?? '';

  it.each(['rpc-gateway', 'health-sidecar', 'admin-api'])('Dockerfile target %s builds and ships that app, and compose builds it', (app) => {
    expect(dockerfile()).toMatch(new RegExp(`npx nx run-many -t build --projects=\\S*\\b${app}\\b`));
    expect(target(app)).toContain(`COPY --from=build /src/dist/apps/${app} ./`);
    expect(target(app)).toMatch(/ENTRYPOINT \["node", "main.js"\]/);
    expect(existsSync(join(root, `apps/${app}/project.json`))).toBe(true);
    expect(read('docker-compose.yml')).toContain(`build: { context: ., target: ${app}, args: *node-bases }`);
  });

  it.each(['rpc-gateway', 'health-sidecar', 'admin-api'])('Dockerfile target %s: swappable bases, production modules, non-root, HEALTHCHECK', (app) => {
    expect(dockerfile()).toMatch(/^ARG NODE_BUILD_IMAGE=node:20-bookworm$/m);
    expect(dockerfile()).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
    expect(dockerfile()).toMatch(/^FROM \$\{NODE_IMAGE\} AS runtime$/m);
    // The runtime stage takes node_modules from the stage that installed production dependencies only.
    expect(dockerfile()).toMatch(/^RUN npm (ci|prune) --omit=dev/m);
    expect(dockerfile()).toContain('COPY --from=deps /src/node_modules ./node_modules');
    expect(target(app)).toMatch(/^USER node$/m);
    expect(target(app)).toMatch(/^HEALTHCHECK .*\n\s+CMD \["node", "-e", "fetch\(/m);
  });

  it('one Dockerfile with one build stage builds the three apps, so compose builds them once', () => {
    expect(dockerfile().match(/^FROM \S+ AS build$/gm)).toHaveLength(1);
    for (const app of ['rpc-gateway', 'health-sidecar', 'admin-api']) expect(existsSync(join(root, `apps/${app}/Dockerfile`))).toBe(false);
  });

  it('compose runs three gateway nodes, each with a sidecar, on one ZooKeeper and one Fluss cluster', () => {
    const compose = read('docker-compose.yml');
    for (const i of [1, 2, 3]) {
      expect(compose).toMatch(new RegExp(`\\n  gateway-${i}:\\n`));
      expect(compose).toMatch(new RegExp(`\\n  sidecar-${i}:\\n`));
      expect(compose).toContain(`HBASE_COMPAT_NODEADMIN_ADDRESSES: "gateway-${i}:16050"`);
    }
    expect(compose).toContain('image: apache/fluss:0.9.1-incubating');
    expect(compose).toContain('HBASE_COMPAT_FLUSS_BOOTSTRAP_SERVERS: fluss-coordinator:9123');
  });

  it('each gateway advertises the host name and port a client outside the compose network dials', () => {
    const compose = read('docker-compose.yml');
    for (const [i, port] of [
      [1, 16020],
      [2, 16021],
      [3, 16022],
    ]) {
      const listen = `\${GATEWAY${i}_PORT:-${port}}`;
      expect(compose).toContain(`HBASE_REGIONSERVER_HOSTNAME: gateway-${i}\n`);
      expect(compose).toContain(`HBASE_REGIONSERVER_PORT: "${listen}"`);
      expect(compose).toContain(`ports: ["${listen}:${listen}"]`); // published = listened = advertised
      expect(compose).toContain(`HBASE_COMPAT_RPC_ADDRESS: "gateway-${i}:${listen}"`);
    }
  });

  it('docker-compose.local.yml replaces only the upstream ZooKeeper and Fluss images', () => {
    const local = read('docker-compose.local.yml');
    const services = [...local.matchAll(/^ {2}([a-z0-9-]+):$/gm)].map((m) => m[1]);
    expect(services).toEqual(['zookeeper', 'fluss-coordinator', 'fluss-tablet-server']);
    expect(local).toContain('/opt/compose/fluss.sh');
    expect(existsSync(join(root, 'deploy/compose/fluss.sh'))).toBe(true);
    expect(existsSync(join(root, 'deploy/compose/zookeeper.sh'))).toBe(true);
  });
});
