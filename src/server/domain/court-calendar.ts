/**
 * The court's calendar day. China has one time zone (UTC+8, no daylight saving); dates such as the
 * filing date and the archiving date are calendar days there, not in UTC.
 */
export function courtDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
