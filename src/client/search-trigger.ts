/**
 * The header's search link. Without JavaScript it goes to /search/; with it, a click, Ctrl/⌘+K
 * or "/" opens the dialog. The dialog and Pagefind load on first use, never with the page.
 */
class SearchTrigger extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector('a')!;
    link.setAttribute('role', 'button');
    link.setAttribute('aria-haspopup', 'dialog');
    link.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      void this.#open();
    });
    link.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        event.preventDefault();
        void this.#open();
      }
    });
    document.addEventListener('keydown', (event) => {
      const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
      const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
      if (shortcut || (event.key === '/' && !typing && !event.metaKey && !event.ctrlKey && !event.altKey)) {
        event.preventDefault();
        void this.#open();
      }
    });
  }

  async #open(): Promise<void> {
    // Pagefind's runtime and index load beside the dialog's code rather than after it.
    void import('./pagefind.ts').then(({ loadPagefind }) => loadPagefind());
    const { openSearchDialog } = await import('./search-dialog.ts');
    openSearchDialog(this.querySelector('a')!);
  }
}

customElements.define('search-trigger', SearchTrigger);
