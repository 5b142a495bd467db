// The English edition's pages are <html lang="en"> (src/i18n/); one line here rather than a shared chunk on every page.
const english = document.documentElement.lang === 'en';
type Mermaid = typeof import('mermaid').default;

/** Mermaid's browser bundle, built and served by src/integrations/vendor-assets.ts. */
declare const __MERMAID_MODULE__: string;

let mermaid: Promise<Mermaid> | undefined;
/** Each diagram's Mermaid rules, in a constructable stylesheet of its own (see renderWithoutStyleElements). */
const sheets = new WeakMap<HTMLElement, CSSStyleSheet>();

// A theme change redraws the diagrams already drawn in the new palette; the others are drawn in
// it when they near the viewport.
new MutationObserver(() => {
  for (const diagram of document.querySelectorAll<HTMLElement>('mermaid-diagram[data-rendered]')) {
    renderDiagram(diagram).catch((error: unknown) => console.warn('Mermaid diagram could not be redrawn.', error));
  }
}).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
let renders = 0;
let queue: Promise<unknown> = Promise.resolve();

/**
 * Mermaid's 'base' theme (the only one that takes variables) coloured from the site's own tokens,
 * read at render time so each theme gets its palette; Mermaid derives the remaining colours.
 */
function themeVariables(): Record<string, string | boolean> {
  const style = getComputedStyle(document.documentElement);
  const token = (name: string) => style.getPropertyValue(name).trim();
  return {
    darkMode: document.documentElement.dataset['theme'] === 'dark',
    background: token('--bg'),
    primaryColor: token('--accent-soft'),
    primaryTextColor: token('--fg'),
    primaryBorderColor: token('--accent'),
    secondaryColor: token('--bg-soft'),
    tertiaryColor: token('--bg-code'),
    lineColor: token('--fg-soft'),
    textColor: token('--fg'),
    nodeTextColor: token('--fg'),
    titleColor: token('--fg'),
    clusterBkg: token('--bg-soft'),
    clusterBorder: token('--border'),
    edgeLabelBackground: token('--bg-soft'),
    noteBkgColor: token('--bg-soft'),
    noteTextColor: token('--fg'),
    noteBorderColor: token('--border'),
  };
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
      m.initialize({ startOnLoad: false, theme: 'base', themeVariables: themeVariables(), securityLevel: 'strict', fontFamily: 'inherit' });
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
 * Renders `element`'s diagram into it, or again after a theme change: the SVG in a role=img box
 * named by the diagram's own accTitle / accDescr (read at build time, else its kind), and a
 * button that shows it full screen (diagram-dialog.ts, loaded on first use).
 */
export async function renderDiagram(element: HTMLElement): Promise<void> {
  const source = element.querySelector(':scope > pre')?.textContent ?? '';
  const { svg, css } = await renderWithoutStyleElements(await load(), source);
  let sheet = sheets.get(element);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheets.set(element, sheet);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(css);
  let output = element.querySelector<HTMLElement>('.mermaid-output');
  if (!output) {
    const box = document.createElement('div');
    box.className = 'mermaid-output';
    box.setAttribute('role', 'img');
    const { title = english ? 'Diagram' : '图表', description } = element.dataset;
    box.setAttribute('aria-label', description ? `${title}${english ? ': ' : '：'}${description}` : title);
    const zoom = document.createElement('button');
    zoom.type = 'button';
    zoom.className = 'button diagram-zoom';
    zoom.textContent = english ? 'Enlarge' : '放大查看';
    zoom.setAttribute('aria-label', english ? `Enlarge: ${title}` : `放大查看：${title}`);
    zoom.setAttribute('aria-haspopup', 'dialog');
    zoom.addEventListener('click', () => void import('./diagram-dialog.ts').then(({ openDiagram }) => openDiagram(box, zoom, title)));
    element.append(box, zoom);
    output = box;
  }
  output.innerHTML = svg;
  element.dataset['rendered'] = 'true';
}
