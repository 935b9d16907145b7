import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody, loginRequest, loginResponse } from '../../../common/api.js';
import type { AuthService } from '../../services/auth.service.js';
import { SESSION_COOKIE } from '../plugins/auth.js';

export interface AuthRouteOptions {
  auth: AuthService;
  /** Secure cookies: always, never, or when the request came over HTTPS ('auto'). */
  cookieSecure: 'auto' | boolean;
}

export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (app, { auth, cookieSecure }) => {
  app.post(
    '/api/v1/auth/login',
    { schema: { tags: ['认证'], summary: '登录', body: loginRequest, response: { 200: loginResponse, 401: errorBody, 429: errorBody } } },
    async (request, reply) => {
      const s = await auth.login(request.body.username, request.body.password, request.ip, request.id);
      reply.setCookie(SESSION_COOKIE, s.sessionToken, {
        httpOnly: true,
        sameSite: 'lax',
        path: '/',
        secure: cookieSecure === 'auto' ? request.protocol === 'https' : cookieSecure,
        expires: s.expiresAt,
      });
      return { user: s.user, csrfToken: s.csrfToken };
    },
  );

  app.post('/api/v1/auth/logout', { schema: { tags: ['认证'], summary: '退出登录' } }, async (request, reply) => {
    if (request.sessionToken) await auth.logout(request.ctx, request.sessionToken);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.get('/api/v1/auth/me', { schema: { tags: ['认证'], summary: '当前用户', response: { 200: loginResponse } } }, async (request) => {
    return { user: await auth.me(request.ctx.actor), csrfToken: request.csrfToken };
  });
};
