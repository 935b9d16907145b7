import { declaredExtension } from '../formats/extension.js';
import { formatTable, type FormatInfo } from '../formats/format-table.js';

/**
 * File-name elements that survive every file system the archive may be copied to (NTFS, exFAT on
 * offline media, ext4, APFS, S3 consoles) while staying readable to court staff: Chinese is kept,
 * NFC-normalised (so a title typed on macOS and on Windows is the same name), never transliterated.
 */

/**
 * Characters Windows forbids in names (`/ \ : * ? " < > |`), replaced by their full-width forms:
 * a clerk reading `原告／被告` still sees what was meant, which `_` would lose.
 */
const FULL_WIDTH: Record<string, string> = {
  '/': '／',
  '\\': '＼',
  ':': '：',
  '*': '＊',
  '?': '？',
  '"': '＂',
  '<': '＜',
  '>': '＞',
  '|': '｜',
};

/**
 * C0/C1 controls, line/paragraph separators and bidi overrides: no file system needs them, and
 * bidi overrides can make `exe.pdf` look like `fdp.exe` (a known spoofing trick).
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * One name element from free text (a title): NFC, forbidden characters replaced, controls turned
 * into spaces, runs of white space collapsed, and leading/trailing dots and spaces dropped
 * (Windows silently strips trailing ones, so two names could merge). May return ''.
 */
export function safeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[/\\:*?"<>|]/g, (c) => FULL_WIDTH[c] ?? '_')
    .replace(INVISIBLE, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
}

/** UTF-8 length in bytes: the unit file systems and object stores limit. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Marks a title that was shortened, so nobody takes the cut name for the real title. */
export const ELLIPSIS = '…';

/**
 * Cuts `text` to at most `maxBytes` UTF-8 bytes, on a code-point boundary (never half a
 * character), ending with `…` when anything was cut. Returns '' when even `…` does not fit.
 */
export function shortenToBytes(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  const budget = maxBytes - utf8Length(ELLIPSIS);
  if (budget < 0) return '';
  let out = '';
  let used = 0;
  for (const ch of text) {
    const n = utf8Length(ch);
    if (used + n > budget) break;
    out += ch;
    used += n;
  }
  return out.replace(/[\s.]+$/, '') + ELLIPSIS;
}

/**
 * The extension a content file is named with: the original one when it honestly names the format
 * identified from the content (keeps `.jpeg` as the scanner wrote it), else the format's usual one
 * (`jpeg` → `.jpg`), else a plain original extension for formats we do not know; '' when none.
 */
export function extensionFor(format: string, originalName: string): string {
  const declared = declaredExtension(originalName);
  const plain = declared !== null && /^[a-z0-9]{1,8}$/.test(declared) ? declared : null;
  const info = (formatTable as Record<string, FormatInfo | undefined>)[format];
  if (!info) return plain ?? '';
  return plain !== null && info.extensions.includes(plain) ? plain : (info.extensions[0] ?? '');
}
