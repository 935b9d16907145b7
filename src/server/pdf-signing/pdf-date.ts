/** China Standard Time, which has no daylight saving: the offset court documents are dated in. */
export const CHINA_UTC_OFFSET_MINUTES = 480;

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A PDF date (ISO 32000-1 §7.9.4), `D:YYYYMMDDHHmmSS+HH'mm'`, for the instant `date` as seen at
 * `utcOffsetMinutes` east of UTC. Independent of the machine's time zone.
 */
export function formatPdfDate(date: Date, utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES): string {
  const local = new Date(date.getTime() + utcOffsetMinutes * 60_000);
  const stamp =
    `${local.getUTCFullYear()}${two(local.getUTCMonth() + 1)}${two(local.getUTCDate())}` +
    `${two(local.getUTCHours())}${two(local.getUTCMinutes())}${two(local.getUTCSeconds())}`;
  if (utcOffsetMinutes === 0) return `D:${stamp}Z`;
  const sign = utcOffsetMinutes > 0 ? '+' : '-';
  const abs = Math.abs(utcOffsetMinutes);
  return `D:${stamp}${sign}${two(Math.floor(abs / 60))}'${two(abs % 60)}'`;
}

const PDF_DATE = /^D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(?:(\d{2})'?(\d{2})?'?)?)?/;

/** Parses a PDF date; fields the writer left out default as §7.9.4 says. Undefined if malformed. */
export function parsePdfDate(text: string): Date | undefined {
  const m = PDF_DATE.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const offset = sign === '+' || sign === '-' ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0;
  const date = new Date(utc - offset * 60_000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
