type Mermaid = typeof import('mermaid').default;

let mermaid: Promise<Mermaid> | undefined;
let renders = 0;

function themeName(): 'dark' | 'default' {
  return document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'default';
}

function load(): Promise<Mermaid> {
  mermaid ??= import('mermaid').then(({ default: m }) => m);
  return mermaid;
}

/**
 * Renders the Mermaid source it wraps once it comes within 300px of the viewport, and again when
 * the theme changes. The source stays in the page (hidden after rendering) so readers without
 * JavaScript see it, and a failed render leaves it visible rather than an empty box.
 */
class MermaidDiagram extends HTMLElement {
  static #instances = new Set<MermaidDiagram>();
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

  static {
    new MutationObserver(() => {
      for (const diagram of MermaidDiagram.#instances) if (diagram.dataset['rendered']) void diagram.render();
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  }

  #source = '';

  connectedCallback(): void {
    this.#source = this.querySelector('pre')?.textContent ?? '';
    MermaidDiagram.#instances.add(this);
    MermaidDiagram.#observer.observe(this);
  }

  disconnectedCallback(): void {
    MermaidDiagram.#instances.delete(this);
    MermaidDiagram.#observer.unobserve(this);
  }

  async render(): Promise<void> {
    const m = await load();
    m.initialize({ startOnLoad: false, theme: themeName(), securityLevel: 'strict', fontFamily: 'inherit' });
    try {
      const { svg } = await m.render(`mermaid-${++renders}`, this.#source);
      let output = this.querySelector<HTMLElement>('.mermaid-output');
      if (!output) {
        output = document.createElement('div');
        output.className = 'mermaid-output';
        output.setAttribute('role', 'img');
        output.setAttribute('aria-label', this.closest('figure')?.querySelector('figcaption')?.textContent ?? '流程图');
        this.append(output);
      }
      output.innerHTML = svg;
      this.dataset['rendered'] = 'true';
    } catch (error) {
      console.warn('Mermaid diagram could not be rendered; showing its source.', error);
    }
  }
}

customElements.define('mermaid-diagram', MermaidDiagram);
