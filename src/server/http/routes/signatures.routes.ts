import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../../common/api.js';
import {
  authorityList,
  changePinIn,
  enrolIn,
  importCaIn,
  issueCertificateIn,
  revokeIn,
  sealIn,
  sealList,
  sealOut,
  sealUsersIn,
  userCertificateList,
  userCertificateOut,
} from '../../../common/signature-api.js';
import type { SealService } from '../../services/seal.service.js';
import type { SigningKeyService } from '../../services/signing-key.service.js';

const idParams = z.object({ id: z.string().min(1) });

export const signatureRoutes: FastifyPluginAsyncZod<{ keys: SigningKeyService; seals: SealService }> = async (app, { keys, seals }) => {
  const tags = ['签名与印章'];

  app.get('/api/v1/me/certificates', { schema: { tags, summary: '我的签名证书', response: { 200: userCertificateList } } }, async (request) => ({ items: await keys.mine(request.ctx) }));

  app.post(
    '/api/v1/me/certificates',
    { schema: { tags, summary: '设置签名口令并领取签名证书（SM2 与 ECDSA P-256 各一张；原有证书作废更换）', body: enrolIn, response: { 201: userCertificateList, 400: errorBody, 403: errorBody } } },
    async (request, reply) => reply.code(201).send({ items: await keys.enrol(request.ctx, request.body.pin) }),
  );

  app.put(
    '/api/v1/me/certificates/pin',
    { schema: { tags, summary: '修改签名口令', body: changePinIn, response: { 200: userCertificateList, 400: errorBody, 409: errorBody, 422: errorBody } } },
    async (request) => ({ items: await keys.changePin(request.ctx, request.body.oldPin, request.body.newPin) }),
  );

  app.get(
    '/api/v1/pki/authorities',
    { schema: { tags, summary: '本院签名证书签发机构（根证书与签发证书，含 PEM，供外部验证签名）', response: { 200: authorityList } } },
    async () => ({ items: await keys.authorities() }),
  );

  app.post(
    '/api/v1/pki/authorities/import',
    { schema: { tags, summary: '导入本院自有 CA（PEM 或 PKCS#12；安全保密管理员）', body: importCaIn, response: { 201: authorityList, 400: errorBody, 403: errorBody } } },
    async (request, reply) => reply.code(201).send({ items: await keys.importCa(request.ctx, request.body) }),
  );

  app.get(
    '/api/v1/pki/certificates',
    {
      schema: {
        tags,
        summary: '全院签名证书（安全保密管理员）',
        querystring: z.object({ userId: z.string().optional(), status: z.enum(['active', 'revoked', 'replaced']).optional() }),
        response: { 200: userCertificateList, 403: errorBody },
      },
    },
    async (request) => ({ items: await keys.list(request.ctx, request.query) }),
  );

  app.post(
    '/api/v1/pki/certificates',
    { schema: { tags, summary: '为用户签发签名证书并设定初始签名口令（安全保密管理员）', body: issueCertificateIn, response: { 201: userCertificateList, 400: errorBody, 403: errorBody, 404: errorBody } } },
    async (request, reply) => reply.code(201).send({ items: await keys.issueFor(request.ctx, request.body.userId, request.body.pin) }),
  );

  app.post(
    '/api/v1/pki/certificates/:id/revoke',
    { schema: { tags, summary: '吊销签名证书', params: idParams, body: revokeIn, response: { 200: userCertificateOut, 400: errorBody, 403: errorBody, 404: errorBody } } },
    async (request) => keys.revoke(request.ctx, request.params.id, request.body.reason),
  );

  app.get('/api/v1/seals', { schema: { tags, summary: '电子印章（安全保密管理员：全部；其他人：本人可用的）', response: { 200: sealList } } }, async (request) => ({ items: await seals.list(request.ctx) }));

  app.post(
    '/api/v1/seals',
    { schema: { tags, summary: '新建电子印章（图像、证书、授权使用人）', body: sealIn, response: { 201: sealOut, 400: errorBody, 403: errorBody } } },
    async (request, reply) => reply.code(201).send(await seals.create(request.ctx, request.body)),
  );

  app.put(
    '/api/v1/seals/:id/users',
    { schema: { tags, summary: '设置电子印章的授权使用人', params: idParams, body: sealUsersIn, response: { 200: sealOut, 403: errorBody, 404: errorBody } } },
    async (request) => seals.setUsers(request.ctx, request.params.id, request.body.userIds),
  );

  app.post(
    '/api/v1/seals/:id/revoke',
    { schema: { tags, summary: '停用电子印章', params: idParams, body: revokeIn, response: { 200: sealOut, 403: errorBody, 404: errorBody } } },
    async (request) => seals.revoke(request.ctx, request.params.id, request.body.reason),
  );

  app.get('/api/v1/seals/:id/image', { schema: { tags, summary: '电子印章图像（PNG）', params: idParams } }, async (request, reply) =>
    reply.type('image/png').header('cache-control', 'private, max-age=3600').send(await seals.image(request.params.id)),
  );
};
