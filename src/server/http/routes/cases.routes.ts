import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditListResponse, caseDetail, caseInput, caseListQuery, caseListResponse, casePatch, errorBody } from '../../../common/api.js';
import type { CaseService } from '../../services/case.service.js';

const idParams = z.object({ id: z.string().min(1) });
const page = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), offset: z.coerce.number().int().min(0).default(0) });

export const caseRoutes: FastifyPluginAsyncZod<{ cases: CaseService }> = async (app, { cases }) => {
  app.get(
    '/api/v1/cases',
    { schema: { tags: ['案件'], summary: '案件列表（筛选、分页、按案号或当事人检索）', querystring: caseListQuery, response: { 200: caseListResponse } } },
    async (request) => cases.list(request.ctx, request.query),
  );

  app.post(
    '/api/v1/cases',
    { schema: { tags: ['案件'], summary: '新建案件（审判系统与书记员共用）', body: caseInput, response: { 201: caseDetail, 400: errorBody, 409: errorBody } } },
    async (request, reply) => reply.status(201).send(await cases.create(request.ctx, request.body)),
  );

  app.get(
    '/api/v1/cases/:id',
    { schema: { tags: ['案件'], summary: '案件详情', params: idParams, response: { 200: caseDetail, 404: errorBody } } },
    async (request) => cases.get(request.ctx, request.params.id),
  );

  app.patch(
    '/api/v1/cases/:id',
    { schema: { tags: ['案件'], summary: '修改案件（只改所给字段；带 version 时做并发校验）', params: idParams, body: casePatch, response: { 200: caseDetail, 404: errorBody, 409: errorBody } } },
    async (request) => cases.update(request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/v1/cases/:id/history',
    { schema: { tags: ['案件'], summary: '案件变更记录', params: idParams, querystring: page, response: { 200: auditListResponse } } },
    async (request) => cases.history(request.ctx, request.params.id, request.query.limit, request.query.offset),
  );
};
