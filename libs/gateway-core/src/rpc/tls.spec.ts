import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { type AddressInfo, type Server, type Socket, connect as netConnect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { loadServerConfig, readTlsStores } from '@hbase-compat/server-config';
import { RpcTlsListener, looksLikeTls } from './tls';

const dir = mkdtempSync(join(tmpdir(), 'rpc-tls-spec-'));
const cert = (name: string) => join(dir, name);
const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined };
const open: { server: Server; tls: RpcTlsListener }[] = [];

beforeAll(() => {
  execFileSync('bash', [resolve(__dirname, '../../../../tools/tls/gen-certs.sh'), dir]);
});

afterEach(async () => {
  for (const { server, tls } of open.splice(0)) {
    tls.close();
    await new Promise((r) => server.close(r));
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A listener whose connections, plain or TLS, echo what they receive; resolves with its port. */
async function listen(flags: string[]): Promise<number> {
  const config = loadServerConfig({ argv: ['--hbase.server.netty.tls.enabled=true', `--hbase.rpc.tls.truststore.location=${cert('ca.pem')}`, ...flags] });
  const echo = (s: Socket) => s.on('data', (d) => s.write(d)).on('error', () => undefined);
  const tls = RpcTlsListener.create(config.rpcTls, 5000, quiet, echo);
  if (!tls) throw new Error('TLS is off');
  const server = createServer((s) => tls.accept(s));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  open.push({ server, tls });
  return (server.address() as AddressInfo).port;
}

/** Sends bytes over TLS (optionally with a client certificate) and resolves with the echo, or 'closed'. */
function overTls(port: number, clientPem?: string): Promise<string> {
  return new Promise((done) => {
    const pem = clientPem ? readFileSync(cert(clientPem)) : undefined;
    const s = tlsConnect({ port, host: '127.0.0.1', ca: readFileSync(cert('ca.pem')), key: pem, cert: pem, servername: 'localhost' }, () => s.write('HBas\0P'));
    s.on('data', (d) => {
      done(`echo:${d.toString('latin1')}`);
      s.destroy();
    });
    s.on('error', () => done('closed'));
    s.on('close', () => done('closed'));
  });
}

function overPlain(port: number): Promise<string> {
  return new Promise((done) => {
    const s = netConnect(port, '127.0.0.1', () => s.write('HBas\0P'));
    s.on('data', (d) => {
      done(d[0] === 0x15 ? 'alert' : `echo:${d.toString('latin1')}`);
      s.destroy();
    });
    s.on('error', () => done('closed'));
    s.on('close', () => done('closed'));
  });
}

function servedSubject(port: number): Promise<string> {
  return new Promise((done, fail) => {
    const s = tlsConnect({ port, host: '127.0.0.1', ca: readFileSync(cert('ca.pem')), servername: 'localhost' }, () => {
      done(String(s.getPeerCertificate().subject.CN));
      s.destroy();
    });
    s.on('error', fail);
  });
}

describe('RPC TLS listener (NettyRpcServer initSSL, X509Util)', () => {
  it('tells a TLS record header from the HBase preamble', () => {
    expect(looksLikeTls(Buffer.from([0x16, 0x03, 0x01, 0x00, 0x10]))).toBe(true);
    expect(looksLikeTls(Buffer.from('HBas\0P'))).toBe(false);
  });

  it('reads a PKCS12 truststore (PBES2/AES, as openssl 3 writes it) to the same CA as the PEM one', () => {
    const read = (p: string) => readFileSync(p);
    const p12 = readTlsStores({ truststore: { location: cert('ca.p12'), password: 'trustpw', type: 'PKCS12' } }, read).ca ?? [];
    const pem = readTlsStores({ truststore: { location: cert('ca.pem'), password: undefined, type: 'PEM' } }, read).ca ?? [];
    expect(p12).toHaveLength(1);
    expect(new X509Certificate(p12[0]).fingerprint256).toBe(new X509Certificate(pem[0]).fingerprint256);
    expect(() => readTlsStores({ truststore: { location: cert('ca.p12'), password: 'wrong', type: 'PKCS12' } }, read)).toThrow(/wrong password/);
    if (existsSync(cert('ca-keytool.p12'))) {
      const keytool = readTlsStores({ truststore: { location: cert('ca-keytool.p12'), password: 'trustpw', type: 'PKCS12' } }, read).ca ?? [];
      expect(keytool.map((c) => new X509Certificate(c).fingerprint256)).toEqual([new X509Certificate(pem[0]).fingerprint256]);
    }
  });

  it('with plaintext supported, serves plain and TLS clients on one port', async () => {
    const port = await listen([`--hbase.rpc.tls.keystore.location=${cert('server.pem')}`, '--hbase.server.netty.tls.client.auth.mode=NONE']);
    expect(await overPlain(port)).toBe('echo:HBas\0P');
    expect(await overTls(port)).toBe('echo:HBas\0P');
  });

  it('with plaintext off, closes plain clients and serves TLS ones (PKCS12 keystore and truststore)', async () => {
    const port = await listen([
      `--hbase.rpc.tls.keystore.location=${cert('server.p12')}`,
      '--hbase.rpc.tls.keystore.password=storepw',
      `--hbase.rpc.tls.truststore.location=${cert('ca.p12')}`,
      '--hbase.rpc.tls.truststore.password=trustpw',
      '--hbase.server.netty.tls.supportplaintext=false',
      '--hbase.server.netty.tls.client.auth.mode=NONE',
    ]);
    expect(['closed', 'alert']).toContain(await overPlain(port));
    expect(await overTls(port)).toBe('echo:HBas\0P');
  });

  it('NEED refuses clients without a trusted certificate; WANT takes none but not an untrusted one', async () => {
    const need = await listen([`--hbase.rpc.tls.keystore.location=${cert('server.pem')}`]);
    expect(await overTls(need)).toBe('closed');
    expect(await overTls(need, 'rogue.pem')).toBe('closed');
    expect(await overTls(need, 'client.pem')).toBe('echo:HBas\0P');
    const want = await listen([`--hbase.rpc.tls.keystore.location=${cert('server.pem')}`, '--hbase.server.netty.tls.client.auth.mode=WANT']);
    expect(await overTls(want)).toBe('echo:HBas\0P');
    expect(await overTls(want, 'rogue.pem')).toBe('closed');
    expect(await overTls(want, 'client.pem')).toBe('echo:HBas\0P');
  });

  it("checks that a client certificate names the client's address (verify.client.hostname)", async () => {
    const on = await listen([`--hbase.rpc.tls.keystore.location=${cert('server.pem')}`, '--hbase.rpc.tls.host-verification.reverse-dns.enabled=false']);
    expect(await overTls(on, 'wronghost.pem')).toBe('closed');
    const off = await listen([`--hbase.rpc.tls.keystore.location=${cert('server.pem')}`, '--hbase.server.netty.tls.verify.client.hostname=false']);
    expect(await overTls(off, 'wronghost.pem')).toBe('echo:HBas\0P');
  });

  it('reloads a replaced keystore for new connections (certReload)', async () => {
    const live = cert('live.pem');
    copyFileSync(cert('server.pem'), live);
    const port = await listen([
      `--hbase.rpc.tls.keystore.location=${live}`,
      '--hbase.server.netty.tls.client.auth.mode=NONE',
      '--hbase.rpc.tls.certReload=true',
      '--hbase.rpc.tls.filepoll.interval.millis=50',
    ]);
    expect(await servedSubject(port)).toBe('localhost');
    copyFileSync(cert('server2.pem'), `${live}.tmp`);
    renameSync(`${live}.tmp`, live);
    let subject = '';
    for (let i = 0; i < 40 && subject !== 'reloaded'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      subject = await servedSubject(port);
    }
    expect(subject).toBe('reloaded');
  });
});
