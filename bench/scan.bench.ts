import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { judgePage, scanQcThresholds } from '../src/server/domain/scan-qc/index.js';
import { analysePage, analysePageWithPreview } from '../src/server/scanning/analyse-page.js';
import { assemblePdf } from '../src/server/scanning/assemble-pdf.js';
import { probeTesseract } from '../src/server/scanning/tesseract.js';
import { renderPreviewJpeg } from '../src/server/scanning/thumbnail.js';

const A4 = { width: 2480, height: 3508 }; // 300 dpi
const PAGES_PER_MATERIAL = 10;
const VARIANTS = 6;
type Kind = 'tiff-g4' | 'png-grey' | 'jpeg-colour';
const KINDS: Kind[] = ['tiff-g4', 'png-grey', 'jpeg-colour'];

/**
 * Scanning-point throughput: quality control (analysePage + judgePage + thumbnail) and assembly into one PDF
 * per material (10 pages) of N synthetic 300 dpi A4 pages — a third each bitonal G4 TIFF, grey
 * PNG and colour JPEG with a red seal, grey and colour with scanner-like noise. OCR off over all
 * pages, trying several concurrencies; OCR on over a smaller sample. BENCH_SCAN_PAGES (default
 * 200) and BENCH_OCR_PAGES (default 10) set the sizes. The pages are generated into a temporary
 * directory and removed afterwards.
 */
export async function scanBench(): Promise<object> {
  const pageCount = Number(process.env.BENCH_SCAN_PAGES ?? 200);
  const ocrPageCount = Number(process.env.BENCH_OCR_PAGES ?? 10);
  const dir = await mkdtemp(join(tmpdir(), 'casevault-scan-bench-'));
  const defaultSharpThreads = sharp.concurrency();
  try {
    const t0 = performance.now();
    const pages = await generatePages(dir, pageCount);
    const generateSeconds = (performance.now() - t0) / 1000;

    const perFormat = await costPerFormat(dir, pages);

    const runs: Array<{ materialsAtOnce: number; sharpThreads: number; pagesPerS: number; seconds: number }> = [];
    const n = availableParallelism();
    for (const sharpThreads of [...new Set([1, n])]) {
      for (const materialsAtOnce of [...new Set([1, n, 2 * n])]) {
        sharp.concurrency(sharpThreads);
        const seconds = await pipeline(dir, pages, materialsAtOnce, false);
        runs.push({ materialsAtOnce, sharpThreads, seconds: round(seconds, 2), pagesPerS: round(pages.length / seconds, 1) });
      }
    }
    sharp.concurrency(defaultSharpThreads);
    const best = runs.reduce((a, b) => (b.pagesPerS > a.pagesPerS ? b : a));
    sharp.concurrency(best.sharpThreads);
    const byFormat: Record<string, { pages: number; pagesPerS: number }> = {};
    for (const kind of KINDS) {
      const only = pages.filter((p) => p.kind === kind);
      const seconds = await pipeline(dir, only, best.materialsAtOnce, false);
      byFormat[kind] = { pages: only.length, pagesPerS: round(only.length / seconds, 1) };
    }
    sharp.concurrency(defaultSharpThreads);

    let ocrOn: object;
    const probe = await probeTesseract('tesseract', 'chi_sim');
    if (!probe.available) {
      ocrOn = { skipped: probe.message };
    } else {
      const sample = pages.slice(0, Math.min(ocrPageCount, pages.length));
      sharp.concurrency(best.sharpThreads);
      const seconds = await pipeline(dir, sample, 1, true);
      sharp.concurrency(defaultSharpThreads);
      ocrOn = { pages: sample.length, pagesPerS: round(sample.length / seconds, 2), seconds: round(seconds, 2), tesseract: probe.version, processesAtOnce: n };
    }

    return {
      scenario: 'scan-qc-assembly',
      pages: pages.length,
      pagesPerMaterial: PAGES_PER_MATERIAL,
      ocrOff: { pagesPerS: best.pagesPerS, materialsAtOnce: best.materialsAtOnce, sharpThreads: best.sharpThreads, byFormat, runs },
      ocrOn,
      cpuMsPerPage: perFormat,
      cpus: n,
      cpuModel: cpus()[0]?.model,
      generateSeconds: round(generateSeconds, 1),
    };
  } finally {
    sharp.concurrency(defaultSharpThreads);
    await rm(dir, { recursive: true, force: true });
  }
}

interface BenchPage {
  path: string;
  kind: Kind;
}

/** QC + assembly of all pages, `materialsAtOnce` materials in flight; returns seconds. */
async function pipeline(dir: string, pages: BenchPage[], materialsAtOnce: number, ocr: boolean): Promise<number> {
  const thresholds = scanQcThresholds();
  const materials: BenchPage[][] = [];
  for (let i = 0; i < pages.length; i += PAGES_PER_MATERIAL) materials.push(pages.slice(i, i + PAGES_PER_MATERIAL));
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < materials.length) {
      const index = next++;
      const material = materials[index]!;
      // As the scan.check job does: measures and a 240 px thumbnail from the same decode.
      const measures = await Promise.all(
        material.map(async (p) => {
          const { measures: m, preview } = await analysePageWithPreview(p.path);
          await renderPreviewJpeg(preview, 240);
          return m;
        }),
      );
      const verdicts = measures.map((m) => judgePage(m, thresholds));
      if (verdicts.some((v) => v.verdict === 'fail')) throw new Error(`bench page failed QC: ${JSON.stringify(verdicts)}`);
      const result = await assemblePdf(
        material.map((p, i) => ({ path: p.path, dpi: measures[i]!.dpi })),
        { outputPath: join(dir, `material-${index}.pdf`), ocr, title: `材料 ${index + 1}` },
      );
      if (ocr && result.ocr !== 'done') throw new Error(`OCR ${result.ocr}: ${result.ocrMessage}`);
    }
  };
  await Promise.all(Array.from({ length: materialsAtOnce }, worker));
  return (performance.now() - t0) / 1000;
}

/** CPU milliseconds (all threads) per page of each kind, one page at a time: where time goes. */
async function costPerFormat(dir: string, pages: BenchPage[]) {
  const out: Record<string, { analyse: number; assemble: number }> = {};
  const stripped = join(dir, 'strips.tif');
  const firstTiff = pages.find((p) => p.kind === 'tiff-g4')!;
  // The same page as G4 in several strips (libvips' own layout): assembly must decode it.
  await sharp(firstTiff.path).toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1, xres: 300 / 25.4, yres: 300 / 25.4 }).toFile(stripped);
  const samples: Array<[string, string[]]> = [
    ...KINDS.map((k): [string, string[]] => [k, pages.filter((p) => p.kind === k).slice(0, 6).map((p) => p.path)]),
    ['tiff-g4-strips', [stripped, stripped, stripped]],
  ];
  for (const [, paths] of samples) for (const p of paths.slice(0, 2)) await analysePage(p); // warm-up
  for (const [kind, paths] of samples) {
    let c0 = process.cpuUsage();
    for (const p of paths) await analysePage(p);
    const analyse = cpuMs(c0) / paths.length;
    c0 = process.cpuUsage();
    for (const [i, p] of paths.entries()) await assemblePdf([{ path: p, dpi: 300 }], { outputPath: join(dir, `cost-${kind}-${i}.pdf`), ocr: false });
    out[kind] = { analyse: round(analyse, 1), assemble: round(cpuMs(c0) / paths.length, 1) };
  }
  return out;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

/** Synthetic scans: a few rendered text pages (slightly skewed variants), encoded per kind with
 * per-page noise so no two files are alike. Made in parallel. */
async function generatePages(dir: string, count: number): Promise<BenchPage[]> {
  const bases: Buffer[] = [];
  for (let v = 0; v < VARIANTS; v++) bases.push(await renderTextPage(v));
  const noise = new Int8Array(A4.width * A4.height + 4096);
  let seed = 12345;
  for (let i = 0; i < noise.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    noise[i] = ((seed >> 16) % 7) - 3;
  }
  const seal = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="520" height="520">' +
      '<circle cx="260" cy="260" r="240" fill="none" stroke="#d01c1c" stroke-width="16"/>' +
      '<polygon points="260,140 290,230 385,230 308,285 337,375 260,320 183,375 212,285 135,230 230,230" fill="#d01c1c"/>' +
      '</svg>',
  );
  const make = async (i: number): Promise<BenchPage> => {
    const kind = KINDS[i % KINDS.length]!;
    const base = bases[i % VARIANTS]!;
    const raw = { raw: { width: A4.width, height: A4.height, channels: 1 as const } };
    const path = join(dir, `page-${String(i).padStart(4, '0')}.${kind === 'tiff-g4' ? 'tif' : kind === 'png-grey' ? 'png' : 'jpg'}`);
    if (kind === 'tiff-g4') {
      // One strip, as scanner drivers write G4 (libvips would otherwise write several).
      await sharp(base, raw)
        .threshold(128)
        .toColourspace('b-w')
        .tiff({ compression: 'ccittfax4', bitdepth: 1, tileHeight: 4096, xres: 300 / 25.4, yres: 300 / 25.4 })
        .toFile(path);
    } else {
      const noisy = Buffer.alloc(base.length);
      const offset = (i * 37) % 4096;
      for (let k = 0; k < base.length; k++) noisy[k] = Math.max(0, Math.min(255, base[k]! - 8 + noise[k + offset]!));
      const img = sharp(noisy, raw).withMetadata({ density: 300 });
      if (kind === 'png-grey') await img.png({ compressionLevel: 6 }).toFile(path);
      else await img.toColourspace('srgb').composite([{ input: seal, left: 1700, top: 2700 }]).jpeg({ quality: 85 }).toFile(path);
    }
    return { path, kind };
  };
  const pages: BenchPage[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      pages[i] = await make(i);
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  return pages;
}

/** One A4 page of Chinese text at 300 dpi as 8-bit grey pixels, turned a little per variant. */
async function renderTextPage(variant: number): Promise<Buffer> {
  const sentences = ['原告与被告于二〇二〇年三月签订买卖合同一份，约定原告向被告供应钢材一批，', '被告应于收货后三十日内付清全部货款。原告已按约交付货物，被告经多次催讨', '仍未付款，已构成违约。为维护原告的合法权益，特依法提起诉讼，请求判决。'];
  const text = (x: number, y: number, size: number, s: string) => `<text x="${x}" y="${y}" font-size="${size}" font-family="Droid Sans Fallback">${s}</text>`;
  const lines = Array.from({ length: 30 }, (_, i) => text(250, 520 + i * 92, 44, sentences[(i + variant) % 3]!)).join('');
  const angle = [0, 0.3, -0.4, 0.6, -0.2, 0.1][variant % 6];
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${A4.width}" height="${A4.height}">` +
    `<rect width="100%" height="100%" fill="white"/>` +
    `<g transform="rotate(${angle} 1240 1754)">${text(1060, 320, 66, '民事起诉状')}${lines}</g></svg>`;
  return sharp(Buffer.from(svg), { density: 72 }).flatten({ background: '#ffffff' }).toColourspace('b-w').raw().toBuffer();
}

function round(n: number, digits: number): number {
  return Math.round(n * 10 ** digits) / 10 ** digits;
}
