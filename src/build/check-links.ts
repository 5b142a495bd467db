export interface PageLinks {
  /** Site path of the page, e.g. /articles/foo/ */
  page: string;
  /** Element ids on the page. */
  ids: ReadonlySet<string>;
  /** Hrefs found on the page, as written. */
  hrefs: readonly string[];
  /** URLs the page loads by itself (scripts, stylesheets, images, frames, media), as written. */
  resources?: readonly string[];
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/** Hosts that count as this site; everything else is an external link and is not checked. */
const SELF = 'http://self.invalid';

/**
 * Finds internal links that point at no page, or at a #fragment that no element on the target
 * page has. `files` is the set of other files in the build (feeds, calendars, assets).
 */
export function findBrokenLinks(pages: readonly PageLinks[], files: ReadonlySet<string> = new Set()): BrokenLink[] {
  const byPath = new Map(pages.map((page) => [page.page, page]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of page.hrefs) {
      if (/^(mailto|tel|webcal|javascript|data):/i.test(href)) continue;
      const url = new URL(href, SELF + page.page);
      if (url.origin !== SELF) continue;
      const path = decodeURI(url.pathname);
      const target = byPath.get(path) ?? byPath.get(path.endsWith('/') ? path : `${path}/`);
      if (!target) {
        if (!files.has(path)) broken.push({ page: page.page, href, reason: '目标页面不存在' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !target.ids.has(fragment)) {
        broken.push({ page: page.page, href, reason: `页面 ${target.page} 上没有 id 为“${fragment}”的元素` });
      }
    }
  }
  return broken;
}

/** One line per broken link, grouped by the page it is on, for the build's error message. */
export function formatBrokenLinks(broken: readonly BrokenLink[], sourceOf: (page: string) => string | undefined): string {
  return broken
    .map(({ page, href, reason }) => {
      const source = sourceOf(page);
      return `  ${page}${source ? `（${source}）` : ''}：链接 ${href} —— ${reason}`;
    })
    .join('\n');
}

/**
 * Resources a page loads from another origin. A reader's browser should fetch nothing from a
 * third party: no tracking, and the site works offline from its own host.
 */
export function findExternalResources(pages: readonly PageLinks[]): BrokenLink[] {
  const found: BrokenLink[] = [];
  for (const page of pages) {
    for (const src of page.resources ?? []) {
      if (/^(data|blob):/i.test(src)) continue;
      if (new URL(src, SELF + page.page).origin !== SELF) found.push({ page: page.page, href: src, reason: '从其他域名加载资源' });
    }
  }
  return found;
}
