import { FILTER_FIELDS, matchesFilters, parseFilters, serializeFilters, type FilterField, type Filters } from '~/lib/program/agenda-filter';
// The English edition's pages are <html lang="en"> (src/i18n/); one line here rather than a shared chunk on every page.
const english = document.documentElement.lang === 'en';
const prefix = english ? '/en' : '';

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

  #collapse(visible: HTMLElement[] | undefined): void {
    const agenda = document.querySelector<HTMLElement>('.agenda');
    if (agenda) collapse(agenda, visible);
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
    this.#collapse(any ? cards.filter((card) => !card.hidden) : undefined);
    this.#status.textContent = english
      ? any ? `Showing ${shown} of ${cards.length} sessions` : `${cards.length} sessions`
      : any ? `筛选后显示 ${shown} / ${cards.length} 场议程` : `共 ${cards.length} 场议程`;
    if (push) {
      const query = serializeFilters(filters);
      history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    }
    // Day tabs keep the filters when switching days.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.day-tabs a:not([data-calendar])')) {
      const url = new URL(link.href);
      url.search = serializeFilters(filters);
      link.href = url.pathname + url.search;
    }
    this.#calendarLink(filters);
  }

  /**
   * Calendars are static files, so a query would be ignored: a track alone has its own
   * /calendar/<track>.ics; any other filter has none, and the link says it is the whole program.
   */
  #calendarLink(filters: Filters): void {
    const link = document.querySelector<HTMLAnchorElement>('.day-tabs a[data-calendar]');
    if (!link) return;
    const { host } = new URL(link.href.replace(/^webcal:/, 'https:'));
    // The select holds only real tracks, so a made-up ?track= in a URL never links a missing file.
    const select = this.#selects.find((candidate) => candidate.name === 'track');
    const onlyTrack = filters.track !== undefined && select?.value === filters.track && Object.keys(filters).length === 1;
    const track = select?.selectedOptions[0]?.textContent;
    link.href = `webcal://${host}${prefix}/calendar/${onlyTrack ? filters.track : 'program'}.ics`;
    const filtered = Object.keys(filters).length > 0;
    link.textContent = english
      ? onlyTrack ? `Subscribe to “${track}”` : filtered ? 'Subscribe to the full programme (unfiltered)' : 'Subscribe'
      : onlyTrack ? `订阅“${track}”日历` : filtered ? '订阅完整议程日历（不含筛选）' : '订阅日历';
  }
}

/**
 * On the wide grid, a filter leaves rooms and stretches of time with nothing to show: their
 * columns and rows shrink to nothing (through custom properties the day's stylesheet reads), so
 * what matches sits together at the top instead of below blank rows and beside empty columns.
 * Without a filter the grid keeps every room and its true time scale.
 */
function collapse(agenda: HTMLElement, visible: HTMLElement[] | undefined): void {
  const heads = [...agenda.querySelectorAll<HTMLElement>('.room-head')];
  if (!visible) {
    agenda.style.removeProperty('--agenda-columns');
    agenda.style.removeProperty('--agenda-rows');
    for (const head of heads) head.hidden = false;
    return;
  }
  const rooms = new Set(visible.map((card) => card.dataset['room']));
  agenda.style.setProperty('--agenda-columns', `4rem ${heads.map((head) => (rooms.has(head.dataset['room']) ? 'minmax(9rem,1fr)' : '0')).join(' ')}`);
  for (const head of heads) head.hidden = !rooms.has(head.dataset['room']);
  // Rows are the day stylesheet's 5-minute lines. Those a shown card covers keep their height;
  // the others shrink to what sits in them: nothing, or a break as one thin bar.
  const rows = Number(agenda.dataset['rows']);
  const covered = new Set<number>();
  for (const item of visible) {
    const style = getComputedStyle(item);
    const start = Number.parseInt(style.gridRowStart, 10);
    const end = Number.parseInt(style.gridRowEnd, 10);
    for (let row = start; row < end; row++) covered.add(row);
  }
  // Without the wide grid's placements (a phone's list) there is nothing to collapse.
  if (covered.has(Number.NaN) || covered.size === 0) return;
  const sizes = Array.from({ length: rows }, (_, index) => (covered.has(index + 2) ? 'minmax(0.9rem,auto)' : 'minmax(0,auto)'));
  agenda.style.setProperty('--agenda-rows', `auto ${sizes.join(' ')}`);
}

customElements.define('agenda-filter', AgendaFilter);
