import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../../common/api.js';
import {
  attachRequest,
  attachResponse,
  batchCreate,
  batchDetail,
  batchListQuery,
  batchListResponse,
  rescanQueueResponse,
  rescanRequest,
  scanningPointOut,
  scanPageOut,
  scanStatsQuery,
  scanStatsResponse,
  scanThresholds,
  splitProposal,
} from '../../../common/capture-api.js';
import { AppError } from '../../errors.js';
import type { FileIntakeService } from '../../services/file-intake.service.js';
import type { ScanStatsService } from '../../services/scan-stats.service.js';
import type { ScanningService } from '../../services/scanning.service.js';
import { readMultipart } from '../multipart.js';

const idParams = z.object({ id: z.string().min(1) });

export const scanningRoutes: FastifyPluginAsyncZod<{ scanning: ScanningService; stats: ScanStatsService; intake: FileIntakeService }> = async (app, { scanning, stats, intake }) => {
  const receive = (request: Parameters<typeof readMultipart>[0]) =>
    readMultipart(
      request,
      (s) => intake.stage(s),
      (f) => intake.discard(f),
    );

  app.get(
    '/api/v1/scanning/points',
    { schema: { tags: ['扫描'], summary: '扫描点（扫描员：本扫描点；办公室：全部）', response: { 200: z.object({ items: z.array(scanningPointOut) }) } } },
    async (request) => ({ items: await scanning.points(request.ctx) }),
  );

  app.put(
    '/api/v1/scanning/points/:id/thresholds',
    { schema: { tags: ['扫描'], summary: '设置扫描点的质检标准（对之后新建的批次生效）', params: idParams, body: scanThresholds, response: { 200: scanningPointOut, 403: errorBody, 404: errorBody } } },
    async (request) => scanning.setThresholds(request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/v1/scanning/batches',
    { schema: { tags: ['扫描'], summary: '新建扫描批次', body: batchCreate, response: { 201: batchDetail, 403: errorBody, 404: errorBody } } },
    async (request, reply) => reply.status(201).send(await scanning.createBatch(request.ctx, request.body)),
  );

  app.get(
    '/api/v1/scanning/batches',
    { schema: { tags: ['扫描'], summary: '扫描批次列表', querystring: batchListQuery, response: { 200: batchListResponse } } },
    async (request) => scanning.list(request.ctx, request.query),
  );

  app.get(
    '/api/v1/scanning/batches/:id',
    { schema: { tags: ['扫描'], summary: '扫描批次详情：逐页质检结论、拆分、隔离文件', params: idParams, response: { 200: batchDetail, 404: errorBody } } },
    async (request) => scanning.detail(request.ctx, request.params.id),
  );

  app.post(
    '/api/v1/scanning/batches/:id/pages',
    { schema: { tags: ['扫描'], summary: '上传扫描页（multipart，可多个文件，按提交顺序排页）', consumes: ['multipart/form-data'], params: idParams, response: { 201: batchDetail, 404: errorBody, 413: errorBody } } },
    async (request, reply) => {
      await scanning.detail(request.ctx, request.params.id); // 404 before reading the body
      const { files } = await receive(request);
      if (files.length === 0) throw new AppError('MATERIAL_FILE_MISSING');
      return reply.status(201).send(await scanning.addPages(request.ctx, request.params.id, files));
    },
  );

  app.get(
    '/api/v1/scanning/batches/:id/split-proposal',
    { schema: { tags: ['扫描'], summary: '按空白分隔页建议的拆分', params: idParams, response: { 200: splitProposal, 404: errorBody } } },
    async (request) => scanning.splitProposal(request.ctx, request.params.id),
  );

  app.post(
    '/api/v1/scanning/batches/:id/attach',
    { schema: { tags: ['扫描'], summary: '把拆分好的材料挂接到案件（后台合成 PDF 并识别文字）', params: idParams, body: attachRequest, response: { 200: attachResponse, 404: errorBody, 409: errorBody } } },
    async (request) => ({ materials: await scanning.attach(request.ctx, request.params.id, request.body) }),
  );

  app.get(
    '/api/v1/scanning/pages/:id/thumbnail',
    { schema: { tags: ['扫描'], summary: '扫描页缩略图（JPEG）', params: idParams } },
    async (request, reply) => {
      const { sha256 } = await scanning.pageBlob(request.ctx, request.params.id, 'thumbnail');
      reply.header('cache-control', 'private, max-age=86400, immutable').header('etag', `"${sha256}"`).type('image/jpeg');
      return reply.send(await intake.store.read(sha256));
    },
  );

  app.get(
    '/api/v1/scanning/pages/:id/image',
    { schema: { tags: ['扫描'], summary: '扫描页预览（JPEG，长边不超过 1600 像素；原图保存不变）', params: idParams } },
    async (request, reply) => {
      const preview = await scanning.pagePreview(request.ctx, request.params.id);
      reply.header('cache-control', 'private, max-age=86400, immutable').type('image/jpeg');
      return reply.send(preview);
    },
  );

  app.post(
    '/api/v1/scanning/pages/:id/rescan',
    { schema: { tags: ['扫描'], summary: '退回重扫（说明原因）', params: idParams, body: rescanRequest, response: { 200: scanPageOut, 404: errorBody, 409: errorBody } } },
    async (request) => scanning.requestRescan(request.ctx, request.params.id, request.body.reason, request.body.note),
  );

  app.post(
    '/api/v1/scanning/pages/:id/replace',
    { schema: { tags: ['扫描'], summary: '上传重扫页（替换待重扫的页，位置不变）', consumes: ['multipart/form-data'], params: idParams, response: { 201: scanPageOut, 404: errorBody, 422: errorBody } } },
    async (request, reply) => {
      const { files } = await receive(request);
      const [file, ...extra] = files;
      await Promise.all(extra.map((f) => intake.discard(f.staged)));
      if (!file) throw new AppError('MATERIAL_FILE_MISSING');
      return reply.status(201).send(await scanning.replacePage(request.ctx, request.params.id, file));
    },
  );

  app.get(
    '/api/v1/scanning/rescans',
    { schema: { tags: ['扫描'], summary: '待重扫队列', querystring: z.object({ point: z.string().optional() }), response: { 200: rescanQueueResponse } } },
    async (request) => scanning.rescanQueue(request.ctx, request.query.point),
  );

  app.get(
    '/api/v1/scanning/stats',
    { schema: { tags: ['扫描'], summary: '扫描质量统计（按扫描点、按扫描员）', querystring: scanStatsQuery, response: { 200: scanStatsResponse, 403: errorBody } } },
    async (request) => stats.stats(request.ctx, request.query.from, request.query.to),
  );
};
