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
    const cards = [...document.querySelectorAll<HTMLElement>('.agenda .talk-card')];
    let target: HTMLElement | undefined;
    let nextStart = Infinity;
    for (const card of cards) {
      const start = Number(card.dataset['start']);
      const end = Number(card.dataset['end']);
      const live = start <= now && now < end;
      card.classList.toggle('is-now', live);
      if (live) target ??= card;
      else if (start > now && start < nextStart) nextStart = start;
    }
    const first = Number(this.dataset['dayStart']);
    const last = Number(this.dataset['dayEnd']);
    target ??= cards.find((card) => Number(card.dataset['start']) === nextStart);
    const link = this.querySelector('a')!;
    const running = now >= first && now < last;
    link.hidden = !(running && target);
    if (running && target) link.href = `#${target.dataset['slot']}`;
  }
}

customElements.define('now-next', NowNext);
