import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestBytes } from './ocfl-digest.js';
import { archiveSampleCase, CASE_ID, CLERK, tempRepository, textFile } from './ocfl-fixtures.test-support.js';
import { validateObject, validateStorageRoot } from './validate.js';

// Fault injection (STYLE.md): every checker must be seen to fail. Each test breaks one thing in a
// valid object and expects the OCFL 1.1 code for it.
let t: Awaited<ReturnType<typeof tempRepository>>;
let objectDir: string;
beforeEach(async () => {
  t = await tempRepository();
  await archiveSampleCase(t.repo);
  objectDir = path.join(t.dir, t.repo.objectPath(CASE_ID));
});
afterEach(async () => {
  await t.cleanup();
});

const codes = async (): Promise<string[]> => [...new Set((await validateObject(objectDir)).issues.map((i) => i.code))].sort();
const rootCodes = async (): Promise<string[]> => [...new Set((await validateStorageRoot(t.dir)).issues.map((i) => i.code))].sort();

async function firstContentFile(): Promise<string> {
  const inv = JSON.parse(await readFile(path.join(objectDir, 'inventory.json'), 'utf8'));
  return path.join(objectDir, Object.values(inv.manifest as Record<string, string[]>)[0]![0]!);
}

/** Rewrites root and head inventories (and, unless told otherwise, their sidecars) consistently. */
async function editInventory(edit: (inv: Record<string, any>) => void, options: { sidecar?: boolean; versionCopy?: boolean } = {}): Promise<void> {
  const inv = JSON.parse(await readFile(path.join(objectDir, 'inventory.json'), 'utf8'));
  const head = inv.head as string;
  edit(inv);
  const text = JSON.stringify(inv, null, 2);
  const dirs = options.versionCopy === false ? [objectDir] : [objectDir, path.join(objectDir, head)];
  for (const dir of dirs) {
    await writeFile(path.join(dir, 'inventory.json'), text);
    if (options.sidecar !== false) await writeFile(path.join(dir, 'inventory.json.sha512'), `${digestBytes('sha512', text)} inventory.json\n`);
  }
}

describe('validateObject', () => {
  it('finds nothing wrong with an object as written', async () => {
    expect(await validateObject(objectDir)).toMatchObject({ ok: true, issues: [] });
  });

  it('E092/E093: a flipped byte in a content file', async () => {
    const file = await firstContentFile();
    const bytes = await readFile(file);
    bytes[3] = bytes[3]! ^ 0x01;
    await writeFile(file, bytes);
    const res = await validateObject(objectDir);
    expect(res.ok).toBe(false);
    expect(res.issues.map((i) => i.code).sort()).toEqual(['E092', 'E093', 'E093']); // sha512 manifest; sha256 + sm3 fixity
    expect(res.issues[0]!.path).toBe(path.relative(objectDir, file));
    expect(res.issues[0]!.message).toMatch(/文件被改动/);
  });

  it('E092: a deleted content file', async () => {
    await rm(await firstContentFile());
    expect(await codes()).toEqual(['E092']);
  });

  it('E023: a file in the content directory that the manifest does not list', async () => {
    await writeFile(path.join(objectDir, 'v1/content/extra.pdf'), 'not in the manifest');
    expect(await codes()).toEqual(['E023']);
  });

  it('E024: an empty directory in the content directory', async () => {
    await mkdir(path.join(objectDir, 'v1/content/empty'));
    expect(await codes()).toEqual(['E024']);
  });

  it('E001 and E015: stray files in the object root and in a version directory', async () => {
    await writeFile(path.join(objectDir, 'notes.txt'), 'x');
    await writeFile(path.join(objectDir, 'v1/readme.txt'), 'x');
    expect(await codes()).toEqual(['E001', 'E015']);
  });

  it('E060 (and E064): inventory.json edited without its sidecar', async () => {
    await editInventory((inv) => void (inv.versions.v1.message = '篡改'), { sidecar: false, versionCopy: false });
    expect(await codes()).toEqual(['E060', 'E064']);
  });

  it('E058: a missing sidecar; E061: a malformed one', async () => {
    await rm(path.join(objectDir, 'inventory.json.sha512'));
    expect(await codes()).toEqual(['E058']);
    await writeFile(path.join(objectDir, 'inventory.json.sha512'), 'not a digest line');
    expect(await codes()).toEqual(['E061']);
  });

  it('E010: a gap in the version sequence', async () => {
    await t.repo.addVersion(CASE_ID, { files: [textFile('补充/1.pdf', 'v2')], message: '补充', user: CLERK });
    await editInventory((inv) => {
      inv.versions.v3 = inv.versions.v2;
      delete inv.versions.v2;
      inv.head = 'v3';
      for (const paths of Object.values(inv.manifest as Record<string, string[]>)) paths.forEach((p, i) => (paths[i] = p.replace(/^v2\//, 'v3/')));
      for (const block of Object.values(inv.fixity as Record<string, Record<string, string[]>>)) {
        for (const paths of Object.values(block)) paths.forEach((p, i) => (paths[i] = p.replace(/^v2\//, 'v3/')));
      }
    }, { versionCopy: false });
    await rename(path.join(objectDir, 'v2'), path.join(objectDir, 'v3'));
    const found = await codes();
    expect(found).toContain('E010');
    expect(found.every((c) => ['E010', 'E064', 'W011', 'E066'].includes(c))).toBe(true);
  });

  it('E046: a version directory the inventory does not list', async () => {
    await mkdir(path.join(objectDir, 'v2'));
    await writeFile(path.join(objectDir, 'v2/inventory.json'), '{}');
    expect(await codes()).toEqual(['E046']);
  });

  it('E003: the object declaration removed; E007: its content changed', async () => {
    await writeFile(path.join(objectDir, '0=ocfl_object_1.1'), 'ocfl_object_1.0\n');
    expect(await codes()).toEqual(['E007']);
    await rm(path.join(objectDir, '0=ocfl_object_1.1'));
    expect(await codes()).toEqual(['E003']);
  });

  it('E052/E053: a logical path with .. or a leading slash', async () => {
    await editInventory((inv) => {
      const [digest, paths] = Object.entries(inv.versions.v1.state as Record<string, string[]>)[0]!;
      inv.versions.v1.state[digest] = paths.map(() => '../../etc/passwd');
    });
    expect(await codes()).toEqual(['E052']);
    await editInventory((inv) => {
      const [digest, paths] = Object.entries(inv.versions.v1.state as Record<string, string[]>)[0]!;
      inv.versions.v1.state[digest] = paths.map(() => '/正卷/a.pdf');
    });
    expect(await codes()).toEqual(['E053']);
  });

  it('E063: no root inventory', async () => {
    await rm(path.join(objectDir, 'inventory.json'));
    expect(await codes()).toContain('E063');
  });

  it('E033: an inventory that is not JSON', async () => {
    await writeFile(path.join(objectDir, 'inventory.json'), '{ "id": ');
    expect(await codes()).toContain('E033');
  });

  it('E066: an earlier version inventory that tells a different history', async () => {
    await t.repo.addVersion(CASE_ID, { files: [textFile('补充/1.pdf', 'v2')], message: '补充', user: CLERK });
    const v1 = path.join(objectDir, 'v1');
    const inv = JSON.parse(await readFile(path.join(v1, 'inventory.json'), 'utf8'));
    const [digest, paths] = Object.entries(inv.versions.v1.state as Record<string, string[]>)[0]!;
    inv.versions.v1.state[digest] = paths.map((p: string) => `${p}.renamed`);
    const text = JSON.stringify(inv);
    await writeFile(path.join(v1, 'inventory.json'), text);
    await writeFile(path.join(v1, 'inventory.json.sha512'), `${digestBytes('sha512', text)} inventory.json\n`);
    expect(await codes()).toEqual(['E066']);
  });
});

describe('validateObject, more structure', () => {
  it('E004: a declaration for another OCFL version', async () => {
    await rename(path.join(objectDir, '0=ocfl_object_1.1'), path.join(objectDir, '0=ocfl_object_1.0'));
    expect(await codes()).toEqual(['E004']);
  });

  it('W010: a version without its inventory; W002: an extra directory in a version', async () => {
    await t.repo.addVersion(CASE_ID, { files: [textFile('补充/1.pdf', 'v2')], message: '补充', user: CLERK });
    await rm(path.join(objectDir, 'v1/inventory.json'));
    await rm(path.join(objectDir, 'v1/inventory.json.sha512'));
    await mkdir(path.join(objectDir, 'v1/notes'));
    await writeFile(path.join(objectDir, 'v1/notes/n.txt'), 'x');
    expect(await codes()).toEqual(['W002', 'W010']);
  });

  it('E067: a file directly in the object extensions directory', async () => {
    await mkdir(path.join(objectDir, 'extensions'));
    await writeFile(path.join(objectDir, 'extensions/loose.txt'), 'x');
    expect(await codes()).toEqual(['E067']);
  });

  it('E037: an earlier inventory with another id', async () => {
    await t.repo.addVersion(CASE_ID, { files: [textFile('补充/1.pdf', 'v2')], message: '补充', user: CLERK });
    const v1 = path.join(objectDir, 'v1');
    const inv = JSON.parse(await readFile(path.join(v1, 'inventory.json'), 'utf8'));
    inv.id = 'urn:casevault:other';
    const text = JSON.stringify(inv);
    await writeFile(path.join(v1, 'inventory.json'), text);
    await writeFile(path.join(v1, 'inventory.json.sha512'), `${digestBytes('sha512', text)} inventory.json\n`);
    expect(await codes()).toEqual(['E037']);
  });
});

describe('validateStorageRoot', () => {
  it('E076/E080: a wrong root declaration; E071: an unknown layout', async () => {
    await writeFile(path.join(t.dir, '0=ocfl_1.1'), 'ocfl_1.0\n');
    expect(await rootCodes()).toEqual(['E080']);
    await rename(path.join(t.dir, '0=ocfl_1.1'), path.join(t.dir, '0=ocfl_1.0'));
    expect(await rootCodes()).toEqual(['E076']);
    await rename(path.join(t.dir, '0=ocfl_1.0'), path.join(t.dir, '0=ocfl_1.1'));
    await writeFile(path.join(t.dir, '0=ocfl_1.1'), 'ocfl_1.1\n');
    await writeFile(path.join(t.dir, 'ocfl_layout.json'), '{"extension": "my-layout", "description": "x"}');
    expect(await rootCodes()).toEqual(['E071']);
  });

  it('passes a root with objects and reports where they are', async () => {
    expect(await validateStorageRoot(t.dir)).toEqual({ ok: true, issues: [], objects: [t.repo.objectPath(CASE_ID)] });
  });

  it('E069: no root declaration', async () => {
    await rm(path.join(t.dir, '0=ocfl_1.1'));
    expect(await rootCodes()).toEqual(['E069']);
  });

  it('E072/E084/E073: stray files and empty directories in the storage hierarchy', async () => {
    const tuple = t.repo.objectPath(CASE_ID).split('/')[0]!;
    await writeFile(path.join(t.dir, tuple, 'stray.txt'), 'x');
    await mkdir(path.join(t.dir, 'abc/def'), { recursive: true });
    await mkdir(path.join(t.dir, 'leaf'));
    await writeFile(path.join(t.dir, 'leaf/orphan.bin'), 'x');
    expect(await rootCodes()).toEqual(['E072', 'E073', 'E084']);
  });

  it('E083: an object that is not where the layout puts its id', async () => {
    const wrong = path.join(t.dir, '000/000/000/elsewhere');
    await mkdir(path.dirname(wrong), { recursive: true });
    await rename(objectDir, wrong);
    await rm(path.join(t.dir, t.repo.objectPath(CASE_ID).split('/')[0]!), { recursive: true });
    expect(await rootCodes()).toEqual(['E083']);
  });

  it('E070: a layout document without its keys; E112/W016: the extensions directory', async () => {
    await writeFile(path.join(t.dir, 'ocfl_layout.json'), '{"extension": "0004-hashed-n-tuple-storage-layout"}');
    await writeFile(path.join(t.dir, 'extensions/stray.txt'), 'x');
    await mkdir(path.join(t.dir, 'extensions/my-extension'));
    await writeFile(path.join(t.dir, 'extensions/my-extension/x'), 'x');
    expect(await rootCodes()).toEqual(['E070', 'E112', 'W016']);
  });

  it('reports object findings with storage-root-relative paths', async () => {
    await rm(await firstContentFile());
    const res = await validateStorageRoot(t.dir);
    expect(res.ok).toBe(false);
    expect(res.issues[0]!.path.startsWith(t.repo.objectPath(CASE_ID))).toBe(true);
  });
});
