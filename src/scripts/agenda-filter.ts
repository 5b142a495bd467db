import { FILTER_FIELDS, matchesFilters, parseFilters, serializeFilters, type FilterField, type Filters } from '~/lib/program/agenda-filter';

/**
 * Filters the agenda's talk cards by track, format, level and tag. The choice lives in the URL,
 * so a filtered agenda can be shared and the back button works. Without JavaScript the form
 * stays hidden and the whole agenda shows.
 */
class AgendaFilter extends HTMLElement {
  #selects = [...this.querySelectorAll('select')];
  #status = this.querySelector<HTMLElement>('[role=status]')!;

  connectedCallback(): void {
    const details = this.querySelector('details')!;
    details.hidden = false;
    // Open on wide screens and whenever a shared link carries filters; a tap away on phones.
    details.open = matchMedia('(min-width: 64rem)').matches || Object.keys(parseFilters(location.search)).length > 0;
    this.addEventListener('change', () => this.#apply(this.#read(), true));
    this.querySelector('[data-reset]')!.addEventListener('click', () => this.#apply({}, true));
    addEventListener('popstate', () => this.#apply(parseFilters(location.search), false));
    this.#apply(parseFilters(location.search), false);
  }

  #read(): Filters {
    const filters: Filters = {};
    for (const select of this.#selects) {
      if (select.value && (FILTER_FIELDS as readonly string[]).includes(select.name)) filters[select.name as FilterField] = select.value;
    }
    return filters;
  }

  #apply(filters: Filters, push: boolean): void {
    for (const select of this.#selects) select.value = filters[select.name as FilterField] ?? '';
    const cards = [...document.querySelectorAll<HTMLElement>('.agenda .talk-card')];
    let shown = 0;
    for (const card of cards) {
      const match = matchesFilters(
        { track: card.dataset['track']!, format: card.dataset['format']!, level: card.dataset['level']!, tags: (card.dataset['tags'] ?? '').split(' ') },
        filters,
      );
      card.hidden = !match;
      if (match) shown++;
    }
    for (const heading of document.querySelectorAll<HTMLElement>('.agenda .slot-time')) {
      heading.hidden = !cards.some((card) => card.dataset['slot'] === heading.id && !card.hidden);
    }
    const any = Object.keys(filters).length > 0;
    this.#status.textContent = any ? `筛选后显示 ${shown} / ${cards.length} 场议程` : `共 ${cards.length} 场议程`;
    if (push) {
      const query = serializeFilters(filters);
      history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    }
    // Day tabs keep the filters when switching days.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.day-tabs a')) {
      const url = new URL(link.href);
      url.search = serializeFilters(filters);
      link.href = url.pathname + url.search;
    }
  }
}

customElements.define('agenda-filter', AgendaFilter);
