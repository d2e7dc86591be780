import { timingSafeEqual, createHash } from 'node:crypto';
import { type CanActivate, type ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { ADMIN_CONFIG, type AdminConfig } from './admin.config';

/** Methods that only read; everything else changes cluster state (drain). */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Bearer-token check for the REST API.
 *   - A state-changing call with no token configured at all: 403 (the operator has not enabled
 *     state changes; no credential could help, so 401 would mislead).
 *   - A configured token and a missing or wrong Authorization header: 401 with
 *     `WWW-Authenticate: Bearer` (RFC 6750).
 *   - Reads are open unless hbase.compat.admin.reads=token. The dashboard page itself is static
 *     HTML and always served; its data calls go through this guard.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(@Inject(ADMIN_CONFIG) private readonly config: AdminConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<{ method: string; path: string; headers: Record<string, string | undefined> }>();
    const reading = READ_METHODS.has(request.method);
    if (reading && (!this.config.readsNeedToken || request.path === '/')) return true;
    if (this.config.token === undefined) {
      throw new ForbiddenException(
        'state-changing calls are disabled: no admin token is configured (hbase.compat.admin.token or hbase.compat.admin.token.file)',
      );
    }
    const presented = bearer(request.headers.authorization);
    if (presented === undefined) throw new UnauthorizedException('missing bearer token (Authorization: Bearer <token>)');
    if (!sameSecret(presented, this.config.token)) throw new UnauthorizedException('wrong bearer token');
    return true;
  }
}

function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** Constant-time comparison of digests, so the answer time tells nothing about the token. */
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}
