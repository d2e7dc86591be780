import { readFileSync, statSync } from 'node:fs';
import { reverse } from 'node:dns/promises';
import type { Socket } from 'node:net';
import { type PeerCertificate, type SecureContextOptions, type Server as TlsServer, type TLSSocket, checkServerIdentity, createServer } from 'node:tls';
import { type RpcTlsConfig, readTlsStores } from '@hbase-compat/server-config';

/**
 * TLS on the HBase RPC port, as HBase 2.6's NettyRpcServer does it (initSSL, getSslContext) with
 * X509Util's settings (libs/server-config/src/tls-config.ts):
 *
 *   connection := TLS-record* (TLS on)  |  plain HBase RPC (TLS off, or plaintext still supported)
 *
 * - Port unification (hbase.server.netty.tls.supportplaintext, Netty's OptionalSslHandler): the
 *   first 5 bytes decide. A TLS record header (content type 20..23, major version 3) starts a TLS
 *   handshake on the same socket; anything else (a plain client's "HBas" preamble) is plain RPC.
 *   With plaintext off every connection must handshake; plain bytes fail it and the socket closes.
 * - Client auth (X509Util.ClientAuth): NONE asks for no certificate; WANT asks and accepts none,
 *   but a certificate that is sent must be trusted (JSSE refuses an untrusted one either way);
 *   NEED refuses a client without a trusted certificate.
 * - verify.client.hostname (HBaseTrustManager.checkClientTrusted): a client certificate must name
 *   the client's IP address, else (reverse-dns.enabled) one of its reverse-DNS names.
 * - certReload (X509Util.enableCertFileReloading, FileChangeWatcher): the keystore and truststore
 *   files are polled every filepoll.interval.millis; on a change the context is rebuilt and new
 *   connections get it, open ones keep theirs. Unlike HBase (which drops the context and fails the
 *   next handshake if the new files are bad), a store that fails to load keeps the previous
 *   context and is retried at the next poll.
 * A handshake that fails or takes longer than the RPC handshake timeout closes that socket only.
 */
export interface TlsLogger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
}

/** A TLS record header: handshake/alert/change-cipher-spec/application data, protocol major 3. */
export function looksLikeTls(head: Buffer): boolean {
  return head.length >= 2 && head[0] >= 20 && head[0] <= 23 && head[1] === 3;
}

/** The Node secure-context options for the configured stores, protocols and suites. */
export function secureContextOptions(config: RpcTlsConfig, read: (path: string) => Buffer = (p) => readFileSync(p)): SecureContextOptions {
  const material = readTlsStores({ keystore: config.keystore, truststore: config.truststore }, read);
  return { ...material, minVersion: config.minVersion, maxVersion: config.maxVersion, ciphers: config.ciphers, honorCipherOrder: true };
}

export class RpcTlsListener {
  private readonly tlsServer: TlsServer;
  private readonly pending = new Set<Socket>();
  private poller: NodeJS.Timeout | undefined;
  private stamp: string;

  /** Undefined when TLS is off; throws (ConfigError, or OpenSSL's error) when the stores cannot be used. */
  static create(config: RpcTlsConfig, handshakeTimeoutMs: number, log: TlsLogger, ready: (socket: Socket) => void): RpcTlsListener | undefined {
    return config.enabled ? new RpcTlsListener(config, handshakeTimeoutMs, log, ready) : undefined;
  }

  private constructor(
    private readonly config: RpcTlsConfig,
    private readonly handshakeTimeoutMs: number,
    private readonly log: TlsLogger,
    private readonly ready: (socket: Socket) => void,
  ) {
    this.tlsServer = createServer({
      ...secureContextOptions(config),
      requestCert: config.clientAuth !== 'NONE',
      rejectUnauthorized: config.clientAuth === 'NEED',
      handshakeTimeout: handshakeTimeoutMs,
    });
    this.tlsServer.on('secureConnection', (s) => this.secured(s));
    this.tlsServer.on('tlsClientError', (e, s) => this.log.debug(`TLS handshake from ${s.remoteAddress}:${s.remotePort} failed: ${e.message}`));
    this.stamp = this.fileStamp();
    if (config.certReload) this.poller = setInterval(() => this.reloadIfChanged(), config.pollIntervalMs).unref();
    this.log.info(
      `TLS on the RPC port: plaintext ${config.supportPlaintext ? 'also accepted' : 'refused'}, client auth ${config.clientAuth}, ${config.minVersion}..${config.maxVersion}, cert reload ${config.certReload ? `every ${config.pollIntervalMs} ms` : 'off'}`,
    );
  }

  /** Takes a freshly accepted socket: plain ones go straight to `ready`, TLS ones after their handshake. */
  accept(socket: Socket): void {
    socket.setNoDelay(true); // the raw socket carries the TLS records: no Nagle delay under them
    this.pending.add(socket);
    socket.once('close', () => this.pending.delete(socket));
    if (!this.config.supportPlaintext) return this.startTls(socket);
    const timer = setTimeout(() => socket.destroy(), this.handshakeTimeoutMs);
    const fail = () => {
      clearTimeout(timer);
      socket.destroy();
    };
    socket.once('error', fail);
    socket.once('end', fail);
    const sniff = () => {
      const head = socket.read(5) as Buffer | null;
      if (head === null) return; // fewer than 5 bytes so far
      socket.off('readable', sniff).off('error', fail).off('end', fail);
      clearTimeout(timer);
      socket.unshift(head);
      if (looksLikeTls(head)) return this.startTls(socket);
      this.pending.delete(socket);
      this.ready(socket);
    };
    socket.on('readable', sniff);
  }

  /** Stops the file poller and closes every socket taken here that is still open (call after the gateway drained). */
  close(): void {
    if (this.poller) clearInterval(this.poller);
    for (const s of this.pending) s.destroy();
    this.pending.clear();
  }

  private startTls(socket: Socket): void {
    // tls.Server's connection handler wraps the socket (bytes read while sniffing are replayed).
    this.tlsServer.emit('connection', socket);
  }

  private secured(socket: TLSSocket): void {
    const cert = socket.getPeerCertificate();
    const presented = cert !== null && Object.keys(cert).length > 0;
    if (presented && !socket.authorized) {
      this.refuse(socket, `untrusted client certificate (${socket.authorizationError})`);
      return;
    }
    if (!presented || !this.config.verifyClientHostname) return this.handOver(socket);
    void this.hostMatches(socket.remoteAddress ?? '', cert).then(
      (ok) => (ok ? this.handOver(socket) : this.refuse(socket, `client certificate does not name ${socket.remoteAddress}`)),
      (e: Error) => this.refuse(socket, `client host verification failed: ${e.message}`),
    );
  }

  /** HBaseTrustManager.performHostVerification: the address first, then reverse-DNS names if allowed. */
  private async hostMatches(address: string, cert: PeerCertificate): Promise<boolean> {
    const ip = address.startsWith('::ffff:') ? address.slice(7) : address;
    if (checkServerIdentity(ip, cert) === undefined) return true;
    if (!this.config.reverseDnsLookup) return false;
    const names = await reverse(ip).catch(() => [] as string[]);
    return names.some((n) => checkServerIdentity(n, cert) === undefined);
  }

  private handOver(socket: TLSSocket): void {
    if (!socket.destroyed) this.ready(socket);
  }

  private refuse(socket: TLSSocket, why: string): void {
    this.log.warn(`refusing TLS connection from ${socket.remoteAddress}:${socket.remotePort}: ${why}`);
    socket.destroy();
  }

  private fileStamp(): string {
    return [this.config.keystore, this.config.truststore]
      .map((s) => {
        if (!s) return '-';
        try {
          const st = statSync(s.location);
          return `${st.mtimeMs}:${st.size}:${st.ino}`;
        } catch {
          return 'missing';
        }
      })
      .join('|');
  }

  /** FileChangeWatcher's poll: a changed store rebuilds the context new connections get. */
  private reloadIfChanged(): void {
    const stamp = this.fileStamp();
    if (stamp === this.stamp) return;
    try {
      this.tlsServer.setSecureContext(secureContextOptions(this.config));
      this.stamp = stamp;
      this.log.info('TLS keystore/truststore changed on disk: new connections use the reloaded certificates');
    } catch (e) {
      this.log.warn(`TLS keystore/truststore changed but could not be loaded (keeping the previous ones, retrying): ${(e as Error).message}`);
    }
  }
}
