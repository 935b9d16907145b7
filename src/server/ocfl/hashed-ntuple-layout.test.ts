import { describe, expect, it } from 'vitest';
import { CASEVAULT_LAYOUT, objectPathFor, parseLayoutConfig } from './hashed-ntuple-layout.js';

describe('0004-hashed-n-tuple-storage-layout', () => {
  it('maps the extension’s own example id', () => {
    // Example from the 0004 extension text (sha256, 3 tuples of 3, full digest as object root).
    expect(objectPathFor('object-01')).toBe('3c0/ff4/240/3c0ff4240c1e116dba14c7627f2319b58aa3d77606d0d90dfc6161608ac987d4');
  });

  it('turns a CaseVault id with Chinese and full-width parentheses into plain hex directories', () => {
    const p = objectPathFor('urn:casevault:沪0118:（2021）沪0118民初1002号');
    expect(p).toMatch(/^[0-9a-f]{3}\/[0-9a-f]{3}\/[0-9a-f]{3}\/[0-9a-f]{64}$/);
    expect(objectPathFor('urn:casevault:沪0118:（2021）沪0118民初1002号')).toBe(p);
    expect(objectPathFor('urn:casevault:沪0118:（2021）沪0118民初1003号')).not.toBe(p);
  });

  it('accepts its own config and refuses other layouts', () => {
    expect(parseLayoutConfig(CASEVAULT_LAYOUT)).toEqual(CASEVAULT_LAYOUT);
    expect(parseLayoutConfig({ ...CASEVAULT_LAYOUT, extensionName: '0002-flat-direct-storage-layout' })).toBeNull();
    expect(parseLayoutConfig({ ...CASEVAULT_LAYOUT, tupleSize: 30 })).toBeNull();
  });
});
