/**
 * The 离线 page: lists the articles kept on this device (the offline worker's page cache,
 * "devcon-pages" in src/service-worker/sw.js), by title, newest first.
 */
export class OfflinePage extends HTMLElement {
  connectedCallback(): void {
    void this.#listSaved();
  }

  async #listSaved(): Promise<void> {
    if (!('caches' in window) || !(await caches.has('devcon-pages'))) return;
    const cache = await caches.open('devcon-pages');
    const articles = (await cache.keys()).filter((request) => /^\/articles\/[^/]+\/$/.test(new URL(request.url).pathname));
    const items = await Promise.all(
      articles.reverse().map(async (request) => {
        const html = (await (await cache.match(request))?.text()) ?? '';
        const title = new DOMParser().parseFromString(/<title>[^<]*<\/title>/.exec(html)?.[0] ?? '', 'text/html').title;
        const link = Object.assign(document.createElement('a'), { href: new URL(request.url).pathname, textContent: title.replace(/ \| [^|]+$/, '') });
        const item = document.createElement('li');
        item.append(link);
        return item;
      }),
    );
    if (items.length === 0) return;
    const section = this.querySelector<HTMLElement>('.offline-saved')!;
    section.querySelector('ul')!.append(...items);
    section.hidden = false;
  }
}

customElements.define('offline-page', OfflinePage);
