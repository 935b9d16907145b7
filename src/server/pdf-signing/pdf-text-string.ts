/**
 * PDF text strings (ISO 32000-1 §7.9.2.2): printable ASCII is written as a literal string, anything
 * else — Chinese reasons, locations and names — as UTF-16BE with a byte order mark, in hex so the
 * update stays 7-bit and no byte needs escaping.
 */
export function encodeTextString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}
