/** A server's identity: host, port and start code (ms at start), string form `host,port,startcode`. */
export interface ServerName {
  host: string;
  port: number;
  startCode: number;
}

export function serverNameToString(s: ServerName): string {
  return `${s.host},${s.port},${s.startCode}`;
}

export function parseServerName(s: string): ServerName {
  const parts = s.split(',');
  if (parts.length !== 3) throw new Error(`not a server name: ${s}`);
  const port = Number(parts[1]);
  const startCode = Number(parts[2]);
  if (!Number.isInteger(port) || !Number.isInteger(startCode)) throw new Error(`not a server name: ${s}`);
  return { host: parts[0], port, startCode };
}

export function sameServer(a: ServerName, b: ServerName): boolean {
  return a.host === b.host && a.port === b.port && a.startCode === b.startCode;
}
