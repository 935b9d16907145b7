import type { ArchiveAgent, ArchivePackageInput } from './archive-package-input.js';
import type { PlacedFile } from './content-layout.js';
import { AGENT_TYPES, agentRole, EVENT_TYPES, LOC_AGENT_ROLE, LOC_AGENT_TYPE, LOC_EVENT_TYPE, LOC_HASH, termAttributes } from './premis-vocabulary.js';
import { serialiseXml, x, type XmlElement } from './xml-builder.js';

export const PREMIS_NAMESPACE = 'http://www.loc.gov/premis/v3';
const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/** objectIdentifierType of content files: the OCFL logical path, which is stable across versions. */
export const LOGICAL_PATH_ID_TYPE = 'OCFL logical path';
const OBJECT_ID_TYPE = 'OCFL object id';

/**
 * `metadata/premis.xml`, PREMIS 3.0: the case file as an intellectual entity (its OCFL object id),
 * one file object per content file (fixity SHA-256 and SM3 — SM3 is not in the LoC hash vocabulary
 * and is written as free text, which PREMIS permits), the events of the input with LoC eventTypes,
 * and the agents: the people and software of those events, the court, and CaseVault with its
 * version. Pure.
 */
export function premisXml(input: ArchivePackageInput, objectId: string, files: readonly PlacedFile[]): string {
  return serialiseXml(
    x(
      'premis:premis',
      { 'xmlns:premis': PREMIS_NAMESPACE, 'xmlns:xsi': XSI_NAMESPACE, version: '3.0' },
      x(
        'premis:object',
        { 'xsi:type': 'premis:intellectualEntity' },
        identifier('premis:objectIdentifier', 'objectIdentifier', OBJECT_ID_TYPE, objectId),
        x('premis:originalName', {}, input.case.caseNumber),
      ),
      files.map((f) => premisFileObject(f, objectId)),
      input.events.map((e, i) => {
        const role = agentRole(e.kind, e.agent);
        return x(
          'premis:event',
          {},
          identifier('premis:eventIdentifier', 'eventIdentifier', 'CaseVault event id', e.id ?? `event-${i + 1}`),
          x('premis:eventType', termAttributes(LOC_EVENT_TYPE, 'eventType', EVENT_TYPES[e.kind]), EVENT_TYPES[e.kind].label),
          x('premis:eventDateTime', {}, e.at),
          x('premis:eventDetailInformation', {}, x('premis:eventDetail', {}, e.detail)),
          x('premis:eventOutcomeInformation', {}, x('premis:eventOutcome', {}, e.outcome)),
          x(
            'premis:linkingAgentIdentifier',
            {},
            x('premis:linkingAgentIdentifierType', {}, agentIdType(e.agent)),
            x('premis:linkingAgentIdentifierValue', {}, e.agent.id),
            x('premis:linkingAgentRole', termAttributes(LOC_AGENT_ROLE, 'eventRelatedAgentRole', role), role.label),
          ),
          x(
            'premis:linkingObjectIdentifier',
            {},
            x('premis:linkingObjectIdentifierType', {}, OBJECT_ID_TYPE),
            x('premis:linkingObjectIdentifierValue', {}, objectId),
          ),
        );
      }),
      agentsOf(input).map((a) =>
        x(
          'premis:agent',
          {},
          identifier('premis:agentIdentifier', 'agentIdentifier', agentIdType(a), a.id),
          x('premis:agentName', {}, a.name),
          x('premis:agentType', termAttributes(LOC_AGENT_TYPE, 'agentType', AGENT_TYPES[a.kind]), AGENT_TYPES[a.kind].label),
          a.kind === 'software' && a.id === CASEVAULT_AGENT_ID ? x('premis:agentVersion', {}, input.softwareVersion) : null,
        ),
      ),
    ),
  );
}

/**
 * One content file as a PREMIS file object; also embedded per file in METS (techMD), so that
 * METS carries the SM3 digest its CHECKSUMTYPE list cannot.
 */
export function premisFileObject(placed: PlacedFile, objectId: string, extraAttributes: Record<string, string> = {}): XmlElement {
  const { file } = placed;
  return x(
    'premis:object',
    { 'xsi:type': 'premis:file', ...extraAttributes },
    identifier('premis:objectIdentifier', 'objectIdentifier', LOGICAL_PATH_ID_TYPE, placed.logicalPath),
    x(
      'premis:objectCharacteristics',
      {},
      x('premis:compositionLevel', {}, 0),
      file.sha256 ? fixity('SHA-256', file.sha256, { authority: 'cryptographicHashFunctions', authorityURI: LOC_HASH, valueURI: `${LOC_HASH}/sha256` }) : null,
      file.sm3 ? fixity('SM3', file.sm3, {}) : null,
      x('premis:size', {}, file.size),
      x(
        'premis:format',
        {},
        x('premis:formatDesignation', {}, x('premis:formatName', {}, file.format)),
        x('premis:formatNote', {}, `MIME ${file.mime}`),
      ),
    ),
    x('premis:originalName', {}, file.originalName),
    x(
      'premis:relationship',
      {},
      x('premis:relationshipType', {}, 'structural'),
      x('premis:relationshipSubType', {}, 'is included in'),
      x(
        'premis:relatedObjectIdentifier',
        {},
        x('premis:relatedObjectIdentifierType', {}, OBJECT_ID_TYPE),
        x('premis:relatedObjectIdentifierValue', {}, objectId),
      ),
    ),
  );
}

function fixity(algorithm: string, digest: string, attributes: Record<string, string>): XmlElement {
  return x(
    'premis:fixity',
    {},
    x('premis:messageDigestAlgorithm', attributes, algorithm),
    x('premis:messageDigest', {}, digest),
    x('premis:messageDigestOriginator', {}, 'CaseVault'),
  );
}

/** `<premis:xIdentifier><…Type/><…Value/></…>`, the shape every PREMIS identifier shares. */
function identifier(element: string, stem: string, type: string, value: string): XmlElement {
  return x(element, {}, x(`premis:${stem}Type`, {}, type), x(`premis:${stem}Value`, {}, value));
}

const CASEVAULT_AGENT_ID = 'casevault';

function agentIdType(agent: ArchiveAgent): string {
  if (agent.kind === 'organization') return '法院代字';
  if (agent.kind === 'software') return 'software';
  return 'CaseVault user id';
}

/** The agents of the events (first occurrence kept), then the court and CaseVault if not there yet. */
function agentsOf(input: ArchivePackageInput): ArchiveAgent[] {
  const all: ArchiveAgent[] = [
    ...input.events.map((e) => e.agent),
    { id: input.court.code, name: input.court.name, kind: 'organization' },
    { id: CASEVAULT_AGENT_ID, name: 'CaseVault', kind: 'software' },
  ];
  const seen = new Set<string>();
  return all.filter((a) => {
    const key = `${agentIdType(a)}\u0000${a.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
