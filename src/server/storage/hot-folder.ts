import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';

/** Files a scanner or the operating system leaves that are not pages. */
const IGNORED = /^(\.|~\$|thumbs\.db$|desktop\.ini$)/i;

export interface HotFolderBatch {
  /** The sub-folder's name (operators name it after the case or the batch). */
  name: string;
  /** Page files in page order (natural sort of their names). */
  files: string[];
  /** Names, sizes and times of the files: unchanged between two polls means the copy is complete. */
  signature: string;
}

/**
 * A scanning point's hot folder (热文件夹): `<root>/<point code>/<batch folder>/<page files>`.
 * A batch folder is taken once its content has stopped changing; taken folders move to
 * `.ingesting/<batch id>` and, when stored, to `.done/<batch id>` (kept for the operator to clear).
 */
export class HotFolder {
  constructor(readonly dir: string) {}

  async ensure(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  /** Batch folders waiting in the hot folder. */
  async pending(): Promise<HotFolderBatch[]> {
    await this.ensure();
    const entries = await readdir(this.dir, { withFileTypes: true });
    const out: HotFolderBatch[] = [];
    for (const e of entries) {
      if (!e.isDirectory() || IGNORED.test(e.name)) continue;
      const folder = path.join(this.dir, e.name);
      const files = await this.pageFiles(folder);
      const stats = await Promise.all(files.map((f) => stat(path.join(folder, f))));
      out.push({ name: e.name, files, signature: files.map((f, i) => `${f}:${stats[i]!.size}:${stats[i]!.mtimeMs}`).join('|') });
    }
    return out;
  }

  /** Page files of a folder in natural order (2 before 10). */
  async pageFiles(folder: string): Promise<string[]> {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && !IGNORED.test(e.name))
      .map((e) => e.name)
      .sort((a, b) => a.localeCompare(b, 'zh-Hans-CN', { numeric: true }));
  }

  /**
   * Moves a claimed folder to `.ingesting/<batchId>` (atomic on one file system) and returns where
   * its files are now. Idempotent: after a crash the folder may already be there.
   * @returns null when the folder is in neither place (it was taken before)
   */
  async takeForIngest(folderName: string, batchId: string): Promise<string | null> {
    const target = path.join(this.dir, '.ingesting', batchId);
    if (await exists(target)) return target;
    const source = path.join(this.dir, folderName);
    if (!(await exists(source))) return null;
    await mkdir(path.dirname(target), { recursive: true });
    await rename(source, target);
    return target;
  }

  /** Moves an ingested folder to `.done/<batchId>`. */
  async finish(batchId: string): Promise<void> {
    const from = path.join(this.dir, '.ingesting', batchId);
    if (!(await exists(from))) return;
    const to = path.join(this.dir, '.done', batchId);
    await mkdir(path.dirname(to), { recursive: true });
    await rename(from, to);
  }

  open(folder: string, file: string): ReadStream {
    return createReadStream(path.join(folder, file), { highWaterMark: 1024 * 1024 });
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}
