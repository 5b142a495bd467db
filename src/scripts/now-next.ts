import { nowAndNext } from '~/lib/program/schedule';

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
    for (const card of cards) card.element.classList.toggle('is-now', current.includes(card));
    const target = (current[0] ?? next[0])?.element;
    const running = now >= Number(this.dataset['dayStart']) && now < Number(this.dataset['dayEnd']);
    const link = this.querySelector('a')!;
    link.hidden = !(running && target);
    if (running && target) link.href = `#${target.dataset['slot']}`;
  }
}

customElements.define('now-next', NowNext);
