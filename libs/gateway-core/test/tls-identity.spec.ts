import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { pb } from '@hbase-compat/hbase-codec';
import { RawHBaseConnection, type RawResponse } from '@hbase-compat/hbase-rpc-testing';
import { loadServerConfig } from '@hbase-compat/server-config';
import { startTestGateway } from './gateway-fixture';

/**
 * hbase.compat.rpc.tls.client.identity: with mutual TLS a connection acts as the name its verified
 * client certificate gives (tools/tls/gen-certs.sh: client.pem is CN=hbase-client, SAN DNS:localhost),
 * and a connection header naming someone else, or a connection without a certificate, is refused.
 */
const dir = mkdtempSync(join(tmpdir(), 'tls-identity-spec-'));
const cert = (name: string) => join(dir, name);
const fixtures: Awaited<ReturnType<typeof startTestGateway>>[] = [];

beforeAll(() => {
  execFileSync('bash', [resolve(__dirname, '../../../tools/tls/gen-certs.sh'), dir]);
});

afterEach(async () => {
  for (const f of fixtures.splice(0)) await f.stop();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function gatewayWithIdentity(identity: string, auth = 'NEED'): Promise<number> {
  const fixture = await startTestGateway([
    '--hbase.server.netty.tls.enabled=true',
    `--hbase.rpc.tls.keystore.location=${cert('server.pem')}`,
    `--hbase.rpc.tls.truststore.location=${cert('ca.pem')}`,
    `--hbase.server.netty.tls.client.auth.mode=${auth}`,
    `--hbase.compat.rpc.tls.client.identity=${identity}`,
  ]);
  fixtures.push(fixture);
  return fixture.port;
}

/** A TLS connection (with client.pem unless `withCertificate` is false) greeting as `user`. */
function overTls(port: number, user: string, withCertificate = true): Promise<RawHBaseConnection> {
  const pem = withCertificate ? readFileSync(cert('client.pem')) : undefined;
  return new Promise((done, fail) => {
    const socket = tlsConnect({ port, host: '127.0.0.1', ca: readFileSync(cert('ca.pem')), key: pem, cert: pem, servername: 'localhost' }, () =>
      done(RawHBaseConnection.over(socket).greet('MasterService', user)),
    );
    socket.once('error', fail);
  });
}

/** The answer to IsMasterRunning, or the fatal error the connection got instead. */
async function firstAnswer(c: RawHBaseConnection): Promise<RawResponse> {
  const call = c.call('IsMasterRunning', pb.IsMasterRunningRequest.encode({}).finish());
  const fatal = c.next();
  const answer = await Promise.race([call, fatal]);
  c.close();
  return answer;
}

describe('connection identity from the client certificate', () => {
  it('serves a header naming the certificate CN, and refuses one naming another user', async () => {
    const port = await gatewayWithIdentity('cn');
    expect((await firstAnswer(await overTls(port, 'hbase-client'))).header.exception).toBeFalsy();
    const refused = (await firstAnswer(await overTls(port, 'alice'))).header.exception;
    expect(refused?.exceptionClassName).toBe('org.apache.hadoop.hbase.security.AccessDeniedException');
    expect(refused?.stackTrace).toContain("Connection header user 'alice' is not the client certificate's cn 'hbase-client'");
  });

  it('takes the first DNS SAN when so configured', async () => {
    const port = await gatewayWithIdentity('dns');
    expect((await firstAnswer(await overTls(port, 'localhost'))).header.exception).toBeFalsy();
    expect((await firstAnswer(await overTls(port, 'hbase-client'))).header.exception?.exceptionClassName).toBe(
      'org.apache.hadoop.hbase.security.AccessDeniedException',
    );
  });

  it('refuses a connection without a client certificate under WANT, whatever its header says', async () => {
    const port = await gatewayWithIdentity('cn', 'WANT');
    const refused = (await firstAnswer(await overTls(port, 'hbase-client', false))).header.exception;
    expect(refused?.exceptionClassName).toBe('org.apache.hadoop.hbase.security.AccessDeniedException');
    expect(refused?.stackTrace).toContain('has no verified client certificate');
  });

  it('refuses a plain connection on a port that also accepts plain text', async () => {
    const port = await gatewayWithIdentity('cn');
    const plain = await RawHBaseConnection.handshake(port, 'MasterService');
    expect((await firstAnswer(plain)).header.exception?.exceptionClassName).toBe('org.apache.hadoop.hbase.security.AccessDeniedException');
  });

  it('is refused at start without client certificates', () => {
    expect(() => loadServerConfig({ argv: ['--hbase.compat.rpc.tls.client.identity=cn'] })).toThrow(/needs client certificates/);
  });
});
