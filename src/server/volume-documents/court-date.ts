/**
 * Dates as court documents print them. The catalogue stores ISO dates (YYYY-MM-DD); the cover and
 * the notes sheet print 2024年3月5日, the 卷内目录 prints 2024-03-05 by default (a narrow column)
 * or the Chinese form.
 */
export type DateStyle = 'iso' | 'chinese';

/** Formats an ISO date; null or an empty value prints as '' (a blank on the form). */
export function formatCourtDate(date: string | null | undefined, style: DateStyle): string {
  if (!date) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  return style === 'iso' ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}
