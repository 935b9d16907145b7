import { ARCHIVE_CATALOGUE_TYPE } from '../archive-package/catalogue-json.js';
import { DEFAULT_ARCHIVAL_CODE_TEMPLATE } from '../domain/archival-code/archival-code.js';
import { retentionPeriods, type RetentionCode } from '../domain/archival-code/retention.js';
import type { OcflFile, OcflObjectView, OcflRepository, OcflUser } from '../ocfl/index.js';
import { textFile } from '../ocfl/ocfl-fixtures.test-support.js';
import { digestBytes } from '../ocfl/ocfl-digest.js';
import type { ArchiveObjectFacts, MetadataRead } from './map-archive-object.js';

/** Test helpers for this directory's unit tests: objects shaped as the reception, ArchiveService and the import write them. */
export const TEMPLATE = DEFAULT_ARCHIVAL_CODE_TEMPLATE;
export const ARCHIVIST: OcflUser = { name: '档案员甲', address: 'urn:casevault:user:u-archivist' };
export const CASE_NUMBER = '（2021）沪0118民初1002号';
export const OBJECT_ID = `urn:casevault:沪0118:${CASE_NUMBER}`;
export const CODE = 'J019-ZY·2021·C60·MS-0007';

/** A catalogue.json with the fields the index needs (the real one has volumes, duplicates, waivers too). */
export function catalogueJson(over: { archivalCode?: string; caseId?: string; caseNumber?: string; retention?: RetentionCode } = {}): string {
  const retention = retentionPeriods[over.retention ?? 'C60'];
  return `${JSON.stringify(
    {
      type: ARCHIVE_CATALOGUE_TYPE,
      version: 1,
      court: { name: '上海市青浦区人民法院', code: '沪0118', fonds: 'J019' },
      case: { id: over.caseId ?? 'case-1002', caseNumber: over.caseNumber ?? CASE_NUMBER, causeOfAction: '物业服务合同纠纷', typeCode: '民初', department: '民事审判庭', judge: '法官甲', clerk: '书记员甲', filedOn: '2021-09-15', closedOn: '2021-11-20' },
      archivalCode: over.archivalCode ?? CODE,
      retentionPeriod: { code: retention.code, label: retention.label },
      volumes: [],
      duplicates: [],
      waivers: [],
    },
    null,
    2,
  )}\n`;
}

/** The note ArchiveService.changeRetention writes. */
export function retentionNote(from: RetentionCode, to: RetentionCode, reason: string, archivalCode = CODE): string {
  return `${JSON.stringify({ archivalCode, from, to, fromLabel: retentionPeriods[from].label, toLabel: retentionPeriods[to].label, reason, by: '档案员甲', at: '2026-01-02T03:04:05.678Z' }, null, 2)}\n`;
}

export function bagInfoText(lines: Record<string, string>): string {
  return Object.entries(lines).map(([k, v]) => `${k}: ${v}\n`).join('');
}

export interface FakeVersion {
  message: string;
  user?: OcflUser;
  created?: string;
  files: Record<string, string>;
  remove?: string[];
}

/**
 * The facts of an object made in memory — what an inventory, a listing and the metadata reads would
 * give — for the pure mapping. Content paths follow the writer's `vN/content/<path>`.
 */
export function fakeObject(id: string, versions: FakeVersion[], over: Partial<ArchiveObjectFacts> = {}): ArchiveObjectFacts {
  const state = new Map<string, OcflFile>();
  const manifest = new Map<string, string>();
  const sizes = new Map<string, number>();
  const metadata = new Map<string, MetadataRead>();
  const view: OcflObjectView = { id, objectPath: 'obj', head: `v${versions.length}`, versions: [] };
  versions.forEach((v, i) => {
    const name = `v${i + 1}`;
    for (const p of v.remove ?? []) state.delete(p);
    for (const [logicalPath, text] of Object.entries(v.files)) {
      const bytes = Buffer.from(text);
      const digest = digestBytes('sha512', bytes);
      if (!manifest.has(digest)) {
        manifest.set(digest, `${name}/content/${logicalPath}`);
        sizes.set(`${name}/content/${logicalPath}`, bytes.length);
      }
      metadata.set(digest, { ok: true, bytes });
      state.set(logicalPath, { logicalPath, digest, contentPath: manifest.get(digest)!, fixity: {} });
    }
    const files = [...state.values()].sort((a, b) => (a.logicalPath < b.logicalPath ? -1 : 1));
    view.versions.push({ version: name, created: v.created ?? `2026-01-0${i + 1}T08:00:00Z`, message: v.message, user: v.user ?? ARCHIVIST, files });
  });
  return { objectPath: 'obj', expectedPath: 'obj', view, sizes, metadata, template: TEMPLATE, ...over };
}

/** v1 of a received archive: two content files and the metadata a reception writes. */
export function receivedV1(over: { archivalCode?: string; catalogue?: string } = {}): FakeVersion {
  const code = over.archivalCode ?? CODE;
  return {
    message: `接收归档 ${code}`,
    files: {
      'content/正卷/第1册/001 民事起诉状.pdf': '%PDF-1.7 起诉状',
      'content/正卷/第1册/002 民事调解书.pdf': '%PDF-1.7 调解书',
      'metadata/catalogue.json': over.catalogue ?? catalogueJson({ archivalCode: code }),
      'metadata/mets.xml': '<mets/>',
    },
  };
}

/** Writes a received archive into a real repository, as ReceptionService.receive does (the layout reduced). */
export async function writeReceived(repo: OcflRepository, over: { objectId?: string; caseNumber?: string; archivalCode?: string; caseId?: string } = {}): Promise<string> {
  const objectId = over.objectId ?? OBJECT_ID;
  const code = over.archivalCode ?? CODE;
  await repo.createObject(objectId, {
    files: [
      textFile('content/正卷/第1册/001 民事起诉状.pdf', `%PDF-1.7 起诉状 ${objectId}`),
      textFile('metadata/catalogue.json', catalogueJson({ archivalCode: code, caseNumber: over.caseNumber, caseId: over.caseId })),
    ],
    message: `接收归档 ${code}`,
    user: ARCHIVIST,
    created: new Date('2026-01-01T08:00:00Z'),
  });
  return objectId;
}
