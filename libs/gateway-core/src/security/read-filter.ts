import type { Cell } from '@hbase-compat/hbase-codec';
import type { RowBatch, RowSource } from '../scan/row-sources';

/**
 * AccessControlFilter for scans: a user allowed to read only some families or qualifiers of the
 * table sees only those cells; rows left with none are skipped. (HBase runs it before the scan's
 * own filter; here it narrows what the filter passed, which differs only for filters that look at
 * cells the user may not read.)
 */
export class AclFilteredSource implements RowSource {
  constructor(
    private readonly inner: RowSource,
    private readonly keep: (c: Cell) => boolean,
  ) {}

  get counts() {
    return this.inner.counts;
  }

  async next(maxRows: number, maxBytes: number): Promise<RowBatch> {
    const batch = await this.inner.next(maxRows, maxBytes);
    return { ...batch, rows: batch.rows.map((r) => r.filter(this.keep)).filter((r) => r.length > 0) };
  }

  close(): void {
    this.inner.close();
  }
}
