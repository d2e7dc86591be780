import type { Socket } from 'node:net';
import { TLSSocket } from 'node:tls';
import { HBaseExceptions, HBaseRemoteError } from '@hbase-compat/hbase-codec';
import type { ClientIdentity } from '@hbase-compat/server-config';

/**
 * The user a connection acts as (what ACL checks and audit see), decided once, at the connection header:
 *
 *   header                  the header's effective_user, HBase's SIMPLE model (anyone can claim any name)
 *   cn | dns | email | uri  the verified client certificate's subject CN, or its first SAN of that kind;
 *                           a header naming someone else is refused, as is a connection without one
 *
 * HBase 2.6 has no such mode (with TLS and SIMPLE it still believes the header); it is stronger on
 * purpose, so that mutual TLS also authenticates users. A refusal is AccessDeniedException with call
 * id -1, then the connection closes, as ServerRpcConnection answers a connection it does not authorize.
 */
export function connectionUser(socket: Socket, headerUser: string, source: ClientIdentity): string {
  if (source === 'header') return headerUser;
  const identity = certificateIdentity(socket, source);
  if (identity === undefined) {
    throw new HBaseRemoteError(
      HBaseExceptions.AccessDeniedException,
      `Connection from ${socket.remoteAddress} has no verified client certificate naming a user (hbase.compat.rpc.tls.client.identity=${source})`,
    );
  }
  if (headerUser !== '' && headerUser !== identity) {
    throw new HBaseRemoteError(
      HBaseExceptions.AccessDeniedException,
      `Connection header user '${headerUser}' is not the client certificate's ${source} '${identity}'`,
    );
  }
  return identity;
}

/** The name a verified peer certificate gives, or undefined (plain connection, no or unverified certificate). */
function certificateIdentity(socket: Socket, source: Exclude<ClientIdentity, 'header'>): string | undefined {
  if (!(socket instanceof TLSSocket) || !socket.authorized) return undefined;
  const cert = socket.getPeerCertificate();
  if (!cert || Object.keys(cert).length === 0) return undefined;
  if (source === 'cn') {
    const cn = cert.subject?.CN;
    return (Array.isArray(cn) ? cn[0] : cn) || undefined;
  }
  return subjectAltNames(cert.subjectaltname ?? '').find((san) => san.kind === SAN_KINDS[source])?.value;
}

const SAN_KINDS = { dns: 'DNS', email: 'email', uri: 'URI' } as const;

/** Node's subjectaltname string: `DNS:a.example, email:x@example, URI:spiffe://..., IP Address:1.2.3.4`. */
function subjectAltNames(text: string): { kind: string; value: string }[] {
  return text
    .split(', ')
    .map((entry) => entry.trim())
    .filter((entry) => entry.includes(':'))
    .map((entry) => ({ kind: entry.slice(0, entry.indexOf(':')), value: entry.slice(entry.indexOf(':') + 1) }));
}
