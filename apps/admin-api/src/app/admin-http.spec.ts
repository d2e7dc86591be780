import Long from 'long';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { startNodeAdminServer } from '@hbase-compat/node-admin';
import { AppModule } from './app.module';
import type { AdminConfig } from './admin.config';

const SERVER = 'h,16020,1';

/** A NodeAdmin that serves one node, counts drains and exposes a request counter. */
async function fakeNode(): Promise<{ port: number; drains: string[]; stop: () => void }> {
  const drains: string[] = [];
  let requests = 0;
  const { server, port } = await startNodeAdminServer(
    {
      getStatus: () => ({ serverName: SERVER, state: 'serving', startCode: Long.fromNumber(1, true), liveServers: [SERVER] }),
      getMetrics: () => ({
        contentType: 'text/plain',
        text: `hbase_rpc_requests_total{service="ClientService",method="Get",outcome="ok",exception=""} ${(requests += 50)}\n`,
      }),
      listTables: () => ({ tables: [{ name: 't', state: 'ENABLED', families: ['f'], regions: [] }] }),
      drain: (reason) => (drains.push(reason), { accepted: true, serverName: SERVER, state: 'serving' }),
    },
    '127.0.0.1',
    0,
  );
  return { port, drains, stop: () => server.forceShutdown() };
}

async function startApi(nodePort: number, overrides: Partial<AdminConfig>): Promise<{ app: INestApplication; base: string }> {
  const config: AdminConfig = {
    port: 0,
    address: '127.0.0.1',
    nodeAdminAddresses: [`127.0.0.1:${nodePort}`],
    zookeeperQuorum: undefined,
    znodeParent: '/hbase',
    token: undefined,
    tokenFile: undefined,
    readsNeedToken: false,
    ...overrides,
  };
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: false });
  await app.listen(0, '127.0.0.1');
  return { app, base: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

async function call(base: string, path: string, init: RequestInit = {}): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const r = await fetch(base + path, init);
  return { status: r.status, body: (await r.json()) as Record<string, unknown>, headers: r.headers };
}

const drain = (token?: string): RequestInit => ({ method: 'POST', headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });

describe('admin-api over HTTP', () => {
  let node: Awaited<ReturnType<typeof fakeNode>>;
  beforeAll(async () => (node = await fakeNode()));
  afterAll(() => node.stop());

  describe('with a token configured', () => {
    let api: { app: INestApplication; base: string };
    beforeAll(async () => (api = await startApi(node.port, { token: 's3cret' })));
    afterAll(() => api.app.close());

    it('refuses a drain without or with a wrong token (401, WWW-Authenticate) and accepts the right one', async () => {
      const missing = await call(api.base, `/api/servers/${SERVER}/drain`, drain());
      expect(missing.status).toBe(401);
      expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(missing.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
      expect((await call(api.base, `/api/servers/${SERVER}/drain`, drain('nope'))).status).toBe(401);
      expect(node.drains).toEqual([]);
      const ok = await call(api.base, `/api/servers/${SERVER}/drain`, drain('s3cret'));
      expect(ok).toMatchObject({ status: 202, body: { serverName: SERVER, draining: true } });
      expect(node.drains).toHaveLength(1);
    });

    it('keeps reads open', async () => {
      expect((await call(api.base, '/api/servers')).status).toBe(200);
    });

    it('answers every bad request with a 4xx JSON body', async () => {
      expect(await call(api.base, '/api/nope')).toMatchObject({ status: 404, body: { statusCode: 404, error: 'Not Found' } });
      expect(await call(api.base, '/api/servers/not-a-server-name/drain', drain('s3cret'))).toMatchObject({
        status: 400,
        body: { statusCode: 400, error: 'Bad Request' },
      });
      expect(await call(api.base, '/api/servers/h,99999,1/drain', drain('s3cret'))).toMatchObject({ status: 400 });
      expect(await call(api.base, '/api/servers/h,1,1/drain', drain('s3cret'))).toMatchObject({ status: 404, body: { statusCode: 404 } });
      expect(await call(api.base, '/api/tables/.bad/regions')).toMatchObject({ status: 400, body: { statusCode: 400 } });
      expect(await call(api.base, '/api/tables/missing/regions')).toMatchObject({ status: 404, body: { message: 'table missing not found' } });
      const malformed = await call(api.base, `/api/servers/${SERVER}/drain`, {
        method: 'POST',
        headers: { authorization: 'Bearer s3cret', 'content-type': 'application/json' },
        body: '{',
      });
      expect(malformed).toMatchObject({ status: 400, body: { statusCode: 400 } });
    });

    it('computes a request rate from two scrapes', async () => {
      const { status, body } = await call(api.base, '/api/metrics');
      expect(status).toBe(200);
      const [server] = body.servers as { serverName: string; requestsPerSecond: number; intervalSeconds: number }[];
      expect(server.serverName).toBe(SERVER);
      // 50 requests per scrape, about a second apart
      expect(server.requestsPerSecond).toBeGreaterThan(20);
      expect(server.requestsPerSecond).toBeLessThan(60);
    });

    it('documents the bearer scheme on drain in OpenAPI', async () => {
      // The OpenAPI document is set up in main.ts; here the route decorators are what matters.
      const { ClusterController } = await import('./cluster.controller');
      const security = Reflect.getMetadata('swagger/apiSecurity', ClusterController.prototype.drain) as unknown[];
      expect(security).toEqual([{ token: [] }]);
    });
  });

  it('refuses state changes with 403 when no token is configured at all', async () => {
    const api = await startApi(node.port, {});
    try {
      expect(await call(api.base, `/api/servers/${SERVER}/drain`, drain('anything'))).toMatchObject({
        status: 403,
        body: { statusCode: 403, error: 'Forbidden' },
      });
      expect((await call(api.base, '/api/health')).status).toBe(200);
    } finally {
      await api.app.close();
    }
  });

  it('guards reads too when hbase.compat.admin.reads=token, but still serves the dashboard page', async () => {
    const api = await startApi(node.port, { token: 't', readsNeedToken: true });
    try {
      expect((await call(api.base, '/api/servers')).status).toBe(401);
      expect((await call(api.base, '/api/servers', { headers: { authorization: 'Bearer t' } })).status).toBe(200);
      expect((await fetch(`${api.base}/`)).status).toBe(200);
    } finally {
      await api.app.close();
    }
  });
});
