import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../../common/api.js';
import { deadlineListQuery, deadlineListResponse, deadlineSummary } from '../../../common/deadline-api.js';
import type { DeadlineService } from '../../services/deadline.service.js';

export const deadlineRoutes: FastifyPluginAsyncZod<{ deadlines: DeadlineService }> = async (app, { deadlines }) => {
  app.get(
    '/api/v1/deadlines',
    {
      schema: {
        tags: ['归档期限'],
        summary: '即将到期和已超期的案卷（我的 / 本庭 / 全院），最紧迫的在前',
        querystring: deadlineListQuery,
        response: { 200: deadlineListResponse, 403: errorBody },
      },
    },
    async (request) => deadlines.list(request.ctx, request.query),
  );

  app.get(
    '/api/v1/deadlines/summary',
    { schema: { tags: ['归档期限'], summary: '归档期限提醒：默认范围的件数，可查看的各范围及全院各部门的件数', response: { 200: deadlineSummary, 403: errorBody } } },
    async (request) => deadlines.summary(request.ctx),
  );
};
