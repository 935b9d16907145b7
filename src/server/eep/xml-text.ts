/**
 * XML 1.0 text helpers. EEP element content is written as escaped character data, never CDATA:
 * CDATA cannot contain `]]>` and gives no advantage for the short metadata texts here.
 */

/** Characters XML 1.0 §2.2 forbids even as references (C0 controls except TAB, LF, CR; U+FFFE/FFFF). */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Escapes character data and attribute values alike (`"` too, so one function serves both).
 * Text is normalised to NFC first; forbidden control characters are dropped because no XML parser
 * would accept the package otherwise. CR is written as `&#13;` so end-of-line normalisation
 * (XML 1.0 §2.11) cannot change it on the reading side.
 */
export function escapeXml(text: string): string {
  return text
    .normalize('NFC')
    .replace(FORBIDDEN, '')
    .replace(/[&<>"\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#13;'));
}

/** `<name attr="…">text</name>`; nothing when `text` is undefined (optional elements are omitted, not emptied). */
export function element(name: string, text: string | number | undefined, attributes: Record<string, string> = {}): string {
  if (text === undefined) return '';
  return `${openTag(name, attributes)}${escapeXml(String(text))}</${name}>`;
}

export function openTag(name: string, attributes: Record<string, string> = {}): string {
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  return `<${name}${attrs}>`;
}

/** Decodes the five predefined entities and character references (XML 1.0 §4.1, §4.6). */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[ref] ?? '';
  });
}

/** China Standard Time as ISO 8601 with offset — the time court staff read on the paper forms. */
export function chinaTime(date: Date): string {
  return `${new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}
