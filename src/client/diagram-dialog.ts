// The English edition's pages are <html lang="en"> (src/i18n/); one line here rather than a shared chunk on every page.
const english = document.documentElement.lang === 'en';
let dialog: HTMLDialogElement | undefined;

/** One dialog for every diagram on the page, made on first use. */
function ensureDialog(): HTMLDialogElement {
  if (dialog) return dialog;
  dialog = document.createElement('dialog');
  dialog.className = 'diagram-dialog';
  dialog.setAttribute('aria-labelledby', 'diagram-dialog-title');
  dialog.innerHTML =
    '<div class="diagram-dialog-bar"><h2 id="diagram-dialog-title"></h2>' +
    `<form method="dialog"><button class="button" autofocus>${english ? 'Close' : '关闭'}</button></form></div>` +
    `<div class="diagram-dialog-body" tabindex="0" role="region" aria-label="${english ? 'Diagram (drag or scroll to see it all)' : '图（可拖动滚动查看）'}"></div>`;
  // A click on the backdrop (outside the dialog's box) closes it, as on a phone's photo viewer.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  document.body.append(dialog);
  return dialog;
}

/**
 * Shows a rendered diagram at its own size in a full-screen dialog, where it scrolls both ways
 * instead of being shrunk into the column. The SVG itself moves into the dialog (a copy would
 * repeat the ids its arrows and styles refer to) and moves back when the dialog closes; focus
 * returns to the button that opened it.
 */
export function openDiagram(output: HTMLElement, opener: HTMLElement, title: string): void {
  const svg = output.querySelector('svg');
  if (!svg) return;
  const box = ensureDialog();
  box.querySelector('h2')!.textContent = title;
  const body = box.querySelector<HTMLElement>('.diagram-dialog-body')!;
  const style = svg.getAttribute('style');
  // Mermaid caps the SVG at its natural width and lets it shrink below; here it keeps that width,
  // and a diagram narrower than the screen is drawn larger, up to twice its size.
  const natural = svg.viewBox.baseVal.width || svg.getBoundingClientRect().width;
  const width = Math.max(natural, Math.min(natural * 2, innerWidth - 32));
  svg.style.maxWidth = 'none';
  svg.style.width = `${width}px`;
  svg.style.height = 'auto';
  body.replaceChildren(svg);
  box.addEventListener(
    'close',
    () => {
      if (style === null) svg.removeAttribute('style');
      else svg.setAttribute('style', style);
      // A theme change while open has already put a new rendering in place.
      if (!output.querySelector('svg')) output.append(svg);
      else svg.remove();
      opener.focus();
    },
    { once: true },
  );
  box.showModal();
}
