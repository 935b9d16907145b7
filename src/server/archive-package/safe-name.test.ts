import { describe, expect, it } from 'vitest';
import { extensionFor, safeText, shortenToBytes, utf8Length } from './safe-name.js';

describe('safeText', () => {
  it('replaces characters Windows forbids with their full-width forms and keeps Chinese', () => {
    expect(safeText('原告/被告\\代理人:委托*书?"甲"<乙>|丙')).toBe('原告／被告＼代理人：委托＊书？＂甲＂＜乙＞｜丙');
  });

  it('normalises to NFC', () => {
    expect(safeText('Jose\u0301')).toBe('Jos\u00e9');
  });

  it('turns control characters and bidi overrides into single spaces and trims dots and spaces', () => {
    expect(safeText(' 起诉状\t\n附件\u202e说明. ')).toBe('起诉状 附件 说明');
  });
});

describe('shortenToBytes', () => {
  it('cuts on a character boundary and marks the cut', () => {
    const cut = shortenToBytes('民事起诉状附件', 10);
    expect(cut).toBe('民事…');
    expect(utf8Length(cut)).toBeLessThanOrEqual(10);
  });

  it('leaves text that fits alone', () => {
    expect(shortenToBytes('起诉状', 9)).toBe('起诉状');
  });
});

describe('extensionFor', () => {
  it('keeps an honest original extension, else uses the format’s usual one', () => {
    expect(extensionFor('jpeg', '扫描.JPEG')).toBe('jpeg');
    expect(extensionFor('jpeg', '扫描.pdf')).toBe('jpg');
    expect(extensionFor('pdf', '无扩展名')).toBe('pdf');
  });
});
