import { CellType, decodeCellBlock, encodeCellBlock, type hbase, pb } from '@hbase-compat/hbase-codec';
import { RawHBaseConnection } from '@hbase-compat/hbase-rpc-testing';
import { startTestGateway } from './gateway-fixture';

/**
 * The call parameter's length prefix is read as HBase 2.6's ServerRpcConnection.processRequest reads
 * it (see call-frames.ts): a declared size past the end of the frame means "to the end of the
 * frame" when no cell block follows. PyPI's hbase-driver 1.1.1 depends on it: it UTF-8 encodes the
 * varint of every parameter of 128 bytes or more, which declares a size far past the frame's end.
 */
describe('gateway reading call parameter lengths as HBase does', () => {
  let fixture: Awaited<ReturnType<typeof startTestGateway>>;
  const table = { namespace: Buffer.from('default'), qualifier: Buffer.from('param_length') };
  const row = Buffer.from('r'.repeat(200)); // makes every Get parameter longer than 127 bytes

  const varint = (n: number): Buffer => {
    const out: number[] = [];
    while (n >= 0x80) {
      out.push((n & 0x7f) | 0x80);
      n >>>= 7;
    }
    out.push(n);
    return Buffer.from(out);
  };
  /** What hbase-driver 1.1.1 sends: the varint's bytes taken as characters and UTF-8 encoded. */
  const driverLength = (n: number) => Buffer.from(String.fromCharCode(...varint(n)), 'utf8');

  /** A whole request frame with the parameter's length prefix given as raw bytes. */
  function frame(callId: number, header: hbase.pb.IRequestHeader, length: Buffer, param: Uint8Array, tail = Buffer.alloc(0)): Buffer {
    const h = pb.RequestHeader.encode({ callId, methodName: 'Get', requestParam: true, ...header }).finish();
    const body = Buffer.concat([varint(h.length), h, length, param, tail]);
    const size = Buffer.alloc(4);
    size.writeInt32BE(body.length);
    return Buffer.concat([size, body]);
  }

  function regionName(): Buffer {
    const t = fixture.gateway.catalog.list().find((x) => x.descriptor.name.qualifier === 'param_length');
    return t!.regions[0].name;
  }

  beforeAll(async () => {
    fixture = await startTestGateway();
    const c = await RawHBaseConnection.handshake(fixture.port, 'MasterService');
    const r = await c.call(
      'CreateTable',
      pb.CreateTableRequest.encode({ tableSchema: { tableName: table, columnFamilies: [{ name: Buffer.from('cf') }] } }).finish(),
    );
    expect(r.header.exception).toBeFalsy();
    c.close();
    const w = await RawHBaseConnection.handshake(fixture.port, 'ClientService');
    const cells = encodeCellBlock([
      { row, family: Buffer.from('cf'), qualifier: Buffer.from('q'), timestamp: 5n, type: CellType.Put, value: Buffer.from('v') },
    ]);
    const put = await w.call(
      'Mutate',
      pb.MutateRequest.encode({ region: { type: 1, value: regionName() }, mutation: { row, mutateType: 2, associatedCellCount: 1 } }).finish(),
      cells,
    );
    expect(put.header.exception).toBeFalsy();
    w.close();
  });

  afterAll(async () => {
    await fixture.stop();
  });

  it("answers hbase-driver 1.1.1's Get, whose parameter length is UTF-8 mangled, like any other", async () => {
    const param = pb.GetRequest.encode({ region: { type: 1, value: regionName() }, get: { row } }).finish();
    expect(param.length).toBeGreaterThanOrEqual(128);
    const length = driverLength(param.length);
    expect(length.length).toBe(varint(param.length).length + 1);
    const c = await RawHBaseConnection.handshake(fixture.port, 'ClientService');
    c.write(frame(41, {}, length, param));
    const r = await c.next();
    expect(r.header.callId).toBe(41);
    expect(r.header.exception).toBeFalsy();
    expect(decodeCellBlock(r.cellBlock!).map((x) => x.value.toString())).toEqual(['v']);
    c.close();
  });

  it('still refuses what HBase refuses, with the call id, and keeps the connection', async () => {
    const param = pb.GetRequest.encode({ region: { type: 1, value: regionName() }, get: { row } }).finish();
    const c = await RawHBaseConnection.handshake(fixture.port, 'ClientService');
    // A cell block announced after a parameter that claims more than the frame holds.
    c.write(frame(42, { cellBlockMeta: { length: 2 } }, driverLength(param.length), param, Buffer.from('cafe', 'hex')));
    // A negative size (the 5-byte varint of -1).
    c.write(frame(43, {}, Buffer.from('ffffffff0f', 'hex'), param));
    for (const callId of [42, 43]) {
      const r = await c.next();
      expect(r.header.callId).toBe(callId);
      expect(r.header.exception?.exceptionClassName).toBe('org.apache.hadoop.hbase.DoNotRetryIOException');
      expect(r.header.exception?.stackTrace).toContain('Unable to read call parameter');
    }
    c.write(frame(44, {}, varint(param.length), param));
    const ok = await c.next();
    expect(ok.header.callId).toBe(44);
    expect(ok.header.exception).toBeFalsy();
    c.close();
  });
});
