import { nowAndNext } from '~/lib/program/schedule';
// The English edition's pages are <html lang="en"> (src/i18n/); one line here rather than a shared chunk on every page.
const english = document.documentElement.lang === 'en';

/**
 * While the event runs, marks the talks in progress, and shows a "jump to now" link to the
 * current (or next) slot of this day. Checks again every minute.
 */
class NowNext extends HTMLElement {
  connectedCallback(): void {
    this.#update();
    setInterval(() => this.#update(), 60_000);
  }

  #update(): void {
    const now = Date.now();
    const cards = [...document.querySelectorAll<HTMLElement>('.agenda .talk-card')].map((element) => ({
      element,
      id: element.dataset['talk']!,
      start: Number(element.dataset['start']),
      end: Number(element.dataset['end']),
    }));
    const { current, next } = nowAndNext(cards, now);
    for (const card of cards) markNow(card.element, current.includes(card));
    const target = (current[0] ?? next[0])?.element;
    const running = now >= Number(this.dataset['dayStart']) && now < Number(this.dataset['dayEnd']);
    const link = this.querySelector('a')!;
    link.hidden = !(running && target);
    if (running && target) link.href = `#${target.dataset['slot']}`;
  }
}

/** In progress, in words (the outline alone would say it in colour only). */
export function markNow(card: HTMLElement, now: boolean): void {
  card.classList.toggle('is-now', now);
  const badge = card.querySelector('.now-badge');
  if (now && !badge) card.querySelector('.talk-when')?.prepend(Object.assign(document.createElement('strong'), { className: 'now-badge', textContent: english ? 'Now' : '进行中' }), ' ');
  if (!now && badge) {
    badge.nextSibling?.remove();
    badge.remove();
  }
}

customElements.define('now-next', NowNext);
