import { createHash } from 'node:crypto';

/**
 * The audit trail's hash chain. Each event's hash covers its own content and the previous event's
 * hash, so editing or deleting any event breaks every hash after it (DESIGN.md §5).
 */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedEventContent {
  seq: number;
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string | null;
  beforeJson: string | null;
  afterJson: string | null;
  requestId: string | null;
}

/** SHA-256 over the previous hash and a canonical JSON array of the event's fields (fixed order). */
export function eventHash(prevHash: string, e: ChainedEventContent): string {
  const canonical = JSON.stringify([
    prevHash,
    e.seq,
    e.id,
    e.occurredAt,
    e.actorId,
    e.actorName,
    e.action,
    e.entityType,
    e.entityId,
    e.beforeJson,
    e.afterJson,
    e.requestId,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** JSON with object keys sorted, so that the same value always serialises to the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value as object).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export interface StoredChainEvent extends ChainedEventContent {
  prevHash: string;
  hash: string;
}

export interface ChainProblem {
  seq: number;
  eventId: string | null;
  reason: string;
}

/**
 * Checks a run of stored events (in seq order) against the chain, starting after `start`.
 * Pure: the caller streams the events in pages and carries the state across pages.
 * @returns the first problem found, or null; and the state to continue with.
 */
export function verifyChainSegment(
  start: { seq: number; hash: string },
  events: readonly StoredChainEvent[],
): { problem: ChainProblem | null; last: { seq: number; hash: string } } {
  let last = start;
  for (const e of events) {
    if (e.seq !== last.seq + 1) {
      return {
        problem: {
          seq: last.seq + 1,
          eventId: null,
          reason: `第 ${last.seq + 1} 条审计事件缺失（下一条是第 ${e.seq} 条）：事件被删除`,
        },
        last,
      };
    }
    if (e.prevHash !== last.hash) {
      return {
        problem: { seq: e.seq, eventId: e.id, reason: `第 ${e.seq} 条审计事件记录的前序哈希与第 ${last.seq} 条不符：前序事件被改写或删除` },
        last,
      };
    }
    if (eventHash(e.prevHash, e) !== e.hash) {
      return { problem: { seq: e.seq, eventId: e.id, reason: `第 ${e.seq} 条审计事件的内容与其哈希不符：事件被改写` }, last };
    }
    last = { seq: e.seq, hash: e.hash };
  }
  return { problem: null, last };
}

/** Compares the end of the verified chain with the recorded head (catches deletion of the newest events). */
export function verifyHead(last: { seq: number; hash: string }, head: { seq: number; hash: string }): ChainProblem | null {
  if (last.seq === head.seq && last.hash === head.hash) return null;
  if (last.seq < head.seq) {
    return { seq: last.seq + 1, eventId: null, reason: `链头记录有 ${head.seq} 条事件，但只找到 ${last.seq} 条：第 ${last.seq + 1} 条起的事件被删除` };
  }
  return { seq: head.seq, eventId: null, reason: `链头（第 ${head.seq} 条）的哈希与事件不符：链头或事件被改写` };
}
