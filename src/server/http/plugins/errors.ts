import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { AppError, errorCatalog } from '../../errors.js';

/**
 * The one error handler (STYLE.md): AppError → its status and catalog code; validation → 400 with
 * the failing fields; anything else → 500 with the request id and no internals.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | ZodError, request, reply) => {
    const requestId = request.id;
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ err: error }, 'app error');
      return reply.status(error.status).send({ error: { code: error.code, message: error.message, details: error.details, requestId } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        field: [error.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].filter(Boolean).join('.'),
        message: v.message ?? '',
      }));
      return reply.status(400).send({
        error: { code: 'VALIDATION_FAILED', message: `${errorCatalog.VALIDATION_FAILED.message}：${issues.map((i) => `${i.field} ${i.message}`).join('；')}`, details: { issues }, requestId },
      });
    }
    if (error instanceof ZodError) {
      const issues = error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
      return reply.status(400).send({
        error: { code: 'VALIDATION_FAILED', message: `${errorCatalog.VALIDATION_FAILED.message}：${issues.map((i) => `${i.field} ${i.message}`).join('；')}`, details: { issues }, requestId },
      });
    }
    const fe = error as FastifyError;
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      // Fastify's own client errors (bad JSON, body too large …).
      return reply.status(fe.statusCode).send({
        error: { code: 'VALIDATION_FAILED', message: fe.statusCode === 413 ? '请求内容过大' : `${errorCatalog.VALIDATION_FAILED.message}（${fe.code ?? fe.statusCode}）`, requestId },
      });
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send({ error: { code: 'INTERNAL_ERROR', message: errorCatalog.INTERNAL_ERROR.message, requestId } });
  });
}
