import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthResponse, referenceResponse, staffQuery, staffResponse } from '../../../common/api.js';
import type { HealthService } from '../../services/health.service.js';
import type { ReferenceService } from '../../services/reference.service.js';

export const referenceRoutes: FastifyPluginAsyncZod<{ reference: ReferenceService; health: HealthService }> = async (
  app,
  { reference, health },
) => {
  app.get(
    '/api/health',
    { schema: { tags: ['系统'], summary: '健康检查：数据库、数据目录、可选外部工具', response: { 200: healthResponse } } },
    async () => health.check(),
  );
  app.get(
    '/api/v1/reference',
    { schema: { tags: ['基础数据'], summary: '本院、部门、团队、扫描点、案件类型代字', response: { 200: referenceResponse } } },
    async (request) => reference.get(request.ctx),
  );
  app.get(
    '/api/v1/staff',
    { schema: { tags: ['基础数据'], summary: '人员（法官、书记员等）', querystring: staffQuery, response: { 200: staffResponse } } },
    async (request) => reference.staff(request.ctx, request.query),
  );
};
