import { bagIssue, type BagIssue } from './bag-issues.js';
import type { BagVersion } from './bag-path.js';

/**
 * Text tag files (RFC 8493 §2.3): line-oriented, each line ended by LF, CR or CRLF, in the
 * encoding bagit.txt declares. These helpers turn bytes into lines and `label: value` elements,
 * recording what is wrong as findings instead of throwing.
 */

/** Splits text into lines on LF, CR or CRLF; a final line ending does not make an extra empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Decodes a tag file. A UTF-8 BOM is refused (§2.3: MUST NOT when the encoding is UTF-8) but
 * skipped, so the rest is still checked; bytes that are not valid in the encoding are an error.
 */
export function decodeTagFile(bytes: Uint8Array, encoding: string, path: string, issues: BagIssue[]): string {
  const utf8 = /^utf-?8$/i.test(encoding);
  let body = bytes;
  if (utf8 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    issues.push(bagIssue('BAG_TAG_FILE_BOM', { path }));
    body = bytes.subarray(3);
  }
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    issues.push(bagIssue('BAG_TAG_FILE_UNDECODABLE', { path }));
    return new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  }
}

/** One `label: value` element, in file order (§2.2.2: order is significant and preserved). */
export type TagElement = readonly [label: string, value: string];

/**
 * Parses `label: value` elements (bag-info.txt, bagit.txt). A line starting with a space or tab
 * continues the previous value (§2.2.2); the line break and indentation are folded into one space.
 * Before 1.0 any whitespace may surround the colon; from 1.0 exactly one space or tab follows it,
 * but we accept more and trim it, because the value is the same to a reader.
 */
export function parseTagElements(text: string, path: string, issues: BagIssue[]): TagElement[] {
  const out: Array<[string, string]> = [];
  for (const line of splitLines(text)) {
    if (line.trim() === '') continue;
    const last = out[out.length - 1];
    if (/^[ \t]/.test(line)) {
      if (last) last[1] = `${last[1]} ${line.trim()}`;
      else issues.push(bagIssue('BAG_INFO_INVALID', { path, detail: `续行前没有标签：${line.trim()}` }));
      continue;
    }
    const colon = line.indexOf(':');
    const label = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!label) {
      issues.push(bagIssue('BAG_INFO_INVALID', { path, detail: line }));
      continue;
    }
    out.push([label, line.slice(colon + 1).trim()]);
  }
  return out;
}

/**
 * Formats elements as tag-file text with LF endings.
 * @throws TypeError for a label with a colon, CR or LF or surrounding whitespace, or a value with
 * CR or LF (§2.2.2) — these are programming errors, not user input to be repaired silently.
 */
export function formatTagElements(elements: readonly TagElement[]): string {
  let text = '';
  for (const [label, value] of elements) {
    if (!label || /[:\r\n]/.test(label) || label.trim() !== label) throw new TypeError(`invalid BagIt label: ${JSON.stringify(label)}`);
    if (/[\r\n]/.test(value)) throw new TypeError(`BagIt value for ${label} contains a line break`);
    text += `${label}: ${value}\n`;
  }
  return text;
}

/** The two facts bagit.txt declares. */
export interface BagDeclaration {
  version: BagVersion;
  versionText: string;
  encoding: string;
}

/** BagIt versions this validator knows the rules of. */
export const SUPPORTED_VERSIONS = ['0.93', '0.94', '0.95', '0.96', '0.97', '1.0'] as const;

/**
 * Parses bagit.txt (§2.1.1): UTF-8 without BOM, exactly `BagIt-Version: M.N` then
 * `Tag-File-Character-Encoding: ENC`. Before 0.96 a missing encoding line is tolerated (UTF-8 is
 * assumed, with a warning) and whitespace around the colon is free. Whatever is wrong, a usable
 * declaration comes back (1.0, UTF-8 by default) so the rest of the bag is still checked.
 */
export function parseBagDeclaration(bytes: Uint8Array, issues: BagIssue[]): BagDeclaration {
  const path = 'bagit.txt';
  const local: BagIssue[] = [];
  const text = decodeTagFile(bytes, 'UTF-8', path, local);
  for (const i of local) issues.push(i.code === 'BAG_TAG_FILE_BOM' ? bagIssue('BAG_BAGIT_TXT_INVALID', { path, detail: '带有 BOM' }) : i);
  const lines = splitLines(text).filter((l) => l.trim() !== '');
  const fields = lines.map((l) => /^([^:]+?)[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(l));
  const versionText = fields[0]?.[1] === 'BagIt-Version' ? (fields[0][2] ?? '') : '';
  const decl: BagDeclaration = { version: [1, 0], versionText: versionText || '1.0', encoding: 'UTF-8' };
  const m = /^(\d+)\.(\d+)$/.exec(versionText);
  if (!m) {
    issues.push(bagIssue('BAG_BAGIT_TXT_INVALID', { path, detail: '第一行应为 BagIt-Version: M.N' }));
    return decl;
  }
  if ((SUPPORTED_VERSIONS as readonly string[]).includes(versionText)) decl.version = [Number(m[1]), Number(m[2])];
  else issues.push(bagIssue('BAG_VERSION_UNSUPPORTED', { path, detail: versionText }));
  const legacy = decl.version[0] === 0 && decl.version[1] < 96;
  const strictLine = /^BagIt-Version: \d+\.\d+$/.test(lines[0] ?? '');
  if (!legacy && !strictLine && decl.version[0] >= 1) issues.push(bagIssue('BAG_BAGIT_TXT_INVALID', { path, detail: '冒号后应恰好一个空格' }));
  const enc = fields[1]?.[1] === 'Tag-File-Character-Encoding' ? fields[1][2] : undefined;
  if (enc) decl.encoding = enc;
  else if (legacy && lines.length === 1) issues.push(bagIssue('BAG_ENCODING_MISSING', { path }));
  else issues.push(bagIssue('BAG_BAGIT_TXT_INVALID', { path, detail: '第二行应为 Tag-File-Character-Encoding: 编码' }));
  if (lines.length > 2) issues.push(bagIssue('BAG_BAGIT_TXT_INVALID', { path, detail: `多出 ${lines.length - 2} 行` }));
  try {
    new TextDecoder(decl.encoding);
  } catch {
    issues.push(bagIssue('BAG_ENCODING_UNSUPPORTED', { path, detail: decl.encoding }));
    decl.encoding = 'UTF-8';
  }
  if (!/^utf-?8$/i.test(decl.encoding)) issues.push(bagIssue('BAG_ENCODING_NOT_UTF8', { path, detail: decl.encoding }));
  return decl;
}
