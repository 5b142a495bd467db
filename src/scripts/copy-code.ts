/** Shows the copy button of a code block and copies the block's text; an ordinary <button>, so Enter and Space work. */
class CopyCode extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button')!;
    const code = this.closest('figure')?.querySelector('pre');
    if (!code || !navigator.clipboard) return;
    button.hidden = false;
    button.setAttribute('aria-label', '复制代码');
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(code.innerText.replace(/\n$/, ''));
        this.#flash(button, '已复制');
      } catch {
        this.#flash(button, '复制失败');
      }
    });
  }

  #flash(button: HTMLButtonElement, text: string): void {
    button.textContent = text;
    setTimeout(() => (button.textContent = '复制'), 2000);
  }
}

customElements.define('copy-code', CopyCode);
