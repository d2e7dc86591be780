import type { HBaseRemoteError } from '@hbase-compat/hbase-codec';
import { FlussClient, type TablePath } from '@hbase-compat/fluss-adapter';
import type { TableName } from '@hbase-compat/region-mapping';
import type { CatalogPort, DataPort, IndexLag, StorageEngine, TableDescriptor } from '@hbase-compat/storage';
import { ChangelogIndex } from './changelog-index';
import { FlussCatalog } from './fluss-catalog';
import { FlussData } from './fluss-data';
import { toHBaseError } from './fluss-errors';
import { FlussNames } from './fluss-names';
import type { FlussStorageOptions } from './fluss-options';

/**
 * The Fluss engine: HBase tables as Fluss primary-key tables, one Fluss row per cell
 * (cell-rows.ts), descriptors in a Fluss catalog table (fluss-catalog.ts), data reads and writes
 * in fluss-data.ts, scans served by the changelog-fed index (changelog-index.ts). Stateless apart
 * from the index, which any node can rebuild from Fluss. This class only wires the parts together
 * and answers the port's optional capabilities (warmUp, indexLag, describeError).
 */
export class FlussStorageEngine implements StorageEngine {
  readonly name = 'fluss';
  readonly catalog: CatalogPort;
  readonly data: DataPort;
  readonly client: FlussClient;
  private readonly flussCatalog: FlussCatalog;
  private readonly index: ChangelogIndex;
  private readonly fluss: FlussData;

  constructor(private readonly options: FlussStorageOptions) {
    this.client = new FlussClient({
      bootstrapServers: options.bootstrapServers,
      requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
      connectTimeoutMs: 3_000,
      retries: 6,
      sasl: options.sasl,
      observer: options.requestObserver,
    });
    const log = options.log ?? { info: () => undefined, warn: () => undefined };
    const names = new FlussNames(options.databasePrefix ?? 'hbase_');
    this.index = new ChangelogIndex(options.indexDir, this.client, log);
    this.fluss = new FlussData(this.client, names, this.index, options, log, (name) => this.flussCatalog.dataTableOf(name));
    this.flussCatalog = new FlussCatalog(
      this.client,
      names,
      { ensureDataTable: (t, current) => this.fluss.ensureDataTable(t, current), dataTableChanged: (name) => this.fluss.forget(name) },
      log,
    );
    this.catalog = this.flussCatalog;
    this.data = this.fluss;
  }

  /** Connects, creates the catalog table if needed; call once before use. */
  async start(): Promise<void> {
    await this.flussCatalog.init(this.options.replicationFactor);
  }

  /** Starts the scan index of every table now rather than at its first scan. */
  async warmUp(tables: readonly TableDescriptor[]): Promise<void> {
    await Promise.all(tables.map((t) => this.fluss.table(t.name).catch(() => undefined)));
  }

  /** Lag of each running scan-index feed behind its table's changelog, by HBase table. */
  indexLag(): ReadonlyArray<IndexLag> {
    return this.index.lag().map(({ path, offsetsBehind, msBehind }) => ({ table: this.fluss.hbaseTableOf(path), offsetsBehind, msBehind }));
  }

  /** The Fluss table that holds an HBase table's data now (its name changes with every create or truncate). */
  dataTableOf(name: TableName): Promise<TablePath> {
    return this.flussCatalog.dataTableOf(name);
  }

  async ping(): Promise<void> {
    await this.client.refreshNodes();
  }

  describeError(e: unknown): HBaseRemoteError | undefined {
    return toHBaseError(e);
  }

  async close(): Promise<void> {
    await this.index.close();
    await this.client.close();
  }
}
