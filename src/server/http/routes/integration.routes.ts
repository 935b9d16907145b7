import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../../common/api.js';
import { caseEventQuery, caseEventResponse, fileRejectedBody, integrationCaseResult, integrationCaseUpsert, materialOut } from '../../../common/capture-api.js';
import { AppError } from '../../errors.js';
import type { IntegrationService } from '../../services/integration.service.js';
import type { MaterialService } from '../../services/material.service.js';
import { readMultipart } from '../multipart.js';

const externalId = z.string().trim().min(1).max(128);

export const integrationRoutes: FastifyPluginAsyncZod<{ integration: IntegrationService; materials: MaterialService }> = async (app, { integration, materials }) => {
  app.put(
    '/api/v1/integration/cases/:externalId',
    {
      schema: {
        tags: ['审判系统对接'],
        summary: '按外部标识推送案件（幂等：首次新建，之后按所给字段更新）',
        params: z.object({ externalId }),
        body: integrationCaseUpsert,
        response: { 200: integrationCaseResult, 201: integrationCaseResult, 400: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => {
      const result = await integration.upsertCase(request.ctx, request.params.externalId, request.body);
      return reply.status(result.created ? 201 : 200).send(result);
    },
  );

  app.put(
    '/api/v1/integration/cases/:externalId/materials/:materialExternalId',
    {
      schema: {
        tags: ['审判系统对接'],
        summary: '按外部标识推送材料（multipart：file, title, source…；重试不会产生副本）',
        description: '首次推送存入材料，返回 201；同一外部标识、同一文件内容的重试返回 200 和已存的材料；内容不同返回 409（已收录的材料不得覆盖）。',
        consumes: ['multipart/form-data'],
        params: z.object({ externalId, materialExternalId: externalId }),
        response: { 200: materialOut, 201: materialOut, 404: errorBody, 409: errorBody, 422: fileRejectedBody },
      },
    },
    async (request, reply) => {
      const caseRow = await integration.caseByExternalId(request.ctx, request.params.externalId);
      await materials.assertCanUpload(request.ctx, caseRow.id);
      const { fields, files } = await readMultipart(request, (s) => materials.stage(s), (f) => materials.discardStaged(f));
      const file = files.find((f) => f.fieldName === 'file') ?? files[0];
      await Promise.all(files.filter((f) => f !== file).map((f) => materials.discardStaged(f.staged)));
      if (!file) throw new AppError('MATERIAL_FILE_MISSING');
      const { material, created } = await materials.upsertByExternalId(request.ctx, caseRow.id, request.params.materialExternalId, file, fields as never);
      return reply.status(created ? 201 : 200).send(material);
    },
  );

  app.get(
    '/api/v1/integration/events',
    { schema: { tags: ['审判系统对接'], summary: '案件事件（归档状态变化），按序号增量读取', querystring: caseEventQuery, response: { 200: caseEventResponse, 403: errorBody } } },
    async (request) => integration.events(request.ctx, request.query.after, request.query.limit),
  );
};
