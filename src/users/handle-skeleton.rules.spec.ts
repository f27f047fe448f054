import { describe, expect, it } from 'vitest';
import { handleSkeleton, isMixedScript } from './handle-skeleton.rules.js';

describe('handle skeleton', () => {
  it('gives lookalike handles the same skeleton', () => {
    const original = handleSkeleton('demo-editor');
    for (const lookalike of [
      'dеmo-editor',
      'DEMO-EDITOR',
      'dem0-editor',
      'demo_editor',
      'dеmо-еditоr',
    ]) {
      expect(handleSkeleton(lookalike), lookalike).toBe(original);
    }
    expect(handleSkeleton('rnodern')).toBe(handleSkeleton('modem'));
    // Whole-script lookalikes: all-Cyrillic «аре» reads as Latin "ape".
    expect(handleSkeleton('аре')).toBe(handleSkeleton('ape'));
  });

  it('keeps handles that look different apart', () => {
    expect(handleSkeleton('lastochka')).not.toBe(handleSkeleton('lastochki'));
    expect(handleSkeleton('ласточка')).not.toBe(handleSkeleton('lastochka'));
  });
});

describe('mixed-script handles', () => {
  it('refuses letters of two scripts in one handle, not digits or punctuation', () => {
    expect(isMixedScript('dеmo-editor')).toBe(true);
    expect(isMixedScript('sοva')).toBe(true);
    expect(isMixedScript('demo-editor-2')).toBe(false);
    expect(isMixedScript('ласточка_2')).toBe(false);
  });
});
