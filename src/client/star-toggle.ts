import { onStarredChange, setStarred, starredIds } from './starred.ts';
// The English edition's pages are <html lang="en"> (src/i18n/); one line here rather than a shared chunk on every page.
const english = document.documentElement.lang === 'en';

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
    this.#button.querySelector('.star-text')!.textContent = english ? (starred ? 'Starred' : 'Star') : starred ? '已收藏' : '收藏';
    this.closest('.talk-card')?.classList.toggle('is-starred', starred);
  }
}

customElements.define('star-toggle', StarToggle);
