/**
 * A finding built from a catalogue of codes (formats/problems.ts, bagit/bag-issues.ts,
 * tar/tar-issues.ts, rebuild/rebuild-findings.ts): the code's fixed severity and Chinese message,
 * with what exactly is wrong here (`detail`) after a full-width colon.
 */
export function cataloguedFinding<C extends string, S extends string>(
  catalogue: Readonly<Record<C, { readonly severity: S; readonly message: string }>>,
  code: C,
  detail?: string,
): { code: C; severity: S; message: string } {
  const { severity, message } = catalogue[code];
  return { code, severity, message: detail ? `${message}：${detail}` : message };
}
