import { describe, expect, it } from 'vitest';
import { CONTACT_SCHEMES, CONTROL_CHARACTERS, WEB_SCHEMES, canonicalLanguage, hasScheme, isChinese, languageName } from '~/lib/program/vocabulary';

describe('canonicalLanguage', () => {
  it.each([
    ['de', 'de'],
    ['DE', 'de'],
    ['pt_br', 'pt-BR'],
    ['zh-hans', 'zh-Hans'],
    ['deu', 'de'],
    ['und', 'und'],
    ['xx', undefined],
    ['english', undefined],
    ['', undefined],
  ])('%s → %s', (tag, canonical) => expect(canonicalLanguage(tag)).toBe(canonical));
});

describe('languageName', () => {
  it('names a language in the reader’s language', () => {
    expect(languageName('de')).toBe('德语');
    expect(languageName('en')).toBe('英语');
    expect(languageName('de', 'en')).toBe('German');
    expect(languageName('und')).toBe('语言未定');
  });
  it('tells Chinese sessions apart', () => {
    expect(['zh', 'zh-Hans', 'zh-TW', 'en', 'und'].map(isChinese)).toEqual([true, true, true, false, false]);
  });
});

describe('hasScheme', () => {
  it.each([
    ['https://example.org/slides.pdf', WEB_SCHEMES, true],
    ['http://example.org/', WEB_SCHEMES, true],
    ['javascript:alert(1)', WEB_SCHEMES, false],
    [' JavaScript:alert(1)', WEB_SCHEMES, false],
    ['data:text/html,<script>alert(1)</script>', WEB_SCHEMES, false],
    ['mailto:ada@example.org', WEB_SCHEMES, false],
    ['mailto:ada@example.org', CONTACT_SCHEMES, true],
    ['/relative/path', WEB_SCHEMES, false],
  ])('%s', (url, schemes, ok) => expect(hasScheme(url, schemes)).toBe(ok));
});

describe('CONTROL_CHARACTERS', () => {
  it('finds bells and escapes but leaves tabs, line breaks and bidirectional marks', () => {
    expect('a\u0007b\u001bc\u0085'.match(CONTROL_CHARACTERS)).toHaveLength(3);
    expect('a\tb\nc\r\u202e\u200f'.match(CONTROL_CHARACTERS)).toBeNull();
  });
});
