import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditListResponse, auditQuery, auditVerifyResponse } from '../../../common/api.js';
import type { AuditService } from '../../services/audit.service.js';

export const auditRoutes: FastifyPluginAsyncZod<{ audit: AuditService }> = async (app, { audit }) => {
  app.get(
    '/api/v1/audit-events',
    { schema: { tags: ['审计'], summary: '审计日志（安全审计员）', querystring: auditQuery, response: { 200: auditListResponse } } },
    async (request) => audit.list(request.ctx, request.query),
  );

  app.get(
    '/api/v1/audit-events/verify',
    { schema: { tags: ['审计'], summary: '校验审计日志哈希链', response: { 200: auditVerifyResponse } } },
    async (request) => audit.verify(request.ctx),
  );
};
