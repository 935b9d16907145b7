import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { FsOcflStore } from './fs-ocfl-store.js';
import { OcflRepository } from './ocfl-repository.js';
import type { OcflFileInput } from './object-writer.js';

/** Test helpers for this directory's unit tests (not used by production code). */
export const CASE_ID = 'urn:casevault:沪0118:（2021）沪0118民初1002号';
export const CLERK = { name: '张书记员', address: 'mailto:clerk@court.example' };

export async function tempRepository(): Promise<{ dir: string; store: FsOcflStore; repo: OcflRepository; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'casevault-ocfl-'));
  const store = new FsOcflStore(dir);
  const repo = await OcflRepository.open(store, { create: true });
  return { dir, store, repo, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export function textFile(logicalPath: string, text: string): OcflFileInput {
  return { logicalPath, source: () => Readable.from([Buffer.from(text)]), size: Buffer.byteLength(text) };
}

/** A case file's v1 as the archive step would write it: Chinese names, a metadata file. */
export async function archiveSampleCase(repo: OcflRepository): Promise<void> {
  await repo.createObject(CASE_ID, {
    files: [
      textFile('正卷/01 起诉状.pdf', '%PDF-1.7 起诉状'),
      textFile('正卷/02 判决书.pdf', '%PDF-1.7 判决书'),
      textFile('metadata/catalogue.json', '{"卷内目录":[]}'),
    ],
    message: '归档',
    user: CLERK,
    created: new Date('2026-11-25T08:00:00Z'),
  });
}
