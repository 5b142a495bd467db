import { describe, expect, it } from 'vitest';
import { readShareFragment, shareFragment } from '~/lib/program/share-link';

const known = new Set(['opening', 'kv-cache', 'lora-workshop']);

describe('share links', () => {
  it('round-trip the starred ids', () => {
    const hash = shareFragment(['lora-workshop', 'opening']);
    expect(hash).toBe('#share=lora-workshop,opening');
    expect(readShareFragment(hash, known)).toEqual(['lora-workshop', 'opening']);
  });

  it('drop ids the program does not know, duplicates and malformed escapes', () => {
    expect(readShareFragment('#share=opening,gone,opening,%E0%A4%A,kv-cache', known)).toEqual(['opening', 'kv-cache']);
  });

  it('ignore any other fragment', () => {
    expect(readShareFragment('#talk-opening', known)).toBeUndefined();
    expect(readShareFragment('', known)).toBeUndefined();
  });
});
