import { hostname } from 'node:os';
import { Backoff } from '@hbase-compat/hbase-codec';
import { type ServerName, parseServerName, sameServer, serverNameToString } from '@hbase-compat/region-mapping';
import { PeerFailureDetector, probeTcp, supersededMembers } from './peer-probe';
import { ZkError, ZkSession } from './zk-session';
import { decodeClusterId, decodeMaster, encodeClusterId, encodeClusterUp, encodeMaster, encodeMetaRegionServer, encodeRegionServerInfo } from './znode-format';

/**
 * Registers one gateway node the way an HBase region server and master do:
 *   <parent>/hbaseid              cluster id (adopted if present)
 *   <parent>/running              cluster up marker
 *   <parent>/rs/<host,port,code>  ephemeral, RegionServerInfo
 *   <parent>/master               ephemeral, won by election; losers wait under backup-masters/
 *   <parent>/meta-region-server   written by the active master: the live node serving hbase:meta
 *   <parent>/compat-catalog       the gateway's own: rewritten after every DDL; every node watches
 *                                 it and re-reads the durable catalog (in the storage engine)
 *   <parent>/compat-sync/<server> the gateway's own, ephemeral: {"catalog":C,"membership":M}, the
 *                                 catalog version (data version of compat-catalog) and membership
 *                                 version (child version of rs/) this node has applied
 * Membership (children of rs/) and the active master are watched and reported to the caller.
 *
 * Fencing of region ownership (atomic operations are served by one owner only):
 *  - a lease: the node owns nothing unless a ZooKeeper round trip it started within the last half
 *    session timeout succeeded, so it stops before its session could have expired on the server;
 *  - a barrier on membership changes: a node owns nothing under membership version M until every
 *    member has applied M (and finished the atomic operations it began under older versions), so
 *    an old and a new owner never serve one region at once.
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
  /** How long a DDL waits for every node to load the new catalog (default 15 s). */
  catalogSyncTimeoutMs?: number;
  /** Probe peers' RPC ports this often to notice dead processes before their sessions expire (0: off). */
  peerProbeIntervalMs?: number;
  log?: (level: 'info' | 'warn' | 'error', message: string) => void;
}

export interface MembershipView {
  live: ServerName[];
  master: ServerName | undefined;
  /** Child version of rs/: grows with every join and leave, the same number on every node. */
  version: number;
}

interface SyncState {
  catalog: number;
  membership: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class HBaseZkRegistration {
  private session: ZkSession | undefined;
  private readonly identifier = `${process.pid}@${hostname()}`;
  private readonly selfName: string;
  private stopped = false;
  private recovering = false;
  private isMaster = false;
  private current: MembershipView = { live: [], master: undefined, version: -1 };
  private readonly listeners = new Set<(view: MembershipView) => void | Promise<void>>();
  private readonly catalogListeners = new Set<() => void | Promise<void>>();
  private clusterIdValue: string;
  private sessionState: 'disconnected' | 'connected' | 'expired' = 'disconnected';
  private synced: SyncState = { catalog: -1, membership: -1 };
  /** Membership version every member has applied; ownership is fenced until it equals the current one. */
  private settledVersion = -2;
  /**
   * When the lease runs out: half a session timeout after the start of the latest ZooKeeper round
   * trip that succeeded on the current session.
   */
  private leaseExpiresAt = 0;
  /** Whether the current view lists this node (kept with the view: ownership checks are per call). */
  private selfListed = false;
  private catalogChain: Promise<void> = Promise.resolve();
  private membershipChain: Promise<void> = Promise.resolve();
  private syncWrites: Promise<void> = Promise.resolve();
  private timers: NodeJS.Timeout[] = [];
  private readonly detector = new PeerFailureDetector(2, (peer) => probeTcp(peer.host, peer.port, 1000));

  constructor(private readonly options: RegistrationOptions) {
    this.clusterIdValue = options.clusterId;
    this.selfName = serverNameToString(options.self);
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

  /**
   * Whether this node may act as the owner of its regions now: registered, its session proven
   * alive within the lease, listed as a member, and every member past the last membership change.
   */
  holdsOwnership(): boolean {
    if (this.session === undefined || this.stopped || this.recovering || !this.selfListed) return false;
    return this.settledVersion === this.current.version && Date.now() < this.leaseExpiresAt;
  }

  /** Milliseconds left on the lease; 0 once it ran out, before registration and after stop (for metrics). */
  get leaseRemainingMs(): number {
    if (this.session === undefined || this.stopped) return 0;
    return Math.max(0, this.leaseExpiresAt - Date.now());
  }

  /** A round trip that began at `startedAt` succeeded: the session lives at least a timeout past it. */
  private extendLease(session: ZkSession, startedAt: number): void {
    this.leaseExpiresAt = Math.max(this.leaseExpiresAt, startedAt + this.leaseMs(session));
  }

  private leaseMs(session: ZkSession): number {
    return Math.min(this.options.sessionTimeoutMs, session.sessionTimeoutMs || this.options.sessionTimeoutMs) / 2;
  }

  /**
   * Hears every membership change. The registration publishes that this node has applied a view
   * only after every listener's promise settles (so a listener can first finish work begun under
   * the old view).
   */
  onMembership(listener: (view: MembershipView) => void | Promise<void>): void {
    this.listeners.add(listener);
  }

  /** Hears every catalog change announced by any node (this one included); same contract. */
  onCatalogChange(listener: () => void | Promise<void>): void {
    this.catalogListeners.add(listener);
  }

  /**
   * Tells every node the durable catalog changed (after it was written) and waits until every
   * member has loaded it, so a client that saw the DDL finish finds the table on any node.
   */
  async announceCatalogChange(): Promise<void> {
    const session = this.session;
    if (session === undefined) return;
    const version = await session.setData(this.path('compat-catalog'), Buffer.from(`${this.selfName} ${Date.now()}`));
    const behind = await this.awaitMembers(session, 'catalog', version, this.options.catalogSyncTimeoutMs ?? 15_000);
    if (behind.length > 0)
      this.log('warn', `catalog version ${version}: not yet loaded by ${behind.join(', ')} after ${this.options.catalogSyncTimeoutMs ?? 15_000} ms`);
  }

  /**
   * Polls the members' sync znodes until each has applied `version` of `what`; resolves with the
   * members still behind (empty when all caught up, or when `stillWanted` turned false).
   */
  private async awaitMembers(
    session: ZkSession,
    what: keyof SyncState,
    version: number,
    timeoutMs: number,
    stillWanted: () => boolean = () => true,
  ): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const members = await session.getChildren(this.path('rs'));
      const states = await Promise.all(members.map(async (m) => ({ m, state: parseSync(await session.getData(this.path('compat-sync', m))) })));
      const behind = states.filter(({ state }) => state === undefined || state[what] < version).map(({ m }) => m);
      if (behind.length === 0 || !stillWanted() || this.session !== session || Date.now() >= deadline) return behind;
      await sleep(20);
    }
  }

  /** Publishes what this node has applied; writes are ordered, so the znode never goes backwards. */
  private publishSync(session: ZkSession, update: Partial<SyncState>): Promise<void> {
    const write = this.syncWrites.then(async () => {
      this.synced = { ...this.synced, ...update };
      const path = this.path('compat-sync', this.selfName);
      const data = Buffer.from(JSON.stringify(this.synced));
      try {
        await session.setData(path, data);
      } catch (e) {
        if (!(e instanceof ZkError && e.code === 'NO_NODE')) throw e;
        await session.create(path, data, 'ephemeral');
      }
    });
    this.syncWrites = write.catch(() => undefined);
    return write;
  }

  private watchCatalog(session: ZkSession): Promise<void> {
    const run = this.catalogChain.then(async () => {
      if (this.stopped || this.session !== session) return;
      const rearm = () => this.retryingCatalogWatch(session);
      const current = await session.getDataVersioned(this.path('compat-catalog'), rearm);
      for (const l of this.catalogListeners) await l();
      if (current !== undefined) await this.publishSync(session, { catalog: current.version });
    });
    this.catalogChain = run.catch(() => undefined);
    return run;
  }

  /** Follows a catalog change; a failed reload is retried (unacknowledged, so DDL waits for it). */
  private retryingCatalogWatch(session: ZkSession): void {
    this.watchCatalog(session).catch((e: Error) => {
      this.log('warn', `catalog reload: ${e.message}; retrying in 1 s`);
      if (!this.stopped && this.session === session) setTimeout(() => this.retryingCatalogWatch(session), 1000).unref();
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
    this.synced = { catalog: -1, membership: -1 };
    this.syncWrites = Promise.resolve();
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
    const connectStarted = Date.now();
    await session.connect(this.options.connectTimeoutMs ?? 15000);
    this.leaseExpiresAt = 0;
    this.extendLease(session, connectStarted);
    this.sessionState = 'connected';
    await this.register(session);
    this.startTimers(session);
  }

  private startTimers(session: ZkSession): void {
    this.clearTimers();
    const every = (ms: number, tick: () => Promise<void>) => {
      let busy = false;
      const timer = setInterval(() => {
        if (busy || this.session !== session || this.stopped) return;
        busy = true;
        tick()
          .catch((e: Error) => this.log('warn', e.message))
          .finally(() => (busy = false));
      }, ms);
      timer.unref();
      this.timers.push(timer);
    };
    // The lease: a cheap round trip several times per lease period.
    every(Math.max(100, Math.floor(this.leaseMs(session) / 3)), () => this.renewLease(session));
    const probeMs = this.options.peerProbeIntervalMs ?? 500;
    if (probeMs > 0) every(probeMs, () => this.probePeers(session));
  }

  private clearTimers(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
  }

  private async renewLease(session: ZkSession): Promise<void> {
    const started = Date.now();
    const present = await session.exists(this.path('rs', this.selfName));
    if (this.session !== session || this.stopped) return;
    this.extendLease(session, started);
    if (!present) {
      // Removed while our session lives (another node took us for dead, or an operator did it):
      // we are alive, so join again; the membership barrier keeps ownership fenced meanwhile.
      this.log('warn', `${this.path('rs', this.selfName)} was removed while this node is alive; registering it again`);
      await this.createMemberZnode(session);
    }
  }

  /** Removes members whose process is gone (port refusing connections, or superseded by a restart). */
  private async probePeers(session: ZkSession): Promise<void> {
    const peers = this.current.live.filter((s) => !sameServer(s, this.options.self));
    const dead = await this.detector.sweep(peers);
    for (const peer of dead) await this.expireMember(session, peer, 'its RPC port refuses connections');
  }

  private async expireMember(session: ZkSession, peer: ServerName, why: string): Promise<void> {
    if (this.session !== session || this.stopped) return;
    const name = serverNameToString(peer);
    this.log('warn', `removing dead member ${name} without waiting for its session to expire: ${why}`);
    await session.remove(this.path('rs', name));
    await session.remove(this.path('backup-masters', name));
    const master = await session.getDataVersioned(this.path('master'));
    if (master !== undefined && serverNameToString(decodeMaster(master.data)) === name) {
      // Version-checked: a master elected meanwhile is not removed.
      await session.remove(this.path('master'), master.version).catch((e: Error) => this.log('warn', `stale master znode: ${e.message}`));
    }
  }

  private async recoverFromExpiry(): Promise<void> {
    this.recovering = true;
    this.log('warn', 'ZooKeeper session expired; registering again with a new session');
    this.isMaster = false;
    this.clearTimers();
    this.session?.close();
    const backoff = new Backoff(500, 5000);
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        await this.start();
        this.recovering = false;
        this.log('info', 'registered again after session expiry');
        return;
      } catch (e) {
        this.session?.close();
        this.log('error', `re-registration attempt ${attempt} failed: ${(e as Error).message}`);
        await backoff.wait();
      }
    }
  }

  private async register(session: ZkSession): Promise<void> {
    await session.ensure(this.options.znodeParent);
    await session.ensure(this.path('rs'));
    await session.ensure(this.path('backup-masters'));
    await session.ensure(this.path('compat-sync'));
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
    await this.createMemberZnode(session);
    await this.contendForMaster(session);
    await this.refreshMembership(session);
  }

  private async createMemberZnode(session: ZkSession): Promise<void> {
    const info = encodeRegionServerInfo(this.identifier, this.options.infoPort, this.options.version);
    try {
      await session.create(this.path('rs', this.selfName), info, 'ephemeral');
    } catch (e) {
      // Our own znode (the start code is this process's) left by a previous session that the
      // server has not expired yet: take it over with this session.
      if (!(e instanceof ZkError && e.code === 'NODE_EXISTS')) throw e;
      await session.remove(this.path('rs', this.selfName));
      await session.create(this.path('rs', this.selfName), info, 'ephemeral');
    }
  }

  private async contendForMaster(session: ZkSession): Promise<void> {
    const { self, infoPort } = this.options;
    const sn = this.selfName;
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
        if (!this.stopped && this.session === session)
          void this.contendForMaster(session)
            .then(() => this.refreshMembership(session))
            .catch((err) => this.log('warn', `master election: ${err.message}`));
      });
      if (!present && !this.stopped) return this.contendForMaster(session);
    }
  }

  /** Reads rs/ (re-arming its watch) and applies the view; views are applied one at a time, in order. */
  private refreshMembership(session: ZkSession): Promise<void> {
    const run = this.membershipChain.then(() => this.applyMembership(session));
    this.membershipChain = run.catch(() => undefined);
    return run;
  }

  private async applyMembership(session: ZkSession): Promise<void> {
    if (this.stopped || this.session !== session) return;
    const { children, version } = await session.getChildrenVersioned(this.path('rs'), () => {
      void this.refreshMembership(session).catch((e) => this.log('warn', `membership refresh: ${e.message}`));
    });
    let live: ServerName[] = [];
    for (const c of children) {
      try {
        live.push(parseServerName(c));
      } catch {
        this.log('warn', `ignoring malformed region server znode ${c}`);
      }
    }
    const superseded = supersededMembers(live);
    for (const old of superseded) await this.expireMember(session, old, 'a newer process registered on its host and port');
    live = live.filter((s) => !superseded.includes(s));
    const masterData = await session.getData(this.path('master'));
    const master = masterData ? decodeMaster(masterData) : undefined;
    this.current = { live, master, version };
    this.selfListed = live.some((s) => sameServer(s, this.options.self));
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
    for (const l of this.listeners) await l(this.current);
    await this.publishSync(session, { membership: version });
    if (this.settledVersion !== version) void this.settle(session, version);
  }

  /** Lifts the membership barrier once every member has applied `version`. */
  private async settle(session: ZkSession, version: number): Promise<void> {
    try {
      const behind = await this.awaitMembers(session, 'membership', version, Infinity, () => this.current.version === version && !this.stopped);
      if (behind.length === 0 && this.current.version === version && this.session === session) this.settledVersion = version;
    } catch (e) {
      this.log('warn', `membership barrier for version ${version}: ${(e as Error).message}`);
      // Retried on the next change, or by the lease renewal's re-registration path.
      if (this.current.version === version && this.session === session && !this.stopped) setTimeout(() => void this.settle(session, version), 200).unref();
    }
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
    this.clearTimers();
    const session = this.session;
    if (session === undefined) return;
    this.session = undefined;
    try {
      // Leave membership first, so a backup master taking over already sees the node gone.
      await session.remove(this.path('rs', this.selfName));
      await session.remove(this.path('backup-masters', this.selfName));
      await session.remove(this.path('compat-sync', this.selfName));
      if (this.isMaster) await session.remove(this.path('master'));
    } catch (e) {
      this.log('warn', `deregistration: ${(e as Error).message}`);
    } finally {
      session.close();
    }
  }
}

function parseSync(data: Buffer | undefined): SyncState | undefined {
  if (data === undefined || data.length === 0) return undefined;
  try {
    const parsed = JSON.parse(data.toString('utf8')) as Partial<SyncState>;
    return { catalog: Number(parsed.catalog ?? -1), membership: Number(parsed.membership ?? -1) };
  } catch {
    return undefined;
  }
}
