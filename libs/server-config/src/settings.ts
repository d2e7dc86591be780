/**
 * The one configuration mechanism of every app (gateway, health sidecar, admin API). Each app
 * declares a table of keys (HBase's own names where HBase has one); values come from, later ones
 * winning:
 *   built-in defaults < a `key = value` file < environment < --key=value flags
 * Environment names are the keys upper-cased with '.' and '-' turned into '_'
 * (hbase.zookeeper.quorum -> HBASE_ZOOKEEPER_QUORUM). Every value is validated once at start and a
 * bad one is reported with its key and where it came from.
 */
export type Kind = 'string' | 'port' | 'positive-int' | 'non-negative-int' | 'path' | 'optional-string' | 'host-port-list';

export interface KeySpec {
  kind: Kind;
  default?: string | number;
  help: string;
}

export type KeyTable = Record<string, KeySpec>;

/** What a validated value is, by kind. */
export type Value = string | number | string[] | undefined;

export interface ConfigSources {
  confFile?: { text: string; path: string };
  env?: Record<string, string | undefined>;
  argv?: readonly string[];
}

export interface LoadedSettings<K extends string> {
  values: Record<K, Value>;
  /** Where each value came from, for logs and error messages. */
  sources: Record<K, string>;
}

type Entry = { value: string; source: string };

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function envNameFor(key: string): string {
  return key.toUpperCase().replace(/[.-]/g, '_');
}

/**
 * Validates every key of `table` from `sources`. `aliases` maps retired key names to the current
 * ones: a value given under a retired name still counts, and its source says so.
 */
export function loadSettings<K extends string>(table: Record<K, KeySpec>, sources: ConfigSources, aliases: Record<string, NoInfer<K>> = {}): LoadedSettings<K> {
  const raw = new Map<K, Entry>();
  for (const [key, spec] of entries(table)) {
    if (spec.default !== undefined) raw.set(key, { value: String(spec.default), source: 'default' });
  }
  const layer = (given: Map<string, Entry>) => {
    for (const [name, entry] of given) raw.set(resolveKey(table, aliases, name, entry), entry);
  };
  if (sources.confFile) layer(parseConfFile(sources.confFile.text, sources.confFile.path));
  if (sources.env) layer(readEnvironment(table, aliases, sources.env));
  if (sources.argv) layer(parseFlags(withoutConfigFlag(sources.argv)));
  const values = {} as Record<K, Value>;
  const origin = {} as Record<K, string>;
  for (const [key, spec] of entries(table)) {
    const entry = raw.get(key);
    origin[key] = entry?.source ?? 'unset';
    values[key] = entry === undefined ? undefined : validate(key, spec, entry);
  }
  return { values, sources: origin };
}

function entries<K extends string>(table: Record<K, KeySpec>): [K, KeySpec][] {
  return Object.entries(table) as [K, KeySpec][];
}

function resolveKey<K extends string>(table: Record<K, KeySpec>, aliases: Record<string, K>, name: string, entry: Entry): K {
  if (name in table) return name as K;
  const current = aliases[name];
  if (current === undefined) throw new ConfigError(`unknown configuration key ${name} from ${entry.source}${suggest(Object.keys(table), name)}`);
  entry.source = `${entry.source} (retired name ${name}; use ${current})`;
  return current;
}

function readEnvironment<K extends string>(table: Record<K, KeySpec>, aliases: Record<string, K>, env: Record<string, string | undefined>): Map<string, Entry> {
  const found = new Map<string, Entry>();
  for (const name of [...Object.keys(aliases), ...Object.keys(table)]) {
    const variable = envNameFor(name);
    const value = env[variable];
    if (value !== undefined) found.set(name, { value, source: `environment ${variable}` });
  }
  return found;
}

/** Parses `key = value` lines; '#' starts a comment. */
export function parseConfFile(text: string, origin: string): Map<string, Entry> {
  const out = new Map<string, Entry>();
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.replace(/(^|\s)#.*$/, '').trim();
    if (trimmed === '') return;
    const eq = trimmed.indexOf('=');
    if (eq <= 0) throw new ConfigError(`${origin}:${i + 1}: expected "key = value", got ${JSON.stringify(line.trim())}`);
    out.set(trimmed.slice(0, eq).trim(), { value: trimmed.slice(eq + 1).trim(), source: `${origin}:${i + 1}` });
  });
  return out;
}

/** `--key=value` or `--key value` flags. */
export function parseFlags(argv: readonly string[]): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new ConfigError(`unexpected argument ${JSON.stringify(arg)} (flags are --key=value)`);
    const body = arg.slice(2);
    const eq = body.indexOf('=');
    if (eq > 0) out.set(body.slice(0, eq), { value: body.slice(eq + 1), source: `flag ${arg}` });
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) out.set(body, { value: argv[++i], source: `flag --${body}` });
    else throw new ConfigError(`flag --${body} needs a value`);
  }
  return out;
}

/** `--config path` / `--config=path` from argv, else HBASE_COMPAT_CONF, else undefined. */
export function configFilePath(argv: readonly string[], env: Record<string, string | undefined>): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--config') return argv[i + 1];
    if (argv[i].startsWith('--config=')) return argv[i].slice('--config='.length);
  }
  return env['HBASE_COMPAT_CONF'];
}

/** How an app reads its configuration file; the library itself does no I/O. */
export interface ConfigFiles {
  exists(path: string): boolean;
  read(path: string): string;
}

/**
 * The sources of an app's configuration: the file named by --config or HBASE_COMPAT_CONF (which
 * must exist), else `defaultFile` in the working directory when present; the environment; the flags.
 */
export function configSources(argv: readonly string[], env: Record<string, string | undefined>, files: ConfigFiles, defaultFile: string): ConfigSources {
  const explicit = configFilePath(argv, env);
  if (explicit !== undefined && !files.exists(explicit)) throw new ConfigError(`configuration file ${explicit} does not exist`);
  const path = explicit ?? (files.exists(defaultFile) ? defaultFile : undefined);
  const confFile = path === undefined ? undefined : { text: files.read(path), path };
  return { confFile, env, argv };
}

/** argv without `--config PATH` / `--config=PATH` (the file itself is read by the caller). */
function withoutConfigFlag(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--config') i++;
    else if (!argv[i].startsWith('--config=')) out.push(argv[i]);
  }
  return out;
}

function suggest(known: string[], key: string): string {
  const close = known.find((k) => k.endsWith(key) || key.endsWith(k.split('.').pop() ?? '~'));
  return close ? ` (did you mean ${close}?)` : '';
}

function validate(key: string, spec: KeySpec, { value: raw, source }: Entry): Value {
  const bad = (what: string) => new ConfigError(`${key} = ${JSON.stringify(raw)} from ${source}: ${what}`);
  switch (spec.kind) {
    case 'optional-string':
      return raw === '' ? undefined : raw;
    case 'string':
    case 'path':
      if (raw === '') throw bad('must not be empty');
      return raw;
    case 'port':
      if (!isPort(raw)) throw bad('must be a port number 0-65535');
      return Number(raw);
    case 'positive-int':
    case 'non-negative-int': {
      const n = Number(raw);
      const min = spec.kind === 'positive-int' ? 1 : 0;
      if (raw.trim() === '' || !Number.isSafeInteger(n) || n < min) throw bad(`must be an integer >= ${min}`);
      return n;
    }
    case 'host-port-list': {
      const list = raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const wrong = list.find((hp) => !/^[^\s:]+:\d+$/.test(hp) || !isPort(hp.slice(hp.lastIndexOf(':') + 1)));
      if (wrong !== undefined) throw bad(`${JSON.stringify(wrong)} is not host:port`);
      return list;
    }
  }
}

function isPort(raw: string): boolean {
  const n = Number(raw);
  return raw.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 65535;
}
