type Theme = 'light' | 'dark';

const systemDark = matchMedia('(prefers-color-scheme: dark)');
const system = (): Theme => (systemDark.matches ? 'dark' : 'light');
/** The reader's own choice, kept only while it differs from the system's theme. */
const stored = (): Theme | null => {
  const value = localStorage.getItem('theme');
  return value === 'light' || value === 'dark' ? value : null;
};

/**
 * A two-state switch, 深色模式 on or off, starting from the theme in effect (the reader's choice,
 * else the system's), so the first press always changes what the reader sees. A choice equal to
 * the system's theme is forgotten, so the page follows the system again from then on. The head
 * script (ThemeScript.astro) applies the same rule before first paint.
 */
class ThemeToggle extends HTMLElement {
  #button = this.querySelector('button')!;

  connectedCallback(): void {
    this.#apply(stored() ?? system());
    this.#button.hidden = false;
    this.#button.addEventListener('click', () => {
      const next: Theme = document.documentElement.dataset['theme'] === 'dark' ? 'light' : 'dark';
      if (next === system()) localStorage.removeItem('theme');
      else localStorage.setItem('theme', next);
      this.#apply(next);
    });
    systemDark.addEventListener('change', () => this.#apply(stored() ?? system()));
  }

  #apply(theme: Theme): void {
    document.documentElement.dataset['theme'] = theme;
    this.#button.setAttribute('aria-pressed', String(theme === 'dark'));
    // The words come with the page, in its language (SiteHeader.astro).
    this.#button.title = this.#button.dataset[theme === 'dark' ? 'on' : 'off']!;
  }
}

customElements.define('theme-toggle', ThemeToggle);

