import { describe, expect, it } from 'vitest';
import { nextSigningStep, signingStepRefusal } from './document-signature-api.js';

describe('文书签名 steps: 拟稿 → 核稿 → 签发, each once', () => {
  it('starts with 拟稿 and refuses to skip a step', () => {
    expect(nextSigningStep([])).toBe('draft');
    expect(signingStepRefusal([], 'draft')).toBeNull();
    expect(signingStepRefusal([], 'review')).toBe('DOCUMENT_SIGNING_STEP_ORDER');
    expect(signingStepRefusal([], 'issue')).toBe('DOCUMENT_SIGNING_STEP_ORDER');
    expect(signingStepRefusal(['draft'], 'issue')).toBe('DOCUMENT_SIGNING_STEP_ORDER');
  });

  it('goes on in order and refuses a step signed already', () => {
    expect(nextSigningStep(['draft'])).toBe('review');
    expect(signingStepRefusal(['draft'], 'draft')).toBe('DOCUMENT_SIGNING_STEP_DONE');
    expect(nextSigningStep(['draft', 'review'])).toBe('issue');
    expect(signingStepRefusal(['draft', 'review'], 'review')).toBe('DOCUMENT_SIGNING_STEP_DONE');
  });

  it('is final after 签发', () => {
    expect(nextSigningStep(['draft', 'review', 'issue'])).toBeNull();
    for (const step of ['draft', 'review', 'issue'] as const) expect(signingStepRefusal(['draft', 'review', 'issue'], step)).toBe('DOCUMENT_SIGNING_ISSUED');
  });
});
