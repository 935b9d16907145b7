import type { CatalogueCheckOut, CatalogueIn, CatalogueOut, VolumeKind } from '../../common/catalogue-api.js';

/**
 * What a demo clerk does with the proposed catalogue of a file before submitting it: places what
 * auto-cataloguing left unplaced (the untitled scan where it belongs, under the title it shows;
 * anything else in the classifier's best slot), and marks the required slots this case genuinely
 * lacks as 本案无, with the reason a clerk would write. Pure: the services do the saving.
 */

/** Where the untitled scan of the demo (授权委托书 / 委托辩护协议) belongs, by template kind. */
function scanSlot(catalogue: CatalogueOut): string | null {
  const wanted = catalogue.templateKind === 'criminal_first_instance' ? 'defence-counsel' : 'party-identity';
  return catalogue.slots.some((s) => s.id === wanted) ? wanted : null;
}

/**
 * The catalogue with every unplaced material placed, in the template's order.
 * @param titles the title each material's content shows (the untitled scan's heading), by material title.
 * @throws Error when a material has nowhere to go (the demo data and the templates disagree).
 */
export function placeUnplaced(catalogue: CatalogueOut, titles: ReadonlyMap<string, string>): CatalogueIn {
  const order = new Map(catalogue.slots.map((s) => [s.id, s]));
  type Entry = CatalogueIn['volumes'][number]['entries'][number];
  const volumes = catalogue.volumes.map((v) => ({
    kind: v.kind,
    number: v.number,
    entries: v.entries.map((e): Entry => ({ materialId: e.materialId, slotId: e.slotId, title: e.title, responsible: e.responsible, date: e.date, remarks: e.remarks })),
  }));
  for (const m of catalogue.unplaced) {
    const slotId = (m.source === 'scanned' && titles.has(m.title) ? scanSlot(catalogue) : null) ?? m.alternatives[0]?.slotId ?? null;
    const slot = slotId ? order.get(slotId) : undefined;
    if (!slot) throw new Error(`演示编目：材料“${m.title}”无处可放（${m.reasons.join('；')}）`);
    let volume = volumes.find((v) => v.kind === slot.volume);
    if (!volume) volumes.push((volume = { kind: slot.volume as VolumeKind, number: 1, entries: [] }));
    const rank = (e: Entry) => (e.slotId ? (order.get(e.slotId)?.order ?? Infinity) : Infinity);
    const at = volume.entries.findIndex((e) => rank(e) > slot.order);
    volume.entries.splice(at < 0 ? volume.entries.length : at, 0, { materialId: m.materialId, slotId: slot.id, title: titles.get(m.title) ?? m.title });
  }
  return {
    version: catalogue.version,
    bookPageLimit: catalogue.bookPageLimit,
    volumes,
    waivers: catalogue.waivers.map((w) => ({ slotId: w.slotId, reason: w.reason })),
    duplicates: catalogue.duplicates.map((d) => ({ materialId: d.materialId, keptMaterialId: d.keptMaterialId, reason: d.reason })),
  };
}

/** Why a required slot is empty in a demo file, as the clerk records it (本案无). */
const WAIVER_REASONS: Readonly<Record<string, string>> = {
  'acceptance-notice': '本案经网上立案，受理通知已电子送达，未另行制作纸质受理案件通知书',
  'service-receipt': '裁判文书当庭宣判并当庭送达，送达情况已记入宣判笔录',
  'original-judgment': '原审裁判文书在原审卷宗中，已调卷查阅，未另行复制入卷',
  'enforcement-basis': '执行依据为本院生效裁判，在本院原审卷宗中，未另行复制入卷',
  'enforcement-application': '本案由审判庭移送执行，无申请执行书，移送材料已入卷',
  'reviewed-act': '被异议的执行行为为现场执行行为，无书面裁定',
};

/**
 * The catalogue with the required slots the completeness check names marked 本案无.
 * @throws Error when the check has an error that is not a missing slot (the demo data is wrong).
 */
export function waiveMissing(arranged: CatalogueIn, catalogue: CatalogueOut, check: CatalogueCheckOut): CatalogueIn {
  const errors = check.findings.filter((f) => f.severity === 'error');
  const other = errors.filter((f) => f.target.kind !== 'slot');
  if (other.length) throw new Error(`演示编目：${check.caseId} 的完整性检查有问题：${other.map((f) => f.message).join('；')}`);
  const slotIds = [...new Set(errors.map((f) => (f.target as { slotId: string }).slotId))];
  const title = (id: string) => catalogue.slots.find((s) => s.id === id)?.title ?? id;
  return {
    ...arranged,
    waivers: [...(arranged.waivers ?? []), ...slotIds.map((slotId) => ({ slotId, reason: WAIVER_REASONS[slotId] ?? `本案无${title(slotId)}` }))],
  };
}
