/**
 * "host:port" → [host, port], for every address the apps and clients are given (Fluss bootstrap
 * servers, the gateway's RPC address). The port is the part after the last colon, so a bracketed
 * IPv6 host works; the brackets are dropped. Throws on a missing or out-of-range port.
 */
export function splitHostPort(s: string): [string, number] {
  const i = s.lastIndexOf(':');
  if (i <= 0) throw new Error(`bad host:port '${s}'`);
  const port = Number(s.slice(i + 1));
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`bad port in '${s}'`);
  return [s.slice(0, i).replace(/^\[|\]$/g, ''), port];
}
