import { describe, expect, it } from 'vitest';
import { checkInventory } from './inventory-validator.js';
import { digestBytes } from './ocfl-digest.js';

const D1 = digestBytes('sha512', 'one');
const D2 = digestBytes('sha512', 'two');
const version = (state: Record<string, string[]>) => ({ created: '2026-11-25T08:00:00Z', message: 'm', user: { name: '张三', address: 'mailto:a@b.c' }, state });
const base = () => ({
  id: 'urn:casevault:x',
  type: 'https://ocfl.io/1.1/spec/#inventory',
  digestAlgorithm: 'sha512',
  head: 'v2',
  manifest: { [D1]: ['v1/content/a'], [D2]: ['v2/content/b'] },
  versions: { v1: version({ [D1]: ['a'] }), v2: version({ [D1]: ['a'], [D2]: ['b'] }) },
});
const codes = (inv: unknown) => checkInventory(JSON.stringify(inv), 'inventory.json').issues.map((i) => i.code).sort();

describe('checkInventory', () => {
  it('accepts a well-formed inventory', () => {
    expect(codes(base())).toEqual([]);
  });

  it('E036/E041: missing keys; E102: unknown keys', () => {
    const { id: _id, manifest: _m, ...rest } = base();
    expect(codes({ ...rest, extra: 1 })).toEqual(['E036', 'E041', 'E102']);
  });

  it('E009/E040: a sequence that does not start at v1, head not the highest', () => {
    const inv = base();
    const { v1: _v1, ...versions } = inv.versions;
    expect(codes({ ...inv, versions: { ...versions, v3: version({}) } })).toEqual(expect.arrayContaining(['E009', 'E040', 'E042']));
  });

  it('W001/E012: zero-padded and inconsistent version names', () => {
    const inv = base();
    expect(codes({ ...inv, head: 'v02', manifest: { [D1]: ['v01/content/a'], [D2]: ['v02/content/b'] }, versions: { v01: inv.versions.v1, v02: inv.versions.v2 } })).toEqual(['W001']);
    expect(codes({ ...inv, head: 'v002', manifest: { [D1]: ['v01/content/a'], [D2]: ['v002/content/b'] }, versions: { v01: inv.versions.v1, v002: inv.versions.v2 } })).toEqual(['E012', 'W001']);
  });

  it('E050: a state digest not in the manifest; E107: a manifest digest no state uses', () => {
    const inv = base();
    inv.versions.v2.state = { [D1]: ['a'], [digestBytes('sha512', 'three')]: ['c'] };
    expect(codes(inv)).toEqual(['E050', 'E107']);
  });

  it('E095: a logical path used as file and directory', () => {
    const inv = base();
    inv.versions.v2.state = { [D1]: ['a'], [D2]: ['a/b'] };
    expect(codes(inv)).toEqual(['E095']);
  });

  it('E099/E100/E101: bad content paths', () => {
    const inv = base();
    expect(codes({ ...inv, manifest: { [D1]: ['v1/content/../a'], [D2]: ['/v2/content/b'] } })).toEqual(['E099', 'E100']);
    expect(codes({ ...inv, manifest: { [D1]: ['v1/content/a'], [D2]: ['v1/content/a/b'] } })).toEqual(['E101']);
  });

  it('E025/W004: digest algorithm and digest form', () => {
    expect(codes({ ...base(), digestAlgorithm: 'md5' })).toContain('E025');
    expect(codes({ ...base(), manifest: { abc: ['v1/content/a'], [D2]: ['v2/content/b'] } })).toContain('E025');
  });

  it('E049/E054/E094, W007/W008/W009: version metadata', () => {
    const inv = base() as any;
    inv.versions.v1 = { created: '25.11.2026', message: 3, user: { address: 'x' }, state: inv.versions.v1.state };
    inv.versions.v2 = { created: '2026-11-25T08:00:00+08:00', user: { name: 'n', address: 'not a uri' }, state: inv.versions.v2.state };
    expect(codes(inv)).toEqual(['E049', 'E054', 'E094', 'W007', 'W009']);
    inv.versions.v1 = version(base().versions.v1.state);
    inv.versions.v1.user = { name: 'n' };
    expect(codes(inv)).toContain('W008');
  });

  it('E056/E057/E111: the fixity block', () => {
    expect(codes({ ...base(), fixity: [] })).toEqual(['E111']);
    expect(codes({ ...base(), fixity: { whirlpool: {} } })).toEqual(['E056']);
    expect(codes({ ...base(), fixity: { sm3: { [digestBytes('sm3', 'one')]: ['v9/content/x'] } } })).toEqual(['E057']);
    expect(codes({ ...base(), fixity: { sm3: { [digestBytes('sm3', 'one')]: ['v1/content/a'] } } })).toEqual([]);
  });

  it.each([
    ['E008', { versions: {} }],
    ['E017', { contentDirectory: 'a/b' }],
    ['E018', { contentDirectory: '..' }],
    ['E038', { type: 'https://ocfl.io/1.0/spec/#inventory' }],
    ['E044', { versions: [] }],
    ['E104', { versions: { ...base().versions, version3: version({}) } }],
    ['W005', { id: 'not a uri' }],
  ] as const)('%s', (code, change) => {
    expect(codes({ ...base(), ...change })).toContain(code);
  });

  it('E048: a version without created or state', () => {
    const inv = base() as any;
    delete inv.versions.v1.created;
    expect(codes(inv)).toContain('E048');
  });

  it('E096/E097: the same digest twice, differing only in case', () => {
    const inv = base() as any;
    inv.manifest[D1.toUpperCase()] = ['v1/content/A'];
    inv.versions.v1.state[D1.toUpperCase()] = ['A'];
    expect(codes(inv)).toContain('E096');
    const sm3 = digestBytes('sm3', 'one');
    expect(codes({ ...base(), fixity: { sm3: { [sm3]: ['v1/content/a'], [sm3.toUpperCase()]: ['v2/content/b'] } } })).toContain('E097');
  });

  it('E033: not JSON', () => {
    expect(checkInventory('{', 'inventory.json').issues[0]?.code).toBe('E033');
  });
});
