import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../../common/api.js';
import { scanRequestCancel, scanRequestIn, scanRequestList, scanRequestOut, scanRequestQueueQuery, scanRequestStarted } from '../../../common/scan-request-api.js';
import type { ScanRequestService } from '../../services/scan-request.service.js';

const idParams = z.object({ id: z.string().min(1) });

export const scanRequestRoutes: FastifyPluginAsyncZod<{ requests: ScanRequestService }> = async (app, { requests }) => {
  app.post(
    '/api/v1/cases/:id/scan-requests',
    {
      schema: {
        tags: ['编目'],
        summary: '补扫申请：请本案所在部门的扫描点扫描一份纸质材料',
        params: idParams,
        body: scanRequestIn,
        response: { 201: scanRequestOut, 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody },
      },
    },
    async (request, reply) => reply.code(201).send(await requests.create(request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/api/v1/cases/:id/scan-requests',
    { schema: { tags: ['编目'], summary: '本案的补扫申请（最新在前）', params: idParams, response: { 200: scanRequestList, 404: errorBody } } },
    async (request) => ({ items: await requests.listForCase(request.ctx, request.params.id) }),
  );

  app.get(
    '/api/v1/scan-requests',
    {
      schema: {
        tags: ['扫描'],
        summary: '扫描点的补扫申请队列（默认为待扫描和扫描中，最早的在前）',
        querystring: scanRequestQueueQuery,
        response: { 200: scanRequestList, 403: errorBody },
      },
    },
    async (request) => ({ items: await requests.queue(request.ctx, request.query) }),
  );

  app.post(
    '/api/v1/scan-requests/:id/start',
    {
      schema: {
        tags: ['扫描'],
        summary: '开始扫描：为补扫申请建立扫描批次',
        params: idParams,
        response: { 200: scanRequestStarted, 403: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => requests.start(request.ctx, request.params.id),
  );

  app.post(
    '/api/v1/scan-requests/:id/cancel',
    {
      schema: {
        tags: ['扫描'],
        summary: '撤销（书记员）或退回（扫描点）尚未完成的补扫申请',
        params: idParams,
        body: scanRequestCancel,
        response: { 200: scanRequestOut, 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => requests.cancel(request.ctx, request.params.id, request.body.reason),
  );
};
