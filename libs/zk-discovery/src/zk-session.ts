import * as zookeeper from 'node-zookeeper-client';

/**
 * Promise wrapper over node-zookeeper-client: the few operations discovery needs, with errors
 * carrying ZooKeeper's code name (NODE_EXISTS, NO_NODE, ...).
 */
export class ZkError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ZkError';
  }
}

function wrap(e: unknown, what: string): ZkError {
  const err = e as { getName?: () => string; message?: string };
  const code = typeof err.getName === 'function' ? err.getName() : 'UNKNOWN';
  return new ZkError(code, `${what}: ${err.message ?? String(e)}`);
}

export type Watcher = () => void;

/**
 * The client sets a watch only when given a function (its types insist on one); passing a no-op
 * instead would leave a watch, and a listener, behind on every read.
 */
const watchOrNone = (watcher: Watcher | undefined) => (watcher ? () => watcher() : undefined) as unknown as (event: zookeeper.Event) => void;

/** World-readable, world-writable: what HBase uses on an insecure cluster (the types omit it). */
const OPEN_ACL_UNSAFE = [new zookeeper.ACL(zookeeper.Permission.ALL, new zookeeper.Id('world', 'anyone'))];

export class ZkSession {
  readonly client: zookeeper.Client;

  constructor(connectString: string, sessionTimeoutMs: number) {
    this.client = zookeeper.createClient(connectString, { sessionTimeout: sessionTimeoutMs, spinDelay: 200, retries: 0 });
  }

  /** Connects, or rejects after `timeoutMs` (ZooKeeper unreachable). */
  connect(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.client.removeListener('connected', onConnected);
        reject(new ZkError('CONNECTION_LOSS', `could not connect to ZooKeeper within ${timeoutMs} ms`));
      }, timeoutMs);
      const onConnected = () => {
        clearTimeout(timer);
        resolve();
      };
      this.client.once('connected', onConnected);
      this.client.connect();
    });
  }

  get sessionTimeoutMs(): number {
    return this.client.getSessionTimeout();
  }

  get sessionIdHex(): string {
    return this.client.getSessionId().toString('hex');
  }

  close(): void {
    this.client.close();
  }

  create(path: string, data: Buffer, mode: 'persistent' | 'ephemeral'): Promise<void> {
    const createMode = mode === 'ephemeral' ? zookeeper.CreateMode.EPHEMERAL : zookeeper.CreateMode.PERSISTENT;
    return new Promise((resolve, reject) =>
      this.client.create(path, data, OPEN_ACL_UNSAFE, createMode, (e) => (e ? reject(wrap(e, `create ${path}`)) : resolve())),
    );
  }

  /** Creates a persistent node if missing; an existing one is left as it is. */
  async ensure(path: string, data: Buffer = Buffer.alloc(0)): Promise<void> {
    try {
      await this.create(path, data, 'persistent');
    } catch (e) {
      if (!(e instanceof ZkError && e.code === 'NODE_EXISTS')) throw e;
    }
  }

  getData(path: string, watcher?: Watcher): Promise<Buffer | undefined> {
    return this.getDataVersioned(path, watcher).then((r) => r?.data);
  }

  /** Reads a node's data and its data version (the count of writes to it); undefined if absent. */
  getDataVersioned(path: string, watcher?: Watcher): Promise<{ data: Buffer; version: number } | undefined> {
    return new Promise((resolve, reject) =>
      this.client.getData(path, watchOrNone(watcher), (e, data, stat) => {
        if (e) {
          const err = wrap(e, `getData ${path}`);
          return err.code === 'NO_NODE' ? resolve(undefined) : reject(err);
        }
        resolve({ data: data ?? Buffer.alloc(0), version: stat.version });
      }),
    );
  }

  /** Writes a node's data; resolves with its new data version. */
  setData(path: string, data: Buffer): Promise<number> {
    return new Promise((resolve, reject) => this.client.setData(path, data, -1, (e, stat) => (e ? reject(wrap(e, `setData ${path}`)) : resolve(stat.version))));
  }

  getChildren(path: string, watcher?: Watcher): Promise<string[]> {
    return this.getChildrenVersioned(path, watcher).then((r) => r.children);
  }

  /** A node's children and its child version (the count of child creations and deletions). */
  getChildrenVersioned(path: string, watcher?: Watcher): Promise<{ children: string[]; version: number }> {
    return new Promise((resolve, reject) =>
      this.client.getChildren(path, watchOrNone(watcher), (e, children, stat) =>
        e ? reject(wrap(e, `getChildren ${path}`)) : resolve({ children, version: stat.cversion }),
      ),
    );
  }

  exists(path: string, watcher?: Watcher): Promise<boolean> {
    return new Promise((resolve, reject) =>
      this.client.exists(path, watchOrNone(watcher), (e, stat) => (e ? reject(wrap(e, `exists ${path}`)) : resolve(stat !== null && stat !== undefined))),
    );
  }

  /** Deletes a node (only at `version` if given); an absent node counts as deleted. */
  remove(path: string, version = -1): Promise<void> {
    return new Promise((resolve, reject) =>
      this.client.remove(path, version, (e) => {
        if (!e) return resolve();
        const err = wrap(e, `remove ${path}`);
        return err.code === 'NO_NODE' ? resolve() : reject(err);
      }),
    );
  }
}
