import { z } from 'astro/zod';
import { CONTACT_SCHEMES, CONTROL_CHARACTERS, WEB_SCHEMES, canonicalLanguage, hasScheme } from '../lib/program/vocabulary.ts';

/** A BCP 47 language tag, stored in its canonical form (de, pt-BR, zh-Hans). */
export const languageTag = z.string().transform((tag, ctx) => {
  const canonical = canonicalLanguage(tag);
  if (!canonical) ctx.addIssue({ code: 'custom', message: `“${tag}”不是已知语言的 BCP 47 标签（例如 zh、en、de、pt-BR）` });
  return canonical ?? tag;
});

/** A link a reader can follow: http or https only, so an imported `javascript:` URL never becomes an href. */
export const webUrl = z.string().refine((url) => hasScheme(url, WEB_SCHEMES), { message: '链接须是 http:// 或 https:// 开头的完整地址' });

/** A speaker's link: a web page or a mailto: address. */
export const contactUrl = z.string().refine((url) => hasScheme(url, CONTACT_SCHEMES), { message: '链接须是 http://、https:// 或 mailto: 开头的完整地址' });

/**
 * Text shown on pages and written into calendars and exports: any language and any markup (it is
 * escaped), bidirectional marks included, but no control characters, which no reader can see and
 * XML cannot carry.
 */
export const text = z.string().superRefine((value, ctx) => {
  const found = value.match(CONTROL_CHARACTERS);
  if (found) {
    const codes = [...new Set(found)].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
    ctx.addIssue({ code: 'custom', message: `含有不可见的控制字符 ${codes.join('、')}，请删除` });
  }
});
