import type { ArchiveAgent, ArchiveEventKind } from './archive-package-input.js';

/** Library of Congress preservation vocabularies (id.loc.gov), which PREMIS 3.0 recommends. */
export const LOC_EVENT_TYPE = 'http://id.loc.gov/vocabulary/preservation/eventType';
export const LOC_AGENT_TYPE = 'http://id.loc.gov/vocabulary/preservation/agentType';
export const LOC_AGENT_ROLE = 'http://id.loc.gov/vocabulary/preservation/eventRelatedAgentRole';
export const LOC_HASH = 'http://id.loc.gov/vocabulary/preservation/cryptographicHashFunctions';

/** A term, and its LoC code when the vocabulary has one. */
export interface Term {
  label: string;
  code?: string;
}

/**
 * Our event kinds as PREMIS eventType. 提交审核 has no LoC term (it is neither a transfer of custody
 * nor a capture), so it is written as free text, which PREMIS allows; 审核通过 is the judge's signing
 * (digital signature generation); 档案接收 is taking custody (accession).
 */
export const EVENT_TYPES: Readonly<Record<ArchiveEventKind, Term>> = {
  ingestion: { label: 'ingestion', code: 'ing' },
  'message-digest-calculation': { label: 'message digest calculation', code: 'mes' },
  submission: { label: 'submission' },
  approval: { label: 'digital signature generation', code: 'dsg' },
  'signature-validation': { label: 'digital signature validation', code: 'dig' },
  validation: { label: 'validation', code: 'val' },
  reception: { label: 'accession', code: 'acc' },
  'fixity-check': { label: 'fixity check', code: 'fix' },
};

export const AGENT_TYPES: Readonly<Record<ArchiveAgent['kind'], Term>> = {
  person: { label: 'person', code: 'per' },
  organization: { label: 'organization', code: 'org' },
  software: { label: 'software', code: 'sof' },
};

/** The agent's role in an event: the judge authorises an approval; software executes; people implement. */
export function agentRole(kind: ArchiveEventKind, agent: ArchiveAgent): Term {
  if (agent.kind === 'software') return { label: 'executing program', code: 'exe' };
  if (kind === 'approval') return { label: 'authorizer', code: 'aut' };
  return { label: 'implementer', code: 'imp' };
}

/** `authority`/`authorityURI`/`valueURI` attributes for a controlled term, none for free text. */
export function termAttributes(vocabulary: string, authority: string, term: Term): Record<string, string | undefined> {
  if (!term.code) return {};
  return { authority, authorityURI: vocabulary, valueURI: `${vocabulary}/${term.code}` };
}
