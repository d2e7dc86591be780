import { createWithLeaders } from '../src/client/create-with-leaders';
import { FlussClient, type TablePath, type TableRoute } from '../src/client/fluss-client';
import { fluss } from '../src/generated/fluss';
import { ApiKey } from '../src/protocol/api-keys';
import { FlussConnection } from '../src/protocol/connection';
import { FlussError, FlussErrorCode } from '../src/protocol/errors';

/**
 * The TypeScript Fluss client against a real Fluss 0.9.1 cluster (coordinator + tablet server;
 * how to start one: libs/fluss-adapter/README.md). Rows are (k STRING, v BYTES) and (a STRING, b STRING, v BYTES),
 * hand-encoded here as CompactedRow / compacted keys, so these tests check the wire protocol
 * independently of the row encoders.
 */
const bootstrap = process.env['FLUSS_BOOTSTRAP'];
if (!bootstrap) throw new Error('FLUSS_BOOTSTRAP (host:port of the Fluss coordinator) is required: see libs/fluss-adapter/README.md for starting one');
const [host, portText] = bootstrap.split(':');

function varint(n: number): Buffer {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return Buffer.from(out);
}
const field = (b: Buffer) => Buffer.concat([varint(b.length), b]);
const key = (...parts: string[]) => Buffer.concat(parts.map((p) => field(Buffer.from(p, 'utf8'))));
/** CompactedRow of non-null fields: a zero null-bit set, then each field length-prefixed. */
const row = (...fields: Buffer[]) => Buffer.concat([Buffer.alloc(Math.ceil(fields.length / 8)), ...fields.map(field)]);
const stored = (schemaId: number, r: Buffer) => Buffer.concat([Buffer.from([schemaId & 0xff, schemaId >> 8]), r]);

function tableJson(columns: [string, string][], primaryKey: string[], bucketKey: string[]): string {
  return JSON.stringify({
    version: 1,
    schema: {
      version: 1,
      columns: columns.map(([name, type], id) => ({ name, data_type: primaryKey.includes(name) ? { type, nullable: false } : { type }, id })),
      primary_key: primaryKey,
      highest_field_id: columns.length - 1,
    },
    partition_key: [],
    bucket_key: bucketKey,
    bucket_count: 1,
    properties: { 'table.replication.factor': '1', 'table.kv.format': 'COMPACTED', 'table.log.format': 'COMPACTED' },
    custom_properties: {},
  });
}

/** Change types and rows of the LogRecordBatches FetchLog returned (magic 0, COMPACTED records). */
function changelog(records: Buffer): { offset: bigint; changeType: number; row: Buffer }[] {
  const out: { offset: bigint; changeType: number; row: Buffer }[] = [];
  let at = 0;
  while (at + 12 <= records.length) {
    const base = records.readBigInt64LE(at);
    const length = records.readInt32LE(at + 8);
    if (at + 12 + length > records.length) break;
    expect(records.readInt8(at + 12)).toBe(0);
    const count = records.readInt32LE(at + 44);
    let r = at + 48;
    for (let i = 0; i < count; i++) {
      const len = records.readInt32LE(r);
      out.push({ offset: base + BigInt(i), changeType: records.readInt8(r + 4), row: records.subarray(r + 5, r + 4 + len) });
      r += 4 + len;
    }
    at += 12 + length;
  }
  return out;
}

/**
 * Creates `path`, or `path`_2, _3, ... while Fluss's coordinator leaves a new table without bucket
 * leaders (it misses some creations: create-with-leaders.ts). CI saw a plain CreateTable here wait
 * 30 s for a leader that never came.
 */
async function createFresh(c: FlussClient, path: TablePath, tableJson: string): Promise<{ path: TablePath; route: TableRoute }> {
  let attempt = 0;
  const nextPath = () => (++attempt === 1 ? path : { ...path, table: `${path.table}_${attempt}` });
  return createWithLeaders(c, { nextPath, tableJson, ignoreIfExists: false }, { warn: (m) => console.warn(m) });
}

describe('FlussClient against a real Fluss cluster', () => {
  const client = new FlussClient({ bootstrapServers: [bootstrap], requestTimeoutMs: 15_000 });
  const database = `tsclient_${Date.now().toString(36)}`;
  // The names the tables got (createFresh).
  let kv: TablePath = { database, table: 'kv' };
  let nested: TablePath = { database, table: 'nested' };

  beforeAll(async () => {
    await client.createDatabase(database, false);
  });
  afterAll(async () => {
    await client.dropDatabase(database, true, true);
    await client.close();
  });

  it('handshakes with ApiVersions and learns the cluster', async () => {
    const c = await FlussConnection.open({ host, port: Number(portText), requestTimeoutMs: 5_000, connectTimeoutMs: 5_000 });
    expect(c.serverType).toBe(1);
    expect(c.supports(ApiKey.CreateTable)).toBe(true);
    c.close();
    const nodes = await client.refreshNodes();
    expect(nodes.length).toBeGreaterThanOrEqual(1);
    expect(await client.listDatabases()).toContain(database);
    expect(await client.databaseExists(database)).toBe(true);
  });

  it('creates a table, refuses a second create, and describes it', async () => {
    const json = tableJson(
      [
        ['k', 'STRING'],
        ['v', 'BYTES'],
      ],
      ['k'],
      ['k'],
    );
    const created = await createFresh(client, kv, json);
    kv = created.path;
    const route = created.route;
    expect(route.leaders).toHaveLength(1);
    expect(route.schemaId).toBe(1);
    await expect(client.createTable(kv, json)).rejects.toMatchObject({
      code: FlussErrorCode.TableAlreadyExist,
      errorName: 'TABLE_ALREADY_EXIST',
      kind: 'TableAlreadyExist',
    });
    expect(await client.listTables(database)).toEqual([kv.table]);
    expect(await client.tableExists(kv)).toBe(true);
    const info = await client.getTableInfo(kv);
    expect(info.tableId).toBe(route.tableId);
    expect(JSON.parse(info.tableJson).properties['table.log.format']).toBe('COMPACTED');
  });

  it('puts, looks up, deletes, and reads the changelog with consistent offsets', async () => {
    const route = await client.route(kv);
    const keys = Array.from({ length: 200 }, (_, i) => `row-${String(i).padStart(3, '0')}`);
    const values = keys.map((_k, i) => Buffer.from([i & 0xff, 0x80, 0xff, (i * 7) & 0xff]));
    const put = await client.putKv(
      kv,
      0,
      route.schemaId,
      keys.map((k, i) => ({ key: key(k), value: row(Buffer.from(k), values[i]) })),
    );
    expect(put.logEndOffset).toBe(200n);
    const found = await client.lookup(kv, 0, [...keys.map((k) => key(k)), key('absent')]);
    expect(found).toHaveLength(201);
    keys.forEach((k, i) => expect(found[i]).toEqual(stored(route.schemaId, row(Buffer.from(k), values[i]))));
    expect(found[200]).toBeUndefined();

    // An update and a delete.
    await client.putKv(kv, 0, route.schemaId, [
      { key: key('row-000'), value: row(Buffer.from('row-000'), Buffer.from('new')) },
      { key: key('row-001'), value: undefined },
    ]);
    const after = await client.lookup(kv, 0, [key('row-000'), key('row-001')]);
    expect(after[0]).toEqual(stored(route.schemaId, row(Buffer.from('row-000'), Buffer.from('new'))));
    expect(after[1]).toBeUndefined();

    const latest = await client.listOffsets(kv, 0, 1);
    expect(await client.listOffsets(kv, 0, 0)).toBe(0n);
    const entries = [];
    for (let offset = 0n; offset < latest;) {
      const { records, highWatermark } = await client.fetchLog(kv, 0, offset, { maxBytes: 64 * 1024 });
      expect(highWatermark).toBe(latest);
      const batch = changelog(records).filter((e) => e.offset >= offset);
      expect(batch.length).toBeGreaterThan(0);
      entries.push(...batch);
      offset = batch[batch.length - 1].offset + 1n;
    }
    // 200 inserts, then -U/+U for row-000 and -D for row-001.
    expect(entries.map((e) => e.changeType)).toEqual([...Array(200).fill(1), 2, 3, 4]);
    expect(entries.map((e) => e.offset)).toEqual(Array.from({ length: 203 }, (_, i) => BigInt(i)));
    expect(latest).toBe(203n);
    expect(entries[202].row).toEqual(row(Buffer.from('row-001'), values[1]));

    const scanned = await client.limitScan(kv, 0, 1000);
    expect(scanned.readInt32LE(5)).toBe(199);
  });

  it('prefix-looks-up by the bucket key in encoded-key order', async () => {
    const created = await createFresh(
      client,
      nested,
      tableJson(
        [
          ['a', 'STRING'],
          ['b', 'STRING'],
          ['v', 'BYTES'],
        ],
        ['a', 'b'],
        ['a'],
      ),
    );
    nested = created.path;
    const route = created.route;
    const rows = [
      ['x', 'b2'],
      ['x', 'a1'],
      ['y', 'z'],
      ['x', 'c3'],
    ];
    await client.putKv(
      nested,
      0,
      route.schemaId,
      rows.map(([a, b]) => ({ key: key(a, b), value: row(Buffer.from(a), Buffer.from(b), Buffer.from(a + b)) })),
    );
    const [xs, none] = await client.prefixLookup(nested, 0, [key('x'), key('q')]);
    expect(xs.map((v) => v.subarray(2))).toEqual(
      [
        ['x', 'a1'],
        ['x', 'b2'],
        ['x', 'c3'],
      ].map(([a, b]) => row(Buffer.from(a), Buffer.from(b), Buffer.from(a + b))),
    );
    expect(none).toEqual([]);
  });

  it('prefix-looks-up many buckets of one server with one request, each caller getting its own rows', async () => {
    const api: string[] = [];
    const counting = new FlussClient({ bootstrapServers: [bootstrap], requestTimeoutMs: 15_000, observer: (name) => api.push(name) });
    const json = JSON.parse(
      tableJson(
        [
          ['a', 'STRING'],
          ['b', 'STRING'],
          ['v', 'BYTES'],
        ],
        ['a', 'b'],
        ['a'],
      ),
    ) as { bucket_count: number };
    json.bucket_count = 4;
    const { path: spread, route } = await createFresh(counting, { database, table: 'spread' }, JSON.stringify(json));
    const buckets = [0, 1, 2, 3];
    for (const b of buckets)
      await counting.putKv(spread, b, route.schemaId, [{ key: key(`r${b}`, 'c'), value: row(Buffer.from(`r${b}`), Buffer.from('c'), Buffer.from('v')) }]);
    const servers = new Set(route.leaders);
    api.length = 0;
    const found = await Promise.all(buckets.map((b) => counting.prefixLookup(spread, b, [key(`r${b}`), key('absent')])));
    expect(found.map(([hit, miss]) => [hit.map((v) => v.subarray(2)), miss])).toEqual(
      buckets.map((b) => [[row(Buffer.from(`r${b}`), Buffer.from('c'), Buffer.from('v'))], []]),
    );
    // One PrefixLookupRequest per tablet server leading these buckets, not one per bucket.
    expect(api.filter((a) => /prefix/i.test(a))).toHaveLength(servers.size);
    await counting.close();
  });

  it('never sends other records under the writer and sequence of a PutKv whose answer was lost', async () => {
    // One attempt per call, so the "lost" answer fails the call instead of being retried away.
    const lossy = new FlussClient({ bootstrapServers: [bootstrap], requestTimeoutMs: 15_000, retries: 0 });
    const route = await lossy.route(kv);
    const real = FlussConnection.prototype.request;
    let loseNextPutKvAnswer = true;
    // The server applies the batch, but its answer is lost on the way back (a connection dropped
    // by a server that is shutting down does this).
    FlussConnection.prototype.request = async function (this: FlussConnection, ...args: Parameters<FlussConnection['request']>) {
      const answer = await real.apply(this, args);
      if (args[0] === ApiKey.PutKv && loseNextPutKvAnswer) {
        loseNextPutKvAnswer = false;
        throw FlussError.create('UnknownServerError', 'answer lost (test)');
      }
      return answer;
    } as FlussConnection['request'];
    try {
      await expect(
        lossy.putKv(kv, 0, route.schemaId, [{ key: key('lost-answer-a'), value: row(Buffer.from('lost-answer-a'), Buffer.from('a')) }]),
      ).rejects.toThrow('answer lost');
    } finally {
      FlussConnection.prototype.request = real;
    }
    // The next batch carries other records: it must be applied, not taken for a duplicate.
    await lossy.putKv(kv, 0, route.schemaId, [{ key: key('lost-answer-b'), value: row(Buffer.from('lost-answer-b'), Buffer.from('b')) }]);
    const [a, b] = await lossy.lookup(kv, 0, [key('lost-answer-a'), key('lost-answer-b')]);
    expect(a).toEqual(stored(route.schemaId, row(Buffer.from('lost-answer-a'), Buffer.from('a'))));
    expect(b).toEqual(stored(route.schemaId, row(Buffer.from('lost-answer-b'), Buffer.from('b'))));
    await lossy.close();
  });

  it('times out a request the server silently drops, and the connection stays usable', async () => {
    const c = await FlussConnection.open({ host, port: Number(portText), requestTimeoutMs: 1_500, connectTimeoutMs: 5_000 });
    // The coordinator does not serve InitWriter: it logs and sends nothing.
    const started = Date.now();
    await expect(c.request(ApiKey.InitWriter, fluss.InitWriterRequest, fluss.InitWriterResponse, { tablePath: [] })).rejects.toMatchObject({
      code: FlussErrorCode.RequestTimeOut,
      retriable: true,
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    const dbs = await c.request(ApiKey.ListDatabases, fluss.ListDatabasesRequest, fluss.ListDatabasesResponse, {});
    expect(dbs.databaseName).toContain(database);
    c.close();
  });

  it('reports a missing table with the Fluss error, not a hang', async () => {
    const missing = { database, table: 'missing' };
    await expect(client.lookup(missing, 0, [key('a')])).rejects.toBeInstanceOf(FlussError);
    await expect(client.getTableInfo(missing)).rejects.toMatchObject({ code: FlussErrorCode.TableNotExist });
  });

  it('drops a table', async () => {
    await client.dropTable(nested);
    expect(await client.tableExists(nested)).toBe(false);
  });
});
