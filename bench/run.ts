import pg from 'pg';
import * as listCases from './list-cases.bench.js';
import { scopeEvaluateBench } from './scope-evaluate.bench.js';
import { hashingBench } from './hashing.bench.js';
import { scanBench } from './scan.bench.js';
import { scanCheckJobBench } from './scan-check-job.bench.js';
import { bornDigitalBench } from './born-digital.bench.js';
import { uploadBench } from './upload.bench.js';
import { catalogueBench } from './catalogue.bench.js';
import { volumePdfBench } from './volume-pdf.bench.js';
import { signaturesBench } from './signatures.bench.js';
import { receptionBench } from './reception.bench.js';
import { ocflValidateBench } from './ocfl.bench.js';

/**
 * `npm run bench`: runs every scenario side by side in one run and prints one JSON document.
 * SQLite always; PostgreSQL at BENCH_DATABASE_URL, TEST_DATABASE_URL or the local default.
 * BENCH_CASES sets the number of cases (default 100000).
 */
async function main() {
  const count = Number(process.env.BENCH_CASES ?? 100_000);
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  process.env.TEST_DATABASE_URL = pgUrl;
  const scenarios: unknown[] = [];
  const only = process.env.BENCH_ONLY?.split(',');
  const want = (name: string) => !only || only.includes(name);
  // Capture (issue 4): hashing beside openssl/sha256sum, scan QC + assembly, PDF intake, 4 GB upload.
  if (want('hashing')) scenarios.push(await hashingBench());
  if (want('scan')) scenarios.push(await scanBench());
  if (want('scan') || want('scan-check-job')) scenarios.push(await scanCheckJobBench());
  if (want('born-digital')) scenarios.push(await bornDigitalBench());
  if (want('upload')) scenarios.push(await uploadBench());
  // Cataloguing (issue 5).
  if (want('catalogue')) scenarios.push(catalogueBench(), await volumePdfBench());
  // Review and signatures (issue 6).
  if (want('signatures')) scenarios.push(await signaturesBench());
  // Reception (issue 7): 四性检测 + OCFL write of a 300-page case beside openssl; OCFL root validation.
  if (want('reception')) scenarios.push(await receptionBench());
  // Archive store (issue 7): OCFL storage root validation with OCFL_BENCH_OBJECTS objects (default 10,000).
  if (want('ocfl')) scenarios.push(await ocflValidateBench());
  if (!want('cases')) return print(scenarios);
  scenarios.push(scopeEvaluateBench(count));
  scenarios.push(await listCases.listCasesBench('sqlite', count), listCases.scopePreview);
  if (await reachable(pgUrl)) scenarios.push(await listCases.listCasesBench('postgres', count), listCases.scopePreview);
  else scenarios.push({ scenario: 'list-cases', dialect: 'postgres', skipped: `PostgreSQL 无法连接：${pgUrl.replace(/:[^:@/]*@/, ':***@')}` });
  print(scenarios);
}

async function print(scenarios: unknown[]) {
  const out = {
    machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: (await import('node:os')).cpus().length },
    startedAt: new Date().toISOString(),
    scenarios,
  };
  console.log(JSON.stringify(out, null, 2));
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
