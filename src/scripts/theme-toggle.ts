type Preference = 'light' | 'dark' | 'system';

const ORDER: Preference[] = ['system', 'light', 'dark'];
const LABEL: Record<Preference, string> = { system: '跟随系统', light: '浅色', dark: '深色' };
const dark = matchMedia('(prefers-color-scheme: dark)');

function stored(): Preference {
  const value = localStorage.getItem('theme');
  return value === 'light' || value === 'dark' ? value : 'system';
}

function apply(preference: Preference): void {
  const isDark = preference === 'dark' || (preference === 'system' && dark.matches);
  document.documentElement.dataset['theme'] = isDark ? 'dark' : 'light';
}

/** Cycles 跟随系统 → 浅色 → 深色; the head script applied the stored choice before first paint. */
class ThemeToggle extends HTMLElement {
  #button = this.querySelector('button')!;

  connectedCallback(): void {
    this.#render(stored());
    this.#button.hidden = false;
    this.#button.addEventListener('click', () => {
      const next = ORDER[(ORDER.indexOf(stored()) + 1) % ORDER.length]!;
      if (next === 'system') localStorage.removeItem('theme');
      else localStorage.setItem('theme', next);
      apply(next);
      this.#render(next);
    });
    dark.addEventListener('change', () => apply(stored()));
  }

  #render(preference: Preference): void {
    this.#button.dataset['pref'] = preference;
    this.#button.setAttribute('aria-label', `主题：${LABEL[preference]}（点击切换）`);
    this.#button.title = `主题：${LABEL[preference]}`;
  }
}

customElements.define('theme-toggle', ThemeToggle);
