import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Container } from '../container.js';
import { errorCatalog } from '../errors.js';
import { version } from '../version.js';
import { registerAuth } from './plugins/auth.js';
import { registerErrorHandler } from './plugins/errors.js';
import { auditRoutes } from './routes/audit.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { caseRoutes } from './routes/cases.routes.js';
import { referenceRoutes } from './routes/reference.routes.js';
import { scopeRoutes } from './routes/scope.routes.js';
import { userRoutes } from './routes/users.routes.js';
import fastifyMultipart from '@fastify/multipart';
import { integrationRoutes } from './routes/integration.routes.js';
import { materialRoutes } from './routes/materials.routes.js';
import { catalogueRoutes } from './routes/catalogue.routes.js';
import { catalogueTemplateRoutes } from './routes/catalogue-templates.routes.js';
import { scanningRoutes } from './routes/scanning.routes.js';
import { scanRequestRoutes } from './routes/scan-requests.routes.js';
import { signatureRoutes } from './routes/signatures.routes.js';
import { reviewRoutes } from './routes/reviews.routes.js';
import { deadlineRoutes } from './routes/deadlines.routes.js';
import { documentSignatureRoutes } from './routes/document-signatures.routes.js';
import { receptionRoutes } from './routes/reception.routes.js';
import { archiveRoutes } from './routes/archives.routes.js';
import { addMultipartBodies } from './openapi-multipart.js';

/** Where `vite build` puts the web client (relative to this file in src/ and in dist/). */
const webRoot = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

export interface AppOptions {
  logger?: boolean | object;
  /** Serve the built web client (default: when it has been built). */
  serveWeb?: boolean;
}

/** Builds the HTTP application without listening, so tests drive it with `app.inject()`. */
export async function buildApp(container: Container, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: true,
    bodyLimit: 10 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerErrorHandler(app);
  await app.register(fastifyCookie);
  // Files stream straight to staging; the size limit is the upload limit (UPLOAD_MAX_GB).
  await app.register(fastifyMultipart, {
    limits: { fileSize: container.config.uploadMaxBytes, files: 500, fields: 50, fieldSize: 100_000, parts: 600 },
    throwFileSizeLimit: true,
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'CaseVault 卷宗库 API', version, description: '电子诉讼档案单套制管理平台接口。人员用会话 Cookie + x-csrf-token；系统（审判系统等）用 Bearer 令牌。' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, cookie: { type: 'apiKey', in: 'cookie', name: 'cv_session' } } },
      security: [{ bearer: [] }, { cookie: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (documentObject) => addMultipartBodies(jsonSchemaTransformObject(documentObject) as never),
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  registerAuth(app, container.services.auth);
  const s = container.services;
  await app.register(authRoutes, { auth: s.auth, cookieSecure: container.config.cookieSecure });
  await app.register(caseRoutes, { cases: s.cases });
  await app.register(auditRoutes, { audit: s.audit });
  await app.register(userRoutes, { users: s.users });
  await app.register(referenceRoutes, { reference: s.reference, health: s.health });
  await app.register(scopeRoutes, { scope: s.scope, coverage: s.coverage });
  await app.register(materialRoutes, { materials: s.materials });
  await app.register(catalogueRoutes, { catalogues: s.catalogues, documents: s.catalogueDocuments });
  await app.register(catalogueTemplateRoutes, { templates: s.catalogueTemplates });
  await app.register(integrationRoutes, { integration: s.integration, materials: s.materials });
  await app.register(scanningRoutes, { scanning: s.scanning, stats: s.scanStats, intake: s.intake });
  await app.register(scanRequestRoutes, { requests: s.scanRequests });
  await app.register(signatureRoutes, { keys: s.signingKeys, seals: s.seals });
  await app.register(reviewRoutes, { reviews: s.reviews });
  await app.register(deadlineRoutes, { deadlines: s.deadlines });
  await app.register(documentSignatureRoutes, { signing: s.documentSigning });
  await app.register(receptionRoutes, { reception: s.reception, fourProperty: s.fourProperty, reference: container.repos.reference });
  await app.register(archiveRoutes, { archives: s.archives, blobStore: container.blobStore, uploadMaxBytes: container.config.uploadMaxBytes });

  const hasWeb = options.serveWeb ?? fs.existsSync(`${webRoot}index.html`);
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') {
      return reply.status(404).send({ error: { code: 'ROUTE_NOT_FOUND', message: errorCatalog.ROUTE_NOT_FOUND.message, requestId: request.id } });
    }
    // Client-side routes of the single-page app get its index page.
    if (hasWeb) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return reply
      .status(404)
      .type('text/plain; charset=utf-8')
      .send('网页界面尚未构建：请先运行 npm run build（或 npm start，它会先构建）。');
  });
  return app;
}
