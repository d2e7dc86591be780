import { pb } from '@hbase-compat/hbase-codec';
import { RawHBaseConnection } from '@hbase-compat/hbase-rpc-testing';
import type { StorageEngine } from '@hbase-compat/storage';
import { startTestGateway } from './gateway-fixture';

/**
 * TruncateTableProcedure ends with the table enabled: its steps roll forward, never back. A truncate
 * whose engine fails while dropping the data must not leave the table disabled.
 */
class EngineDown extends Error {}

describe('truncateTable when the engine fails', () => {
  let fixture: Awaited<ReturnType<typeof startTestGateway>>;
  let failDrop = false;

  function failingDrop(s: StorageEngine): StorageEngine {
    const data = s.data;
    return {
      ...s,
      ping: () => s.ping(),
      close: () => s.close(),
      data: {
        ...data,
        mutate: data.mutate.bind(data),
        getRows: data.getRows.bind(data),
        openCursor: data.openCursor.bind(data),
        mutateRowAtomically: data.mutateRowAtomically.bind(data),
        compact: data.compact.bind(data),
        dropTableData: async (table) => {
          if (failDrop) throw new EngineDown('store unreachable');
          return data.dropTableData(table);
        },
      },
    };
  }

  beforeAll(async () => {
    fixture = await startTestGateway([], failingDrop);
  });

  afterAll(async () => {
    await fixture.stop();
  });

  it('leaves the table enabled and reports the failure', async () => {
    const m = await RawHBaseConnection.handshake(fixture.port, 'MasterService');
    try {
      const tableName = { namespace: Buffer.from('default'), qualifier: Buffer.from('trunc') };
      await m.call('CreateTable', pb.CreateTableRequest.encode({ tableSchema: { tableName, columnFamilies: [{ name: Buffer.from('cf') }] } }).finish());
      expect((await m.call('DisableTable', pb.DisableTableRequest.encode({ tableName }).finish())).header.exception).toBeFalsy();
      failDrop = true;
      const truncate = await m.call('truncateTable', pb.TruncateTableRequest.encode({ tableName, preserveSplits: false }).finish());
      failDrop = false;
      expect(truncate.header.exception).toBeTruthy();
      expect(fixture.gateway.catalog.list().find((t) => t.descriptor.name.qualifier === 'trunc')?.descriptor.state).toBe('ENABLED');
    } finally {
      m.close();
    }
  });
});
