import { buildTemplate } from './build-template.js';
import type { CatalogueTemplate } from './catalogue-template.js';
import { decisionSlots, generatedSlots, trialSideVolume, use } from './slot-library.js';

/**
 * 行政二审 (行终) and 行政赔偿二审 (行赔终): the civil second-instance order of the 1991 办法 art. 13
 * (DOMAIN.md §4.3, H) applied to administrative appeals (L: no administrative list was retrieved).
 * Kept apart from 行初 for the reasons given in administrative-first-instance.template.ts.
 */
export function administrativeSecondInstanceTemplate(): CatalogueTemplate {
  return buildTemplate({
    kind: 'administrative_second_instance',
    version: 1,
    name: '行政二审案件编目模板',
    typeCodes: ['行终', '行赔终'],
    source: '推定（L）：1991 年办法第13条民事二审顺序（DOMAIN.md §4.3，H）用于行政二审；副卷依 §4.1',
    main: [
      ...generatedSlots.mainOpening(),
      use('case-flow-record'),
      use('appeal-transfer', { caseNumberTypes: ['行初', '行赔初', '行审'] }),
      use('original-judgment', { required: true, caseNumberTypes: ['行初', '行赔初', '行审'] }),
      use('appeal', {
        required: true,
        title: '上诉状',
        names: ['上诉状', '行政上诉状', '上诉书', '上诉状副本', '行政赔偿上诉状'],
        addNegativeKeywords: ['移送'],
      }),
      use('defence', { addNames: ['上诉答辩状', '行政答辩状'] }),
      use('party-identity'),
      use('litigation-fee'),
      use('plaintiff-evidence', {
        title: '当事人二审提交的证据',
        names: ['二审证据材料', '新证据', '上诉人证据', '被上诉人证据', '证据目录'],
        keywords: ['新证据', '上诉人证据', '被上诉人证据', '证据材料', '证据目录', '原告证据', '被告证据'],
      }),
      use('file-review-record'),
      use('inquiry-record'),
      use('withdrawal', {
        title: '撤回上诉申请书',
        names: ['撤回上诉申请书', '撤回上诉申请', '撤诉申请书', '撤诉书'],
        addKeywords: ['撤回上诉'],
      }),
      use('summons'),
      use('hearing-transcript'),
      use('hearing-recording'),
      ...decisionSlots('行政', {
        judgment: { addNames: ['行政赔偿判决书'], addNegativeKeywords: ['一审', '原判'], removeNegativeKeywords: ['二审', '终审'] },
        ruling: { addNames: ['行政赔偿裁定书'], addNegativeKeywords: ['一审', '原判'], removeNegativeKeywords: ['二审', '终审'] },
        'mediation-document': { addNames: ['行政赔偿调解书'], addNegativeKeywords: ['一审'], removeNegativeKeywords: ['二审'] },
      }),
      use('pronouncement-record'),
      use('service-receipt', { required: true }),
      ...generatedSlots.mainClosing(),
    ],
    side: trialSideVolume(),
    requirementGroups: [
      { id: 'decision', title: '二审裁判文书（判决书、裁定书或调解书）', anyOf: ['judgment', 'ruling', 'mediation-document'], when: 'always' },
      { id: 'hearing-record', title: '庭审笔录或庭审录音录像', anyOf: ['hearing-transcript', 'hearing-recording'], when: 'hearing_held' },
      { id: 'deliberation', title: '合议庭评议笔录', anyOf: ['deliberation-record'], when: 'collegial_panel' },
    ],
  });
}
