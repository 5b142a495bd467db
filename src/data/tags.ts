import { groupByTag } from '~/lib/articles';
import { TAG_IDS, type TagId } from '~/schemas/tags';
import { getArticles, type Article } from './articles.ts';
import { DEFAULT_LOCALE, type Locale } from '~/i18n/locales';
import { getProgram, type Talk } from './program.ts';

export interface TagUse {
  id: TagId;
  articles: Article[];
  talks: Talk[];
}

const cached = new Map<Locale, Promise<TagUse[]>>();

/** Tags that have a page (some article or talk uses them), in vocabulary order. */
export function getTagsInUse(locale: Locale = DEFAULT_LOCALE): Promise<TagUse[]> {
  let tags = cached.get(locale);
  if (!tags) {
    tags = (async () => {
      const byTag = groupByTag(await getArticles(locale));
      const { talksByTag } = await getProgram(locale);
      return TAG_IDS.map((id) => ({ id, articles: byTag.get(id) ?? [], talks: talksByTag.get(id) ?? [] })).filter(
        (use) => use.articles.length + use.talks.length > 0,
      );
    })();
    cached.set(locale, tags);
  }
  return tags;
}
