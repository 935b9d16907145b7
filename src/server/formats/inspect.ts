import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { longTermVerdict } from './allow-list.js';
import { declaredExtension, formatFromExtension, isDisguised } from './extension.js';
import { formatTable } from './format-table.js';
import { identifyFile, type Identification } from './identify.js';
import { inspectImage } from './image.js';
import { inspectMedia } from './media.js';
import { inspectOffice } from './office.js';
import { inspectOfd } from './ofd.js';
import { inspectPdf } from './pdf.js';
import { problem } from './problems.js';
import type { CheckerFacts, FileFacts, FileFormat, InspectOptions } from './types.js';

const ZIP_FORMATS: readonly FileFormat[] = ['ofd', 'docx', 'xlsx', 'pptx', 'zip'];
const OLE2_FORMATS: readonly FileFormat[] = ['doc', 'wps', 'xls', 'ppt'];
const OOXML_FORMATS: readonly FileFormat[] = ['docx', 'xlsx', 'pptx'];

/**
 * Identifies and validates one local file by its content (PREMIS events "format identification"
 * and "validation"; DA/T 70-2018 GD/YJ/BC 3-2 内容数据可用性 and GD-3-8).
 *
 * The steps, in order: read the file's size (FILE_UNREADABLE, FILE_EMPTY) → identify the
 * format from the bytes (FORMAT_UNKNOWN) → compare with the original name's extension
 * (FORMAT_DISGUISED) → run the format's checker (pdf.ts, ofd.ts, image.ts, media.ts, office.ts) →
 * decide the long-term allow-list (FORMAT_NOT_ALLOWED, FORMAT_NOT_LONG_TERM).
 *
 * Never throws for a bad or missing file: every finding is a problem. A checker that fails
 * unexpectedly becomes INSPECTION_FAILED (an error, so it cannot pass unnoticed).
 *
 * @param path the local file to read (streamed; big recordings are never loaded whole).
 * @param originalName the name the file arrived with; defaults to the path's own name.
 */
export async function inspectFile(path: string, originalName?: string, options: InspectOptions = {}): Promise<FileFacts> {
  const extension = declaredExtension(originalName ?? basename(path));
  const facts: FileFacts = {
    format: 'unknown',
    family: 'other',
    mime: formatTable.unknown.mime,
    declaredExtension: extension,
    longTermAllowed: false,
    problems: [],
  };

  let identification: Identification;
  try {
    const info = await stat(path);
    if (!info.isFile()) return withProblem(facts, problem('FILE_UNREADABLE', '不是普通文件'));
    if (info.size === 0) return withProblem(facts, problem('FILE_EMPTY'));
    identification = await identifyFile(path);
  } catch (e) {
    return withProblem(facts, problem('FILE_UNREADABLE', (e as NodeJS.ErrnoException).code ?? (e as Error).message));
  }

  const format = resolveFormat(identification, extension);
  Object.assign(facts, { format, family: formatTable[format].family, mime: formatTable[format].mime });
  if (identification.textEncoding) facts.textEncoding = identification.textEncoding;

  if (format === 'unknown') {
    facts.problems.push(problem('FORMAT_UNKNOWN', extension ? `扩展名为 .${extension}，但内容不是任何可识别的格式` : undefined));
  } else if (isDisguised(format, extension)) {
    const label = formatTable[format].label;
    const space = /^[A-Za-z]/.test(label) ? ' ' : '';
    facts.problems.push(problem('FORMAT_DISGUISED', `扩展名为 .${extension}，但内容是${space}${label}`));
  }

  try {
    merge(facts, await check(path, format, identification, options));
  } catch (e) {
    facts.problems.push(problem('INSPECTION_FAILED', (e as Error)?.message ?? String(e)));
  }

  const verdict = longTermVerdict(facts);
  facts.longTermAllowed = verdict.allowed;
  if (verdict.problem) facts.problems.push(verdict.problem);
  return facts;
}

/**
 * The identified format, refined where content alone cannot decide: a container too damaged to
 * look inside is taken for what its extension says (when that format uses the same container),
 * a Word-format OLE2 file named .wps is Kingsoft WPS, and an encrypted OOXML package is whichever
 * of DOCX/XLSX/PPTX its name says.
 */
function resolveFormat(id: Identification, extension: string | null): FileFormat {
  if (id.damage) {
    const family = ZIP_FORMATS.includes(id.format) ? ZIP_FORMATS : OLE2_FORMATS;
    return formatFromExtension(extension, family) ?? id.format;
  }
  if (id.encrypted) return formatFromExtension(extension, OOXML_FORMATS) ?? id.format;
  if (id.format === 'doc' && extension === 'wps') return 'wps';
  return id.format;
}

async function check(path: string, format: FileFormat, id: Identification, options: InspectOptions): Promise<CheckerFacts> {
  const timeoutMs = options.toolTimeoutMs ?? 120_000;
  switch (format) {
    case 'pdf':
      return inspectPdf(path, { samplePages: options.pdfSamplePages ?? 40 });
    case 'ofd':
      // A damaged ZIP named .ofd: the OFD checker reports it in OFD terms.
      return inspectOfd(path);
    case 'jpeg':
    case 'tiff':
    case 'png':
    case 'jp2':
    case 'bmp':
    case 'gif':
      return inspectImage(path, format, { ffmpeg: options.ffmpeg ?? 'ffmpeg', timeoutMs });
    case 'mp3':
    case 'wav':
    case 'aac':
    case 'flac':
    case 'mp4':
    case 'mov':
    case 'avi':
    case 'mkv':
    case 'webm':
    case 'mpeg':
      return inspectMedia(path, id.container, { ffprobe: options.ffprobe ?? 'ffprobe', timeoutMs });
    case 'doc':
    case 'docx':
    case 'xls':
    case 'xlsx':
    case 'ppt':
    case 'pptx':
    case 'wps':
    case 'rtf':
      return inspectOffice(id);
    case 'zip':
      return { problems: id.damage ? [problem('FILE_CORRUPT', id.damage)] : [] };
    case 'txt':
    case 'unknown':
      return { problems: [] };
  }
}

function merge(facts: FileFacts, found: CheckerFacts): void {
  const { problems, ...rest } = found;
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) (facts as unknown as Record<string, unknown>)[key] = value;
  }
  facts.problems.push(...problems);
}

function withProblem(facts: FileFacts, p: FileFacts['problems'][number]): FileFacts {
  facts.problems.push(p);
  return facts;
}
