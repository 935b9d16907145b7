/** One field that differs between an audit event's `before` and `after`. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields that changed from `before` to `after`, in the order they first appear. A creation
 * (no `before`) lists every field of `after`; a deletion every field of `before`. Values that are
 * not objects are compared as one unnamed field ('').
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const b = before ?? null;
  const a = after ?? null;
  if ((b === null || isRecord(b)) && (a === null || isRecord(a))) {
    const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
    return keys
      .map((field) => ({ field, before: b?.[field], after: a?.[field] }))
      .filter((c) => !same(c.before, c.after));
  }
  return same(b, a) ? [] : [{ field: '', before: b, after: a }];
}

/** A short, readable rendering of any JSON value for a diff line. */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '（空）';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '（无）' : value.map(displayValue).join('、');
  return JSON.stringify(value);
}
