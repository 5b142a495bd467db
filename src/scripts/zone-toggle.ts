import { formatInZone } from '~/lib/program/format-in-zone';

const KEY = 'devcon:zone';

function readerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Rewrites every time[data-ts] on the page in `zone`; the event-zone text is kept to restore it. */
function render(zone: string | null, eventZone: string): void {
  for (const time of document.querySelectorAll<HTMLTimeElement>('time[data-ts]')) {
    time.dataset['eventText'] ??= time.textContent ?? '';
    time.textContent = zone ? formatInZone(Number(time.dataset['ts']), zone, time.dataset['day'] ?? '') : time.dataset['eventText'];
  }
  for (const label of document.querySelectorAll('[data-zone-label]')) {
    label.textContent = zone ? `${zone}，你的时区` : eventZone;
  }
}

/**
 * Switches all times on the page between the event's zone and the reader's, remembered across
 * pages. The page is built in event time, so without JavaScript the times are still right and
 * labelled.
 */
class ZoneToggle extends HTMLElement {
  connectedCallback(): void {
    const eventZone = this.dataset['eventZone']!;
    const label = this.querySelector('[data-zone-label]')!;
    const eventLabel = label.textContent ?? eventZone;
    const button = this.querySelector('button')!;
    const mine = readerZone();
    const update = () => {
      const local = localStorage.getItem(KEY) === 'local' && mine !== eventZone;
      render(local ? mine : null, eventLabel);
      this.querySelector('.zone-note')!.firstChild!.textContent = local ? '时间均为你的时区（' : '时间均为大会时间（';
      if (!local) label.textContent = eventLabel;
      button.textContent = local ? `改回大会时间（${eventZone}）` : `改用我的时区（${mine}）`;
      button.setAttribute('aria-pressed', String(local));
    };
    if (mine !== eventZone) button.hidden = false;
    button.addEventListener('click', () => {
      localStorage.setItem(KEY, localStorage.getItem(KEY) === 'local' ? 'event' : 'local');
      update();
    });
    this.addEventListener('times-changed', update);
    update();
  }
}

customElements.define('zone-toggle', ZoneToggle);
