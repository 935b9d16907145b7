import { describe, expect, it } from 'vitest';
import { smallCase } from './archive-package-fixtures.test-support.js';
import { METADATA_PATHS, layoutArchiveVersion } from './layout-archive-version.js';
import { parseXml, textOf, type Loose } from './xml-parse.test-support.js';

const ARRAYS = ['premis:object', 'premis:event', 'premis:agent', 'premis:fixity'];

function premis(input = smallCase()): { layout: ReturnType<typeof layoutArchiveVersion>; doc: Loose } {
  const layout = layoutArchiveVersion(input);
  return { layout, doc: (parseXml(textOf(layout, METADATA_PATHS.premis), ARRAYS) as Loose)['premis:premis'] };
}

const text = (v: Loose): string => (typeof v === 'string' ? v : v['#text']);

describe('premis.xml', () => {
  it('has a file object per content file, identified by logical path, with SHA-256, SM3, size, format and original name', () => {
    const input = smallCase();
    const { layout, doc } = premis(input);
    expect(doc['@xmlns:premis']).toBe('http://www.loc.gov/premis/v3');
    expect(doc['@version']).toBe('3.0');
    const objects = (doc['premis:object'] as Loose[]).filter((o) => o['@xsi:type'] === 'premis:file');
    const content = layout.files.filter((f) => f.source.kind === 'blob');
    const expected = input.volumes.flatMap((v) => v.entries.flatMap((e) => e.files));
    expect(objects).toHaveLength(content.length);
    objects.forEach((o, i) => {
      expect(o['premis:objectIdentifier']['premis:objectIdentifierValue']).toBe(content[i]!.logicalPath);
      const chars = o['premis:objectCharacteristics'];
      const digests = Object.fromEntries((chars['premis:fixity'] as Loose[]).map((f) => [text(f['premis:messageDigestAlgorithm']), f['premis:messageDigest']]));
      expect(digests).toEqual({ 'SHA-256': expected[i]!.sha256, SM3: expected[i]!.sm3 });
      expect(chars['premis:size']).toBe(String(expected[i]!.size));
      expect(chars['premis:format']['premis:formatDesignation']['premis:formatName']).toBe('pdf');
      expect(o['premis:originalName']).toBe(expected[i]!.originalName.normalize('NFC'));
    });
    expect(objects[2]['premis:originalName']).toBe('Jos\u00e9 身份证.PDF');
  });

  it('records the events with Library of Congress event types and links them to agents', () => {
    const { doc } = premis();
    const events = (doc['premis:event'] as Loose[]).map((e) => [
      text(e['premis:eventType']),
      e['premis:eventType']['@valueURI'] ?? null,
      e['premis:eventDateTime'],
      e['premis:linkingAgentIdentifier']['premis:linkingAgentIdentifierValue'],
      text(e['premis:linkingAgentIdentifier']['premis:linkingAgentRole']),
    ]);
    const loc = 'http://id.loc.gov/vocabulary/preservation/eventType/';
    expect(events).toEqual([
      ['ingestion', `${loc}ing`, '2021-03-01T01:00:00.000Z', 'u-clerk', 'implementer'],
      ['submission', null, '2021-09-01T02:00:00.000Z', 'u-clerk', 'implementer'],
      ['digital signature generation', `${loc}dsg`, '2021-09-02T03:00:00.000Z', 'u-judge', 'authorizer'],
      ['fixity check', `${loc}fix`, '2021-09-03T04:00:00.000Z', 'casevault', 'executing program'],
      ['accession', `${loc}acc`, '2021-09-03T05:00:00.000Z', 'u-archivist', 'implementer'],
    ]);
  });

  it('names the people, the court and CaseVault with its version as agents, once each', () => {
    const { doc } = premis();
    const agents = (doc['premis:agent'] as Loose[]).map((a) => [a['premis:agentName'], text(a['premis:agentType']), a['premis:agentVersion'] ?? null]);
    expect(agents).toEqual([
      ['李书记员', 'person', null],
      ['王法官', 'person', null],
      ['CaseVault', 'software', '0.1.0'],
      ['赵档案员', 'person', null],
      ['上海市青浦区人民法院', 'organization', null],
    ]);
  });
});
