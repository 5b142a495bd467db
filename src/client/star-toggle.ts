import { onStarredChange, setStarred, starredIds } from './starred.ts';

/** A toggle button (aria-pressed) that stars a talk for 我的日程. */
class StarToggle extends HTMLElement {
  #button = this.querySelector('button')!;

  connectedCallback(): void {
    const id = this.dataset['talk']!;
    this.#button.hidden = false;
    this.#render();
    this.#button.addEventListener('click', () => setStarred(id, !starredIds().has(id)));
    onStarredChange(() => this.#render());
  }

  #render(): void {
    const starred = starredIds().has(this.dataset['talk']!);
    this.#button.setAttribute('aria-pressed', String(starred));
    this.#button.querySelector('.star-text')!.textContent = starred ? '已收藏' : '收藏';
    this.closest('.talk-card')?.classList.toggle('is-starred', starred);
  }
}

customElements.define('star-toggle', StarToggle);
