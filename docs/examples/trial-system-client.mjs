#!/usr/bin/env node
// 审判系统对接示例（Node.js 20，无需安装依赖）：推送一个案件、推送它的一份材料（重试不产生副本），
// 再增量读取案件事件。用法：
//   CASEVAULT_URL=http://localhost:8080 CASEVAULT_TOKEN=<接口令牌> node docs/examples/trial-system-client.mjs <文件路径>
// 接口令牌由系统管理员在“账号管理 → 接口账号”签发（只显示一次）。
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';

const base = process.env.CASEVAULT_URL ?? 'http://localhost:8080';
const token = process.env.CASEVAULT_TOKEN;
const file = process.argv[2];
if (!token || !file) {
  console.error('请设置 CASEVAULT_TOKEN，并给出要推送的文件路径');
  process.exit(2);
}
const auth = { authorization: `Bearer ${token}` };

async function call(method, path, body, headers = {}) {
  const res = await fetch(`${base}${path}`, { method, body, headers: { ...auth, ...headers } });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${json.error?.code}：${json.error?.message}`);
  return { status: res.status, json };
}

// 1. 案件：PUT 按外部标识幂等推送（首次 201 新建，之后 200 更新所给字段）。
const caseBody = {
  caseNumber: '（2026）沪0118民初88号',
  causeOfAction: '买卖合同纠纷',
  department: '民事审判庭',
  filedAt: '2026-03-02',
  parties: [
    { role: '原告', name: '上海某某贸易有限公司', kind: 'legal_person' },
    { role: '被告', name: '张三', kind: 'natural_person' },
  ],
};
const pushed = await call('PUT', '/api/v1/integration/cases/TS-2026-88', JSON.stringify(caseBody), { 'content-type': 'application/json' });
console.log('案件', pushed.status === 201 ? '已新建' : '已更新', pushed.json.id);

// 2. 材料：multipart 流式上传（大文件也不占内存）；同一外部标识、同一内容的重试返回 200。
for (const attempt of [1, 2]) {
  const form = new FormData();
  form.set('title', '民事判决书');
  form.set('source', 'born_digital');
  form.set('category', 'court_document');
  form.set('documentDate', '2026-05-20');
  form.set('file', await openAsBlob(file), basename(file));
  const m = await call('PUT', '/api/v1/integration/cases/TS-2026-88/materials/DOC-88-1', form);
  console.log(`第 ${attempt} 次推送：${m.status}`, m.json.id, m.json.files[0].sha256, m.json.files[0].sm3);
}

// 3. 事件：从上次的序号之后读取归档状态变化（保存 next 作为下次的 after）。
let after = 0;
const { json: feed } = await call('GET', `/api/v1/integration/events?after=${after}&limit=100`);
for (const e of feed.events) console.log('事件', e.seq, e.type, e.externalId, JSON.stringify(e.payload));
after = feed.next;
console.log('下次从序号', after, '之后读取');
