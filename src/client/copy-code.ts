// The English edition's pages are <html lang="en"> (src/i18n/); one line here rather than a shared chunk on every page.
const english = document.documentElement.lang === 'en';
/** Shows the copy button of a code block and copies the block's text; an ordinary <button>, so Enter and Space work. */
class CopyCode extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button')!;
    const code = this.closest('figure')?.querySelector('pre');
    if (!code || !navigator.clipboard) return;
    button.hidden = false;
    // The build writes 复制 (rehype-code-figure); the English edition's pages say it in English.
    // The name starts with the visible word, so a reader who says what they see can press it.
    if (english) button.textContent = 'Copy';
    button.setAttribute('aria-label', english ? 'Copy code' : '复制代码');
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(code.innerText.replace(/\n$/, ''));
        this.#flash(button, english ? 'Copied' : '已复制');
      } catch {
        this.#flash(button, english ? 'Copy failed' : '复制失败');
      }
    });
  }

  #flash(button: HTMLButtonElement, text: string): void {
    button.textContent = text;
    setTimeout(() => (button.textContent = english ? 'Copy' : '复制'), 2000);
  }
}

/**
 * 复制为 Markdown: copies the article's Markdown twin (its link's href), fetched on click so the
 * page carries no copy of it. Where there is no clipboard (or no ClipboardItem), or copying fails, the link to the twin
 * is what the reader gets. The clipboard is given the fetch as a promise (ClipboardItem), so
 * Safari, which allows writing only within the click, still counts it as the click's.
 */
class CopyMarkdown extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector('a')!;
    const button = this.querySelector('button')!;
    const status = this.querySelector('[role=status]')!;
    if (!navigator.clipboard || typeof ClipboardItem !== 'function') return;
    button.hidden = false;
    link.hidden = true;
    button.addEventListener('click', async () => {
      const text = fetch(link.href).then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${response.status}`))));
      try {
        await navigator.clipboard.write([new ClipboardItem({ 'text/plain': text.then((t) => new Blob([t], { type: 'text/plain' })) })]);
        status.textContent = english ? 'Copied' : '已复制';
        setTimeout(() => (status.textContent = ''), 3000);
      } catch {
        status.textContent = english ? 'Copy failed: ' : '复制失败：';
        link.hidden = false;
      }
    });
  }
}

customElements.define('copy-code', CopyCode);
customElements.define('copy-markdown', CopyMarkdown);

export {};
