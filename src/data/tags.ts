import { groupByTag } from '~/lib/articles';
import { TAG_IDS, type TagId } from '~/schemas/tags';
import { getArticles, type Article } from './articles.ts';
import { getProgram, type Talk } from './program.ts';

export interface TagUse {
  id: TagId;
  articles: Article[];
  talks: Talk[];
}

let cached: Promise<TagUse[]> | undefined;

/** Tags that have a page (some article or talk uses them), in vocabulary order. */
export function getTagsInUse(): Promise<TagUse[]> {
  cached ??= (async () => {
    const byTag = groupByTag(await getArticles());
    const { talksByTag } = await getProgram();
    return TAG_IDS.map((id) => ({ id, articles: byTag.get(id) ?? [], talks: talksByTag.get(id) ?? [] })).filter(
      (use) => use.articles.length + use.talks.length > 0,
    );
  })();
  return cached;
}
