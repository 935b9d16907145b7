import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../../common/api.js';
import { documentSignaturesOut, pdfVerificationOut, signDocumentIn } from '../../../common/document-signature-api.js';
import { AppError } from '../../errors.js';
import { VERIFY_MAX_BYTES, type DocumentSigningService } from '../../services/document-signing.service.js';

const idParams = z.object({ id: z.string().min(1) });

/** 文书签名 (拟稿·核稿·签发) of a material's PDF, its signatures verified, and 验证签名 of any PDF. */
export const documentSignatureRoutes: FastifyPluginAsyncZod<{ signing: DocumentSigningService }> = async (app, { signing }) => {
  const tags = ['签名与印章'];

  app.get(
    '/api/v1/materials/:id/signatures',
    {
      schema: {
        tags,
        summary: '材料（文书）的签名步骤和主文件中每个签名的验证结果',
        params: idParams,
        response: { 200: documentSignaturesOut, 404: errorBody, 422: errorBody },
      },
    },
    async (request) => signing.list(request.ctx, request.params.id),
  );

  app.post(
    '/api/v1/materials/:id/signatures',
    {
      schema: {
        tags,
        summary: '在文书 PDF 上签名：拟稿（draft）、核稿（review）用本人 ECDSA 证书；签发（issue）加盖电子印章（须 sealId）',
        description: '按拟稿 → 核稿 → 签发的顺序，每步一次；每次签名追加为 PDF 的增量修订，保存为材料的新文件（role = signed），成为材料的主文件。',
        params: idParams,
        body: signDocumentIn,
        response: { 201: documentSignaturesOut, 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody },
      },
    },
    async (request, reply) => reply.code(201).send(await signing.sign(request.ctx, request.params.id, request.body)),
  );

  app.post(
    '/api/v1/signatures/verify',
    {
      schema: {
        tags,
        summary: '验证任意 PDF 的签名（multipart：file），文件不保存',
        consumes: ['multipart/form-data'],
        response: { 200: pdfVerificationOut, 400: errorBody, 403: errorBody, 413: errorBody, 422: errorBody },
      },
    },
    async (request) => {
      let upload: { name: string; bytes: Buffer } | undefined;
      try {
        for await (const part of request.parts({ limits: { fileSize: VERIFY_MAX_BYTES } })) {
          if (part.type !== 'file') continue;
          const bytes = await part.toBuffer();
          if (!upload || part.fieldname === 'file') upload = { name: part.filename, bytes };
        }
      } catch (e) {
        if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('UPLOAD_TOO_LARGE', `验证签名的文件不能超过 ${VERIFY_MAX_BYTES / 1024 / 1024} MB`);
        throw e;
      }
      if (!upload) throw new AppError('MATERIAL_FILE_MISSING');
      return signing.verifyUpload(request.ctx, new Uint8Array(upload.bytes), upload.name);
    },
  );
};
