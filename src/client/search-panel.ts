import { joinWords, queryWords } from '~/lib/search-words';
import { loadPagefind, matchedOnlyStubs, type PagefindApi, type PagefindResultData, type PagefindSubResult } from './pagefind.ts';
// The English edition's pages are <html lang="en"> (src/i18n/); one line here rather than a shared chunk on every page.
const english = document.documentElement.lang === 'en';

/** Results are shown a page at a time: each one shown costs a request for its excerpt. */
const PAGE_SIZE = 6;
/** Pagefind searches in a worker; the pause only saves work between fast keystrokes. */
const DEBOUNCE_MS = 60;
let instances = 0;

/** A joint or the end of the sentence before, where an excerpt starts. */
const LEADING_JOINT = /^\s*(?:\.\s+|[。，、；：]\s*)/;
/**
 * Pagefind's ". " between two blocks, after a Chinese character or punctuation mark; when the
 * block's last word is a match, the "." can be inside its <mark> ("<mark>交叉熵.</mark> ").
 */
const CHINESE_JOINT = /([\u3000-\u303f\u3400-\u9fff\uff00-\uffef])(?:\.(<\/mark>)|(<\/mark>)?\.)\s/g;

/**
 * Copies Pagefind's excerpt, keeping only text and <mark>, so no markup from content runs.
 * Pagefind joins blocks (a heading and its paragraph, the items of a byline) with ". ". An
 * excerpt that starts on a joint, or on the punctuation that ended the sentence before it,
 * drops it; inside one, a joint after Chinese reads as " · " ("简介 · 本工作坊…") rather than as
 * an English full stop in the middle of Chinese. The title above the result is not repeated at
 * its start; a section's heading is returned apart, for a line of its own.
 */
function excerptNodes(html: string, pageTitle: string, sectionTitle?: string): { heading: Node[]; body: Node[] } {
  const template = document.createElement('template');
  template.innerHTML = joinWords(html).replace(LEADING_JOINT, '');
  dropLeadingText(template.content, pageTitle);
  template.innerHTML = template.innerHTML.replace(LEADING_JOINT, '');
  // A section's excerpt opens with its heading: shown on its own line, with its highlights.
  const heading = sectionTitle ? dropLeadingText(template.content, sectionTitle) : [];
  template.innerHTML = template.innerHTML.replace(LEADING_JOINT, '').replace(CHINESE_JOINT, '$1$2$3 · ');
  return { heading: heading.map(safeNode), body: [...template.content.childNodes].map(safeNode) };
}

/** Keeps only text and <mark>, so no markup from content runs. */
function safeNode(node: Node): Node {
  if (node instanceof HTMLElement && node.tagName === 'MARK') {
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  }
  return document.createTextNode(node.textContent ?? '');
}

/** Shorter tails of a title than this are too likely to be ordinary words of the text. */
const MIN_TITLE_TAIL = 4;

/**
 * Removes a title from the start of the excerpt when it is there, whole or its end (an excerpt
 * cut to length can start inside the title), and returns the nodes removed.
 */
function dropLeadingText(fragment: DocumentFragment, title: string): Node[] {
  const all = fragment.textContent ?? '';
  const start = all.length - all.trimStart().length;
  let tail = 0;
  for (let length = title.length; length >= Math.min(MIN_TITLE_TAIL, title.length) && length > 0 && !tail; length--) {
    if (all.startsWith(title.slice(-length), start)) tail = length;
  }
  const removed: Node[] = [];
  let left = tail ? start + tail : 0;
  for (const node of [...fragment.childNodes]) {
    if (left === 0) break;
    const content = node.textContent ?? '';
    if (content.length <= left) {
      left -= content.length;
      removed.push(node);
      node.remove();
    } else {
      // A <mark> cut in two keeps its text on both sides, unmarked.
      removed.push(document.createTextNode(content.slice(0, left)));
      const rest = document.createTextNode(content.slice(left));
      node.replaceWith(rest);
      left = 0;
    }
  }
  return removed;
}

/**
 * The section of a long page that matches best (most matched words), when it is not the page's
 * opening: a result for an article then leads to that heading.
 */
function bestSection(result: PagefindResultData): PagefindSubResult | undefined {
  const sections = result.sub_results.filter((section) => section.url.includes('#'));
  let best: PagefindSubResult | undefined;
  for (const section of sections) if (!best || section.locations.length > best.locations.length) best = section;
  return best;
}

/** The filters the search page offers, by their name in the index and the URL. */
const FILTER_LABELS: Record<string, string> = english ? { type: 'Type', tag: 'Tag', track: 'Track' } : { type: '类型', tag: '标签', track: '分论坛' };

/** The type filter's value for articles in each edition's index (ArticleLayout.astro). */
const ARTICLE_TYPES = new Set(['文章', 'Article']);

const TEXT = english
  ? {
      label: 'Search articles, sessions and speakers',
      placeholder: 'e.g. attention, LoRA, cross-entropy',
      results: 'Search results',
      all: 'All',
      searching: 'Searching…',
      failed: 'The search index did not load. Check your connection and type again.',
      none: (query: string) => `Nothing found for “${query}”.`,
      fallback: (query: string) => `No English pages match “${query}”; these results are from the Chinese edition.`,
      found: (total: number, shown: number) => `${total} ${total === 1 ? 'result' : 'results'}${shown < total ? `, showing the first ${shown}` : ''}.`,
      more: (left: number) => `Show more results (${left} more)`,
      count: (value: string, n: number) => `${value} (${n})`,
    }
  : {
      label: '搜索文章、议程与嘉宾',
      placeholder: '例如：注意力机制、LoRA、交叉熵',
      results: '搜索结果',
      all: '全部',
      searching: '正在搜索…',
      failed: '搜索索引没有加载成功，请检查网络后再输入一次。',
      none: (query: string) => `没有找到与“${query}”相关的内容。`,
      fallback: (query: string) => `没有找到与“${query}”相关的内容。`,
      found: (total: number, shown: number) => `找到 ${total} 条结果${shown < total ? `，显示前 ${shown} 条` : ''}。`,
      more: (left: number) => `显示更多结果（还有 ${left} 条）`,
      count: (value: string, n: number) => `${value}（${n}）`,
    };

export interface SearchPanelOptions {
  /** On the search page the query and filters live in the URL, so a search can be shared. */
  syncUrl: boolean;
}

/**
 * A search box with a listbox of results (the ARIA combobox pattern): ↑/↓ move through results,
 * Enter opens the active one, Escape clears. Used in the dialog and on /search/.
 */
export class SearchPanel {
  #input: HTMLInputElement;
  #status: HTMLElement;
  #list: HTMLUListElement;
  #more: HTMLButtonElement;
  #filters: HTMLElement;
  #selects = new Map<string, HTMLSelectElement>();
  #active = -1;
  /** The current search's results not yet shown, and the status line that goes with it. */
  #pending: { data(): Promise<PagefindResultData> }[] = [];
  #total = 0;
  /** Said before the count when the English edition's results come from the Chinese index. */
  #fallback = '';
  #composing = false;
  #options: SearchPanelOptions;
  #id = `search-${++instances}`;
  /** The page's query string as loaded: filters from a shared link, read before any search rewrites it. */
  #initial = new URLSearchParams(location.search);
  /** Settles once the filter menus exist: no search runs before, or a shared link's filter would be ignored. */
  #filtersReady: Promise<void>;
  /** Pagefind could not load for the menus; the next search sets them up again first. */
  #filtersFailed = false;

  constructor(root: HTMLElement, options: SearchPanelOptions) {
    this.#options = options;
    root.classList.add('search-panel');
    const label = document.createElement('label');
    label.htmlFor = `${this.#id}-input`;
    label.className = 'search-label';
    label.textContent = TEXT.label;
    this.#input = document.createElement('input');
    Object.assign(this.#input, { id: `${this.#id}-input`, type: 'search', autocomplete: 'off', spellcheck: false });
    this.#input.placeholder = TEXT.placeholder;
    this.#input.setAttribute('role', 'combobox');
    this.#input.setAttribute('aria-autocomplete', 'list');
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.setAttribute('aria-controls', `${this.#id}-results`);
    this.#filters = document.createElement('div');
    this.#filters.className = 'search-filters';
    this.#status = document.createElement('p');
    this.#status.className = 'search-status';
    this.#status.setAttribute('role', 'status');
    this.#list = document.createElement('ul');
    this.#list.id = `${this.#id}-results`;
    this.#list.className = 'search-results';
    this.#list.setAttribute('role', 'listbox');
    this.#list.setAttribute('aria-label', TEXT.results);
    this.#more = document.createElement('button');
    this.#more.type = 'button';
    this.#more.className = 'search-more';
    this.#more.hidden = true;
    this.#more.addEventListener('click', () => void this.#showMore());
    root.append(label, this.#input, this.#filters, this.#status, this.#list, this.#more);

    // While an input method is composing (拼音 before a character is chosen) the field holds
    // Latin letters; search once the characters are committed.
    this.#input.addEventListener('compositionstart', () => (this.#composing = true));
    this.#input.addEventListener('compositionend', () => {
      this.#composing = false;
      void this.#search();
    });
    this.#input.addEventListener('input', () => void this.#search());
    this.#input.addEventListener('keydown', (event) => this.#onKey(event));
    this.#filtersReady = this.#trySetUpFilters();
  }

  focus(): void {
    this.#input.focus();
    this.#input.select();
  }

  /** Runs a search for `query` as if typed, e.g. from ?q= on the search page. */
  setQuery(query: string): void {
    this.#input.value = query;
    void this.#search();
  }

  /** A failure to load Pagefind shows when a search needs it; the menus alone never block searching. */
  #trySetUpFilters(): Promise<void> {
    this.#filtersFailed = false;
    return this.#setUpFilters().catch(() => {
      this.#filtersFailed = true;
    });
  }

  async #setUpFilters(): Promise<void> {
    if (!this.#options.syncUrl) return;
    const pagefind = await loadPagefind();
    const available = await pagefind.filters();
    const params = this.#initial;
    for (const [name, label] of Object.entries(FILTER_LABELS)) {
      const values = available[name];
      if (!values) continue;
      const wrapper = document.createElement('label');
      wrapper.textContent = `${label} `;
      const select = document.createElement('select');
      select.name = name;
      select.append(new Option(TEXT.all, ''));
      for (const value of Object.keys(values).sort((a, b) => a.localeCompare(b, english ? 'en' : 'zh-CN'))) {
        select.append(new Option(TEXT.count(value, values[value]!), value));
      }
      select.value = params.get(name) ?? '';
      select.addEventListener('change', () => void this.#search());
      wrapper.append(select);
      this.#filters.append(wrapper);
      this.#selects.set(name, select);
    }
  }

  async #search(): Promise<void> {
    if (this.#filtersFailed) this.#filtersReady = this.#trySetUpFilters();
    await this.#filtersReady;
    if (this.#composing) return;
    const query = this.#input.value.trim();
    const filters: Record<string, string> = {};
    for (const [name, select] of this.#selects) if (select.value) filters[name] = select.value;
    // Without its menus (the index did not load) the page keeps a shared link's filters, so the
    // URL still says what the reader was sent to when the search works again.
    if (this.#filtersFailed) {
      for (const name of Object.keys(FILTER_LABELS)) {
        const value = this.#initial.get(name);
        if (value) filters[name] = value;
      }
    }
    if (this.#options.syncUrl) this.#writeUrl(query, filters);
    if (!query) {
      this.#pending = [];
      this.#total = 0;
      this.#fallback = '';
      this.#show([], '');
      return;
    }
    this.#status.textContent = TEXT.searching;
    let search: Awaited<ReturnType<PagefindApi['debouncedSearch']>>;
    let fellBack = false;
    try {
      const pagefind = await loadPagefind();
      // Split into words the way the index was, without question words (src/lib/search-words.ts).
      search = await pagefind.debouncedSearch(queryWords(query), { filters }, DEBOUNCE_MS);
      // A query Pagefind answered with a stub of its words (zzyzx → zz) found nothing.
      if (search?.results.length && matchedOnlyStubs(query, await search.results[0]!.data())) search = { results: [] };
      // The English edition searches its own pages first; with none, the Chinese edition's
      // (most articles are only in Chinese), and the status line says so.
      fellBack = false;
      if (english && search && search.results.length === 0 && query === this.#input.value.trim()) {
        search = await (await loadPagefind('chinese')).search(queryWords(query), { filters: {} });
        if (search.results.length && matchedOnlyStubs(query, await search.results[0]!.data())) search = { results: [] };
        fellBack = search.results.length > 0;
      }
    } catch (error) {
      if (query !== this.#input.value.trim()) return;
      this.#pending = [];
      this.#total = 0;
      this.#show([], TEXT.failed);
      throw error;
    }
    // null means a newer keystroke superseded this search.
    if (!search || query !== this.#input.value.trim()) return;
    this.#total = search.results.length;
    this.#pending = search.results.slice(PAGE_SIZE);
    const results = await Promise.all(search.results.slice(0, PAGE_SIZE).map((result) => result.data()));
    if (query !== this.#input.value.trim()) return;
    this.#fallback = fellBack ? TEXT.fallback(query) : '';
    this.#show(results, this.#total === 0 ? TEXT.none(query) : '');
  }

  async #showMore(): Promise<void> {
    const pending = this.#pending;
    const batch = pending.splice(0, PAGE_SIZE);
    const shown = this.#list.children.length;
    const results = await Promise.all(batch.map((result) => result.data()));
    // A new search replaced the list while these loaded.
    if (pending !== this.#pending) return;
    this.#list.append(...results.map((result, i) => this.#item(result, shown + i)));
    this.#updateCount();
    // Keyboard users continue from the first new result.
    this.#activate(shown);
    this.#input.focus();
  }

  #updateCount(): void {
    const shown = this.#list.children.length;
    if (this.#total > 0) this.#status.textContent = `${this.#fallback ? `${this.#fallback} ` : ''}${TEXT.found(this.#total, shown)}`;
    this.#more.hidden = this.#pending.length === 0;
    this.#more.textContent = TEXT.more(this.#pending.length);
  }

  #writeUrl(query: string, filters: Record<string, string>): void {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [name, value] of Object.entries(filters)) params.set(name, value);
    const search = params.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  }

  #show(results: PagefindResultData[], status: string): void {
    this.#status.textContent = status;
    this.#active = -1;
    this.#input.removeAttribute('aria-activedescendant');
    this.#list.replaceChildren(...results.map((result, index) => this.#item(result, index)));
    this.#input.setAttribute('aria-expanded', String(results.length > 0));
    this.#updateCount();
  }

  #item(result: PagefindResultData, index: number): HTMLLIElement {
    const item = document.createElement('li');
    item.id = `${this.#id}-option-${index}`;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    const pageTitle = result.meta['title'] ? joinWords(result.meta['title']) : result.url;
    const section = result.filters['type']?.some((type) => ARTICLE_TYPES.has(type)) ? bestSection(result) : undefined;
    const link = document.createElement('a');
    link.href = section?.url ?? result.url;
    link.tabIndex = -1;
    const title = document.createElement('span');
    title.className = 'result-title';
    title.textContent = pageTitle;
    const type = result.filters['type']?.[0];
    if (type) {
      const badge = document.createElement('span');
      badge.className = 'result-type';
      badge.textContent = type;
      title.prepend(badge);
    }
    link.append(title);
    if (result.meta['when']) {
      const when = document.createElement('span');
      when.className = 'result-when';
      when.textContent = result.meta['when'];
      link.append(when);
    }
    const sectionTitle = section ? joinWords(section.title) : undefined;
    const { heading, body } = excerptNodes(section?.excerpt ?? result.excerpt, pageTitle, sectionTitle);
    if (sectionTitle) {
      const line = document.createElement('span');
      line.className = 'result-section';
      if (heading.map((node) => node.textContent).join('').trim() === sectionTitle) line.append(...heading);
      else line.textContent = sectionTitle;
      link.append(line);
    }
    const excerpt = document.createElement('span');
    excerpt.className = 'result-excerpt';
    excerpt.append(...body);
    link.append(excerpt);
    item.append(link);
    item.addEventListener('mousemove', () => this.#activate(index));
    return item;
  }

  #activate(index: number): void {
    const items = [...this.#list.children] as HTMLElement[];
    if (items.length === 0) return;
    this.#active = (index + items.length) % items.length;
    items.forEach((item, i) => item.setAttribute('aria-selected', String(i === this.#active)));
    const active = items[this.#active]!;
    this.#input.setAttribute('aria-activedescendant', active.id);
    active.scrollIntoView({ block: 'nearest' });
  }

  #onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.#activate(this.#active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      const items = [...this.#list.children];
      const target = items[this.#active === -1 ? 0 : this.#active]?.querySelector('a');
      if (target) {
        event.preventDefault();
        location.href = target.href;
      }
    }
  }
}
