import { connect } from 'node:net';
import { encodeRequest, encodeRpcPreamble, lengthPrefixed, pb, CellType, encodeCellBlock, decodeCellBlock } from '@hbase-compat/hbase-codec';
import { RawHBaseConnection } from '@hbase-compat/hbase-rpc-testing';
import { startTestGateway } from './gateway-fixture';

/**
 * Bad input gets the answer a region server gives, the server stays up, other connections are
 * untouched, and stored data is unharmed.
 */
describe('gateway under bad input', () => {
  let fixture: Awaited<ReturnType<typeof startTestGateway>>;
  let port: number;

  const tableName = { namespace: Buffer.from('default'), qualifier: Buffer.from('survivor') };

  async function createTable(): Promise<void> {
    const c = await RawHBaseConnection.handshake(port, 'MasterService');
    const r = await c.call('CreateTable', pb.CreateTableRequest.encode({ tableSchema: { tableName, columnFamilies: [{ name: Buffer.from('cf') }] } }).finish());
    expect(r.header.exception).toBeFalsy();
    c.close();
  }

  function regionName(): Buffer {
    const t = fixture.gateway.catalog.list().find((x) => x.descriptor.name.qualifier === 'survivor');
    return t!.regions[0].name;
  }

  async function putAndGet(c: RawHBaseConnection, row: string, value: string): Promise<string | undefined> {
    const region = { type: 1, value: regionName() };
    const cells = encodeCellBlock([
      {
        row: Buffer.from(row),
        family: Buffer.from('cf'),
        qualifier: Buffer.from('q'),
        timestamp: 0x7fffffffffffffffn,
        type: CellType.Put,
        value: Buffer.from(value),
      },
    ]);
    const put = await c.call(
      'Mutate',
      pb.MutateRequest.encode({ region, mutation: { row: Buffer.from(row), mutateType: 2, associatedCellCount: 1 } }).finish(),
      cells,
    );
    expect(put.header.exception).toBeFalsy();
    const got = await c.call('Get', pb.GetRequest.encode({ region, get: { row: Buffer.from(row) } }).finish());
    expect(got.header.exception).toBeFalsy();
    const block = got.cellBlock ? decodeCellBlock(got.cellBlock) : [];
    return block[0]?.value.toString();
  }

  beforeAll(async () => {
    fixture = await startTestGateway(['--hbase.ipc.max.request.size=65536']);
    port = fixture.port;
    await createTable();
  });

  afterAll(async () => {
    await fixture.stop();
  });

  it('answers a wrong preamble with a fatal FatalConnectionException and closes', async () => {
    const c = await RawHBaseConnection.open(port);
    c.write(Buffer.from('GET / HTTP/1.1\r\n\r\n'));
    const r = await c.next();
    expect(r.header.callId).toBe(0xffffffff);
    expect(r.header.exception?.exceptionClassName).toBe('org.apache.hadoop.hbase.ipc.FatalConnectionException');
    expect(r.header.exception?.stackTrace).toContain('Expected HEADER=');
    await c.closed;
  });

  it('answers an unsupported RPC version with WrongVersionException', async () => {
    const c = await RawHBaseConnection.open(port);
    c.write(Buffer.from('HBas\x07\x50', 'latin1'));
    const r = await c.next();
    expect(r.header.exception?.exceptionClassName).toBe('org.apache.hadoop.hbase.ipc.WrongVersionException');
    await c.closed;
  });

  it('answers an unknown service with UnknownServiceException', async () => {
    const c = await RawHBaseConnection.handshake(port, 'NoSuchService');
    const r = await c.next();
    expect(r.header.exception?.exceptionClassName).toBe('org.apache.hadoop.hbase.ipc.UnknownServiceException');
    await c.closed;
  });

  it('answers an unknown method with DoNotRetryIOException and keeps the connection', async () => {
    const c = await RawHBaseConnection.handshake(port, 'ClientService');
    const r = await c.call('Frobnicate', new Uint8Array());
    expect(r.header.exception?.exceptionClassName).toBe('org.apache.hadoop.hbase.DoNotRetryIOException');
    expect(r.header.exception?.doNotRetry).toBe(true);
    expect(r.header.exception?.stackTrace).toContain('UnsupportedOperationException: Frobnicate');
    expect(await putAndGet(c, 'after-unknown-method', 'v1')).toBe('v1');
    c.close();
  });

  it('answers an unreadable call parameter with DoNotRetryIOException and keeps the connection', async () => {
    const c = await RawHBaseConnection.handshake(port, 'ClientService');
    const r = await c.call('Get', Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
    expect(r.header.exception?.exceptionClassName).toBe('org.apache.hadoop.hbase.DoNotRetryIOException');
    expect(await putAndGet(c, 'after-garbage-param', 'v2')).toBe('v2');
    c.close();
  });

  it('answers a region it does not serve with NotServingRegionException', async () => {
    const c = await RawHBaseConnection.handshake(port, 'ClientService');
    const r = await c.call('Get', pb.GetRequest.encode({ region: { type: 1, value: Buffer.from('nope,,1.x.') }, get: { row: Buffer.from('r') } }).finish());
    expect(r.header.exception?.exceptionClassName).toBe('org.apache.hadoop.hbase.NotServingRegionException');
    expect(r.header.exception?.doNotRetry).toBe(false);
    c.close();
  });

  it('answers an oversized request with RequestTooBigException for that call, then closes', async () => {
    const c = await RawHBaseConnection.handshake(port, 'ClientService');
    const frame = encodeRequest({ callId: 77, methodName: 'Get' }, Buffer.alloc(100_000, 1));
    c.write(frame);
    const r = await c.next();
    expect(r.header.callId).toBe(77);
    expect(r.header.exception?.exceptionClassName).toBe('org.apache.hadoop.hbase.exceptions.RequestTooBigException');
    await c.closed;
  });

  it('survives a truncated frame and a vanished client', async () => {
    const s = connect({ port, host: '127.0.0.1' });
    await new Promise((r) => s.once('connect', r));
    s.write(encodeRpcPreamble());
    s.write(lengthPrefixed(pb.ConnectionHeader.encode({ serviceName: 'ClientService' }).finish()));
    s.write(encodeRequest({ callId: 1, methodName: 'Get' }, Buffer.alloc(40, 2)).subarray(0, 20));
    s.destroy();
    const c = await RawHBaseConnection.handshake(port, 'ClientService');
    expect(await putAndGet(c, 'after-truncation', 'v3')).toBe('v3');
    c.close();
  });

  it('answers the 2.6 registry preamble with the cluster id and closes', async () => {
    const c = await RawHBaseConnection.open(port);
    c.write(Buffer.from('Regist', 'latin1'));
    const r = await c.next();
    expect(r.header.callId).toBe(0xffffffff);
    expect(pb.GetConnectionRegistryResponse.decode(r.message!).clusterId).toBe('test-cluster-id');
    await c.closed;
  });

  it('answers many pipelined calls on one connection, each by its call id', async () => {
    const c = await RawHBaseConnection.handshake(port, 'ClientService');
    const region = { type: 1, value: regionName() };
    const calls = Array.from({ length: 200 }, (_, i) =>
      c.call('Get', pb.GetRequest.encode({ region, get: { row: Buffer.from(`pipelined-${i}`) } }).finish(), undefined, 1000 + i),
    );
    const responses = await Promise.all(calls);
    responses.forEach((r, i) => {
      expect(r.header.callId).toBe(1000 + i);
      expect(r.header.exception).toBeFalsy();
    });
    c.close();
  });

  it('kept every acknowledged write through all of the above', async () => {
    const c = await RawHBaseConnection.handshake(port, 'ClientService');
    expect(await putAndGet(c, 'after-unknown-method', 'v1')).toBe('v1');
    expect(await putAndGet(c, 'after-garbage-param', 'v2')).toBe('v2');
    c.close();
  });
});
