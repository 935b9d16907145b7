/**
 * Search tokens for case numbers and party names: overlapping character bigrams of a normalised
 * string, so that any substring of two or more characters can be found through an index, on
 * SQLite and PostgreSQL alike (DESIGN.md §1: "search over CJK bigrams").
 */

/** Normalises text for search: NFKC (full-width → half-width), lower case, no spaces or brackets. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s()（）〔〕\[\]【】·.,，。、\-_%\\]/g, '');
}

/** The distinct bigrams of a text after normalisation. A one-character text yields itself. */
export function searchTokens(text: string): string[] {
  const chars = Array.from(normaliseForSearch(text));
  if (chars.length === 0) return [];
  if (chars.length === 1) return [chars[0]!];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return [...out];
}

/** The tokens that index one case: its case number and every party name. */
export function caseSearchTokens(caseNumber: string, partyNames: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of searchTokens(caseNumber)) out.add(t);
  for (const name of partyNames) for (const t of searchTokens(name)) out.add(t);
  return [...out];
}

/** The text a case is matched against: its case number and party names, normalised, one per line. */
export function caseSearchText(caseNumber: string, partyNames: readonly string[]): string {
  return [caseNumber, ...partyNames].map(normaliseForSearch).join('\n');
}
