import { adapt, buildTemplate } from './build-template.js';
import type { CatalogueTemplate } from './catalogue-template.js';
import { criminalSlots } from './criminal-slots.js';
import { decisionSlots, generatedSlots, trialSideVolume, use } from './slot-library.js';

/**
 * 行政一审 (行初) and 行政赔偿一审 (行赔初). DOMAIN.md has no administrative list; the 1991 办法 files
 * administrative cases "per case type" like civil ones (§4.2), so this follows the civil first-instance
 * order (§4.3) with the administrative differences: the defendant authority's answer comes with the
 * evidence and legal basis of the contested act (行政诉讼法 art. 67), and a 司法建议书 may follow the
 * judgment. 行赔初 is an administrative suit in procedure though its 大类 is 0500, hence mapped here.
 * A separate template serves 行终: second-instance files open with the appeal and the 原审 decision,
 * and the case-number rule that tells a 原审 judgment from the case's own needs two templates.
 */
export function administrativeFirstInstanceTemplate(): CatalogueTemplate {
  return buildTemplate({
    kind: 'administrative_first_instance',
    version: 1,
    name: '行政一审案件编目模板',
    typeCodes: ['行初', '行赔初'],
    source: '推定（M/L）：1991 年办法按民事一审顺序（DOMAIN.md §4.3）立卷，加行政诉讼特有事项；副卷依 §4.1',
    main: [
      ...generatedSlots.mainOpening(),
      use('case-flow-record'),
      use('filing-registration'),
      use('complaint', { required: true, title: '行政起诉状', addNames: ['行政起诉状', '行政赔偿起诉状'] }),
      use('plaintiff-evidence'),
      use('party-identity'),
      use('acceptance-notice', { required: true }),
      use('litigation-fee'),
      use('response-notice'),
      use('defence', { title: '行政答辩状', addNames: ['行政答辩状'] }),
      use('defendant-evidence', {
        title: '被告证据及作出行政行为的依据',
        addNames: ['作出行政行为的证据和依据', '被诉行政行为', '行政处罚决定书', '行政复议决定书', '执法依据'],
        addKeywords: ['行政行为', '处罚决定', '复议决定', '执法依据', '规范性文件'],
      }),
      use('summons'),
      use('interim-ruling', { title: '停止执行、管辖等程序性裁定及申请', addNames: ['停止执行申请书'], addKeywords: ['停止执行'], removeNegativeKeywords: ['执行'], addNegativeKeywords: ['强制执行', '执行裁定'] }),
      use('appraisal'),
      use('inquiry-record'),
      use('pretrial-conference'),
      use('hearing-transcript'),
      use('hearing-recording'),
      use('mediation-record'),
      use('agent-statement'),
      use('withdrawal'),
      ...decisionSlots('行政', {
        judgment: { addNames: ['行政赔偿判决书'] },
        ruling: { addNames: ['行政赔偿裁定书'] },
        'mediation-document': { addNames: ['行政赔偿调解书'] },
      }),
      use('pronouncement-record'),
      use('service-receipt', { required: true }),
      adapt('judicial-suggestion', criminalSlots['judicial-suggestion']),
      use('appeal'),
      use('higher-court-return', { caseNumberTypes: ['行终', '行赔终'] }),
      use('higher-court-judgment', { caseNumberTypes: ['行终', '行赔终'] }),
      use('effective-transfer'),
      ...generatedSlots.mainClosing(),
    ],
    side: trialSideVolume(),
    requirementGroups: [
      { id: 'decision', title: '裁判文书（判决书、裁定书或调解书）', anyOf: ['judgment', 'ruling', 'mediation-document'], when: 'always' },
      { id: 'hearing-record', title: '庭审笔录或庭审录音录像', anyOf: ['hearing-transcript', 'hearing-recording'], when: 'hearing_held' },
      { id: 'deliberation', title: '合议庭评议笔录', anyOf: ['deliberation-record'], when: 'collegial_panel' },
    ],
  });
}
