import type { ClosingProfile } from './demo-draft.js';

/**
 * How long each kind of case runs and how it ends (结案方式), as weighted choices. The durations
 * include a long tail (公告送达, 鉴定, 中止) so that about 40 % of the cases are still pending on
 * the snapshot date, as in a real court's system.
 */

const civilDurations: ClosingProfile['durations'] = [
  [25, 90, 35],
  [90, 180, 30],
  [180, 420, 35],
];
export const contractClosing: ClosingProfile = {
  durations: civilDurations,
  methods: [['判决', 40], ['调解', 24], ['撤诉', 28], ['按撤诉处理', 4], ['裁定驳回', 4]],
};
export const familyClosing: ClosingProfile = {
  durations: civilDurations,
  methods: [['调解', 40], ['判决', 30], ['撤诉', 26], ['裁定驳回', 4]],
};
export const financeClosing: ClosingProfile = {
  durations: [[40, 120, 40], [120, 240, 32], [240, 420, 28]],
  methods: [['判决', 60], ['调解', 18], ['撤诉', 20], ['按撤诉处理', 2]],
};
export const labourClosing: ClosingProfile = {
  durations: [[30, 100, 38], [100, 200, 35], [200, 400, 27]],
  methods: [['判决', 45], ['调解', 33], ['撤诉', 20], ['裁定驳回', 2]],
};
export const fastTrackClosing: ClosingProfile = {
  durations: [[15, 60, 50], [60, 100, 25], [100, 300, 25]],
  methods: [['调解', 38], ['判决', 32], ['撤诉', 28], ['裁定驳回', 2]],
};
export const objectionSuitClosing: ClosingProfile = {
  durations: [[60, 150, 45], [150, 300, 35], [300, 450, 20]],
  methods: [['判决', 62], ['撤诉', 24], ['调解', 8], ['裁定驳回', 6]],
};
export const criminalClosing = (fast: boolean): ClosingProfile => ({
  durations: fast ? [[5, 20, 70], [20, 60, 20], [60, 200, 10]] : [[20, 60, 40], [60, 150, 35], [150, 330, 25]],
  methods: [['判决', 96], ['准予撤回', 3], ['终止审理', 1]],
});
export const enforcementClosing: ClosingProfile = {
  durations: [[20, 90, 30], [90, 180, 45], [180, 360, 25]],
  methods: [['终结本次执行程序', 45], ['执行完毕', 38], ['终结执行', 12], ['驳回申请', 2], ['销案', 3]],
};
export const preservationEnforcementClosing: ClosingProfile = {
  durations: [[2, 15, 70], [15, 40, 25], [40, 260, 5]],
  methods: [['保全完毕', 70], ['部分保全', 22], ['无标的物可实施保全', 8]],
};
export const preservationClosing: ClosingProfile = {
  durations: [[1, 5, 90], [5, 15, 10]],
  methods: [['准予保全', 90], ['准予撤回', 6], ['驳回申请', 4]],
};
export const confirmationClosing: ClosingProfile = {
  durations: [[3, 15, 80], [15, 30, 20]],
  methods: [['司法确认', 90], ['裁定驳回', 6], ['准予撤回', 4]],
};
export const objectionClosing: ClosingProfile = {
  durations: [[15, 60, 75], [60, 150, 25]],
  methods: [['驳回异议', 55], ['异议成立', 28], ['准予撤回', 17]],
};
export const supervisionClosing: ClosingProfile = {
  durations: [[30, 90, 60], [90, 200, 40]],
  methods: [['终结审查', 70], ['裁定再审', 30]],
};
export const retrialClosing: ClosingProfile = {
  durations: [[60, 180, 60], [180, 360, 40]],
  methods: [['判决', 70], ['调解', 20], ['撤诉', 10]],
};
export const petitionClosing: ClosingProfile = {
  durations: [[30, 90, 60], [90, 180, 40]],
  methods: [['驳回申诉', 80], ['准予撤回', 20]],
};
export const aidClosing: ClosingProfile = {
  durations: [[20, 60, 70], [60, 120, 30]],
  methods: [['给予救助', 75], ['不予救助', 15], ['准予撤回', 10]],
};

