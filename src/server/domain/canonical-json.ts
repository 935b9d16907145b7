/**
 * Canonical JSON for signed statements: object keys sorted by code point, no whitespace, strings
 * NFC-normalised, numbers only as safe integers (no floats whose printing could differ), no
 * undefined. The same value always gives the same bytes, so a signature over them can be checked
 * by anyone who rebuilds the statement. (In the spirit of RFC 8785, restricted to what manifests need.)
 */
export type CanonicalValue = null | boolean | number | string | CanonicalValue[] | { [key: string]: CanonicalValue };

export function canonicalJson(value: CanonicalValue): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new TypeError(`canonical JSON takes safe integers only, not ${value}`);
    return String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value)
    .filter((k) => value[k] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((k) => `${JSON.stringify(k.normalize('NFC'))}:${canonicalJson(value[k]!)}`).join(',')}}`;
}
