/** The subset of Pagefind's browser API (pagefind.js, written by the indexer) that we use. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    query: string,
    options?: { filters?: Record<string, string> },
    debounceMs?: number,
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

let api: Promise<PagefindApi> | undefined;

/** Loads Pagefind once, on first use. The path is built at runtime so the bundler leaves it alone. */
export function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', location.href).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Articles are long and are the canonical explanation of a topic; Pagefind's default length
    // normalisation (0.75) ranks a 200-character speaker bio that mentions a term above them.
    await pagefind.options({ excerptLength: 40, ranking: { pageLength: 0.3 } });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    // A failed load (the network dropped) is tried again on the next search.
    api = undefined;
    throw error;
  });
  return api;
}
