import type { FlussConnection } from '../protocol/connection';
import { FlussError } from '../protocol/errors';
import { type PendingLookup, ServerLookupQueue } from './lookup-batcher';

interface SentRequest {
  tableId: number;
  bucketsReq: { bucketId: number; keys: Uint8Array[] }[];
}

/** A server that answers each key with one value, the key upper-cased, and an error for buckets in `failing`. */
function fakeServer(failing = new Set<number>()) {
  const sent: SentRequest[] = [];
  let gate = Promise.resolve();
  let release: () => void = () => undefined;
  const connection = {
    request: async (_api: number, _req: unknown, _resp: unknown, message: SentRequest) => {
      sent.push(message);
      await gate;
      return {
        bucketsResp: message.bucketsReq.map((b) =>
          failing.has(b.bucketId)
            ? { bucketId: b.bucketId, errorCode: 12, errorMessage: 'not leader' }
            : { bucketId: b.bucketId, valueLists: b.keys.map((k) => ({ values: [Buffer.from(Buffer.from(k).toString().toUpperCase())] })) },
        ),
      };
    },
  } as unknown as FlussConnection;
  const hold = () => (gate = new Promise<void>((r) => (release = r)));
  return { connection, sent, hold, release: () => release() };
}

const text = (lists: Buffer[][]) => lists.map((l) => l.map((v) => v.toString()));

function lookup(q: ServerLookupQueue, bucket: number, keys: string[], tableId = 1n): Promise<Buffer[][]> {
  return new Promise((resolve, reject) => {
    const p: PendingLookup = { tableId, bucket, keys: keys.map((k) => Buffer.from(k)), bytes: keys.join('').length, resolve, fail: reject };
    q.add(p);
  });
}

const tableOf = (r: SentRequest) => Number(String(r.tableId));
const shape = (r: SentRequest) => r.bucketsReq.map((b) => [b.bucketId, b.keys.map((k) => Buffer.from(k).toString())]);

describe('ServerLookupQueue', () => {
  it('sends lookups of several buckets submitted together as one request, and answers each caller with its own rows', async () => {
    const server = fakeServer();
    const q = new ServerLookupQueue(async () => server.connection, { maxInFlight: 2, maxRequestBytes: 1024 });
    const results = await Promise.all([lookup(q, 0, ['a']), lookup(q, 3, ['b', 'c']), lookup(q, 0, ['d'])]);
    expect(results.map(text)).toEqual([[['A']], [['B'], ['C']], [['D']]]);
    expect(server.sent.map(shape)).toEqual([
      [
        [0, ['a', 'd']],
        [3, ['b', 'c']],
      ],
    ]);
  });

  it('keeps at most maxInFlight requests to the server; what arrives meanwhile goes out together next', async () => {
    const server = fakeServer();
    const q = new ServerLookupQueue(async () => server.connection, { maxInFlight: 1, maxRequestBytes: 1024 });
    server.hold();
    const first = lookup(q, 0, ['a']);
    await new Promise((r) => setImmediate(r));
    const later = [lookup(q, 1, ['b']), lookup(q, 2, ['c']), lookup(q, 1, ['d'])];
    await new Promise((r) => setImmediate(r));
    expect(server.sent).toHaveLength(1);
    server.release();
    expect(text(await first)).toEqual([['A']]);
    expect((await Promise.all(later)).map(text)).toEqual([[['B']], [['C']], [['D']]]);
    expect(server.sent.map(shape)).toEqual([
      [[0, ['a']]],
      [
        [1, ['b', 'd']],
        [2, ['c']],
      ],
    ]);
  });

  it("fails only the callers of a bucket the server reports an error for, with that bucket's error", async () => {
    const server = fakeServer(new Set([2]));
    const q = new ServerLookupQueue(async () => server.connection, { maxInFlight: 2, maxRequestBytes: 1024 });
    const good = lookup(q, 1, ['x']);
    const bad = lookup(q, 2, ['y']);
    await expect(bad).rejects.toBeInstanceOf(FlussError);
    await expect(bad).rejects.toMatchObject({ retriable: true, refreshMetadata: true });
    expect(text(await good)).toEqual([['X']]);
    expect(server.sent).toHaveLength(1);
  });

  it('fails every caller of a request that fails as a whole', async () => {
    const q = new ServerLookupQueue(async () => Promise.reject(FlussError.create('NetworkException', 'down')), { maxInFlight: 2, maxRequestBytes: 1024 });
    const calls = [lookup(q, 0, ['a']), lookup(q, 1, ['b'])];
    for (const c of calls) await expect(c).rejects.toThrow('down');
  });

  it('puts one table in a request and stops adding lookups past the size bound, never splitting one', async () => {
    const server = fakeServer();
    const q = new ServerLookupQueue(async () => server.connection, { maxInFlight: 1, maxRequestBytes: 4 });
    await Promise.all([lookup(q, 0, ['aaaaaa']), lookup(q, 1, ['bb']), lookup(q, 2, ['cc'], 9n), lookup(q, 3, ['dd']), lookup(q, 4, ['ee'])]);
    expect(server.sent.map((r) => [tableOf(r), shape(r)])).toEqual([
      [1, [[0, ['aaaaaa']]]],
      [
        1,
        [
          [1, ['bb']],
          [3, ['dd']],
        ],
      ],
      [9, [[2, ['cc']]]],
      [1, [[4, ['ee']]]],
    ]);
  });
});
