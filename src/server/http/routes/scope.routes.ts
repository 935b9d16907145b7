import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { coverageQuery, coverageResponse, draftCreated, errorBody, jobState, ruleSetVersion, scopeDecision, scopeEvaluateRequest, scopePreview } from '../../../common/api.js';
import { parseCaseNumber } from '../../domain/case-number/index.js';
import { AppError } from '../../errors.js';
import type { ScopeCoverageService } from '../../services/scope-coverage.service.js';
import type { ScopeService } from '../../services/scope.service.js';

export const scopeRoutes: FastifyPluginAsyncZod<{ scope: ScopeService; coverage: ScopeCoverageService }> = async (app, { scope, coverage }) => {
  app.get(
    '/api/v1/scope/coverage',
    {
      schema: {
        tags: ['试点范围'],
        summary: '试点覆盖：按部门和立案月份统计纳入单套制的案件（可按假定的归档日期重新计算）',
        querystring: coverageQuery,
        response: { 200: coverageResponse },
      },
    },
    async (request) => coverage.coverage(request.ctx, request.query),
  );

  app.post(
    '/api/v1/scope/evaluate',
    {
      schema: {
        tags: ['试点范围'],
        summary: '按已发布的规则集判断一个案件是否纳入单套制（不保存）',
        body: scopeEvaluateRequest,
        response: { 200: scopeDecision, 400: errorBody },
      },
    },
    async (request) => {
      const { caseNumber, asOf, ...rest } = request.body;
      const parsed = parseCaseNumber(caseNumber);
      if (!parsed.ok) throw new AppError('CASE_NUMBER_INVALID', parsed.error.message, { field: 'caseNumber', part: parsed.error.part });
      return scope.evaluate(request.ctx, { ...rest, caseNumber: parsed.value.original, typeCode: parsed.value.typeCode }, asOf);
    },
  );

  app.post(
    '/api/v1/scope/rule-sets',
    {
      schema: {
        tags: ['试点范围'],
        summary: '保存规则集草稿（下一版本号；校验规则后保存，不影响案件）',
        body: z.object({ ruleSet: z.record(z.string(), z.unknown()), note: z.string().trim().max(200).optional() }),
        response: { 201: draftCreated, 400: errorBody },
      },
    },
    async (request, reply) => {
      const draft = await scope.createDraft(request.ctx, { ruleSet: request.body.ruleSet as never, note: request.body.note });
      return reply.status(201).send(draft);
    },
  );

  app.post(
    '/api/v1/scope/rule-sets/:version/preview',
    {
      schema: {
        tags: ['试点范围'],
        summary: '预览草稿的影响：按部门统计将纳入、将移出的案件（不保存）',
        params: z.object({ version: z.coerce.number().int().positive() }),
        body: z.object({ asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD').optional() }).default({}),
        response: { 200: scopePreview, 404: errorBody },
      },
    },
    async (request) => scope.preview(request.ctx, request.params.version, request.body.asOf),
  );

  app.post(
    '/api/v1/scope/rule-sets/:version/publish',
    {
      schema: {
        tags: ['试点范围'],
        summary: '发布草稿：成为现行规则集，并在后台重新认定全部案件（返回任务编号）',
        params: z.object({ version: z.coerce.number().int().positive() }),
        response: { 200: z.object({ version: z.number(), jobId: z.string() }), 404: errorBody },
      },
    },
    async (request) => scope.publish(request.ctx, request.params.version),
  );

  app.get(
    '/api/v1/jobs/:id',
    {
      schema: {
        tags: ['试点范围'],
        summary: '后台任务进度',
        params: z.object({ id: z.string().min(1) }),
        response: { 200: jobState, 404: errorBody },
      },
    },
    async (request) => scope.job(request.ctx, request.params.id),
  );

  app.get(
    '/api/v1/scope/rule-sets',
    { schema: { tags: ['试点范围'], summary: '试点范围规则集的全部版本（新版在前）', response: { 200: z.array(ruleSetVersion) } } },
    async (request) => scope.list(request.ctx),
  );
};
