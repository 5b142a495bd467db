import { SearchPanel } from './search-panel.ts';

/** The search page: the query comes from ?q= so a search can be linked. */
class SearchPage extends HTMLElement {
  connectedCallback(): void {
    // Shown only to readers without JavaScript.
    this.querySelector<HTMLElement>('.search-fallback')!.hidden = true;
    const panel = new SearchPanel(this.querySelector('.search-page-panel')!, { syncUrl: true });
    const query = new URLSearchParams(location.search).get('q');
    if (query) panel.setQuery(query);
    else panel.focus();
  }
}
customElements.define('search-page', SearchPage);
