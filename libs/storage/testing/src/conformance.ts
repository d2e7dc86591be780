import type { StorageEngine, TableDescriptor } from '@hbase-compat/storage';
import { atomicRules } from './rules/atomic';
import { catalogRules } from './rules/catalog';
import { deleteRules } from './rules/deletes';
import { errorRules } from './rules/errors';
import { longKeyRules } from './rules/long-keys';
import { rowRules } from './rules/rows';
import { scanRules } from './rules/scans';
import { timeRangeRules } from './rules/time-ranges';
import { ttlRules } from './rules/ttl';
import { versionRules } from './rules/versions';
import { type ConformanceOptions, type EngineUnderTest, type FamilySpec, type Suite, NAMESPACE, descriptor } from './suite';

/**
 * The contract every StorageEngine must meet, as Jest tests: one test per rule, its name the rule.
 * Engines store raw cells and row-semantics.ts decides what a read sees, so most rules write cells
 * through the port, read them back through it, and assert what a client would see; the rest pin
 * what the port itself promises (order, atomicity, durability, errors). Where engines may differ
 * in when they drop cells (the embedded engine at write, Fluss at flush or on read), a rule only
 * asserts what both guarantee after `compact`.
 *
 * `open` is called once, before the first rule; the run's tables are left to `dispose`.
 */
export function describeStorageConformance(name: string, open: () => Promise<EngineUnderTest>, options: ConformanceOptions = {}): void {
  describe(`storage conformance: ${name}`, () => {
    let target: EngineUnderTest | undefined;
    let engine: StorageEngine | undefined;
    let tables = 0;
    const known = new Set(options.knownFailures ?? []);
    const timeout = options.timeoutMs ?? 30_000;

    beforeAll(async () => {
      target = await open();
      engine = target.engine;
      await engine.catalog.putNamespace({ name: NAMESPACE, configuration: [] });
    }, timeout);

    afterAll(async () => {
      await target?.dispose();
    }, timeout);

    const current = (): StorageEngine => {
      if (engine === undefined) throw new Error('the engine under test did not open');
      return engine;
    };

    const suite: Suite = {
      engine: current,
      reopen: async () => {
        if (target === undefined) throw new Error('the engine under test did not open');
        engine = await target.reopen();
        return engine;
      },
      get unreachable() {
        const make = target?.unreachable;
        return make === undefined ? undefined : () => make.call(target);
      },
      table: async (families: Record<string, FamilySpec>): Promise<TableDescriptor> => {
        const t = descriptor(`conformance_${++tables}`, families);
        await current().catalog.putTable(t);
        return t;
      },
      rule: (rule, body) => (known.has(rule) ? it.failing(rule, body, timeout) : it(rule, body, timeout)),
    };

    rowRules(suite);
    versionRules(suite);
    deleteRules(suite);
    ttlRules(suite);
    timeRangeRules(suite);
    scanRules(suite);
    longKeyRules(suite);
    atomicRules(suite);
    catalogRules(suite);
    errorRules(suite);
  });
}
