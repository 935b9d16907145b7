import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../../common/api.js';
import { fileRejectedBody, materialListResponse, materialOut, quarantineListResponse, quarantineOut, quarantineResolve } from '../../../common/capture-api.js';
import { AppError } from '../../errors.js';
import type { MaterialService } from '../../services/material.service.js';
import { parseRangeHeader } from '../../services/material.service.js';
import { readMultipart } from '../multipart.js';
import { sendContent } from '../send-content.js';

const idParams = z.object({ id: z.string().min(1) });

export const materialRoutes: FastifyPluginAsyncZod<{ materials: MaterialService }> = async (app, { materials }) => {
  app.post(
    '/api/v1/cases/:id/materials',
    {
      schema: {
        tags: ['材料'],
        summary: '上传一份材料（multipart：file, title, source[, category, author, documentDate, hearingDate, courtroom]）',
        description:
          '文件按内容识别格式并校验（PDF、OFD、图像、音视频、办公文档），计算 SHA-256 与 SM3 后入库。加密、损坏或伪装扩展名的文件返回 422，文件保存在隔离区。source：born_digital（原生电子）、scanned（扫描）、recording（庭审录音录像）。',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: materialOut, 400: errorBody, 404: errorBody, 413: errorBody, 422: fileRejectedBody },
      },
    },
    async (request, reply) => {
      await materials.assertCanUpload(request.ctx, request.params.id);
      const { fields, files } = await readMultipart(request, (s) => materials.stage(s), (f) => materials.discardStaged(f));
      const file = files.find((f) => f.fieldName === 'file') ?? files[0];
      await Promise.all(files.filter((f) => f !== file).map((f) => materials.discardStaged(f.staged)));
      if (!file) throw new AppError('MATERIAL_FILE_MISSING');
      const out = await materials.upload(request.ctx, request.params.id, file, fields as never);
      return reply.status(201).send(out);
    },
  );

  app.get(
    '/api/v1/cases/:id/materials',
    { schema: { tags: ['材料'], summary: '案件的材料时间线', params: idParams, response: { 200: materialListResponse, 404: errorBody } } },
    async (request) => ({ items: await materials.listForCase(request.ctx, request.params.id) }),
  );

  app.get(
    '/api/v1/materials/:id',
    { schema: { tags: ['材料'], summary: '材料详情（文件、摘要值、格式信息、问题）', params: idParams, response: { 200: materialOut, 404: errorBody } } },
    async (request) => materials.get(request.ctx, request.params.id),
  );

  app.get(
    '/api/v1/materials/:id/content',
    {
      schema: {
        tags: ['材料'],
        summary: '读取材料文件（支持 Range 断点与拖动播放）',
        description: '默认返回主文件（扫描材料为合成的 PDF，其余为原文件）；`seq` 指定第几个文件。支持单个 `Range: bytes=a-b`，返回 206。',
        params: idParams,
        querystring: z.object({ seq: z.coerce.number().int().min(1).optional(), download: z.enum(['1']).optional() }),
      },
    },
    async (request, reply) => {
      const content = await materials.openContent(request.ctx, request.params.id, request.query.seq, parseRangeHeader(request.headers.range));
      return sendContent(reply, content, request.query.download ? 'attachment' : 'inline');
    },
  );

  app.get(
    '/api/v1/cases/:id/quarantine',
    { schema: { tags: ['材料'], summary: '案件的隔离文件（未通过格式检查的文件）', params: idParams, response: { 200: quarantineListResponse, 404: errorBody } } },
    async (request) => ({ items: await materials.quarantineForCase(request.ctx, request.params.id) }),
  );

  app.get(
    '/api/v1/quarantine/:id/content',
    { schema: { tags: ['材料'], summary: '下载隔离文件原件', params: idParams } },
    async (request, reply) => sendContent(reply, await materials.openQuarantined(request.ctx, request.params.id), 'attachment'),
  );

  app.post(
    '/api/v1/quarantine/:id/resolve',
    { schema: { tags: ['材料'], summary: '登记隔离文件的处理结果（文件本身保留）', params: idParams, body: quarantineResolve, response: { 200: quarantineOut, 404: errorBody } } },
    async (request) => materials.resolveQuarantine(request.ctx, request.params.id, request.body.resolution),
  );
};
