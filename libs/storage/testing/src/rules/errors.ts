import { type HBaseRemoteError, hbaseError } from '@hbase-compat/hbase-codec';
import type { StorageEngine } from '@hbase-compat/storage';
import { type Suite, b, descriptor } from '../suite';

/** The error a promise rejected with (the test fails if it resolved). */
async function failureOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to fail');
}

/**
 * What an engine's failure must look like to the gateway: described as an HBase exception the
 * client retries (a region server's store going away is never the caller's fault).
 */
function expectRetriable(engine: StorageEngine, e: unknown): void {
  const described: HBaseRemoteError | undefined = engine.describeError?.(e);
  expect({ described: described?.kind.className, doNotRetry: described?.kind.doNotRetry }).toEqual({ described: expect.any(String), doNotRetry: false });
}

/** What the port promises where things are missing or broken (StorageEngine.describeError, the catalog's lookups). */
export function errorRules(s: Suite): void {
  describe('errors', () => {
    s.rule('looking up a table or namespace that does not exist gives undefined, not an error', async () => {
      expect(await s.engine().catalog.getTable({ namespace: 'default', qualifier: 'never_created' })).toBeUndefined();
      expect(await s.engine().catalog.getTable({ namespace: 'never_created_ns', qualifier: 't' })).toBeUndefined();
      expect(await s.engine().catalog.getNamespace('never_created_ns')).toBeUndefined();
    });

    s.rule('dropping the data of a table that never existed succeeds (CreateTable does it first)', async () => {
      await expect(s.engine().data.dropTableData({ namespace: 'default', qualifier: 'never_created' })).resolves.toBeUndefined();
    });

    s.rule('compacting an empty table succeeds and leaves it empty', async () => {
      const t = await s.table({ cf: {} });
      await s.engine().data.compact(t, { major: false });
      await s.engine().data.compact(t, { major: true });
      expect((await s.engine().data.getRows(t, [b('r')]))[0].cells).toEqual([]);
    });

    s.rule("describeError leaves errors that are not the engine's own undescribed", async () => {
      const engine = s.engine();
      for (const e of [new Error('not mine'), new TypeError('nor mine'), hbaseError('TableNotFoundException', 't'), 'a string']) {
        expect(engine.describeError?.(e)).toBeUndefined();
      }
    });

    s.rule('ping resolves on a healthy engine', async () => {
      await expect(s.engine().ping()).resolves.toBeUndefined();
    });

    s.rule('an engine that cannot reach its store fails its calls with errors it describes as retriable HBase exceptions', async () => {
      const make = s.unreachable;
      if (make === undefined) return; // an engine without a remote store cannot lose it
      const engine = await make();
      try {
        const t = descriptor('unreachable', { cf: {} });
        await expect(engine.ping()).rejects.toBeDefined();
        expectRetriable(engine, await failureOf(engine.catalog.getTable(t.name)));
        expectRetriable(engine, await failureOf(engine.data.getRows(t, [b('r')])));
      } finally {
        await engine.close();
      }
    });
  });
}
