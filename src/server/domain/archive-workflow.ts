import { archiveStateLabels, type ArchiveState } from '../../common/vocabulary.js';

/**
 * The archive workflow of a case file (DESIGN.md §3):
 *
 *   collecting ─close─► cataloguing ─submit─► awaiting_review ─approve─► awaiting_reception ─accept─► archived
 *        ▲ reopen            ▲ return ◄──────────────┘                           │ reject ──► cataloguing
 *   archived ─transfer─► transferred;  archived ─dispose─► disposed
 */
export const archiveEvents = ['close', 'reopen', 'submit', 'return', 'approve', 'reject', 'accept', 'transfer', 'dispose'] as const;
export type ArchiveEvent = (typeof archiveEvents)[number];

export const archiveEventLabels: Record<ArchiveEvent, string> = {
  close: '结案',
  reopen: '撤销结案',
  submit: '提交审核',
  return: '退回修改',
  approve: '审核通过',
  reject: '拒绝接收',
  accept: '接收归档',
  transfer: '移交进馆',
  dispose: '销毁',
};

const transitions: Record<ArchiveState, Partial<Record<ArchiveEvent, ArchiveState>>> = {
  collecting: { close: 'cataloguing' },
  cataloguing: { submit: 'awaiting_review', reopen: 'collecting' },
  awaiting_review: { approve: 'awaiting_reception', return: 'cataloguing' },
  awaiting_reception: { accept: 'archived', reject: 'cataloguing' },
  archived: { transfer: 'transferred', dispose: 'disposed' },
  transferred: {},
  disposed: {},
};

export type TransitionResult = { ok: true; to: ArchiveState } | { ok: false; message: string };

/** The state an event leads to, or a Chinese explanation of why it is not allowed now. */
export function transition(from: ArchiveState, event: ArchiveEvent): TransitionResult {
  const to = transitions[from][event];
  if (to) return { ok: true, to };
  const allowed = allowedEvents(from).map((e) => `“${archiveEventLabels[e]}”`);
  return {
    ok: false,
    message:
      `案卷当前为“${archiveStateLabels[from]}”，不能${archiveEventLabels[event]}` +
      (allowed.length ? `；此时可以${allowed.join('或')}` : '；该状态为终态'),
  };
}

export function allowedEvents(from: ArchiveState): ArchiveEvent[] {
  return archiveEvents.filter((e) => transitions[from][e] !== undefined);
}

/** Archive states in which the case file can no longer change (the archive is immutable). */
export function isArchiveFinal(state: ArchiveState): boolean {
  return state === 'archived' || state === 'transferred' || state === 'disposed';
}

/**
 * The state a case file should be in after its closing date changes: closing a case that is still
 * collecting moves it to cataloguing; withdrawing the closing date of a file still in cataloguing
 * moves it back. Other states are not affected by the closing date.
 */
export function stateAfterClosingChange(state: ArchiveState, closed: boolean): ArchiveState {
  if (closed && state === 'collecting') return 'cataloguing';
  if (!closed && state === 'cataloguing') return 'collecting';
  return state;
}
