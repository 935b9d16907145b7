import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/** Whether the tesseract CLI can OCR a language here. */
export type TesseractProbe = { available: true; version: string } | { available: false; message: string };

/**
 * Asks the tesseract CLI for its version and installed languages. Never throws: a missing program
 * or language is a value, reported as 'unavailable' (never a silent pass — DESIGN.md §2).
 */
export async function probeTesseract(tesseractPath: string, language: string): Promise<TesseractProbe> {
  try {
    const langs = await run(tesseractPath, ['--list-langs'], 20_000);
    // "List of available languages in …:" then one name a line (stdout in 5.x, stderr in 3.x).
    const installed = `${langs.stdout}\n${langs.stderr}`
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.includes(' '));
    if (!language.split('+').every((l) => installed.includes(l))) {
      return { available: false, message: `tesseract 未安装语言包 ${language}（已有：${installed.filter(Boolean).join('、') || '无'}）` };
    }
    const version = await run(tesseractPath, ['--version'], 20_000);
    return { available: true, version: (version.stdout || version.stderr).split(/\r?\n/)[0]?.trim() ?? 'tesseract' };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') return { available: false, message: `未找到 OCR 程序 tesseract（${tesseractPath}）` };
    return { available: false, message: `tesseract 无法运行：${err.message}` };
  }
}

export interface OcrPageRequest {
  tesseractPath: string;
  language: string;
  /** Image file tesseract reads (JPEG, PNG or single-page TIFF). */
  image: string;
  /** Resolution tesseract assumes for the image (its text-only page is sized from it). */
  dpi: number;
  /** Output path without extension: tesseract writes `<outBase>.pdf` and `<outBase>.txt`. */
  outBase: string;
  timeoutMs: number;
}

/**
 * OCRs one page with the tesseract CLI into a text-only PDF page (`-c textonly_pdf=1`: invisible
 * text, no image) and plain text. One OpenMP thread per process: pages run in parallel instead,
 * which is faster than tesseract's own threads on few cores.
 *
 * @throws Error with tesseract's message when it fails or times out.
 */
export async function ocrPage(req: OcrPageRequest): Promise<{ pdf: Uint8Array; text: string }> {
  await run(
    req.tesseractPath,
    [req.image, req.outBase, '-l', req.language, '--dpi', String(Math.round(req.dpi)), '-c', 'textonly_pdf=1', 'pdf', 'txt'],
    req.timeoutMs,
  );
  const [pdf, text] = await Promise.all([readFile(`${req.outBase}.pdf`), readFile(`${req.outBase}.txt`, 'utf8')]);
  return { pdf, text };
}

function run(file: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      // The child inherits the environment (PATH, TESSDATA_PREFIX); only its thread count is set.
      { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8', env: { ...process.env, OMP_THREAD_LIMIT: '1' } },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout, stderr });
        const detail = stderr.trim().split(/\r?\n/).slice(-3).join(' ');
        const err = error as NodeJS.ErrnoException & { killed?: boolean };
        if (err.code === 'ENOENT') return reject(err);
        reject(new Error(err.killed ? `tesseract 超时（${timeoutMs} ms）` : `tesseract 出错：${detail || err.message}`));
      },
    );
  });
}
