import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../../common/api.js';
import { caseReceptionOut, checkStages, confirmationIn, fourPropertyReportOut, receiveIn, receiveOut, receptionQueue } from '../../../common/reception-api.js';
import type { FourPropertyService } from '../../services/four-property.service.js';
import type { ReceptionService } from '../../services/reception.service.js';
import type { ReferenceRepository } from '../../repositories/reference.repository.js';
import { fourPropertyReportPdf } from '../../reception-documents/index.js';
import { AppError } from '../../errors.js';

const idParams = z.object({ id: z.string().min(1) });

export const receptionRoutes: FastifyPluginAsyncZod<{ reception: ReceptionService; fourProperty: FourPropertyService; reference: ReferenceRepository }> = async (
  app,
  { reception, fourProperty, reference },
) => {
  const tags = ['接收归档'];

  app.get('/api/v1/reception/queue', { schema: { tags, summary: '待接收的案卷（法官审核通过）', response: { 200: receptionQueue, 403: errorBody } } }, async (request) => ({
    items: await reception.queue(request.ctx),
  }));

  app.get('/api/v1/cases/:id/reception', { schema: { tags, summary: '案卷的接收情况：最新四性检测报告、人工确认、接收决定、档号与保管期限建议', params: idParams, response: { 200: caseReceptionOut, 404: errorBody } } }, async (request) =>
    reception.state(request.ctx, request.params.id),
  );

  app.post(
    '/api/v1/cases/:id/four-property-check',
    {
      schema: {
        tags,
        summary: '运行四性检测（DA/T 70-2018）：stage=reception 移交接收，filing 归档',
        description: '逐个文件读取字节计算摘要、打开每一页、验证签名并做病毒扫描，报告保存后返回。',
        params: idParams,
        querystring: z.object({ stage: z.enum(checkStages).default('reception') }),
        response: { 200: fourPropertyReportOut, 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => fourProperty.check(request.ctx, request.params.id, request.query.stage),
  );

  app.post(
    '/api/v1/cases/:id/four-property-confirmations',
    { schema: { tags, summary: '人工确认检测项（载体、环境、过程）', params: idParams, body: confirmationIn, response: { 200: caseReceptionOut, 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody } } },
    async (request) => {
      await fourProperty.confirm(request.ctx, request.params.id, request.body);
      return reception.state(request.ctx, request.params.id);
    },
  );

  app.get('/api/v1/four-property-reports/:id', { schema: { tags, summary: '四性检测报告', params: idParams, response: { 200: fourPropertyReportOut, 404: errorBody } } }, async (request) =>
    fourProperty.report(request.ctx, request.params.id),
  );

  app.get('/api/v1/four-property-reports/:id/json', { schema: { tags, summary: '下载四性检测报告（JSON）', params: idParams } }, async (request, reply) => {
    const report = await fourProperty.report(request.ctx, request.params.id);
    const name = `${report.caseNumber} 四性检测报告 ${report.generatedAt.slice(0, 10)}.json`;
    reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    reply.type('application/json; charset=utf-8');
    return reply.send(`${JSON.stringify(report, null, 2)}\n`);
  });

  app.get('/api/v1/four-property-reports/:id/pdf', { schema: { tags, summary: '打印四性检测报告（PDF）', params: idParams } }, async (request, reply) => {
    const report = await fourProperty.report(request.ctx, request.params.id);
    const court = await reference.court();
    if (!court) throw new AppError('CASE_NOT_FOUND', '尚未设置本院信息');
    const state = await reception.state(request.ctx, report.caseId);
    const confirmations = state.confirmations.filter((c) => c.code.startsWith(report.stage));
    const pdf = await fourPropertyReportPdf({ report, court: { name: court.name, code: court.code }, confirmations, archivalCode: state.archivalCode });
    const name = `${report.caseNumber} 四性检测报告 ${report.generatedAt.slice(0, 10)}.pdf`;
    reply.header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(name)}`);
    reply.type('application/pdf');
    return reply.send(Buffer.from(pdf));
  });

  app.post(
    '/api/v1/cases/:id/receive',
    {
      schema: {
        tags,
        summary: '接收（accept）或拒绝接收（reject，须写理由，退回书记员）',
        description: '接收时重新运行移交接收四性检测；有必检项未通过时返回 409 RECEPTION_CHECK_FAILED（details.reportId 为新报告）。通过则分配档号与保管期限，写入 OCFL 档案对象。',
        params: idParams,
        body: receiveIn,
        response: { 200: receiveOut, 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => reception.receive(request.ctx, request.params.id, request.body),
  );
};
