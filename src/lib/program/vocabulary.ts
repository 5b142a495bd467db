// The program's fixed vocabularies, shared by the content schemas, the pages and the schedule
// importer (which runs on plain Node, so nothing here may import astro:*).

/** Session formats, in the order the agenda's filter lists them. */
export const FORMATS = ['主题演讲', '技术研讨', '圆桌讨论', '产品展示', '动手工作坊'] as const;
export type Format = (typeof FORMATS)[number];

/** Audience levels. */
export const LEVELS = ['入门', '进阶', '高级'] as const;
export type Level = (typeof LEVELS)[number];

/** URL schemes a talk's slides and video may use: anything else (javascript:, data:) is refused. */
export const WEB_SCHEMES = ['http:', 'https:'] as const;
/** A speaker's links may also be an e-mail address. */
export const CONTACT_SCHEMES = [...WEB_SCHEMES, 'mailto:'] as const;

/** True when `value` is an absolute URL with one of the schemes. */
export function hasScheme(value: string, schemes: readonly string[]): boolean {
  try {
    return schemes.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** BCP 47's tag for a language that is not known: what an import writes rather than guess. */
export const UNDETERMINED = 'und';

const known = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * The canonical form of a BCP 47 language tag (`de`, `pt-BR`, `zh-Hans`; `deu` → `de`), or
 * undefined when it is malformed or names no language the runtime knows (`xx`, `english`).
 * Real programs come in any language; only a tag that means nothing is an error.
 */
export function canonicalLanguage(tag: string): string | undefined {
  if (tag.trim().toLowerCase() === UNDETERMINED) return UNDETERMINED;
  try {
    const canonical = Intl.getCanonicalLocales(tag.trim().replaceAll('_', '-'))[0];
    return canonical && known.of(canonical) !== undefined ? canonical : undefined;
  } catch {
    return undefined;
  }
}

const names = new Map<string, Intl.DisplayNames>();

/** A language's name in the reader's language: de → 德语 (in zh-CN), en → English (in en). */
export function languageName(tag: string, uiLanguage = 'zh-CN'): string {
  // ICU names "und" after its root locale ("root"), which means nothing to a reader.
  if (tag === UNDETERMINED) return uiLanguage.startsWith('zh') ? '语言未定' : 'Language not specified';
  let display = names.get(uiLanguage);
  if (!display) {
    display = new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'code' });
    names.set(uiLanguage, display);
  }
  try {
    return display.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** True when a session in `tag` is in the site's own language (Chinese), so needs no badge. */
export function isChinese(tag: string): boolean {
  return /^zh(?:-|$)/i.test(tag);
}

/** C0 and C1 control characters other than tab and line breaks: invisible, and not allowed in XML 1.0. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
