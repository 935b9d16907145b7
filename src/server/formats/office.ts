import type { Identification } from './identify.js';
import { problem } from './problems.js';
import type { CheckerFacts } from './types.js';

/**
 * Office documents (Word, Excel, PowerPoint, WPS, RTF) are identified but not rendered: they are
 * not a long-term format (the allow-list adds FORMAT_NOT_ALLOWED), so what matters here is
 * what would stop a conversion to PDF/OFD.
 *
 * Findings: OFFICE_ENCRYPTED (password-protected OOXML, which Office stores inside an OLE2
 * wrapper); FILE_CORRUPT (the ZIP or OLE2 container cannot be read).
 */
export function inspectOffice(identification: Identification): CheckerFacts {
  const facts: CheckerFacts = { problems: [] };
  if (identification.encrypted) {
    facts.encrypted = true;
    facts.problems.push(problem('OFFICE_ENCRYPTED'));
  }
  if (identification.damage) facts.problems.push(problem('FILE_CORRUPT', identification.damage));
  return facts;
}
