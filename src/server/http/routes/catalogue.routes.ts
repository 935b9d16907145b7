import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../../common/api.js';
import { catalogueCheckOut, catalogueIn, catalogueOut } from '../../../common/catalogue-api.js';
import type { CatalogueService } from '../../services/catalogue.service.js';
import { volumeDocuments, type CatalogueDocumentsService } from '../../services/catalogue-documents.service.js';

const idParams = z.object({ id: z.string().min(1) });

export const catalogueRoutes: FastifyPluginAsyncZod<{ catalogues: CatalogueService; documents: CatalogueDocumentsService }> = async (app, { catalogues, documents }) => {
  app.get(
    '/api/v1/cases/:id/catalogue',
    {
      schema: {
        tags: ['编目'],
        summary: '卷内目录（正卷、副卷，分册，卷内页码）与未编入的材料',
        params: idParams,
        response: { 200: catalogueOut, 404: errorBody },
      },
    },
    async (request) => catalogues.get(request.ctx, request.params.id),
  );

  app.put(
    '/api/v1/cases/:id/catalogue',
    {
      schema: {
        tags: ['编目'],
        summary: '保存整理后的卷内目录（带所基于的版本号；他人已修改时返回 409）',
        description: '提交完整目录：各卷（main 正卷 / side 副卷）各册按顺序列出材料；页码由服务器按顺序连续编排。`version` 必须等于读取时的版本，否则 409 CATALOGUE_VERSION_CONFLICT，本次修改不保存。',
        params: idParams,
        body: catalogueIn,
        response: { 200: catalogueOut, 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => catalogues.save(request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/v1/cases/:id/catalogue/auto',
    {
      schema: {
        tags: ['编目'],
        summary: '自动编目：按模板重新生成目录（替换现有目录）',
        params: idParams,
        response: { 200: catalogueOut, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody },
      },
    },
    async (request) => catalogues.propose(request.ctx, request.params.id),
  );

  app.get(
    '/api/v1/cases/:id/catalogue/check',
    {
      schema: {
        tags: ['编目'],
        summary: '完整性检查：缺少的必备材料、未编入的材料、正副卷错放、裁判文书无送达回证、开庭无笔录或录像、页数不符、超页未分册、裁判文书无签章',
        params: idParams,
        response: { 200: catalogueCheckOut, 404: errorBody },
      },
    },
    async (request) => catalogues.check(request.ctx, request.params.id),
  );

  app.get(
    '/api/v1/cases/:id/catalogue/volumes/:kind/:number/:document',
    {
      schema: {
        tags: ['编目'],
        summary: '一册的卷宗文书（PDF）：cover 卷宗封面、catalogue 卷内目录、notes 卷内备考表、volume 整册（封面、目录、盖有卷内页码的材料、备考表）',
        params: z.object({ id: z.string().min(1), kind: z.enum(['main', 'side']), number: z.coerce.number().int().min(1), document: z.enum(volumeDocuments) }),
        querystring: z.object({ download: z.enum(['1']).optional() }),
      },
    },
    async (request, reply) => {
      const { id, kind, number, document } = request.params;
      const out = await documents.render(request.ctx, id, kind, number, document);
      const disposition = request.query.download ? 'attachment' : 'inline';
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(out.fileName)}`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(out.bytes));
    },
  );
};
