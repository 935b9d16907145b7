import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody, scopeDecision, scopeEvaluateRequest } from '../../../common/api.js';
import { scopeRuleSet } from '../../../common/scope-rules.js';
import { parseCaseNumber } from '../../domain/case-number/index.js';
import { AppError } from '../../errors.js';
import type { ScopeService } from '../../services/scope.service.js';

const ruleSetVersion = z.object({
  version: z.number(),
  status: z.enum(['published', 'draft']),
  note: z.string(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  ruleSet: scopeRuleSet,
});

export const scopeRoutes: FastifyPluginAsyncZod<{ scope: ScopeService }> = async (app, { scope }) => {
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

  app.get(
    '/api/v1/scope/rule-sets',
    { schema: { tags: ['试点范围'], summary: '试点范围规则集的全部版本（新版在前）', response: { 200: z.array(ruleSetVersion) } } },
    async (request) => scope.list(request.ctx),
  );
};
