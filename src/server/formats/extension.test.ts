import { describe, expect, it } from 'vitest';
import { declaredExtension, formatFromExtension, isDisguised } from './extension.js';

describe('declaredExtension', () => {
  it.each([
    ['判决书.PDF', 'pdf'],
    ['C:\\扫描\\第1页.Tif', 'tif'],
    ['/uploads/证据.tar.gz', 'gz'],
    ['庭审录像.mp4 ', 'mp4'],
    ['起诉状', null],
    ['.profile', null],
    ['结尾是点.', null],
    [undefined, null],
  ])('%s → %s', (name, extension) => {
    expect(declaredExtension(name)).toBe(extension);
  });
});

describe('isDisguised', () => {
  it('flags a known extension of another format', () => {
    expect(isDisguised('jpeg', 'pdf')).toBe(true);
    expect(isDisguised('docx', 'pdf')).toBe(true);
    expect(isDisguised('zip', 'ofd')).toBe(true);
  });

  it('accepts the format\'s own extensions and honest near-synonyms', () => {
    expect(isDisguised('jpeg', 'jpeg')).toBe(false);
    expect(isDisguised('tiff', 'tif')).toBe(false);
    expect(isDisguised('mov', 'mp4')).toBe(false); // both ISO-BMFF; players treat them alike
    expect(isDisguised('txt', 'xml')).toBe(false);
  });

  it('says nothing about unknown extensions, missing ones, or unidentified content', () => {
    expect(isDisguised('pdf', 'dat')).toBe(false);
    expect(isDisguised('pdf', null)).toBe(false);
    expect(isDisguised('unknown', 'pdf')).toBe(false);
  });
});

describe('formatFromExtension', () => {
  it('picks the candidate the extension names', () => {
    expect(formatFromExtension('ofd', ['ofd', 'docx', 'zip'])).toBe('ofd');
    expect(formatFromExtension('pdf', ['ofd', 'docx', 'zip'])).toBeNull();
    expect(formatFromExtension(null, ['ofd'])).toBeNull();
  });
});
