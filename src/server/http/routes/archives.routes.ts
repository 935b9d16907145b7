import { createReadStream } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../../common/api.js';
import { archiveFiles, archiveList, archiveOut, exportFormats, retentionChangeIn } from '../../../common/reception-api.js';
import { AppError } from '../../errors.js';
import type { ArchiveService } from '../../services/archive.service.js';
import type { BlobStore } from '../../storage/blob-store.js';
import { readMultipart } from '../multipart.js';

const codeParams = z.object({ archivalCode: z.string().min(1) });
const versionParams = codeParams.extend({ version: z.string().regex(/^v\d+$/, '版本号形如 v1') });

export const archiveRoutes: FastifyPluginAsyncZod<{ archives: ArchiveService; blobStore: BlobStore; uploadMaxBytes: number }> = async (app, { archives, blobStore, uploadMaxBytes }) => {
  const tags = ['档案'];
  const stage = (source: NodeJS.ReadableStream & AsyncIterable<Uint8Array>) => blobStore.stage(source, { maxBytes: uploadMaxBytes });
  const discard = (s: { stagingKey: string }) => blobStore.discard(s.stagingKey);

  app.get(
    '/api/v1/archives',
    {
      schema: {
        tags,
        summary: '档案列表（按档号或案号检索）',
        querystring: z.object({ q: z.string().optional(), page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(20) }),
        response: { 200: archiveList, 403: errorBody },
      },
    },
    async (request) => archives.list(request.ctx, request.query.q, request.query.page, request.query.pageSize),
  );

  app.get('/api/v1/archives/:archivalCode', { schema: { tags, summary: '档案及其各版本', params: codeParams, response: { 200: archiveOut, 403: errorBody, 404: errorBody } } }, async (request) =>
    archives.get(request.ctx, request.params.archivalCode),
  );

  app.get('/api/v1/archives/:archivalCode/versions/:version/files', { schema: { tags, summary: '档案某一版本的文件', params: versionParams, response: { 200: archiveFiles, 404: errorBody } } }, async (request) =>
    archives.files(request.ctx, request.params.archivalCode, request.params.version),
  );

  app.get(
    '/api/v1/archives/:archivalCode/versions/:version/content',
    { schema: { tags, summary: '读取档案某一版本中的一个文件', params: versionParams, querystring: z.object({ path: z.string().min(1), download: z.enum(['0', '1']).optional() }) } },
    async (request, reply) => {
      const stream = await archives.content(request.ctx, request.params.archivalCode, request.params.version, request.query.path);
      const name = path.posix.basename(request.query.path);
      const ext = path.extname(name).toLowerCase();
      const mime = { '.pdf': 'application/pdf', '.xml': 'application/xml', '.json': 'application/json', '.mp3': 'audio/mpeg', '.mp4': 'video/mp4', '.jpg': 'image/jpeg', '.tif': 'image/tiff', '.ofd': 'application/ofd' }[ext] ?? 'application/octet-stream';
      reply.header('content-disposition', `${request.query.download === '1' ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(name)}`);
      reply.header('x-content-type-options', 'nosniff');
      reply.type(mime);
      return reply.send(stream);
    },
  );

  app.get(
    '/api/v1/archives/:archivalCode/export',
    { schema: { tags, summary: '导出档案：eep（DA/T 48 封装包 XML）或 bagit（BagIt 包，tar）', params: codeParams, querystring: z.object({ format: z.enum(exportFormats) }) } },
    async (request, reply) => {
      const exp = await archives.exporter(request.ctx, request.params.archivalCode, request.query.format);
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(exp.fileName)}`);
      reply.type(exp.mime);
      const { PassThrough } = await import('node:stream');
      const out = new PassThrough();
      exp.write(out).then(
        () => out.end(),
        (e: unknown) => {
          request.log.error({ err: e }, 'archive export failed');
          out.destroy(e as Error);
        },
      );
      return reply.send(out);
    },
  );

  app.post(
    '/api/v1/archives/:archivalCode/retention',
    { schema: { tags, summary: '调整保管期限（须写理由；记为档案的新版本）', params: codeParams, body: retentionChangeIn, response: { 200: archiveOut, 400: errorBody, 403: errorBody, 404: errorBody } } },
    async (request) => archives.changeRetention(request.ctx, request.params.archivalCode, request.body),
  );

  app.post(
    '/api/v1/archives/:archivalCode/supplement',
    { schema: { tags, summary: '补充归档：multipart，字段 reason 与一个或多个 file；成为档案的新版本', params: codeParams, consumes: ['multipart/form-data'], response: { 200: archiveOut, 400: errorBody, 403: errorBody, 404: errorBody } } },
    async (request) => {
      if (!request.isMultipart()) throw new AppError('VALIDATION_FAILED', '请以 multipart/form-data 上传文件');
      const { fields, files } = await readMultipart(request, stage, discard);
      try {
        return await archives.supplement(request.ctx, request.params.archivalCode, fields.reason ?? '', files.map((f) => ({ name: f.originalName, path: f.staged.path, size: f.staged.size })));
      } finally {
        await Promise.all(files.map((f) => discard(f.staged).catch(() => undefined)));
      }
    },
  );

  app.post(
    '/api/v1/archives/import',
    { schema: { tags, summary: '导入 BagIt 包（tar，multipart 字段 file）：逐项校验后写入档案存储', consumes: ['multipart/form-data'], response: { 200: archiveOut, 400: errorBody, 403: errorBody, 409: errorBody, 422: errorBody } } },
    async (request) => {
      if (!request.isMultipart()) throw new AppError('VALIDATION_FAILED', '请以 multipart/form-data 上传 BagIt 包（.tar）');
      const { files } = await readMultipart(request, stage, discard);
      try {
        if (files.length !== 1) throw new AppError('VALIDATION_FAILED', '请上传一个 BagIt 包（.tar）');
        return await archives.importBag(request.ctx, createReadStream(files[0]!.staged.path));
      } finally {
        await Promise.all(files.map((f) => discard(f.staged).catch(() => undefined)));
      }
    },
  );
};
