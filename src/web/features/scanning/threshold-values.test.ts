import { describe, expect, it } from 'vitest';
import { fromFormValues, toFormValues } from './threshold-values';

const defaults = {
  minDpi: 200,
  missingDpi: 'warn' as const,
  allowedColourModes: ['bitonal', 'grey', 'colour'] as Array<'bitonal' | 'grey' | 'colour'>,
  allowedFormats: ['tiff', 'jpeg', 'jp2k'],
  maxSkewDegrees: 1,
  blankInkRatio: 0.0003,
  maxBlackBorderRatio: 0.01,
  minPaperLevel: 128,
  minContrast: 48,
  minSharpness: 0.25,
};

describe('threshold form values', () => {
  it('shows ratios in percent and gives them back unchanged', () => {
    const form = toFormValues(defaults);
    expect(form.blankInkPercent).toBe(0.03);
    expect(form.maxBlackBorderPercent).toBe(1);
    expect(fromFormValues(form)).toEqual(defaults);
  });

  it('turns the format switch into null and back', () => {
    const form = toFormValues({ ...defaults, allowedFormats: null });
    expect(form.checkFormats).toBe(false);
    expect(fromFormValues(form).allowedFormats).toBeNull();
    expect(fromFormValues({ ...form, checkFormats: true, allowedFormats: ['tiff'] }).allowedFormats).toEqual(['tiff']);
  });
});
