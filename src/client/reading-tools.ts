const idOf = (link: HTMLAnchorElement) => decodeURIComponent(link.hash.slice(1));

/**
 * Marks the table of contents' link to the section being read (aria-current), in every table of
 * contents on the page: the section is the last heading above the upper 40% of the screen.
 * Only a heading crossing that line can change it, so an IntersectionObserver watching that band
 * says when to look again, instead of a scroll listener. A link followed in the popover closes it.
 */
class ReadingTools extends HTMLElement {
  connectedCallback(): void {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
    const headings = [...new Set(links.map(idOf))].flatMap((id) => document.getElementById(id) ?? []);
    const observer = new IntersectionObserver(
      () => {
        const current = headings.filter((heading) => heading.getBoundingClientRect().top <= innerHeight * 0.4).at(-1)?.id;
        for (const link of links) {
          if (idOf(link) === current) link.setAttribute('aria-current', 'true');
          else link.removeAttribute('aria-current');
        }
      },
      { rootMargin: '0px 0px -60% 0px' },
    );
    for (const heading of headings) observer.observe(heading);
    const sheet = this.querySelector<HTMLElement>('[popover]');
    sheet?.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('a')) sheet.hidePopover();
    });
  }
}

customElements.define('reading-tools', ReadingTools);
