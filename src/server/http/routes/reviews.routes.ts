import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../../common/api.js';
import { approvalOut, caseReviewOut, reviewCommentIn, reviewDecisionIn, reviewQueue } from '../../../common/review-api.js';
import type { ReviewService } from '../../services/review.service.js';

const idParams = z.object({ id: z.string().min(1) });
const commentParams = z.object({ id: z.string().min(1), commentId: z.string().min(1) });

export const reviewRoutes: FastifyPluginAsyncZod<{ reviews: ReviewService }> = async (app, { reviews }) => {
  const tags = ['审核'];

  app.post(
    '/api/v1/cases/:id/submit',
    {
      schema: {
        tags,
        summary: '提交审核（完整性检查无须处理的问题时）',
        description: '完整性检查仍有 error 级问题时返回 409 REVIEW_CHECK_FAILED，`details.findings` 列出问题。',
        params: idParams,
        response: { 200: caseReviewOut, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody },
      },
    },
    async (request) => reviews.submit(request.ctx, request.params.id),
  );

  app.get('/api/v1/cases/:id/review', { schema: { tags, summary: '审核轮次、审核意见与当前用户可做的操作', params: idParams, response: { 200: caseReviewOut, 404: errorBody } } }, async (request) =>
    reviews.state(request.ctx, request.params.id),
  );

  app.post(
    '/api/v1/cases/:id/review',
    {
      schema: {
        tags,
        summary: '审核：approve 签名通过（须签名口令 pin）或 return 退回修改（须写意见）',
        params: idParams,
        body: reviewDecisionIn,
        response: { 200: caseReviewOut, 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody },
      },
    },
    async (request) => reviews.decide(request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/v1/cases/:id/review/comments',
    { schema: { tags, summary: '审核意见：针对某条目录（materialId）或整个案卷', params: idParams, body: reviewCommentIn, response: { 201: caseReviewOut, 400: errorBody, 403: errorBody, 404: errorBody } } },
    async (request, reply) => reply.code(201).send(await reviews.addComment(request.ctx, request.params.id, request.body)),
  );

  app.delete(
    '/api/v1/cases/:id/review/comments/:commentId',
    { schema: { tags, summary: '删除本轮自己写的审核意见', params: commentParams, response: { 200: caseReviewOut, 400: errorBody, 403: errorBody, 404: errorBody } } },
    async (request) => reviews.deleteComment(request.ctx, request.params.id, request.params.commentId),
  );

  app.post(
    '/api/v1/cases/:id/review/comments/:commentId/resolve',
    { schema: { tags, summary: '书记员标记审核意见已修改', params: commentParams, response: { 200: caseReviewOut, 400: errorBody, 403: errorBody, 404: errorBody } } },
    async (request) => reviews.resolveComment(request.ctx, request.params.id, request.params.commentId),
  );

  app.get('/api/v1/reviews', { schema: { tags, summary: '待我审核的案卷（最早提交的在前）', response: { 200: reviewQueue, 403: errorBody } } }, async (request) => ({ items: await reviews.queue(request.ctx) }));

  app.get(
    '/api/v1/cases/:id/approval',
    {
      schema: {
        tags,
        summary: '签名的审核通过记录：清单、签名（base64 DER）、算法、签名人与当场验证结果',
        params: idParams,
        response: { 200: approvalOut, 404: errorBody },
      },
    },
    async (request) => reviews.approval(request.ctx, request.params.id),
  );
};
