/**
 * Renders the Mermaid source it wraps once it comes within 300px of the viewport. The source
 * stays in the page (hidden after rendering) so readers without JavaScript see it, and a failed
 * render leaves it visible rather than an empty box. Everything else — the rendering code, the
 * re-rendering on a theme change (mermaid-render.ts) and Mermaid itself — loads with the first
 * diagram that nears, so a page pays only for this watcher until then.
 */
class MermaidDiagram extends HTMLElement {
  static #observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        MermaidDiagram.#observer.unobserve(entry.target);
        import('./mermaid-render.ts')
          .then(({ renderDiagram }) => renderDiagram(entry.target as HTMLElement))
          .catch((error: unknown) => console.warn('Mermaid diagram could not be rendered; showing its source.', error));
      }
    },
    { rootMargin: '300px 0px' },
  );

  connectedCallback(): void {
    MermaidDiagram.#observer.observe(this);
  }

  disconnectedCallback(): void {
    MermaidDiagram.#observer.unobserve(this);
  }
}

customElements.define('mermaid-diagram', MermaidDiagram);
