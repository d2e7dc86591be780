import { fluss } from '../generated/fluss';
import { ApiKey } from '../protocol/api-keys';
import { type ConnectionOptions, FlussConnection, type FlussRequestObserver, type MessageType, type SaslPlain } from '../protocol/connection';
import { FlussError, isFlussError, responseError } from '../protocol/errors';
import { encodeKvRecordBatch, type KvRecord, NO_BATCH_SEQUENCE, NO_WRITER_ID } from '../protocol/kv-record-batch';
import { Backoff, has, splitHostPort, toBigInt, toLong } from '@hbase-compat/hbase-codec';
import { KeyedSequencer } from './keyed-sequencer';
import { type PendingLookup, ServerLookupQueue } from './lookup-batcher';

export interface FlussClientOptions {
  /** host:port of any server (coordinator first is best: it serves DDL). */
  bootstrapServers: string[];
  requestTimeoutMs?: number;
  connectTimeoutMs?: number;
  sasl?: SaslPlain;
  /** Attempts for a retriable failure (leader moved, server restarting, timeout). */
  retries?: number;
  retryBackoffMs?: number;
  /** PutKv writes with a writer id and per-bucket sequences, so a retried batch is applied once. */
  idempotentWrites?: boolean;
  /** Told of every request's outcome (for metrics). */
  observer?: FlussRequestObserver;
  /** PrefixLookupRequests in flight to one tablet server (each carrying many buckets); default 2. */
  lookupMaxInFlight?: number;
  /** Bytes of keys in one PrefixLookupRequest before the next starts; default 2 MiB. */
  lookupMaxRequestBytes?: number;
}

export interface TablePath {
  database: string;
  table: string;
}

export interface ServerNode {
  id: number;
  host: string;
  port: number;
}

/** Where a table's buckets live, from Metadata. */
export interface TableRoute {
  path: TablePath;
  tableId: bigint;
  schemaId: number;
  tableJson: string;
  /** bucket id → leader node id (undefined while a leader is being elected). */
  leaders: (number | undefined)[];
}

export interface PutKvResult {
  bucket: number;
  logEndOffset: bigint | undefined;
}

const pbPath = (p: TablePath) => ({ databaseName: p.database, tableName: p.table });
const pathKey = (p: TablePath) => `${p.database}.${p.table}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A Fluss client for primary-key tables: DDL through the coordinator, data calls routed to each
 * bucket's leader from cached metadata, refreshed (and the call retried) when a server says it is
 * not the leader, a connection breaks, or a call times out.
 */
export class FlussClient {
  private readonly connections = new Map<string, Promise<FlussConnection>>();
  private readonly routes = new Map<string, TableRoute>();
  private tabletServers = new Map<number, ServerNode>();
  private coordinator: ServerNode | undefined;
  private writerId: bigint | undefined;
  private writerIdPromise: Promise<bigint> | undefined;
  private readonly sequences = new Map<string, number>();
  /** A bucket's PutKvs, one at a time (see putKv). */
  private readonly writeLanes = new KeyedSequencer();
  /** Prefix lookups waiting for, or in, a request to a tablet server, by node id (lookup-batcher.ts). */
  private readonly lookupQueues = new Map<number, ServerLookupQueue>();
  /** Route refreshes in progress, shared by the lookups that failed together. */
  private readonly routeRefreshes = new Map<string, Promise<TableRoute>>();
  private closed = false;

  constructor(private readonly options: FlussClientOptions) {
    if (options.bootstrapServers.length === 0) throw new Error('Fluss bootstrap servers: at least one host:port');
  }

  private get retries(): number {
    return this.options.retries ?? 10;
  }

  // ---- connections

  private connectionTo(host: string, port: number): Promise<FlussConnection> {
    const key = `${host}:${port}`;
    const existing = this.connections.get(key);
    if (existing) {
      return existing.then(
        (c) => {
          if (c.alive) return c;
          this.connections.delete(key);
          return this.connectionTo(host, port);
        },
        () => {
          this.connections.delete(key);
          return this.connectionTo(host, port);
        },
      );
    }
    if (this.closed) return Promise.reject(FlussError.create('NetworkException', 'client closed'));
    const opts: ConnectionOptions = {
      host,
      port,
      requestTimeoutMs: this.options.requestTimeoutMs ?? 30_000,
      connectTimeoutMs: this.options.connectTimeoutMs ?? 5_000,
      sasl: this.options.sasl,
      observer: this.options.observer,
    };
    const opening = FlussConnection.open(opts);
    this.connections.set(key, opening);
    opening.catch(() => this.connections.delete(key));
    return opening;
  }

  /** The coordinator if known, else the bootstrap servers in turn. */
  private async coordinatorConnection(): Promise<FlussConnection> {
    if (this.coordinator) {
      try {
        return await this.connectionTo(this.coordinator.host, this.coordinator.port);
      } catch {
        this.coordinator = undefined;
      }
    }
    let last: unknown;
    for (const s of this.options.bootstrapServers) {
      const [host, port] = splitHostPort(s);
      try {
        const c = await this.connectionTo(host, port);
        if (c.serverType === 1 || c.serverType === undefined) return c;
        const meta = await c.request(ApiKey.GetMetadata, fluss.MetadataRequest, fluss.MetadataResponse, {});
        this.absorbNodes(meta);
        const coordinator = this.coordinator as ServerNode | undefined;
        if (coordinator) return this.connectionTo(coordinator.host, coordinator.port);
      } catch (e) {
        last = e;
      }
    }
    throw last instanceof Error ? last : FlussError.create('NetworkException', 'no bootstrap server reachable');
  }

  private async anyConnection(): Promise<FlussConnection> {
    let last: unknown;
    const candidates = [...this.tabletServers.values()].map((n) => `${n.host}:${n.port}`).concat(this.options.bootstrapServers);
    for (const s of candidates) {
      const [host, port] = splitHostPort(s);
      try {
        return await this.connectionTo(host, port);
      } catch (e) {
        last = e;
      }
    }
    throw last instanceof Error ? last : FlussError.create('NetworkException', 'no Fluss server reachable');
  }

  private async tabletServerConnection(nodeId: number): Promise<FlussConnection> {
    let node = this.tabletServers.get(nodeId);
    if (node === undefined) {
      await this.refreshNodes();
      node = this.tabletServers.get(nodeId);
    }
    if (node === undefined) throw FlussError.create('LeaderNotAvailable', `tablet server ${nodeId} is not in the cluster metadata`);
    return this.connectionTo(node.host, node.port);
  }

  /** Runs `attempt`, retrying retriable failures after refreshing what `refresh` names. */
  private async withRetries<T>(attempt: () => Promise<T>, refresh?: () => Promise<void>): Promise<T> {
    const backoff = new Backoff(this.options.retryBackoffMs ?? 100);
    for (let i = 0; ; i++) {
      try {
        return await attempt();
      } catch (e) {
        if (!(e instanceof FlussError) || !e.retriable || i >= this.retries || this.closed) throw e;
        if (refresh && e.refreshMetadata) await refresh().catch(() => undefined);
        await backoff.wait();
      }
    }
  }

  // ---- metadata

  private absorbNodes(meta: fluss.IMetadataResponse): void {
    if (meta.coordinatorServer) this.coordinator = { id: meta.coordinatorServer.nodeId, host: meta.coordinatorServer.host, port: meta.coordinatorServer.port };
    const servers = new Map<number, ServerNode>();
    for (const n of meta.tabletServers ?? []) servers.set(n.nodeId, { id: n.nodeId, host: n.host, port: n.port });
    if (servers.size > 0) this.tabletServers = servers;
  }

  async refreshNodes(): Promise<ServerNode[]> {
    const c = await this.anyConnection();
    const meta = await c.request(ApiKey.GetMetadata, fluss.MetadataRequest, fluss.MetadataResponse, {});
    this.absorbNodes(meta);
    return [...this.tabletServers.values()];
  }

  /** Fresh metadata for a table: id, schema, and the leader of every bucket. */
  async refreshRoute(path: TablePath): Promise<TableRoute> {
    const c = await this.anyConnection();
    const meta = await c.request(ApiKey.GetMetadata, fluss.MetadataRequest, fluss.MetadataResponse, { tablePath: [pbPath(path)] });
    this.absorbNodes(meta);
    const t = (meta.tableMetadata ?? [])[0];
    if (t === undefined) throw FlussError.create('TableNotExist', `table ${pathKey(path)} has no metadata`);
    const leaders: (number | undefined)[] = [];
    for (const b of t.bucketMetadata ?? []) leaders[b.bucketId] = has(b, 'leaderId') ? (b.leaderId ?? undefined) : undefined;
    const route: TableRoute = { path, tableId: toBigInt(t.tableId), schemaId: t.schemaId, tableJson: Buffer.from(t.tableJson).toString('utf8'), leaders };
    this.routes.set(pathKey(path), route);
    return route;
  }

  async route(path: TablePath): Promise<TableRoute> {
    return this.routes.get(pathKey(path)) ?? this.refreshRoute(path);
  }

  /** Waits until every bucket of the table has a leader (leaders are elected after CreateTable returns). */
  async awaitLeaders(path: TablePath, timeoutMs = 30_000): Promise<TableRoute> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const r = await this.refreshRoute(path);
        if (r.leaders.length > 0 && r.leaders.every((l) => l !== undefined)) return r;
      } catch (e) {
        if (!isFlussError(e, 'TableNotExist') && !(e instanceof FlussError && e.retriable)) throw e;
      }
      if (Date.now() > deadline) throw FlussError.create('LeaderNotAvailable', `buckets of ${pathKey(path)} have no leader after ${timeoutMs} ms`);
      await sleep(100);
    }
  }

  private async bucketLeaderConnection(path: TablePath, bucket: number): Promise<{ route: TableRoute; connection: FlussConnection }> {
    const { route, leader } = await this.bucketLeader(path, bucket);
    return { route, connection: await this.tabletServerConnection(leader) };
  }

  private async bucketLeader(path: TablePath, bucket: number): Promise<{ route: TableRoute; leader: number }> {
    let route = await this.route(path);
    let leader = route.leaders[bucket];
    if (leader === undefined) {
      route = await this.refreshRoute(path);
      leader = route.leaders[bucket];
    }
    if (leader === undefined) throw FlussError.create('LeaderNotAvailable', `bucket ${bucket} of ${pathKey(path)} has no leader`);
    return { route, leader };
  }

  // ---- databases and tables

  async createDatabase(name: string, ignoreIfExists = true): Promise<void> {
    await this.withRetries(async () => {
      const c = await this.coordinatorConnection();
      await c.request(ApiKey.CreateDatabase, fluss.CreateDatabaseRequest, fluss.CreateDatabaseResponse, { databaseName: name, ignoreIfExists });
    });
  }

  async dropDatabase(name: string, ignoreIfNotExists = true, cascade = true): Promise<void> {
    await this.withRetries(async () => {
      const c = await this.coordinatorConnection();
      await c.request(ApiKey.DropDatabase, fluss.DropDatabaseRequest, fluss.DropDatabaseResponse, { databaseName: name, ignoreIfNotExists, cascade });
    });
  }

  async listDatabases(): Promise<string[]> {
    return this.withRetries(async () => {
      const c = await this.anyConnection();
      return (await c.request(ApiKey.ListDatabases, fluss.ListDatabasesRequest, fluss.ListDatabasesResponse, {})).databaseName ?? [];
    });
  }

  async databaseExists(name: string): Promise<boolean> {
    return this.withRetries(async () => {
      const c = await this.anyConnection();
      return (await c.request(ApiKey.DatabaseExists, fluss.DatabaseExistsRequest, fluss.DatabaseExistsResponse, { databaseName: name })).exists;
    });
  }

  /**
   * CreateTable with the table JSON in the form Fluss's TableDescriptor.toJsonBytes writes (column
   * types: dataTypeToJson in encoding/data-types.ts); returns once every bucket has a leader.
   */
  async createTable(path: TablePath, tableJson: string, ignoreIfExists = false): Promise<TableRoute> {
    await this.requestCreateTable(path, tableJson, ignoreIfExists);
    return this.awaitLeaders(path);
  }

  /** CreateTable alone: the coordinator has registered the table; its buckets get leaders later. */
  async requestCreateTable(path: TablePath, tableJson: string, ignoreIfExists = false): Promise<void> {
    await this.withRetries(async () => {
      const c = await this.coordinatorConnection();
      await c.request(ApiKey.CreateTable, fluss.CreateTableRequest, fluss.CreateTableResponse, {
        tablePath: pbPath(path),
        tableJson: Buffer.from(tableJson, 'utf8'),
        ignoreIfExists,
      });
    });
  }

  async dropTable(path: TablePath, ignoreIfNotExists = true): Promise<void> {
    this.routes.delete(pathKey(path));
    await this.withRetries(async () => {
      const c = await this.coordinatorConnection();
      await c.request(ApiKey.DropTable, fluss.DropTableRequest, fluss.DropTableResponse, { tablePath: pbPath(path), ignoreIfNotExists });
    });
  }

  async getTableInfo(path: TablePath): Promise<{ tableId: bigint; schemaId: number; tableJson: string; createdTime: bigint; modifiedTime: bigint }> {
    return this.withRetries(async () => {
      const c = await this.anyConnection();
      const r = await c.request(ApiKey.GetTableInfo, fluss.GetTableInfoRequest, fluss.GetTableInfoResponse, { tablePath: pbPath(path) });
      return {
        tableId: toBigInt(r.tableId),
        schemaId: r.schemaId,
        tableJson: Buffer.from(r.tableJson).toString('utf8'),
        createdTime: toBigInt(r.createdTime),
        modifiedTime: toBigInt(r.modifiedTime),
      };
    });
  }

  async listTables(database: string): Promise<string[]> {
    return this.withRetries(async () => {
      const c = await this.anyConnection();
      return (await c.request(ApiKey.ListTables, fluss.ListTablesRequest, fluss.ListTablesResponse, { databaseName: database })).tableName ?? [];
    });
  }

  async tableExists(path: TablePath): Promise<boolean> {
    return this.withRetries(async () => {
      const c = await this.anyConnection();
      return (await c.request(ApiKey.TableExists, fluss.TableExistsRequest, fluss.TableExistsResponse, { tablePath: pbPath(path) })).exists;
    });
  }

  // ---- writes

  private async ensureWriterId(path: TablePath): Promise<bigint> {
    if (this.writerId !== undefined) return this.writerId;
    this.writerIdPromise ??= this.withRetries(async () => {
      await this.refreshNodes();
      const node = [...this.tabletServers.values()][0];
      if (node === undefined) throw FlussError.create('LeaderNotAvailable', 'no tablet server to allocate a writer id');
      const c = await this.connectionTo(node.host, node.port);
      const r = await c.request(ApiKey.InitWriter, fluss.InitWriterRequest, fluss.InitWriterResponse, { tablePath: [pbPath(path)] });
      return toBigInt(r.writerId);
    }).then(
      (id) => {
        this.writerId = id;
        // Earlier writers' sequences are never used again.
        for (const key of this.sequences.keys()) if (!key.startsWith(`${id}#`)) this.sequences.delete(key);
        return id;
      },
      (e) => {
        this.writerIdPromise = undefined;
        throw e;
      },
    );
    return this.writerIdPromise;
  }

  /**
   * Upserts and deletes in one bucket, acknowledged by every in-sync replica (acks=-1), so the rows
   * are visible to Lookup once this resolves. Calls for one bucket run one at a time, in call
   * order: with idempotence, the per-bucket sequence then never has a gap, and a retried batch is
   * recognised by the server as a duplicate rather than applied twice. The client only sequences;
   * it never merges calls. A caller that batches passes `records` as a function, called once when
   * the bucket's turn comes, so it can keep adding to a batch while the one before is in flight.
   */
  putKv(path: TablePath, bucket: number, schemaId: number, records: readonly KvRecord[] | (() => readonly KvRecord[])): Promise<PutKvResult> {
    return this.writeLanes.run(`${pathKey(path)}#${bucket}`, () => this.putKvNow(path, bucket, schemaId, records));
  }

  private async putKvNow(path: TablePath, bucket: number, schemaId: number, take: readonly KvRecord[] | (() => readonly KvRecord[])): Promise<PutKvResult> {
    const idempotent = this.options.idempotentWrites !== false;
    let writerId = idempotent ? await this.ensureWriterId(path) : NO_WRITER_ID;
    const routeForSeq = await this.route(path);
    // Keyed by writer too: a batch of an abandoned writer finishing late must not move the new
    // writer's sequence.
    const seqKey = () => `${writerId}#${routeForSeq.tableId}#${bucket}`;
    let sequence = idempotent ? (this.sequences.get(seqKey()) ?? 0) : NO_BATCH_SEQUENCE;
    const records = typeof take === 'function' ? take() : take;
    let batch = encodeKvRecordBatch(schemaId, records, writerId, sequence);
    const result = await this.withRetries(
      async () => {
        const { route, connection } = await this.bucketLeaderConnection(path, bucket);
        const r = await connection.request(ApiKey.PutKv, fluss.PutKvRequest, fluss.PutKvResponse, {
          acks: -1,
          tableId: toLong(route.tableId),
          timeoutMs: this.options.requestTimeoutMs ?? 30_000,
          bucketsReq: [{ bucketId: bucket, records: batch }],
        });
        const b = (r.bucketsResp ?? [])[0];
        const error = b === undefined ? undefined : responseError(b);
        if (error !== undefined) {
          if (isFlussError(error, 'DuplicateSequence')) return { bucket, logEndOffset: undefined };
          if (idempotent && isFlussError(error, 'UnknownWriterId', 'OutOfOrderSequence')) {
            // The server lost our writer state (expired or restarted): start again with a new id
            // (unless another bucket's batch already did).
            if (this.writerId === writerId) {
              this.writerId = undefined;
              this.writerIdPromise = undefined;
            }
            writerId = await this.ensureWriterId(path);
            sequence = 0;
            batch = encodeKvRecordBatch(schemaId, records, writerId, sequence);
            throw FlussError.create('NetworkException', `writer state reset (${error.errorName}); retrying with writer ${writerId}`);
          }
          throw error;
        }
        return { bucket, logEndOffset: b && has(b, 'logEndOffset') ? toBigInt(b.logEndOffset) : undefined };
      },
      () => this.refreshRoute(path).then(() => undefined),
    ).catch((e: unknown) => {
      // The server may have applied the batch without our hearing of it (a response lost with its
      // connection). Sending other records under the same writer and sequence would then be taken
      // for a duplicate and silently dropped, so later batches start over with a new writer id.
      if (idempotent && this.writerId === writerId) {
        this.writerId = undefined;
        this.writerIdPromise = undefined;
      }
      throw e;
    });
    if (idempotent) this.sequences.set(seqKey(), sequence === 0x7fffffff ? 0 : sequence + 1);
    return result;
  }

  // ---- reads

  /** Point lookups by encoded primary key; each result is `int16 schemaId + row`, or undefined. */
  async lookup(path: TablePath, bucket: number, keys: readonly Uint8Array[]): Promise<(Buffer | undefined)[]> {
    return this.bucketCall(path, bucket, async (route, c) => {
      const r = await c.request(ApiKey.Lookup, fluss.LookupRequest, fluss.LookupResponse, {
        tableId: toLong(route.tableId),
        bucketsReq: [{ bucketId: bucket, keys: [...keys] }],
      });
      const b = checkBucket((r.bucketsResp ?? [])[0]);
      return (b.values ?? []).map((v) => (has(v, 'values') ? Buffer.from(v.values as Uint8Array) : undefined));
    });
  }

  /**
   * Prefix lookups by encoded bucket key; rows come back in the byte order of their encoded keys.
   * Sent with the other lookups waiting for the bucket's leader, many buckets per request
   * (lookup-batcher.ts). A retriable failure of the request or of this bucket retries this call
   * alone, after refreshing the table's route when the error says the leader may have moved.
   */
  prefixLookup(path: TablePath, bucket: number, prefixes: readonly Uint8Array[]): Promise<Buffer[][]> {
    return new Promise((resolve, reject) => {
      const backoff = new Backoff(this.options.retryBackoffMs ?? 100);
      let attempt = 0;
      const fail = (e: unknown): void => {
        if (!(e instanceof FlussError) || !e.retriable || attempt++ >= this.retries || this.closed) return reject(e);
        const refreshed = e.refreshMetadata ? this.refreshRouteShared(path).catch(() => undefined) : Promise.resolve();
        void refreshed.then(() => backoff.wait()).then(send);
      };
      const send = (): void => {
        this.enqueueLookup(path, bucket, prefixes, resolve, fail).catch(fail);
      };
      send();
    });
  }

  /** Hands a lookup to its bucket leader's queue; synchronously when the route is cached, so lookups submitted together share a request. */
  private async enqueueLookup(
    path: TablePath,
    bucket: number,
    keys: readonly Uint8Array[],
    resolve: (l: Buffer[][]) => void,
    fail: (e: unknown) => void,
  ): Promise<void> {
    let route = this.routes.get(pathKey(path));
    let leader = route?.leaders[bucket];
    if (route === undefined || leader === undefined || !this.tabletServers.has(leader)) {
      ({ route, leader } = await this.bucketLeader(path, bucket));
      await this.tabletServerConnection(leader);
    }
    let bytes = 0;
    for (const k of keys) bytes += k.length;
    const p: PendingLookup = { tableId: route.tableId, bucket, keys, bytes, resolve, fail };
    this.lookupQueue(leader).add(p);
  }

  private lookupQueue(leader: number): ServerLookupQueue {
    let q = this.lookupQueues.get(leader);
    if (q === undefined) {
      q = new ServerLookupQueue(() => this.tabletServerConnection(leader), {
        maxInFlight: this.options.lookupMaxInFlight ?? 2,
        maxRequestBytes: this.options.lookupMaxRequestBytes ?? 2 * 1024 * 1024,
      });
      this.lookupQueues.set(leader, q);
    }
    return q;
  }

  /** One route refresh for all the calls that ask while it is in progress. */
  private refreshRouteShared(path: TablePath): Promise<TableRoute> {
    const key = pathKey(path);
    let r = this.routeRefreshes.get(key);
    if (r === undefined) {
      r = this.refreshRoute(path).finally(() => this.routeRefreshes.delete(key));
      this.routeRefreshes.set(key, r);
    }
    return r;
  }

  /** The first `limit` rows of one bucket (ValueRecordBatch bytes, see decodeValueRecordBatch). */
  async limitScan(path: TablePath, bucket: number, limit: number): Promise<Buffer> {
    return this.bucketCall(path, bucket, async (route, c) => {
      const r = await c.request(ApiKey.LimitScan, fluss.LimitScanRequest, fluss.LimitScanResponse, { tableId: toLong(route.tableId), bucketId: bucket, limit });
      const error = responseError(r);
      if (error !== undefined) throw error;
      return Buffer.from(r.records ?? []);
    });
  }

  /** Changelog offsets: 0 = earliest, 1 = latest (the high watermark). */
  async listOffsets(path: TablePath, bucket: number, offsetType: 0 | 1): Promise<bigint> {
    return this.bucketCall(path, bucket, async (route, c) => {
      const r = await c.request(ApiKey.ListOffsets, fluss.ListOffsetsRequest, fluss.ListOffsetsResponse, {
        followerServerId: -1,
        offsetType,
        tableId: toLong(route.tableId),
        bucketId: [bucket],
      });
      const b = (r.bucketsResp ?? [])[0];
      if (b === undefined) throw FlussError.create('UnknownTableOrBucket', `no offset for bucket ${bucket}`);
      const error = responseError(b);
      if (error !== undefined) throw error;
      return toBigInt(b.offset);
    });
  }

  /**
   * `listOffsets` of buckets 0..count-1 with one ListOffsets request per leader (each naming all
   * of its buckets) instead of one per bucket; a retriable failure retries the whole set.
   */
  async listOffsetsAll(path: TablePath, count: number, offsetType: 0 | 1): Promise<bigint[]> {
    return this.withRetries(
      async () => {
        let route = await this.route(path);
        if (route.leaders.slice(0, count).some((l) => l === undefined)) route = await this.refreshRoute(path);
        const byLeader = new Map<number, number[]>();
        for (let b = 0; b < count; b++) {
          const leader = route.leaders[b];
          if (leader === undefined) throw FlussError.create('LeaderNotAvailable', `bucket ${b} of ${pathKey(path)} has no leader`);
          byLeader.set(leader, [...(byLeader.get(leader) ?? []), b]);
        }
        const out = new Array<bigint | undefined>(count).fill(undefined);
        await Promise.all([...byLeader].map(([leader, buckets]) => this.listOffsetsOf(route, leader, buckets, offsetType, out)));
        const missing = out.findIndex((o) => o === undefined);
        if (missing >= 0) throw FlussError.create('UnknownTableOrBucket', `no offset for bucket ${missing}`);
        return out as bigint[];
      },
      () => this.refreshRoute(path).then(() => undefined),
    );
  }

  private async listOffsetsOf(route: TableRoute, leader: number, buckets: number[], offsetType: 0 | 1, out: (bigint | undefined)[]): Promise<void> {
    const c = await this.tabletServerConnection(leader);
    const r = await c.request(ApiKey.ListOffsets, fluss.ListOffsetsRequest, fluss.ListOffsetsResponse, {
      followerServerId: -1,
      offsetType,
      tableId: toLong(route.tableId),
      bucketId: buckets,
    });
    for (const b of r.bucketsResp ?? []) {
      const error = responseError(b);
      if (error !== undefined) throw error;
      if (b.bucketId >= 0 && b.bucketId < out.length) out[b.bucketId] = toBigInt(b.offset);
    }
  }

  /** Changelog batches of one bucket from `offset` (LogRecordBatch bytes; the last may be cut short). */
  async fetchLog(
    path: TablePath,
    bucket: number,
    offset: bigint,
    options: { maxBytes?: number; maxWaitMs?: number; minBytes?: number } = {},
  ): Promise<{ highWatermark: bigint; records: Buffer }> {
    const maxBytes = options.maxBytes ?? 4 * 1024 * 1024;
    return this.bucketCall(path, bucket, async (route, c) => {
      const r = await c.request(
        ApiKey.FetchLog,
        fluss.FetchLogRequest,
        fluss.FetchLogResponse,
        {
          followerServerId: -1,
          maxBytes,
          ...(options.maxWaitMs !== undefined ? { maxWaitMs: options.maxWaitMs } : {}),
          ...(options.minBytes !== undefined ? { minBytes: options.minBytes } : {}),
          tablesReq: [
            {
              tableId: toLong(route.tableId),
              projectionPushdownEnabled: false,
              bucketsReq: [{ bucketId: bucket, fetchOffset: toLong(offset), maxFetchBytes: maxBytes }],
            },
          ],
        },
        (options.maxWaitMs ?? 0) + (this.options.requestTimeoutMs ?? 30_000),
      );
      const b = ((r.tablesResp ?? [])[0]?.bucketsResp ?? [])[0];
      if (b === undefined) throw FlussError.create('UnknownTableOrBucket', `no fetch result for bucket ${bucket}`);
      const error = responseError(b);
      if (error !== undefined) throw error;
      if (b.remoteLogFetchInfo)
        throw FlussError.create(
          'LogOffsetOutOfRange',
          `offset ${offset} of bucket ${bucket} was tiered to remote storage; this client reads local segments only`,
        );
      return { highWatermark: toBigInt(b.highWatermark), records: Buffer.from(b.records ?? []) };
    });
  }

  private bucketCall<T>(path: TablePath, bucket: number, call: (route: TableRoute, connection: FlussConnection) => Promise<T>): Promise<T> {
    return this.withRetries(
      async () => {
        const { route, connection } = await this.bucketLeaderConnection(path, bucket);
        return call(route, connection);
      },
      () => this.refreshRoute(path).then(() => undefined),
    );
  }

  /** Sends any request to any server (tools and tests). */
  async rawRequest<Req, Resp>(apiKey: number, requestType: MessageType<Req>, responseType: MessageType<Resp>, message: Req): Promise<Resp> {
    const c = await this.anyConnection();
    return c.request(apiKey, requestType, responseType, message);
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.connections.values()];
    this.connections.clear();
    for (const p of all) {
      try {
        (await p).close();
      } catch {
        /* never opened */
      }
    }
  }
}

function checkBucket<T extends { errorCode?: number | null; errorMessage?: string | null }>(b: T | undefined): T {
  if (b === undefined) throw FlussError.create('UnknownTableOrBucket', 'the server answered no bucket');
  const error = responseError(b);
  if (error !== undefined) throw error;
  return b;
}
