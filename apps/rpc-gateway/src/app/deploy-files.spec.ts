import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_CONFIG_KEYS, CONFIG_KEYS, SIDECAR_CONFIG_KEYS, envNameFor } from '@hbase-compat/server-config';

/**
 * docker compose and kubectl cannot run here, so the deployment files are checked by construction:
 * every gateway setting they pass is a configuration key the gateway knows, and every Dockerfile
 * builds and ships the app it is named after.
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

  it.each(['rpc-gateway', 'health-sidecar', 'admin-api'])('apps/%s/Dockerfile builds and ships that app, and compose builds it', (app) => {
    const dockerfile = read(`apps/${app}/Dockerfile`);
    expect(dockerfile).toContain(`npx nx build ${app} `);
    expect(dockerfile).toContain(`COPY --from=build /src/dist/apps/${app} ./`);
    expect(dockerfile).toMatch(/ENTRYPOINT \["node", "main.js"\]/);
    expect(existsSync(join(root, `apps/${app}/project.json`))).toBe(true);
    expect(read('docker-compose.yml')).toContain(`dockerfile: apps/${app}/Dockerfile`);
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
});
