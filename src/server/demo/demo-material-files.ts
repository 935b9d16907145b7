import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { A4 } from '../volume-documents/form-layout.js';
import type { CjkFontSet } from '../volume-documents/cjk-font.js';
import { embedCjkText, type CjkText } from '../volume-documents/cjk-text.js';
import type { DemoMaterialSpec } from './demo-materials.js';

const run = promisify(execFile);
const MARGIN = 72;
const BODY_SIZE = 13;
const SCAN_DPI = 200;

/**
 * The bytes of a demo material: a born-digital PDF with a real text layer, a scanned page (a
 * 200 dpi grey JPEG in a PDF, no text layer, as a scanning point without OCR delivers it), or a
 * short hearing recording (AAC, made by ffmpeg). @returns null for a recording when ffmpeg is
 * missing (the demo then goes without it).
 */
export async function renderDemoMaterial(spec: DemoMaterialSpec, fonts: CjkFontSet): Promise<{ bytes: Uint8Array; fileName: string } | null> {
  if (spec.kind === 'recording') {
    const bytes = await renderRecording(8);
    return bytes ? { bytes, fileName: `${spec.title}.m4a` } : null;
  }
  if (spec.kind === 'scan') return { bytes: await renderScan(spec), fileName: `${spec.title}.pdf` };
  return { bytes: await renderDocument(spec, fonts), fileName: `${spec.title}.pdf` };
}

async function renderDocument(spec: DemoMaterialSpec, fonts: CjkFontSet): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(spec.title, { showInWindowTitleBar: true });
  doc.setAuthor(spec.author ?? '');
  doc.setProducer('CaseVault 演示数据');
  doc.setLanguage('zh-CN');
  const text = await embedCjkText(doc, fonts);
  let page = doc.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN - 10;
  for (const line of (spec.heading ?? spec.title).split('\n')) {
    const size = 20;
    text.draw(page, line, (A4.width - text.width(line, size)) / 2, y, { size, bold: true });
    y -= size * 1.8;
  }
  y -= 8;
  for (const paragraph of spec.lines ?? []) {
    for (const line of wrap(text, paragraph, A4.width - 2 * MARGIN, BODY_SIZE)) {
      if (y < MARGIN) {
        page = doc.addPage([A4.width, A4.height]);
        y = A4.height - MARGIN;
      }
      text.draw(page, line, MARGIN, y, { size: BODY_SIZE });
      y -= BODY_SIZE * 1.8;
    }
  }
  return doc.save();
}

/** Greedy line breaking by width (Chinese breaks between any two characters). */
function wrap(text: CjkText, paragraph: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of paragraph) {
    if (line && text.width(line + ch, size) > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  return [...lines, line];
}

/** A scanned page: the text rendered as a slightly skewed, grainy 200 dpi grey image in a PDF. */
async function renderScan(spec: DemoMaterialSpec): Promise<Uint8Array> {
  const width = Math.round((A4.width / 72) * SCAN_DPI);
  const height = Math.round((A4.height / 72) * SCAN_DPI);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const lines = (spec.lines ?? []).map((l, i) => `<text x="220" y="${560 + i * 90}" font-size="46" font-family="Droid Sans Fallback">${escape(l)}</text>`).join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect width="100%" height="100%" fill="#f4f2ec"/>` +
    `<g transform="rotate(0.4 ${width / 2} ${height / 2})">` +
    `<text x="${width / 2}" y="380" font-size="72" text-anchor="middle" font-family="Droid Sans Fallback">${escape(spec.heading ?? spec.title)}</text>${lines}</g></svg>`;
  const jpeg = await sharp(Buffer.from(svg)).toColourspace('b-w').jpeg({ quality: 80 }).withMetadata({ density: SCAN_DPI }).toBuffer();
  const doc = await PDFDocument.create();
  doc.setProducer('CaseVault 扫描工作台（演示）');
  const image = await doc.embedJpg(jpeg);
  const page = doc.addPage([A4.width, A4.height]);
  page.drawImage(image, { x: 0, y: 0, width: A4.width, height: A4.height });
  return doc.save();
}

/** A few seconds of tone as AAC in MP4 (a stand-in for a hearing recording); null without ffmpeg. */
async function renderRecording(seconds: number): Promise<Uint8Array | null> {
  const dir = await mkdtemp(join(tmpdir(), 'casevault-demo-recording-'));
  try {
    const out = join(dir, 'hearing.m4a');
    await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', `sine=frequency=220:duration=${seconds}`, '-c:a', 'aac', '-b:a', '32k', out]);
    return new Uint8Array(await readFile(out));
  } catch {
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
