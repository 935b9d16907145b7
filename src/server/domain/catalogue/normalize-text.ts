/**
 * Text normalisation for matching titles and OCR text against slot words: one form for full- and
 * half-width characters, no whitespace (OCR spaces out characters: “民 事 判 决 书”), one kind of
 * bracket, ASCII lower case, and a few misspellings common enough in court titles to be worth undoing.
 */

/** Misspellings seen in clerks' titles (辨/辩 are confused constantly), wrong → right. */
export const knownMisspellings: ReadonlyArray<readonly [string, string]> = [
  ['答辨', '答辩'],
  ['辨护', '辩护'],
  ['辨论', '辩论'],
  ['申辨', '申辩'],
];

/**
 * NFKC (full-width letters, digits and （） become ASCII), every bracket form (〔〕【】［］{}) to ( ),
 * whitespace removed, ASCII lower-cased, known misspellings corrected.
 */
export function normalizeText(text: string): string {
  let t = text
    .normalize('NFKC')
    .replace(/[〔【［\[{｛〖]/g, '(')
    .replace(/[〕】］\]}｝〗]/g, ')')
    .replace(/\s+/g, '')
    .toLowerCase();
  for (const [wrong, right] of knownMisspellings) t = t.replaceAll(wrong, right);
  return t;
}

/**
 * 诉讼地位 that contain words slots look for (上诉, 申诉, 申请执行…): in a title they name a party, not
 * the document ('委托书-上诉人唐艳' is no 上诉状), so title matching masks them. Longest first.
 */
export const partyRoles: readonly string[] = [
  '被上诉人',
  '上诉人',
  '申请执行人',
  '被执行人',
  '再审申请人',
  '复议申请人',
  '救助申请人',
  '被申请人',
  '申请人',
  '被申诉人',
  '申诉人',
  '异议人',
  '赔偿请求人',
];
const ROLE_MARK = '◇';
const ROLES = new RegExp(partyRoles.join('|'), 'g');

/** Normalised text with party roles replaced by a mark, for matching titles, document types and headings. */
export function maskPartyRoles(normalizedText: string): string {
  return normalizedText.replace(ROLES, ROLE_MARK);
}

/**
 * Whether normalised text contains a slot word. A word `A+B` needs every part (in any order), so
 * '送达回证+起诉书' matches “送达回证-起诉书副本-被告人王五”. With `masked`, the word is masked like
 * the text (maskPartyRoles), so '上诉人证据' still finds '◇证据'.
 */
export function containsWord(normalizedText: string, word: string, masked = false): boolean {
  const parts = word.split('+').map((p) => (masked ? maskPartyRoles(normalizeText(p)) : normalizeText(p)));
  return parts.every((p) => p !== '' && normalizedText.includes(p));
}

/**
 * Whether two strings differ by at most one character substituted, inserted or deleted — the usual
 * damage OCR does to a heading ('刑事裁走书' for '刑事裁定书'). Compares code points.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) return x.slice(i + 1).join('') === y.slice(i + 1).join('');
  const [longer, shorter] = x.length > y.length ? [x, y] : [y, x];
  return longer.slice(i + 1).join('') === shorter.slice(i).join('');
}
