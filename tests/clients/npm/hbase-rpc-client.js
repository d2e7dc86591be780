'use strict';
// tests/clients: hbase-rpc-client 0.1.15 (npm, a CoffeeScript native HBase RPC client) through the
// common operations of tools/client-compat.sh. Usage: node hbase-rpc-client.js ZK_HOST:PORT
// (the package is found through NODE_PATH: a private prefix under .cache/, not the repo's
// package.json). Tables npm_a and npm_c (names apart: the client prefetches a table's regions by scanning hbase:meta from "TABLE,," to "TABLE+1,," and fails on any table state row in that range, such as that of a table named TABLE+1) are created beforehand (CreateTables.java): this
// client has no admin API. Prints `operation<TAB>observation` lines, as tests/clients/python/obs.py.
const crypto = require('crypto');
const hbase = require('hbase-rpc-client');

const TABLE = 'npm_a';
const SPLIT = 'npm_c';

function show(value) {
  if (value === null || value === undefined) return '<none>';
  const b = Buffer.isBuffer(value) ? value : Buffer.from(String(value), 'binary');
  if (b.length > 64) {
    return `<${b.length} bytes sha256:${crypto.createHash('sha256').update(b).digest('hex').slice(0, 16)}>`;
  }
  let out = '';
  for (const c of b) out += c >= 0x20 && c < 0x7f && c !== 0x5c ? String.fromCharCode(c) : `\\x${c.toString(16).padStart(2, '0')}`;
  return out;
}

function fmtRow(row) {
  if (!row || !row.row) return '<no row>';
  const cells = row.columns.map((c) => `${show(c.family)}:${show(c.qualifier)}=${show(c.value)}`);
  return `${show(row.row)} ${cells.join(' ')}`;
}

function emit(op, text) {
  process.stdout.write(`${op}\t${text}\n`);
}

// The server-side exception class the client hands back, never its message (which may differ).
function errorName(err) {
  if (err && typeof err === 'object' && err.exceptionClassName) return `RemoteException(${err.exceptionClassName})`;
  if (err instanceof Error) return err.name === 'Error' ? `Error(${String(err.message).split(/[\s:]/)[0]})` : err.name;
  return `error(${typeof err})`;
}

async function run(op, fn, ms = 30000) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  try {
    const out = await Promise.race([fn(), timeout]);
    const lines = Array.isArray(out) ? out : [out];
    if (lines.length === 0) emit(op, '<empty>');
    for (const line of lines) emit(op, line);
  } catch (err) {
    emit(op, `ERROR ${errorName(err)}`);
    process.stderr.write(`[${op}] ${err && err.stack ? err.stack : JSON.stringify(err)}\n`);
  } finally {
    clearTimeout(timer);
  }
}

const call = (client, method, ...args) => new Promise((resolve, reject) => client[method](...args, (err, res) => (err ? reject(err) : resolve(res))));

function scanRows(client, table, start, stop, setup) {
  const scanner = client.getScanner(table, start, stop);
  if (setup) setup(scanner);
  return new Promise((resolve, reject) => {
    const rows = [];
    scanner.each(
      (err, row) => {
        if (err) reject(err);
        else if (row) rows.push(fmtRow(row));
      },
      (err) => {
        scanner.close();
        if (err) reject(err);
        else resolve(rows.length ? rows : ['<no rows>']);
      },
    );
  });
}

function put(row, cells) {
  const p = new hbase.Put(row);
  for (const [f, q, v] of cells) p.add(f, q, v);
  return p;
}

function get(row, column) {
  const g = new hbase.Get(row);
  if (column) g.addColumn(column[0], column[1]);
  return g;
}

async function load(client) {
  await call(
    client,
    'put',
    TABLE,
    put('row-1', [
      ['cf', 'a', 'v1a'],
      ['cf', 'b', 'v1b'],
      ['cg', 'x', 'g1'],
    ]),
  );
  for (let i = 2; i < 10; i++) await call(client, 'put', TABLE, put(`row-${i}`, [['cf', 'a', `v${i}`]]));
  await call(client, 'put', TABLE, put('other-1', [['cf', 'a', 'o1']]));
  return 'ok';
}

async function dataOps(client) {
  const t = TABLE;
  await run('get', async () => fmtRow(await call(client, 'get', t, get('row-1'))));
  await run('get_missing', async () => fmtRow(await call(client, 'get', t, get('no-such-row'))));
  await run('get_column', async () => fmtRow(await call(client, 'get', t, get('row-1', ['cf', 'b']))));
  await run('mget', async () => (await call(client, 'mget', t, ['row-4', 'nope', 'row-5'])).map(fmtRow));
  await run('scan_all', () => scanRows(client, t));
  await run('scan_range', () => scanRows(client, t, 'row-2', 'row-5'));
  await run('scan_reversed', () => scanRows(client, t, 'row-5', 'row-2', (s) => s.setReversed()));
  await run('filter_prefix', () => scanRows(client, t, undefined, undefined, (s) => s.setFilter({ prefixFilter: { prefix: 'other' } })));
  await run('filter_value', () =>
    scanRows(client, t, undefined, undefined, (s) =>
      s.setFilter({
        valueFilter: { compareFilter: { compareOp: 'EQUAL', comparator: { binaryComparator: { comparable: { value: 'v4' } } } } },
      }),
    ),
  );
  await run('filter_scv', () =>
    scanRows(client, t, undefined, undefined, (s) =>
      s.setFilter({
        singleColumnValueFilter: {
          columnFamily: 'cf',
          columnQualifier: 'a',
          compareOp: 'GREATER',
          comparator: { binaryComparator: { comparable: { value: 'v7' } } },
          filterIfMissing: true,
          latestVersionOnly: true,
        },
      }),
    ),
  );
}

async function mutationOps(client) {
  const t = TABLE;
  await run('delete_column', async () => {
    const d = new hbase.Delete('row-1');
    d.deleteColumns('cf', 'a');
    await call(client, 'delete', t, d);
    return fmtRow(await call(client, 'get', t, get('row-1')));
  });
  await run('delete_family', async () => {
    const d = new hbase.Delete('row-1');
    d.deleteFamily('cg');
    await call(client, 'delete', t, d);
    return fmtRow(await call(client, 'get', t, get('row-1')));
  });
  await run('delete_row', async () => {
    await call(client, 'delete', t, new hbase.Delete('row-2'));
    return fmtRow(await call(client, 'get', t, get('row-2')));
  });
  await run('increment', async () => {
    await call(client, 'incrementColumnValue', t, 'ctr', 'cf', 'n', 5);
    const inc = new hbase.Increment('ctr');
    inc.add('cf', 'n', -2);
    await call(client, 'increment', t, inc);
    return fmtRow(await call(client, 'get', t, get('ctr')));
  });
  await run('check_and_put', async () => {
    const out = [];
    for (const expected of ['v3', 'nope']) {
      const res = await call(client, 'checkAndPut', t, 'row-3', 'cf', 'a', expected, put('row-3', [['cf', 'c', `set-if-${expected}`]]));
      out.push(`expect=${expected} -> processed=${res && res.processed}`);
    }
    out.push(fmtRow(await call(client, 'get', t, get('row-3'))));
    return out;
  });
}

async function binaryAndBig(client) {
  const t = TABLE;
  const keys = [[0], [0, 1], [0xff], [0xff, 0xff], [0x61, 0, 0x62]].map((k) => Buffer.from(k));
  await run('binary_keys', async () => {
    for (const k of keys) await call(client, 'put', t, put(k, [['cf', Buffer.from([0, 0x71, 0xff]), Buffer.concat([k, Buffer.from([0xfe])])]]));
    const out = [];
    for (const k of keys) out.push(fmtRow(await call(client, 'get', t, get(k))));
    return out;
  });
  await run('binary_scan', async () => [
    ...(await scanRows(client, t, Buffer.from([0]), Buffer.from([1]))),
    ...(await scanRows(client, t, Buffer.from([0xff]))),
  ]);
  const big = Buffer.alloc(1 << 20);
  for (let i = 0; i < big.length; i++) big[i] = (i * 7 + 3) % 251;
  await run(
    'big_value',
    async () => {
      await call(client, 'put', t, put('big', [['cf', 'blob', big]]));
      return fmtRow(await call(client, 'get', t, get('big')));
    },
    60000,
  );
}

async function splitOps(client) {
  const s = SPLIT;
  await run('split_put', async () => {
    for (const k of ['a1', 'f9', 'g', 'g1', 'm', 'n0', 's', 't', 'z9']) await call(client, 'put', s, put(k, [['cf', 'q', k]]));
    return 'ok';
  });
  await run('split_scan', () => scanRows(client, s));
  await run('split_scan_range', () => scanRows(client, s, 'f', 'u'));
  await run('split_scan_reversed', () => scanRows(client, s, 's', 'b', (sc) => sc.setReversed()));
  await run('split_get', async () => {
    const out = [];
    for (const k of ['a1', 'n0', 'z9']) out.push(fmtRow(await call(client, 'get', s, get(k))));
    return out;
  });
}

async function main() {
  const client = hbase({ zookeeperHosts: [process.argv[2]], zookeeperRoot: '/hbase', rpcTimeout: 20000, callTimeout: 20000, tcpNoDelay: true });
  client.on('error', (err) => process.stderr.write(`[client error] ${err}\n`));
  await run('connect', async () => {
    await new Promise((resolve, reject) => client.ensureZookeeperTrackers((err) => (err ? reject(err) : resolve())));
    return 'connected';
  });
  await run('put', () => load(client));
  await dataOps(client);
  await mutationOps(client);
  await binaryAndBig(client);
  await splitOps(client);
  emit('end', 'done');
  process.exit(0);
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack}\n`);
  process.exit(1);
});
