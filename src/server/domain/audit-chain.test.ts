import { describe, expect, it } from 'vitest';
import { canonicalJson, eventHash, GENESIS_HASH, verifyChainSegment, verifyHead, type StoredChainEvent } from './audit-chain.js';

function chain(n: number): StoredChainEvent[] {
  const out: StoredChainEvent[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const content = {
      seq,
      id: `e${seq}`,
      occurredAt: `2026-01-01T00:00:0${seq % 10}Z`,
      actorId: 'u1',
      actorName: '张三',
      action: 'case.update',
      entityType: 'case',
      entityId: 'c1',
      beforeJson: canonicalJson({ a: seq }),
      afterJson: canonicalJson({ a: seq + 1 }),
      requestId: `r${seq}`,
    };
    const hash = eventHash(prev, content);
    out.push({ ...content, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

const start = { seq: 0, hash: GENESIS_HASH };

describe('audit hash chain', () => {
  it('accepts an intact chain and reaches the head', () => {
    const events = chain(5);
    const r = verifyChainSegment(start, events);
    expect(r.problem).toBeNull();
    expect(verifyHead(r.last, { seq: 5, hash: events[4]!.hash })).toBeNull();
  });

  it('verifies in pages with the carried state', () => {
    const events = chain(6);
    const a = verifyChainSegment(start, events.slice(0, 3));
    const b = verifyChainSegment(a.last, events.slice(3));
    expect(b.problem).toBeNull();
    expect(b.last.seq).toBe(6);
  });

  it('names an edited event', () => {
    const events = chain(5);
    events[2] = { ...events[2]!, afterJson: canonicalJson({ a: 999 }) };
    const r = verifyChainSegment(start, events);
    expect(r.problem).toMatchObject({ seq: 3, eventId: 'e3' });
    expect(r.problem?.reason).toContain('改写');
  });

  it('names a deleted event in the middle', () => {
    const events = chain(5);
    events.splice(1, 1);
    const r = verifyChainSegment(start, events);
    expect(r.problem).toMatchObject({ seq: 2, eventId: null });
    expect(r.problem?.reason).toContain('删除');
  });

  it('detects a deleted and re-hashed event through the next one', () => {
    // An attacker who removes event 2 and renumbers 3 as 2 must also forge its prev hash.
    const events = chain(4);
    const forged = { ...events[2]!, seq: 2 };
    const r = verifyChainSegment(start, [events[0]!, forged, { ...events[3]!, seq: 3 }]);
    expect(r.problem?.seq).toBe(2);
  });

  it('detects deletion of the newest events through the head', () => {
    const events = chain(5);
    const r = verifyChainSegment(start, events.slice(0, 3));
    expect(r.problem).toBeNull();
    const p = verifyHead(r.last, { seq: 5, hash: events[4]!.hash });
    expect(p).toMatchObject({ seq: 4 });
  });

  it('canonical JSON sorts keys and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: undefined, b: [2, { z: 1, y: 2 }] } })).toBe('{"a":{"b":[2,{"y":2,"z":1}],"d":2},"b":1}');
  });
});
