import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parsePgm, type GrayRaster } from './gray-raster.js';

const run = promisify(execFile);

export interface RenderGrayOptions {
  /** Default 24: enough to see whether a corner is blank, fast for hundreds of pages. */
  dpi?: number;
  /** Default 'pdftoppm' (poppler-utils), found on PATH. */
  pdftoppmPath?: string;
}

/**
 * Renders every page of a PDF in grey at low resolution with one run of poppler's pdftoppm, in a
 * temporary directory removed afterwards. Pages come out as displayed (crop box, /Rotate applied).
 *
 * @throws Error when pdftoppm is missing (naming poppler-utils) or cannot render the PDF.
 */
export async function renderGrayPages(pdf: Uint8Array, options: RenderGrayOptions = {}): Promise<GrayRaster[]> {
  const dir = await mkdtemp(join(tmpdir(), 'casevault-stamp-'));
  try {
    await writeFile(join(dir, 'in.pdf'), pdf);
    try {
      await run(options.pdftoppmPath ?? 'pdftoppm', ['-r', String(options.dpi ?? 24), '-gray', join(dir, 'in.pdf'), join(dir, 'p')], { maxBuffer: 1 << 20 });
    } catch (e) {
      const err = e as NodeJS.ErrnoException & { stderr?: string };
      if (err.code === 'ENOENT') throw new Error('找不到 pdftoppm，无法检查页面空白处。请安装 Debian 软件包 poppler-utils：apt-get install poppler-utils');
      throw new Error(`pdftoppm 无法渲染该 PDF：${(err.stderr ?? err.message).trim()}`);
    }
    // p-1.pgm … or p-001.pgm: the width of the number depends on the page count.
    const files = (await readdir(dir))
      .map((name) => ({ name, page: Number(/^p-(\d+)\.pgm$/.exec(name)?.[1]) }))
      .filter((f) => f.page > 0)
      .sort((a, b) => a.page - b.page);
    return Promise.all(files.map(async (f) => parsePgm(await readFile(join(dir, f.name)))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
