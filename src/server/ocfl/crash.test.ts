import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OcflRepository } from './ocfl-repository.js';
import type { OcflStore } from './ocfl-store.js';
import { archiveSampleCase, CASE_ID, CLERK, tempRepository, textFile } from './ocfl-fixtures.test-support.js';
import { validateStorageRoot } from './validate.js';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'crash-deposit.test-support.ts');

/** Runs the deposit in a child process and SIGKILLs it once it is staging. */
function depositAndKill(root: string, mode: 'create' | 'update', objectId: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, root, mode, objectId], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('STAGING')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(out) : reject(new Error(`child exited ${code}: ${out} ${err}`))));
  });
}

let t: Awaited<ReturnType<typeof tempRepository>>;
beforeEach(async () => {
  t = await tempRepository();
});
afterEach(async () => {
  await t.cleanup();
});

describe('a writer killed with SIGKILL', () => {
  it('while creating an object leaves no partial object, and recovery removes its staging', { timeout: 60_000 }, async () => {
    await depositAndKill(t.dir, 'create', CASE_ID);
    const after = await validateStorageRoot(t.dir);
    expect(after.ok).toBe(true);
    expect(after.objects).toEqual([]);
    expect(after.issues.map((i) => i.code)).toEqual(['W016']); // the abandoned staging directory
    expect(await t.repo.getObject(CASE_ID)).toBeNull();

    expect((await t.repo.recover()).discarded).toHaveLength(1);
    expect(await validateStorageRoot(t.dir)).toEqual({ ok: true, issues: [], objects: [] });
  });

  it('while adding a version leaves the previous version intact', { timeout: 60_000 }, async () => {
    await archiveSampleCase(t.repo);
    await depositAndKill(t.dir, 'update', CASE_ID);
    const after = await validateStorageRoot(t.dir);
    expect(after.ok).toBe(true);
    expect(after.issues.map((i) => i.code)).toEqual(['W016']);
    expect((await t.repo.getObject(CASE_ID))?.head).toBe('v1');
    await t.repo.recover();
    expect(await validateStorageRoot(t.dir)).toMatchObject({ ok: true, issues: [] });
    await t.repo.addVersion(CASE_ID, { files: [textFile('补充/1.pdf', 'x')], message: '补充', user: CLERK });
    expect((await t.repo.getObject(CASE_ID))?.head).toBe('v2');
  });
});

/** A store that fails (like a crash) on the first operation matching `when`; the bytes already written stay. */
function crashingStore(inner: OcflStore, when: (op: string, key: string) => boolean): OcflStore {
  let crashed = false;
  const check = (op: string, key: string): void => {
    if (!crashed && when(op, key)) {
      crashed = true;
      throw new Error(`simulated crash at ${op} ${key}`);
    }
  };
  return {
    kind: inner.kind,
    list: (d) => inner.list(d),
    listFiles: (d) => inner.listFiles(d),
    read: (f) => inner.read(f),
    write: async (f, s) => (check('write', f), inner.write(f, s)),
    moveDirectory: async (a, b) => (check('move', b), inner.moveDirectory(a, b)),
    exists: (p) => inner.exists(p),
    stat: (p) => inner.stat(p),
    delete: async (p) => (check('delete', p), inner.delete(p)),
    close: () => inner.close(),
  };
}

describe('a crash during the commit', () => {
  const cases: Array<[string, (op: string, key: string, objectPath: string) => boolean]> = [
    ['before the version directory moves', (op) => op === 'move'],
    ['after the version directory moved, before the root inventory', (op, key, o) => op === 'write' && key === `${o}/inventory.json`],
    ['between the root inventory and its sidecar', (op, key, o) => op === 'write' && key === `${o}/inventory.json.sha512`],
    ['before the staging directory is removed', (op, key) => op === 'delete' && key.startsWith('extensions/casevault-staging/')],
  ];
  for (const [when, predicate] of cases) {
    it(`${when}: recovery finishes the new version`, async () => {
      await archiveSampleCase(t.repo);
      const objectPath = t.repo.objectPath(CASE_ID);
      const faulty = await OcflRepository.open(crashingStore(t.store, (op, key) => predicate(op, key, objectPath)));
      await expect(faulty.addVersion(CASE_ID, { files: [textFile('补充/1.pdf', 'x')], message: '补充', user: CLERK })).rejects.toThrow(/simulated crash/);

      const report = await t.repo.recover();
      expect(report.completed).toEqual([`${CASE_ID} v2`]);
      expect(await validateStorageRoot(t.dir)).toMatchObject({ ok: true, issues: [] });
      expect((await t.repo.getObject(CASE_ID))?.head).toBe('v2');
    });
  }

  it('when moving a new object into place: recovery finishes it', async () => {
    const faulty = await OcflRepository.open(crashingStore(t.store, (op) => op === 'move'));
    await expect(archiveSampleCase(faulty)).rejects.toThrow(/simulated crash/);
    expect(await t.repo.getObject(CASE_ID)).toBeNull();
    expect((await t.repo.recover()).completed).toEqual([`${CASE_ID} v1`]);
    expect(await validateStorageRoot(t.dir)).toMatchObject({ ok: true, issues: [], objects: [t.repo.objectPath(CASE_ID)] });
  });

  it('leaves running deposits alone when given a minimum age', async () => {
    const faulty = await OcflRepository.open(crashingStore(t.store, (op) => op === 'move'));
    await expect(archiveSampleCase(faulty)).rejects.toThrow(/simulated crash/);
    expect(await t.repo.recover({ minAgeMs: 60_000 })).toEqual({ discarded: [], completed: [] });
  });
});
