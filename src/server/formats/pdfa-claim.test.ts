import { describe, expect, it } from 'vitest';
import { pdfAClaim } from './pdfa-claim.js';

describe('pdfAClaim', () => {
  it('reads part and conformance written as elements', () => {
    expect(pdfAClaim('<pdfaid:part>1</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>')).toBe('PDF/A-1b');
  });

  it('reads them written as attributes of rdf:Description', () => {
    expect(pdfAClaim('<rdf:Description pdfaid:part="3" pdfaid:conformance="U"/>')).toBe('PDF/A-3u');
  });

  it('allows PDF/A-4, which has no conformance level', () => {
    expect(pdfAClaim("<rdf:Description pdfaid:part='4'/>")).toBe('PDF/A-4');
  });

  it('is null without a claim or without metadata', () => {
    expect(pdfAClaim('<dc:title>判决书</dc:title>')).toBeNull();
    expect(pdfAClaim(null)).toBeNull();
    expect(pdfAClaim('<pdfaid:part>x</pdfaid:part>')).toBeNull();
  });
});
