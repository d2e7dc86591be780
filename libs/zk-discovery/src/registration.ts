import { hostname } from 'node:os';
import { type ServerName, parseServerName, serverNameToString } from '@hbase-compat/region-mapping';
import { ZkError, ZkSession } from './zk-session';
import {
  decodeClusterId,
  decodeMaster,
  encodeClusterId,
  encodeClusterUp,
  encodeMaster,
  encodeMetaRegionServer,
  encodeRegionServerInfo,
} from './znode-format';

/**
 * Registers one gateway node the way an HBase region server and master do:
 *   <parent>/hbaseid              cluster id (adopted if present)
 *   <parent>/running              cluster up marker
 *   <parent>/rs/<host,port,code>  ephemeral, RegionServerInfo
 *   <parent>/master               ephemeral, won by election; losers wait under backup-masters/
 *   <parent>/meta-region-server   written by the active master: the live node serving hbase:meta
 *   <parent>/compat-catalog       the gateway's own: rewritten after every DDL; every node watches
 *                                 it and re-reads the durable catalog (in the storage engine)
 * Membership (children of rs/) and the active master are watched and reported to the caller.
 */
export interface RegistrationOptions {
  connectString: string;
  znodeParent: string;
  sessionTimeoutMs: number;
  self: ServerName;
  infoPort: number;
  version: string;
  /** Proposed cluster id; the one already in ZooKeeper wins. */
  clusterId: string;
  /** Which live server hosts hbase:meta (same function on every node). */
  metaHost: (live: ServerName[]) => ServerName;
  connectTimeoutMs?: number;
  log?: (level: 'info' | 'warn' | 'error', message: string) => void;
}

export interface MembershipView {
  live: ServerName[];
  master: ServerName | undefined;
}

export class HBaseZkRegistration {
  private session: ZkSession | undefined;
  private readonly identifier = `${process.pid}@${hostname()}`;
  private stopped = false;
  private recovering = false;
  private isMaster = false;
  private current: MembershipView = { live: [], master: undefined };
  private readonly listeners = new Set<(view: MembershipView) => void>();
  private readonly catalogListeners = new Set<() => void>();
  private clusterIdValue: string;
  private sessionState: 'disconnected' | 'connected' | 'expired' = 'disconnected';

  constructor(private readonly options: RegistrationOptions) {
    this.clusterIdValue = options.clusterId;
  }

  get clusterId(): string {
    return this.clusterIdValue;
  }

  get state(): string {
    return this.sessionState;
  }

  get membership(): MembershipView {
    return this.current;
  }

  get activeMaster(): boolean {
    return this.isMaster;
  }

  onMembership(listener: (view: MembershipView) => void): void {
    this.listeners.add(listener);
  }

  /** Hears every catalog change announced by any node (this one included). */
  onCatalogChange(listener: () => void): void {
    this.catalogListeners.add(listener);
  }

  /** Tells every node the durable catalog changed (after it was written). */
  async announceCatalogChange(): Promise<void> {
    const session = this.session;
    if (session === undefined) return;
    await session.setData(this.path('compat-catalog'), Buffer.from(`${serverNameToString(this.options.self)} ${Date.now()}`));
  }

  private async watchCatalog(session: ZkSession): Promise<void> {
    if (this.stopped || this.session !== session) return;
    await session.getData(this.path('compat-catalog'), () => {
      void this.watchCatalog(session).catch((e) => this.log('warn', `catalog watch: ${e.message}`));
      for (const l of this.catalogListeners) l();
    });
  }

  private path(...parts: string[]): string {
    const parent = this.options.znodeParent === '/' ? '' : this.options.znodeParent;
    return [parent, ...parts].join('/');
  }

  private log(level: 'info' | 'warn' | 'error', message: string): void {
    this.options.log?.(level, message);
  }

  /** Connects and registers; rejects if ZooKeeper cannot be reached in time. */
  async start(): Promise<void> {
    const session = new ZkSession(this.options.connectString, this.options.sessionTimeoutMs);
    this.session = session;
    session.client.on('state', (s: { name: string }) => {
      // A replaced session's late events must not touch the current one.
      if (this.session !== session) return;
      if (s.name === 'SYNC_CONNECTED') this.sessionState = 'connected';
      else if (s.name === 'DISCONNECTED') this.sessionState = 'disconnected';
      else if (s.name === 'EXPIRED') {
        this.sessionState = 'expired';
        if (!this.stopped && !this.recovering) void this.recoverFromExpiry();
      }
    });
    await session.connect(this.options.connectTimeoutMs ?? 15000);
    this.sessionState = 'connected';
    await this.register(session);
  }

  private async recoverFromExpiry(): Promise<void> {
    this.recovering = true;
    this.log('warn', 'ZooKeeper session expired; registering again with a new session');
    this.isMaster = false;
    this.session?.close();
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        await this.start();
        this.recovering = false;
        this.log('info', 'registered again after session expiry');
        return;
      } catch (e) {
        this.session?.close();
        this.log('error', `re-registration attempt ${attempt} failed: ${(e as Error).message}`);
        await new Promise((r) => setTimeout(r, Math.min(5000, 250 * 2 ** attempt)));
      }
    }
  }

  private async register(session: ZkSession): Promise<void> {
    const { self, version, infoPort } = this.options;
    const sn = serverNameToString(self);
    await session.ensure(this.options.znodeParent);
    await session.ensure(this.path('rs'));
    await session.ensure(this.path('backup-masters'));
    await session.ensure(this.path('running'), encodeClusterUp(this.identifier, new Date().toString()));
    try {
      await session.create(this.path('hbaseid'), encodeClusterId(this.identifier, this.clusterIdValue), 'persistent');
    } catch (e) {
      if (!(e instanceof ZkError && e.code === 'NODE_EXISTS')) throw e;
      const existing = await session.getData(this.path('hbaseid'));
      if (existing) this.clusterIdValue = decodeClusterId(existing);
    }
    await session.ensure(this.path('compat-catalog'));
    await this.watchCatalog(session);
    const info = encodeRegionServerInfo(this.identifier, infoPort, version);
    try {
      await session.create(this.path('rs', sn), info, 'ephemeral');
    } catch (e) {
      // Our own znode (the start code is this process's) left by a previous session that the
      // server has not expired yet: take it over with this session.
      if (!(e instanceof ZkError && e.code === 'NODE_EXISTS')) throw e;
      await session.remove(this.path('rs', sn));
      await session.create(this.path('rs', sn), info, 'ephemeral');
    }
    await this.contendForMaster(session);
    await this.refreshMembership(session);
  }

  private async contendForMaster(session: ZkSession): Promise<void> {
    const { self, infoPort } = this.options;
    const sn = serverNameToString(self);
    try {
      await session.create(this.path('master'), encodeMaster(this.identifier, self, infoPort), 'ephemeral');
      this.isMaster = true;
      await session.remove(this.path('backup-masters', sn));
      this.log('info', `became active master ${sn}`);
    } catch (e) {
      if (!(e instanceof ZkError && e.code === 'NODE_EXISTS')) throw e;
      this.isMaster = false;
      try {
        await session.create(this.path('backup-masters', sn), encodeMaster(this.identifier, self, infoPort), 'ephemeral');
      } catch (inner) {
        if (!(inner instanceof ZkError && inner.code === 'NODE_EXISTS')) throw inner;
      }
      // Watch the master; contend again when it goes away.
      const present = await session.exists(this.path('master'), () => {
        if (!this.stopped && this.session === session) void this.contendForMaster(session).then(() => this.refreshMembership(session)).catch((err) => this.log('warn', `master election: ${err.message}`));
      });
      if (!present && !this.stopped) return this.contendForMaster(session);
    }
  }

  private async refreshMembership(session: ZkSession): Promise<void> {
    if (this.stopped || this.session !== session) return;
    const children = await session.getChildren(this.path('rs'), () => {
      void this.refreshMembership(session).catch((e) => this.log('warn', `membership refresh: ${e.message}`));
    });
    const live: ServerName[] = [];
    for (const c of children) {
      try {
        live.push(parseServerName(c));
      } catch {
        this.log('warn', `ignoring malformed region server znode ${c}`);
      }
    }
    const masterData = await session.getData(this.path('master'));
    const master = masterData ? decodeMaster(masterData) : undefined;
    this.current = { live, master };
    if (this.isMaster && live.length > 0) {
      const meta = this.options.metaHost(live);
      const data = encodeMetaRegionServer(this.identifier, meta);
      try {
        await session.create(this.path('meta-region-server'), data, 'persistent');
      } catch (e) {
        if (!(e instanceof ZkError && e.code === 'NODE_EXISTS')) throw e;
        await session.setData(this.path('meta-region-server'), data);
      }
    }
    for (const l of this.listeners) l(this.current);
  }

  /**
   * Drops the current session and registers with a new one, as after an expiry. For a session
   * whose client library failed in a way it cannot recover from by itself.
   */
  resetSession(reason: string): void {
    if (this.stopped || this.recovering) return;
    this.log('warn', `ZooKeeper session reset: ${reason}`);
    void this.recoverFromExpiry();
  }

  /** Removes this node's znodes at once (instead of waiting for the session to expire). */
  async stop(): Promise<void> {
    this.stopped = true;
    const session = this.session;
    if (session === undefined) return;
    this.session = undefined;
    const sn = serverNameToString(this.options.self);
    try {
      // Leave membership first, so a backup master taking over already sees the node gone.
      await session.remove(this.path('rs', sn));
      await session.remove(this.path('backup-masters', sn));
      if (this.isMaster) await session.remove(this.path('master'));
    } catch (e) {
      this.log('warn', `deregistration: ${(e as Error).message}`);
    } finally {
      session.close();
    }
  }
}
