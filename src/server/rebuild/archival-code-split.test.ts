import { describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVAL_CODE_TEMPLATE } from '../domain/archival-code/archival-code.js';
import { splitArchivalCode } from './archival-code-split.js';

const parts = { fonds: 'J019', year: 2021, retention: 'C60' as const, category: 'MS' };

describe('the series and 件号 of a 档号', () => {
  it('recomputes the series as the reception did when the template and the facts give the 档号', () => {
    expect(splitArchivalCode('J019-ZY·2021·C60·MS-0007', DEFAULT_ARCHIVAL_CODE_TEMPLATE, parts)).toEqual({ series: 'J019-ZY·2021·C60·MS-', seq: 7, fromTemplate: true });
    expect(splitArchivalCode('J019-ZY·2021·C60·MS-12345', DEFAULT_ARCHIVAL_CODE_TEMPLATE, parts)).toEqual({ series: 'J019-ZY·2021·C60·MS-', seq: 12345, fromTemplate: true });
  });

  it('settles a template whose field before {seq} ends in a digit, where the trailing digits alone would not', () => {
    const template = '{fonds}{year}{seq:4}';
    expect(splitArchivalCode('J01920210007', template, parts)).toEqual({ series: 'J0192021', seq: 7, fromTemplate: true });
    expect(splitArchivalCode('J01920210007', template, null)).toMatchObject({ series: 'J', fromTemplate: false });
  });

  it('falls back to the trailing number when the 档号 does not follow the current template', () => {
    expect(splitArchivalCode('J019-ZY·2021·C60·MS-0007', '{fonds}-{year}-{seq:5}', parts)).toEqual({ series: 'J019-ZY·2021·C60·MS-', seq: 7, fromTemplate: false });
    expect(splitArchivalCode('J019-ZY·2021·Y·MS-0007', DEFAULT_ARCHIVAL_CODE_TEMPLATE, parts)).toEqual({ series: 'J019-ZY·2021·Y·MS-', seq: 7, fromTemplate: false });
  });

  it('gives nothing for a 档号 without a 件号 ≥ 1 or with nothing before it', () => {
    expect(splitArchivalCode('J019-ZY·2021·C60·MS-', DEFAULT_ARCHIVAL_CODE_TEMPLATE, parts)).toBeNull();
    expect(splitArchivalCode('J019-ZY·2021·C60·MS-0000', DEFAULT_ARCHIVAL_CODE_TEMPLATE, parts)).toBeNull();
    expect(splitArchivalCode('0007', DEFAULT_ARCHIVAL_CODE_TEMPLATE, null)).toBeNull();
  });
});
