/**
 * Renders the Mermaid source it wraps once it comes within 300px of the viewport, and again when
 * the theme changes. The source stays in the page (hidden after rendering) so readers without
 * JavaScript see it, and a failed render leaves it visible rather than an empty box. The
 * rendering code (mermaid-render.ts) loads with the first diagram that nears, so a page pays
 * only for this watcher until then.
 */
class MermaidDiagram extends HTMLElement {
  static #observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        MermaidDiagram.#observer.unobserve(entry.target);
        void (entry.target as MermaidDiagram).render();
      }
    },
    { rootMargin: '300px 0px' },
  );
  static #instances = new Set<MermaidDiagram>();

  static {
    new MutationObserver(() => {
      for (const diagram of MermaidDiagram.#instances) if (diagram.dataset['rendered']) void diagram.render();
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  }

  #source = '';
  #sheet = new CSSStyleSheet();

  connectedCallback(): void {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.#sheet];
    this.#source = this.querySelector('pre')?.textContent ?? '';
    MermaidDiagram.#instances.add(this);
    MermaidDiagram.#observer.observe(this);
  }

  disconnectedCallback(): void {
    MermaidDiagram.#instances.delete(this);
    MermaidDiagram.#observer.unobserve(this);
  }

  async render(): Promise<void> {
    try {
      const { renderDiagram } = await import('./mermaid-render.ts');
      await renderDiagram(this, this.#source, this.#sheet);
    } catch (error) {
      console.warn('Mermaid diagram could not be rendered; showing its source.', error);
    }
  }
}

customElements.define('mermaid-diagram', MermaidDiagram);
