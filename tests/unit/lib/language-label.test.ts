import { describe, expect, it } from 'vitest';
import { languageLabel } from '~/lib/language-label';

describe('languageLabel', () => {
  it.each([
    ['python', 'Python'],
    ['PY', 'Python'],
    ['bash', 'Bash'],
    ['plaintext', '文本'],
    ['zig', 'zig'],
  ])('%s → %s', (language, expected) => expect(languageLabel(language)).toBe(expected));
});
