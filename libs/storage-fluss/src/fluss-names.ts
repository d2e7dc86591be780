import { randomBytes } from 'node:crypto';
import type { TableName } from '@hbase-compat/region-mapping';
import type { TablePath } from '@hbase-compat/fluss-adapter';

/**
 * HBase names → Fluss names. Fluss accepts [A-Za-z0-9_-] in database and table names; HBase
 * namespaces and qualifiers also use '.' (qualifiers) and '_'. Anything but [A-Za-z0-9-] is
 * written `_xx` (two lower-case hex digits), so the mapping is reversible and never collides with
 * the gateway's own database, whose name carries `__` (an escape never produces two underscores
 * in a row: `_` itself becomes `_5f`).
 *
 *   namespace ns, table q  →  database <prefix><esc(ns)>, table <esc(q)>__<incarnation>
 *                             (tables created before incarnations: table <esc(q)>)
 *   the catalog            →  database <prefix>_system, table catalog
 *
 * Every create or truncate makes a new incarnation, so a Fluss table name is never used twice
 * (see fluss-adapter's create-with-leaders.ts for why); the catalog row of the HBase table names the current one.
 */
export function escapeFlussName(name: string): string {
  let out = '';
  for (const ch of name) {
    if (/^[A-Za-z0-9-]$/.test(ch)) out += ch;
    else {
      const code = ch.codePointAt(0) ?? 0;
      if (code > 0xff) throw new Error(`name ${JSON.stringify(name)}: character ${JSON.stringify(ch)} cannot be mapped to a Fluss name`);
      out += `_${code.toString(16).padStart(2, '0')}`;
    }
  }
  return out;
}

export function unescapeFlussName(name: string): string {
  return name.replace(/_([0-9a-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** An escaped name never holds two underscores in a row, so this suffix cannot be confused with one. */
const INCARNATION_SEPARATOR = '__';

export class FlussNames {
  constructor(private readonly prefix: string) {
    if (!/^[A-Za-z0-9_-]*$/.test(prefix)) throw new Error(`Fluss database prefix ${JSON.stringify(prefix)}: only [A-Za-z0-9_-] allowed`);
  }

  database(namespace: string): string {
    return `${this.prefix}${escapeFlussName(namespace)}`;
  }

  /** The Fluss table of an HBase table created before incarnations existed. */
  table(name: TableName): TablePath {
    return { database: this.database(name.namespace), table: escapeFlussName(name.qualifier) };
  }

  /** A Fluss table name for a new incarnation of the HBase table, never handed out before. */
  newIncarnation(name: TableName): TablePath {
    const unique = `${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
    return { database: this.database(name.namespace), table: `${escapeFlussName(name.qualifier)}${INCARNATION_SEPARATOR}${unique}` };
  }

  /** Whether a Fluss table of the namespace's database is an incarnation (or the legacy table) of the HBase table. */
  isIncarnationOf(flussTable: string, name: TableName): boolean {
    const base = escapeFlussName(name.qualifier);
    if (flussTable === base) return true;
    return flussTable.startsWith(base + INCARNATION_SEPARATOR) && /^[0-9a-z]+$/.test(flussTable.slice(base.length + INCARNATION_SEPARATOR.length));
  }

  get catalog(): TablePath {
    return { database: `${this.prefix}_system`, table: 'catalog' };
  }
}
