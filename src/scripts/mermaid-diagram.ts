type Mermaid = typeof import('mermaid').default;

/** Mermaid's browser bundle, built and served by src/integrations/vendor-assets.ts. */
declare const __MERMAID_MODULE__: string;

let mermaid: Promise<Mermaid> | undefined;
let renders = 0;
let queue: Promise<unknown> = Promise.resolve();

function themeName(): 'dark' | 'default' {
  return document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'default';
}

function load(): Promise<Mermaid> {
  mermaid ??= (import(/* @vite-ignore */ new URL(__MERMAID_MODULE__, location.href).href) as Promise<{ default: Mermaid }>).then(({ default: m }) => m);
  return mermaid;
}

/**
 * Renders a diagram without ever connecting a <style> element, which the site's strict CSP
 * (no inline style elements) would block. Mermaid 11 inserts its rules as a <style> inside the
 * SVG while it lays the diagram out (mermaid.core: `svg.insertBefore(style1, firstChild)`); for
 * the length of the render that insertion is caught and the rules returned instead, to be
 * applied through a constructable stylesheet, which CSP does not restrict. Renders run one at a
 * time so the patch never overlaps itself.
 */
function renderWithoutStyleElements(m: Mermaid, source: string): Promise<{ svg: string; css: string }> {
  const run = async () => {
    let css = '';
    const insertBefore = Node.prototype.insertBefore;
    Node.prototype.insertBefore = function <T extends Node>(this: Node, node: T, child: Node | null): T {
      if (node instanceof HTMLStyleElement || node instanceof SVGStyleElement) {
        css += node.textContent ?? '';
        return node;
      }
      return insertBefore.call(this, node, child) as T;
    };
    try {
      m.initialize({ startOnLoad: false, theme: themeName(), securityLevel: 'strict', fontFamily: 'inherit' });
      const { svg } = await m.render(`mermaid-${++renders}`, source);
      return { svg: svg.replace(/<style>[\s\S]*?<\/style>/g, ''), css };
    } finally {
      Node.prototype.insertBefore = insertBefore;
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/**
 * Renders the Mermaid source it wraps once it comes within 300px of the viewport, and again when
 * the theme changes. The source stays in the page (hidden after rendering) so readers without
 * JavaScript see it, and a failed render leaves it visible rather than an empty box.
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
      const { svg, css } = await renderWithoutStyleElements(await load(), this.#source);
      this.#sheet.replaceSync(css);
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
