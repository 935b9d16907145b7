/**
 * The PDF/A level a file claims in its XMP metadata (ISO 19005: pdfaid:part and
 * pdfaid:conformance, as elements or as attributes of rdf:Description). This is what the file
 * says about itself; conformance is only established by a validator such as veraPDF.
 *
 * Returns e.g. "PDF/A-1b", "PDF/A-2u", "PDF/A-4", or null when there is no claim.
 */
export function pdfAClaim(xmp: string | null | undefined): string | null {
  if (!xmp) return null;
  const value = (name: string) =>
    new RegExp(`pdfaid:${name}\\s*(?:>|=\\s*["'])\\s*([0-9A-Za-z]+)`).exec(xmp)?.[1];
  const part = value('part');
  if (!part || !/^\d$/.test(part)) return null;
  const conformance = value('conformance');
  return `PDF/A-${part}${conformance ? conformance.toLowerCase() : ''}`;
}
