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

/** A file size in the units people read (1 KB = 1024 bytes). */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '—';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}

/** A duration as m:ss or h:mm:ss (a recording's length). */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '—';
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** A ratio (0–1) as a percentage with one decimal; a dash when there is nothing to divide. */
export function formatPercent(ratio: number | null | undefined, digits = 1): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${(ratio * 100).toFixed(digits)}%`;
}

/** A span given in hours: minutes under an hour, else hours with one decimal; a dash when unknown. */
export function formatHours(hours: number | null | undefined): string {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return '—';
  if (hours < 1) return `${Math.round(hours * 60)} 分钟`;
  return `${hours.toFixed(1)} 小时`;
}

/** The court's time zone: dates people type and read are China Standard Time, whatever the browser says. */
export const COURT_TIME_ZONE = 'Asia/Shanghai';

/** The court's calendar date of an instant (default: now), as YYYY-MM-DD. */
export function courtDate(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: COURT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
