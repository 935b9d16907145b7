import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RequestContext } from '../../domain/access.js';
import { AppError } from '../../errors.js';
import type { AuthService } from '../../services/auth.service.js';

export const SESSION_COOKIE = 'cv_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is acting, set for every authenticated /api/v1 request. */
    ctx: RequestContext;
    /** The session secret when the request came with the session cookie. */
    sessionToken: string | null;
    /** That session's CSRF token ('' for bearer-token requests). */
    csrfToken: string;
  }
}

/** Routes under /api/v1 that need no sign-in. */
const publicRoutes = new Set(['POST /api/v1/auth/login']);
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Authentication for /api/v1: a bearer token (systems) or the session cookie (people). Cookie
 * requests that change state must carry the session's CSRF token in `x-csrf-token`.
 */
export function registerAuth(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('csrfToken', '');
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    const route = `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`;
    if (publicRoutes.has(route)) return;
    request.ctx = { requestId: request.id, actor: await authenticate(request, auth) };
  });
}

async function authenticate(request: FastifyRequest, auth: AuthService) {
  const header = request.headers.authorization;
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) throw new AppError('AUTH_TOKEN_INVALID');
    return auth.fromBearer(m[1]!);
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token) throw new AppError('AUTH_REQUIRED');
  const { actor, csrfToken } = await auth.fromSession(token);
  if (unsafeMethods.has(request.method) && !sameSecret(request.headers['x-csrf-token'], csrfToken)) {
    throw new AppError('CSRF_TOKEN_INVALID');
  }
  request.sessionToken = token;
  request.csrfToken = csrfToken;
  return actor;
}

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
