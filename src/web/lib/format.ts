import dayjs from 'dayjs';

/** 'YYYY-MM-DD' as given, or a dash for a missing date. */
export function formatDate(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '—';
}

/** An ISO-8601 instant in the browser's local time, to the second. */
export function formatTime(value: string | null | undefined): string {
  if (!value) return '—';
  const d = dayjs(value);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm:ss') : value;
}

/** The first two party names, with 等 when there are more. */
export function partiesSummary(names: readonly string[]): string {
  if (names.length === 0) return '—';
  const shown = names.slice(0, 2).join('、');
  return names.length > 2 ? `${shown} 等` : shown;
}

/** A long digest shortened to its head and tail, for tables. */
export function abbreviateHash(hash: string, head = 10, tail = 6): string {
  return hash.length <= head + tail + 1 ? hash : `${hash.slice(0, head)}…${hash.slice(-tail)}`;
}
