import { volumeKindLabels, type VolumeKind } from '../../common/catalogue-api.js';
import type { ArchiveEntry, ArchivePackageInput, ArchiveVolume } from './archive-package-input.js';
import { CASE_RECORD_TYPE, caseRecord } from './case-record.js';
import type { PlacedFile } from './content-layout.js';
import { PREMIS_NAMESPACE, premisFileObject } from './premis.js';
import { serialiseXml, x, type XmlElement } from './xml-builder.js';

export const METS_NAMESPACE = 'http://www.loc.gov/METS/';
const XLINK_NAMESPACE = 'http://www.w3.org/1999/xlink';
const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/** Where mets.xml sits in the version; FLocat hrefs are relative to it. */
export const METS_PATH = 'metadata/mets.xml';

/**
 * `metadata/mets.xml`, METS 1.12:
 * - dmdSec: the case record (case-record.ts, CaseVault namespace — why not MODS is said there);
 * - amdSec: one techMD per content file holding its PREMIS object. METS' CHECKSUMTYPE is a closed
 *   list without SM3 and `mets:file` has no OTHERCHECKSUMTYPE, so an invented attribute would break
 *   schema validation; the techMD keeps the SM3 digest inside METS in a standard form instead.
 *   A digiprovMD points at premis.xml for the events;
 * - fileSec: every content file with MIMETYPE, SIZE, SHA-256 CHECKSUM, USE = role, and an FLocat
 *   whose href is the logical path, percent-encoded and relative to this file (`../content/…`);
 * - structMap TYPE="physical": case → 正卷/副卷 → 册 → entry (LABEL 题名, ORDER 顺序号, ORDERLABEL
 *   页号) → fptr, in catalogue order.
 * Labels are the original Chinese, NFC (escapeXml normalises). Pure.
 */
export function metsXml(input: ArchivePackageInput, objectId: string, files: readonly PlacedFile[]): string {
  return serialiseXml(
    x(
      'mets:mets',
      {
        'xmlns:mets': METS_NAMESPACE,
        'xmlns:xlink': XLINK_NAMESPACE,
        'xmlns:xsi': XSI_NAMESPACE,
        'xmlns:premis': PREMIS_NAMESPACE,
        OBJID: objectId,
        LABEL: caseLabel(input),
        TYPE: '诉讼档案',
      },
      x(
        'mets:metsHdr',
        { CREATEDATE: input.packagedAt, RECORDSTATUS: 'archived' },
        x('mets:agent', { ROLE: 'CREATOR', TYPE: 'ORGANIZATION' }, x('mets:name', {}, input.court.name)),
        x('mets:agent', { ROLE: 'CREATOR', TYPE: 'OTHER', OTHERTYPE: 'SOFTWARE' }, x('mets:name', {}, `CaseVault ${input.softwareVersion}`)),
      ),
      x(
        'mets:dmdSec',
        { ID: 'DMD-CASE' },
        x('mets:mdWrap', { MDTYPE: 'OTHER', OTHERMDTYPE: CASE_RECORD_TYPE, LABEL: '案件著录信息' }, x('mets:xmlData', {}, caseRecord(input))),
      ),
      x(
        'mets:amdSec',
        { ID: 'AMD' },
        files.map((f) =>
          x('mets:techMD', { ID: techId(f) }, x('mets:mdWrap', { MDTYPE: 'PREMIS:OBJECT', LABEL: '文件技术信息' }, x('mets:xmlData', {}, premisFileObject(f, objectId, { version: '3.0' })))),
        ),
        x('mets:digiprovMD', { ID: 'DIGIPROV-PREMIS' }, x('mets:mdRef', { LOCTYPE: 'URL', 'xlink:href': 'premis.xml', MDTYPE: 'PREMIS', MIMETYPE: 'application/xml', LABEL: '保存事件' })),
      ),
      x(
        'mets:fileSec',
        {},
        x(
          'mets:fileGrp',
          { USE: 'content' },
          files.map((f) =>
            x(
              'mets:file',
              {
                ID: f.id,
                MIMETYPE: f.file.mime,
                SIZE: f.file.size,
                CHECKSUM: f.file.sha256 || undefined,
                CHECKSUMTYPE: f.file.sha256 ? 'SHA-256' : undefined,
                USE: f.file.role,
                ADMID: techId(f),
              },
              x('mets:FLocat', { LOCTYPE: 'URL', 'xlink:href': hrefFromMets(f.logicalPath) }),
            ),
          ),
        ),
      ),
      x('mets:structMap', { TYPE: 'physical', LABEL: '卷宗实体结构（卷—册—件—文件）' }, x('mets:div', { TYPE: 'case', LABEL: caseLabel(input), DMDID: 'DMD-CASE' }, volumeDivs(input.volumes, files))),
    ),
  );
}

/** `../content/%E6%AD%A3…`: each element percent-encoded (RFC 3986), relative to metadata/mets.xml. */
export function hrefFromMets(logicalPath: string): string {
  return `../${logicalPath.split('/').map(encodeURIComponent).join('/')}`;
}

function techId(f: PlacedFile): string {
  return `TECH-${f.id}`;
}

function caseLabel(input: ArchivePackageInput): string {
  return [input.case.caseNumber, input.case.causeOfAction].filter((s) => s).join(' ');
}

/** 正卷 and 副卷 in the order they first appear, each with its 册 in catalogue order. */
function volumeDivs(volumes: readonly ArchiveVolume[], files: readonly PlacedFile[]): XmlElement[] {
  const kinds: VolumeKind[] = [...new Set(volumes.map((v) => v.kind))];
  const filesOf = new Map<ArchiveEntry, PlacedFile[]>();
  for (const f of files) filesOf.set(f.entry, [...(filesOf.get(f.entry) ?? []), f]);
  return kinds.map((kind, k) =>
    x(
      'mets:div',
      { TYPE: 'volume', LABEL: volumeKindLabels[kind], ORDER: k + 1 },
      volumes
        .filter((v) => v.kind === kind)
        .map((v) =>
          x(
            'mets:div',
            { TYPE: 'book', LABEL: `第${v.number}册`, ORDER: v.number },
            v.entries.map((e) => entryDiv(e, filesOf.get(e) ?? [])),
          ),
        ),
    ),
  );
}

function entryDiv(entry: ArchiveEntry, files: readonly PlacedFile[]): XmlElement {
  return x(
    'mets:div',
    { TYPE: 'entry', LABEL: entry.title, ORDER: entry.seq, ORDERLABEL: pageRange(entry) },
    files.map((f) => x('mets:fptr', { FILEID: f.id })),
  );
}

/** 页号 as printed in the 卷内目录: `5-8`, `5` for one page, nothing for a recording. */
function pageRange(entry: ArchiveEntry): string | undefined {
  if (entry.pageStart === null) return undefined;
  return entry.pageEnd === null || entry.pageEnd === entry.pageStart ? String(entry.pageStart) : `${entry.pageStart}-${entry.pageEnd}`;
}
