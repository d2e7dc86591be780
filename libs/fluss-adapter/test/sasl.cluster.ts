import { FlussClient } from '../src/client/fluss-client';
import { isFlussError } from '../src/protocol/errors';

/**
 * SASL/PLAIN toward a real Fluss 0.9.1 whose CLIENT listeners require it (tools/fluss.sh start
 * --sasl USER:PASSWORD: every server listens on its port + 1000 with security.protocol.map
 * CLIENT:SASL). FLUSS_SASL_BOOTSTRAP is that coordinator listener, FLUSS_SASL_CREDENTIALS the
 * USER:PASSWORD. The table probe_db.probe is the one tools/fluss.sh's probe wrote through it.
 */
const bootstrap = process.env['FLUSS_SASL_BOOTSTRAP'];
const credentials = process.env['FLUSS_SASL_CREDENTIALS'];
if (!bootstrap || !credentials) {
  throw new Error('FLUSS_SASL_BOOTSTRAP and FLUSS_SASL_CREDENTIALS are required: start Fluss with tools/fluss.sh start --sasl USER:PASSWORD');
}
const username = credentials.slice(0, credentials.indexOf(':'));
const password = credentials.slice(credentials.indexOf(':') + 1);
const probeTable = { database: 'probe_db', table: 'probe' };

function client(sasl?: { username: string; password: string }): FlussClient {
  return new FlussClient({ bootstrapServers: [bootstrap!], requestTimeoutMs: 10_000, connectTimeoutMs: 3_000, retries: 2, retryBackoffMs: 100, sasl });
}

async function failure(run: (c: FlussClient) => Promise<unknown>, sasl?: { username: string; password: string }): Promise<{ error: unknown; ms: number }> {
  const c = client(sasl);
  const started = Date.now();
  try {
    await run(c);
  } catch (error) {
    return { error, ms: Date.now() - started };
  } finally {
    await c.close();
  }
  throw new Error('the request succeeded');
}

describe('SASL/PLAIN toward Fluss (fluss-adapter against a real cluster)', () => {
  it('authenticates to the coordinator and to the tablet servers it names', async () => {
    const c = client({ username, password });
    try {
      expect(await c.listDatabases()).toContain('probe_db');
      const nodes = await c.refreshNodes();
      const saslPort = Number(bootstrap.split(':')[1]);
      // The coordinator answers with the endpoints of the listener asked (CLIENT, port + 1000).
      for (const node of nodes) expect(node.port).toBeGreaterThanOrEqual(saslPort);
      // ListOffsets goes to the bucket leader, a tablet server: SASL there too.
      expect(await c.listOffsets(probeTable, 0, 1)).toBeGreaterThanOrEqual(1n);
    } finally {
      await c.close();
    }
  });

  it('a wrong password fails at once with AUTHENTICATE_EXCEPTION and the server reason, not after retries', async () => {
    const { error, ms } = await failure((c) => c.listDatabases(), { username, password: `${password}-wrong` });
    expect(isFlussError(error, 'Authenticate')).toBe(true);
    expect((error as Error).message).toMatch(/Invalid username or password/);
    expect(ms).toBeLessThan(5_000);
  });

  it('an unknown user is refused the same way', async () => {
    const { error } = await failure((c) => c.listDatabases(), { username: 'nobody', password });
    expect(isFlussError(error, 'Authenticate')).toBe(true);
  });

  it('a client without SASL is refused by the SASL listener, naming authentication', async () => {
    const { error } = await failure((c) => c.listDatabases());
    expect(isFlussError(error, 'Authenticate')).toBe(true);
    expect((error as Error).message).toMatch(/authentication/i);
  });
});
