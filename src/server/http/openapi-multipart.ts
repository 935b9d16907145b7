import { z } from 'zod';
import { materialUploadFields } from '../../common/capture-api.js';

/** Multipart request bodies are read part by part (never validated as JSON), so OpenAPI learns them here. */
const fileField = { type: 'string', format: 'binary', description: '文件（流式上传，最大 UPLOAD_MAX_GB）' };

function materialForm() {
  const fields = z.toJSONSchema(materialUploadFields, { io: 'input' }) as { properties: Record<string, unknown>; required?: string[] };
  return {
    type: 'object',
    properties: { file: fileField, ...fields.properties },
    required: ['file', ...(fields.required ?? [])],
  };
}

const bodies: Record<string, () => object> = {
  'post /api/v1/cases/{id}/materials': materialForm,
  'put /api/v1/integration/cases/{externalId}/materials/{materialExternalId}': materialForm,
  'post /api/v1/scanning/batches/{id}/pages': () => ({
    type: 'object',
    properties: { files: { type: 'array', items: fileField, description: '一个或多个扫描页图像（TIFF、JPEG、PNG、JPEG2000），按提交顺序排页' } },
  }),
  'post /api/v1/scanning/pages/{id}/replace': () => ({ type: 'object', properties: { file: fileField }, required: ['file'] }),
  'post /api/v1/signatures/verify': () => ({
    type: 'object',
    properties: { file: { type: 'string', format: 'binary', description: '要验证签名的 PDF（最大 100 MB，不保存）' } },
    required: ['file'],
  }),
};

/** Adds the multipart/form-data request bodies to the generated OpenAPI document. */
export function addMultipartBodies<T extends { paths?: Record<string, Record<string, Record<string, unknown>>> }>(doc: T): T {
  for (const [key, schema] of Object.entries(bodies)) {
    const [method, path] = key.split(' ') as [string, string];
    const op = doc.paths?.[path]?.[method];
    if (op) op.requestBody = { required: true, content: { 'multipart/form-data': { schema: schema() } } };
  }
  return doc;
}
