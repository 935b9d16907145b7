/**
 * What the classifier reads from a material: its title without decoration, the document type the
 * trial system sent, the heading and first 2,000 characters of its text, and the type of the case
 * number it carries.
 */
import type { MaterialCategory, MaterialSource } from '../../../common/vocabulary.js';
import { parseCaseNumber } from '../case-number/index.js';
import { maskPartyRoles, normalizeText } from './normalize-text.js';

/** A material as the classifier sees it. */
export interface MaterialInput {
  /** Title as entered or sent (may be empty or a scanner's file name, e.g. '扫描件0012'). */
  title: string;
  category?: MaterialCategory;
  source?: MaterialSource;
  /** OCR or extracted text; only the first `TEXT_HEAD_LENGTH` characters are read. */
  text?: string;
  /** Document type the trial system sent, e.g. '民事判决书'. */
  externalType?: string;
  /**
   * 类型代字 of the case the material belongs to, when known. Lets a document numbered for another
   * case of the same template (a 执异 ruling in a 执复 case) be told from the case's own.
   */
  caseTypeCode?: string;
}

/** Characters of text read: headings and the opening paragraphs carry what identifies a document. */
export const TEXT_HEAD_LENGTH = 2000;
/** Lines of text searched for the document heading. */
const HEADING_LINES = 8;
/** A heading is short; a longer first line is body text. */
const MAX_HEADING_CHARS = 24;
/**
 * A document's own number stands on a line of its own ('（2023）沪0118民初1234号', '案号：…', at most a
 * heading beside it); a number inside a sentence cites another case and says nothing of this one.
 */
const MAX_CHARS_BESIDE_CASE_NUMBER = 10;

export interface MaterialReading {
  /** Normalised title without case numbers or file extension, party roles masked (◇); '' when none. */
  title: string;
  /** The title stripped to its noun (no brackets, ordinals, numbering), or null when it has several parts. */
  titleCore: string | null;
  /** Normalised trial-system document type (roles masked), '' when none, and its core. */
  externalType: string;
  externalCore: string | null;
  /** Audio or video file by its extension. */
  mediaFile: boolean;
  /** Normalised document heading from the text (e.g. '民事判决书'), or null. */
  heading: string | null;
  /**
   * The first line of content when it is too long to be a heading — OCR often runs the heading into
   * the next line ('代理词审判员：'); a standard name at its start still names the document.
   */
  firstLine: string | null;
  /** Normalised first `TEXT_HEAD_LENGTH` characters of the text. */
  body: string;
  /** 类型代字 of the document's own case number (the text's opening lines first, then the title), or null. */
  caseNumberType: string | null;
  /** That case number as written, for the reasons. */
  caseNumber: string | null;
}

const MEDIA = /\.(mp4|mp3|wav|avi|mkv|mov|flv|wmv|m4a|amr|aac|mpg|mpeg|ts|webm)$/;
const FILE_EXTENSION = /\.(pdf|ofd|jpe?g|png|tiff?|bmp|gif|docx?|wps|xlsx?|txt|zip|mp4|mp3|wav|avi|mkv|mov|flv|wmv|m4a|amr|aac|mpg|mpeg|ts|webm)$/;
/** A case number in normalised text: (2023)沪0118民初1234号, (2019)最高法知民终1号. */
const CASE_NUMBER = /\(\d{4}\)[^()]{1,20}?\d{1,8}号/g;
const COURT_LINE = /^.{0,24}(人民法院|人民检察院|法院|检察院|公安局|公安分局|司法局)$/;
const COURT_PREFIX = /^.{2,20}?(人民法院|人民检察院)/;
const NOISE_LINE = /^(案号.*|正本|副本|原本|存根|本院存档|第?\d+页|共\d+页|page\d*|\d+|[-—_=*·.。,，:：;；()]+)$/;

/** Reads a material. Pure and total: any input gives a reading. */
export function readMaterial(input: MaterialInput): MaterialReading {
  const rawTitle = normalizeText(input.title ?? '');
  const mediaFile = MEDIA.test(rawTitle);
  const noExtension = rawTitle.replace(FILE_EXTENSION, '');
  const titleNumber = findCaseNumber(noExtension);
  const title = maskPartyRoles(noExtension.replace(CASE_NUMBER, ''));
  const externalType = maskPartyRoles(normalizeText(input.externalType ?? '').replace(CASE_NUMBER, ''));

  const body = normalizeText((input.text ?? '').slice(0, TEXT_HEAD_LENGTH));
  const { heading, firstLine, caseNumber: textNumber } = readHeading(input.text ?? '');
  // The text's header is the document's own number; a title may carry the number of the case it was filed in.
  const number = textNumber ?? titleNumber;

  return {
    title,
    titleCore: core(title),
    externalType,
    externalCore: core(externalType),
    mediaFile,
    heading,
    firstLine,
    body,
    caseNumberType: number?.typeCode ?? null,
    caseNumber: number?.text ?? null,
  };
}

/**
 * The noun a title names once decoration is gone: '起诉状（张三诉李四）' → '起诉状', '庭审笔录第二次' →
 * '庭审笔录', '03-传票' → '传票'. A title with several parts ('送达回证-判决书-被告王五') has no core.
 */
export function core(title: string): string | null {
  let t = title;
  for (let i = 0; i < 3 && /\([^()]*\)/.test(t); i++) t = t.replace(/\([^()]*\)/g, '');
  t = t
    .replace(/[()]/g, '')
    .replace(/第[一二三四五六七八九十百\d]+(次|份|页|册|组|卷|部分|批|号)?/g, '')
    .replace(/^[\d.\-_、]+/, '')
    .replace(/[\d.\-_、]+$/, '')
    .replace(/(复印件|扫描件|照片)$/, '');
  if (t === '' || /[-_—·/|,:;、]/.test(t)) return null;
  return t;
}

function findCaseNumber(text: string): { text: string; typeCode: string } | null {
  for (const m of text.matchAll(CASE_NUMBER)) {
    const parsed = parseCaseNumber(m[0]);
    if (parsed.ok && !parsed.value.legacy) return { text: parsed.value.canonical, typeCode: parsed.value.typeCode };
  }
  return null;
}

function readHeading(text: string): { heading: string | null; firstLine: string | null; caseNumber: { text: string; typeCode: string } | null } {
  const lines = text
    .slice(0, TEXT_HEAD_LENGTH)
    .split(/\r?\n/)
    .map(normalizeText)
    .filter((l) => l !== '')
    .slice(0, HEADING_LINES);
  let caseNumber: { text: string; typeCode: string } | null = null;
  let heading: string | null = null;
  let firstLine: string | null = null;
  for (const line of lines) {
    if (caseNumber === null && line.replace(CASE_NUMBER, '').length <= MAX_CHARS_BESIDE_CASE_NUMBER) caseNumber = findCaseNumber(line);
    if (heading !== null) continue;
    let l = line.replace(CASE_NUMBER, '');
    if (l === '' || NOISE_LINE.test(l) || COURT_LINE.test(l)) continue;
    const withoutCourt = l.replace(COURT_PREFIX, '');
    if (withoutCourt !== '') l = withoutCourt;
    heading = l.length <= MAX_HEADING_CHARS && !/[:：]/.test(l) ? l : '';
    if (heading === '') firstLine = l;
  }
  return { heading: heading === '' ? null : heading, firstLine, caseNumber };
}
