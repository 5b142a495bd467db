import { INDEX_LANGUAGE } from '~/lib/search-words';

/** The subset of Pagefind's browser API (pagefind.js, written by the indexer) that we use. */
/** A section of a page (from one heading with an id to the next) that the query matched. */
export interface PagefindSubResult {
  title: string;
  /** The page's URL with the heading's #id. */
  url: string;
  excerpt: string;
  locations: number[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  sub_results: PagefindSubResult[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
  debouncedSearch(
    query: string,
    options?: { filters?: Record<string, string> },
    debounceMs?: number,
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

/**
 * Which index: the page's own edition (`own`), or, from an English page, the Chinese edition's
 * (`chinese`). Pagefind keeps one index per language (the pages' `<html lang>`, with Chinese pages
 * indexed as INDEX_LANGUAGE, scripts/lib/index-site.mjs) and one loaded module searches one of
 * them, so the Chinese index is a second instance of pagefind.js, loaded from its own URL.
 */
export type IndexChoice = 'own' | 'chinese';

const apis = new Map<IndexChoice, Promise<PagefindApi>>();

/**
 * Starts Pagefind as a reader of the index's language rather than the page's. pagefind.js takes
 * the language from <html lang> when it starts, and for zh-CN it splits every query again with
 * Intl.Segmenter (交叉熵 → 交叉 熵), which would undo spaceWords and miss the index's words. It
 * reads the attribute synchronously at the start of init(), so the page's language is back before
 * anything else runs.
 */
function initAsIndexLanguage(pagefind: PagefindApi, language: string): Promise<void> {
  const root = document.documentElement;
  const lang = root.getAttribute('lang');
  root.setAttribute('lang', language);
  try {
    return pagefind.init();
  } finally {
    if (lang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', lang);
  }
}

/** Loads Pagefind once, on first use. The path is built at runtime so the bundler leaves it alone. */
export function loadPagefind(choice: IndexChoice = 'own'): Promise<PagefindApi> {
  const existing = apis.get(choice);
  if (existing) return existing;
  const language = choice === 'own' && document.documentElement.lang === 'en' ? 'en' : INDEX_LANGUAGE;
  const api = (async () => {
    // A second instance needs a URL of its own (a module is loaded once per URL).
    const url = new URL(`/pagefind/pagefind.js${choice === 'own' ? '' : `?index=${choice}`}`, location.href).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Articles are long and are the canonical explanation of a topic, so a page's length counts
    // little against it (Pagefind's default 0.75 put a 200-character speaker bio that mentions a
    // term above them); repeated mentions saturate later (termSaturation above Pagefind's default)
    // and the share of a page's words that match counts less (termFrequency): an article that
    // explains 困惑度 mentions it thirty times, a talk that names it once in its short page is
    // not the better answer. A match in a page's title adds a boost on top (Pagefind's metaWeights,
    // title 5 by default), which put talks whose titles say "KV cache", RAG or 早停 above the
    // articles on them; only articles have the "topic" field (their title again, ArticleLayout),
    // so a title match counts five times as much for an article as for a talk or a speaker. A
    // query that names a talk still finds it first: nothing else has all its words.
    // Chosen by measuring tests/fixtures/search-relevance.yaml.
    await pagefind.options({
      // Given, so that the second instance (?index=chinese) reads the same files.
      basePath: '/pagefind/',
      excerptLength: 40,
      ranking: { pageLength: 0.1, termSaturation: 2, termFrequency: 0.5, metaWeights: { title: 1, topic: 5 } },
    });
    await initAsIndexLanguage(pagefind, language);
    return pagefind;
  })().catch((error: unknown) => {
    // A failed load (the network dropped) is tried again on the next search.
    apis.delete(choice);
    throw error;
  });
  apis.set(choice, api);
  return api;
}

/**
 * Whether a result matched only a stub of the query's words. When a word is not in the index,
 * Pagefind searches for its longest prefix that is, with no limit (upstream issues 599 and 780,
 * open): "zzyzx" finds a page with a variable zz, "qwertyuiop" every page with a q. A stub that
 * keeps at least four letters of a word (or all of a shorter one) is still the reader's word
 * (installa → installation, a typo past the stem); anything shorter is not. Only queries of Latin
 * words are judged: Chinese words are split into the index's own words (src/lib/search-words.ts).
 */
export function matchedOnlyStubs(query: string, result: PagefindResultData): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 || !words.every((word) => /^[a-z][a-z0-9._-]*$/.test(word))) return false;
  // A mark is a whole run of text (mlp_backprop.py, PagedAttention, DP-SGD) and Pagefind indexed
  // its parts as well: compare wholes and parts on both sides.
  const pieces = (text: string) => [text, ...text.split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/)].filter(Boolean).map((part) => part.toLowerCase());
  const marks = [result.excerpt, ...result.sub_results.map((sub) => sub.excerpt)].flatMap((excerpt) => [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].flatMap((match) => pieces(match[1]!)));
  if (marks.length === 0) return false;
  const shared = (a: string, b: string) => {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  return !words.flatMap(pieces).some((word) => marks.some((mark) => shared(word, mark) >= Math.min(word.length, 4)));
}
