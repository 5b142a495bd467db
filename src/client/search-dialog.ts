import { loadPagefind } from './pagefind.ts';
import { SearchPanel } from './search-panel.ts';
// The English edition's pages are <html lang="en"> (src/i18n/); one line here rather than a shared chunk on every page.
const english = document.documentElement.lang === 'en';

let dialog: HTMLDialogElement | undefined;
let panel: SearchPanel | undefined;

function create(): { dialog: HTMLDialogElement; panel: SearchPanel } {
  const element = document.createElement('dialog');
  element.className = 'search-dialog';
  element.setAttribute('aria-label', english ? 'Search the site' : '搜索全站');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'search-close';
  close.textContent = english ? 'Close' : '关闭';
  close.addEventListener('click', () => element.close());
  const body = document.createElement('div');
  element.append(close, body);
  // Escape closes at once, even from a search field that would first only clear itself.
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      element.close();
    }
  });
  // A click on the backdrop lands on the dialog itself, outside its content box.
  element.addEventListener('click', (event) => {
    if (event.target === element) element.close();
  });
  document.body.append(element);
  return { dialog: element, panel: new SearchPanel(body, { syncUrl: false }) };
}

/** Opens the site search as a modal dialog; focus returns to `opener` when it closes. */
export function openSearchDialog(opener: HTMLElement): void {
  // Start fetching the index while the reader types their first characters.
  void loadPagefind();
  if (!dialog || !panel) ({ dialog, panel } = create());
  if (dialog.open) return;
  const current = dialog;
  // Back to the opener without scrolling to it: a reader who searched half-way down an article
  // and closed the dialog stays where they were.
  current.addEventListener('close', () => opener.focus({ preventScroll: true }), { once: true });
  current.showModal();
  panel.focus();
}
