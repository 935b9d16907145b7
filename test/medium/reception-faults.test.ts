import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FourPropertyReportOut } from '../../src/common/reception-api.js';
import { createAppEnv } from '../support/app-env.js';
import { testClamd } from '../support/clamd.js';
import { testDialects } from '../support/databases.js';
import { signIn, type Session } from '../support/http.js';
import { approveCase } from '../support/archive-flow.js';

const clamd = process.env.TEST_CLAMD;
testClamd(); // under CI=true a missing clamd fails the suite instead of skipping it
const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

type Env = Awaited<ReturnType<typeof createAppEnv>>;
interface Ctx {
  env: Env;
  caseId: string;
  /** Stored path and SHA-256 of the case's files, in catalogue order. */
  blobs: Array<{ sha256: string; file: string }>;
}

/**
 * Fault injection on the real bytes and records of an approved case file (issue 7 part 8): each
 * fault is made in the working store or the database, the 移交接收 check runs, the items named must
 * fail, and the fault is undone.
 */
const faults: Array<{ name: string; fails: string[]; apply: (c: Ctx) => Promise<() => Promise<void>> }> = [
  { name: 'a flipped byte', fails: ['YJ-1-1', 'YJ-1-14'], apply: async (c) => rewrite(c.blobs[0]!.file, (b) => { b[Math.floor(b.length / 2)]! ^= 0x20; return b; }) },
  { name: 'a truncated file', fails: ['YJ-1-1', 'YJ-1-10', 'YJ-2-2', 'YJ-3-4'], apply: async (c) => rewrite(c.blobs[0]!.file, (b) => b.subarray(0, Math.floor(b.length / 2))) },
  { name: 'a deleted file', fails: ['YJ-1-11', 'YJ-2-1', 'YJ-2-11'], apply: async (c) => move(c.blobs[1]!.file, `${c.blobs[1]!.file}.gone`) },
  { name: 'a renamed file', fails: ['YJ-1-11'], apply: async (c) => move(c.blobs[0]!.file, path.join(path.dirname(c.blobs[0]!.file), 'renamed.pdf')) },
  {
    name: 'two files swapped',
    fails: ['YJ-1-1', 'YJ-1-14'],
    apply: async (c) => {
      const [a, b] = [fs.readFileSync(c.blobs[0]!.file), fs.readFileSync(c.blobs[1]!.file)];
      fs.writeFileSync(c.blobs[0]!.file, b);
      fs.writeFileSync(c.blobs[1]!.file, a);
      return async () => {
        fs.writeFileSync(c.blobs[0]!.file, a);
        fs.writeFileSync(c.blobs[1]!.file, b);
      };
    },
  },
  {
    name: 'a forged file size in the metadata',
    fails: ['YJ-1-10'],
    apply: async (c) => {
      const db = c.env.container.db;
      const row = await db.selectFrom('material_file').select(['id', 'size']).where('sha256', '=', c.blobs[0]!.sha256).executeTakeFirstOrThrow();
      await db.updateTable('material_file').set({ size: Number(row.size) + 1 }).where('id', '=', row.id).execute();
      return async () => void (await db.updateTable('material_file').set({ size: row.size }).where('id', '=', row.id).execute());
    },
  },
  {
    name: 'a forged 立案日期 in the future',
    fails: ['YJ-1-5'],
    apply: async (c) => {
      const db = c.env.container.db;
      const row = await db.selectFrom('court_case').select('filed_on').where('id', '=', c.caseId).executeTakeFirstOrThrow();
      await db.updateTable('court_case').set({ filed_on: '2099-01-01' }).where('id', '=', c.caseId).execute();
      return async () => void (await db.updateTable('court_case').set({ filed_on: row.filed_on }).where('id', '=', c.caseId).execute());
    },
  },
  {
    name: 'a broken approval signature',
    fails: ['YJ-1-1'],
    apply: async (c) => {
      const db = c.env.container.db;
      const row = await db.selectFrom('approval').select(['id', 'signature']).where('case_id', '=', c.caseId).where('status', '=', 'current').executeTakeFirstOrThrow();
      const der = Buffer.from(row.signature, 'base64');
      der[der.length - 10]! ^= 0x01;
      await db.updateTable('approval').set({ signature: der.toString('base64') }).where('id', '=', row.id).execute();
      return async () => void (await db.updateTable('approval').set({ signature: row.signature }).where('id', '=', row.id).execute());
    },
  },
  { name: 'a virus (EICAR) in a file', fails: ['YJ-4-2'], apply: async (c) => rewrite(c.blobs[1]!.file, (b) => Buffer.concat([Buffer.from(EICAR), b])) },
  { name: 'a password-protected PDF', fails: ['YJ-3-4', 'YJ-3-8'], apply: async (c) => rewrite(c.blobs[1]!.file, () => fs.readFileSync('test/fixtures/formats/pdf-encrypted-user.pdf')) },
];

describe.skipIf(!clamd).each(testDialects())('reception fault injection on %s', (dialect) => {
  let ctx: Ctx;
  let archivist: Session;

  beforeAll(async () => {
    const env = await createAppEnv(dialect, { CLAMD: clamd! });
    const clerk = await signIn(env.app, 'clerk1');
    const judge = await signIn(env.app, 'judge1');
    archivist = await signIn(env.app, 'archivist1');
    const caseId = (await clerk.get('/api/v1/cases?q=1002')).json().items[0].id as string;
    await approveCase(env.app, clerk, judge, caseId);
    await archivist.send('POST', `/api/v1/cases/${caseId}/four-property-confirmations`, { code: 'YJ-4-7', result: 'pass', note: '在线移交' });
    const manifest = JSON.parse((await clerk.get(`/api/v1/cases/${caseId}/approval`)).json().manifest);
    const shas = manifest.volumes.flatMap((v: { entries: Array<{ files: Array<{ sha256: string }> }> }) => v.entries.flatMap((e) => e.files.map((f) => f.sha256))) as string[];
    ctx = { env, caseId, blobs: shas.map((sha256) => ({ sha256, file: path.join(env.dataDir, 'blobs', sha256.slice(0, 2), sha256.slice(2, 4), sha256) })) };
  }, 120_000);
  afterAll(async () => ctx?.env.cleanup());

  const check = async () => (await archivist.send('POST', `/api/v1/cases/${ctx.caseId}/four-property-check?stage=reception`, {})).json() as FourPropertyReportOut;

  it('the untouched file passes', async () => {
    const report = await check();
    expect(report.items.filter((i) => i.mandatory && i.result !== 'pass' && i.result !== 'not_applicable').map((i) => i.code)).toEqual([]);
  });

  it.each(faults)('$name fails $fails', async ({ fails, apply }) => {
    const undo = await apply(ctx);
    try {
      const report = await check();
      expect(report.passed).toBe(false);
      for (const code of fails) {
        const item = report.items.find((i) => i.code === code)!;
        expect(item.result, `${code}: ${item.evidence.join('；')}`).toBe('fail');
        expect(item.evidence.length).toBeGreaterThan(0);
      }
    } finally {
      await undo();
    }
    expect((await check()).passed).toBe(true);
  });
});

async function rewrite(file: string, change: (b: Buffer) => Buffer): Promise<() => Promise<void>> {
  const original = fs.readFileSync(file);
  fs.writeFileSync(file, change(Buffer.from(original)));
  return async () => fs.writeFileSync(file, original);
}

async function move(from: string, to: string): Promise<() => Promise<void>> {
  fs.renameSync(from, to);
  return async () => fs.renameSync(to, from);
}
