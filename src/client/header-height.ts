/**
 * Keeps --header-height equal to the sticky header's real height, which the stylesheet's
 * per-breakpoint value can only approximate: the reader's zoom and font size, or a screen too
 * narrow for two rows, change it. The scroll padding reads it, so fragment jumps and Tab never
 * stop under the header.
 */
const header = document.querySelector('.site-header');
if (header) {
  new ResizeObserver(([entry]) => {
    const height = entry?.borderBoxSize[0]?.blockSize;
    if (height) document.documentElement.style.setProperty('--header-height', `${height}px`);
  }).observe(header);
}
