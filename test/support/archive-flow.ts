import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { CatalogueCheckOut, CatalogueOut } from '../../src/common/catalogue-api.js';
import type { ReceiveOut } from '../../src/common/reception-api.js';
import { DEMO_SIGNING_PIN } from '../../src/server/services/setup.service.js';
import { writeDirectoryAsTar } from '../../src/server/tar/index.js';
import type { Session } from './http.js';
import { multipart } from './multipart.js';

/**
 * Taking a fixture case through the archive workflow over HTTP as its people would (medium tests
 * and the reception bench): materials filed, the catalogue proposed and completed, submitted,
 * approved with the judge's PIN, and received by the archivist. Each step fails loudly.
 */

/** The two born-digital PDFs a test case gets by default: title → fixture file. */
export const DEFAULT_MATERIALS: ReadonlyArray<readonly [string, Buffer]> = [
  ['民事起诉状', fs.readFileSync('test/fixtures/formats/ok-text.pdf')],
  ['民事判决书', fs.readFileSync('test/fixtures/formats/ok-pdfa-claim.pdf')],
];

/** Files one material (a PDF) into the case, as uploaded by `session`. */
export async function uploadMaterial(app: FastifyInstance, session: Session, caseId: string, title: string, data: Buffer | Uint8Array, source: 'born_digital' | 'scanned' = 'born_digital'): Promise<void> {
  const body = multipart([{ name: 'title', value: title }, { name: 'source', value: source }, { name: 'file', file: { name: `${title}.pdf`, data: Buffer.from(data) } }]);
  const res = await app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/materials`, payload: body.payload, headers: { ...body.headers, cookie: session.cookie, 'x-csrf-token': session.csrfToken } });
  if (res.statusCode !== 201) throw new Error(`上传材料“${title}”失败：${res.statusCode} ${res.body}`);
}

/**
 * Proposes the catalogue, places anything left unplaced in 正卷第1册, and marks every required slot the
 * check names as 本案无, so that the file can be submitted.
 */
export async function completeCatalogue(clerk: Session, caseId: string): Promise<void> {
  await clerk.send('POST', `/api/v1/cases/${caseId}/catalogue/auto`, {});
  for (let i = 0; i < 5; i++) {
    const check = (await clerk.get(`/api/v1/cases/${caseId}/catalogue/check`)).json() as CatalogueCheckOut;
    const c = (await clerk.get(`/api/v1/cases/${caseId}/catalogue`)).json() as CatalogueOut;
    const waived = new Set(c.waivers.map((w) => w.slotId));
    const slots = [...new Set(check.findings.filter((f) => f.severity === 'error' && f.target.kind === 'slot').map((f) => (f.target as { slotId: string }).slotId))].filter((s) => !waived.has(s));
    if (slots.length === 0 && c.unplaced.length === 0) return;
    const volumes = c.volumes.map((v) => ({ kind: v.kind, number: v.number, entries: v.entries.map((e) => ({ materialId: e.materialId, slotId: e.slotId, title: e.title })) }));
    if (c.unplaced.length) {
      if (volumes.length === 0) volumes.push({ kind: 'main', number: 1, entries: [] });
      volumes[0]!.entries.push(...c.unplaced.map((u) => ({ materialId: u.materialId, slotId: null as string | null, title: u.title })));
    }
    const waivers = [...c.waivers.map((w) => ({ slotId: w.slotId, reason: w.reason })), ...slots.map((slotId) => ({ slotId, reason: '测试：本案无此材料' }))];
    const put = await clerk.send('PUT', `/api/v1/cases/${caseId}/catalogue`, { version: c.version, volumes, waivers });
    if (put.statusCode !== 200) throw new Error(`保存卷内目录失败：${put.statusCode} ${put.body}`);
  }
}

/** 提交审核 by the clerk, 审核通过 with his PIN by the judge. */
export async function submitAndApprove(clerk: Session, judge: Session, caseId: string): Promise<void> {
  const submitted = await clerk.send('POST', `/api/v1/cases/${caseId}/submit`, {});
  if (submitted.statusCode !== 200) throw new Error(`提交审核失败：${submitted.statusCode} ${submitted.body}`);
  const approved = await judge.send('POST', `/api/v1/cases/${caseId}/review`, { decision: 'approve', pin: DEMO_SIGNING_PIN });
  if (approved.statusCode !== 200) throw new Error(`审核通过失败：${approved.statusCode} ${approved.body}`);
}

/** Materials filed, catalogue completed, submitted and approved: the case is 待档案接收. */
export async function approveCase(app: FastifyInstance, clerk: Session, judge: Session, caseId: string, materials: ReadonlyArray<readonly [string, Buffer | Uint8Array]> = DEFAULT_MATERIALS): Promise<void> {
  for (const [title, data] of materials) await uploadMaterial(app, clerk, caseId, title, data);
  await completeCatalogue(clerk, caseId);
  await submitAndApprove(clerk, judge, caseId);
}

/** The archivist confirms the online transfer (YJ-4-7) and accepts; `retention` chooses another 保管期限. */
export async function acceptCase(archivist: Session, caseId: string, retention: { retentionPeriod: string; retentionReason: string } | Record<string, never> = {}): Promise<ReceiveOut> {
  const confirmed = await archivist.send('POST', `/api/v1/cases/${caseId}/four-property-confirmations`, { code: 'YJ-4-7', result: 'pass', note: '经内网平台在线移交' });
  if (confirmed.statusCode !== 200) throw new Error(`人工确认失败：${confirmed.statusCode} ${confirmed.body}`);
  const accepted = await archivist.send('POST', `/api/v1/cases/${caseId}/receive`, { decision: 'accept', ...retention });
  if (accepted.statusCode !== 200) throw new Error(`接收归档失败：${accepted.statusCode} ${accepted.body}`);
  return accepted.json() as ReceiveOut;
}

/** Every file under a directory (recursively). */
export function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** A directory as a tar in memory (its name as the top folder), for upload. */
export async function tarOf(dir: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({ write: (c: Buffer, _e, cb) => (chunks.push(c), cb()) });
  await writeDirectoryAsTar(dir, sink, { prefix: path.basename(dir) });
  return Buffer.concat(chunks);
}

/** Uploads a bag (.tar) to the import endpoint. */
export async function importTar(app: FastifyInstance, session: Session, tar: Buffer) {
  const body = multipart([{ name: 'file', file: { name: 'bag.tar', type: 'application/x-tar', data: tar } }]);
  return app.inject({ method: 'POST', url: '/api/v1/archives/import', headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...body.headers }, payload: body.payload });
}
