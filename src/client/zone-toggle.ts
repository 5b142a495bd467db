import { formatInZone, isoDateInZone } from '~/lib/program/format-in-zone';
import { zoneLabel } from '~/lib/program/zone-label';
import { ZONE_CHANGE, ZONE_KEY as KEY, chosenZone, readerZone } from './zone-choice.ts';
// The English edition's pages are <html lang="en"> (src/i18n/); one line here rather than a shared chunk on every page.
const english = document.documentElement.lang === 'en';

/** Rewrites every time[data-ts] on the page in `zone`; the event-zone text is kept to restore it. */
function render(zone: string | null): void {
  for (const time of document.querySelectorAll<HTMLTimeElement>('time[data-ts]')) {
    time.dataset['eventText'] ??= time.textContent ?? '';
    // The grid's time column is narrow: a converted date goes on its own short line there.
    const compact = time.closest('.slot-time') !== null;
    // An end time on the same (converted) date as its start needs no date of its own.
    const start = time.closest('.time-range')?.querySelector<HTMLTimeElement>('time[data-ts]');
    const day = zone && start && start !== time ? isoDateInZone(Number(start.dataset['ts']), zone) : (time.dataset['day'] ?? '');
    time.textContent = zone ? formatInZone(Number(time.dataset['ts']), zone, day, compact, english ? 'en' : 'zh-CN') : time.dataset['eventText'];
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
    const at = Number(this.dataset['at']);
    const label = this.querySelector('[data-zone-label]')!;
    const prefix = this.querySelector('[data-zone-prefix]')!;
    const button = this.querySelector('button')!;
    const mine = readerZone();
    const lang = english ? 'en' : 'zh-CN';
    const eventLabel = zoneLabel(eventZone, at, lang);
    const mineLabel = zoneLabel(mine, at, lang);
    const update = () => {
      const local = chosenZone(eventZone) !== eventZone;
      render(local ? mine : null);
      prefix.textContent = english ? (local ? 'All times are your time zone: ' : 'All times are conference time: ') : local ? '时间均为你的时区：' : '时间均为大会时间：';
      label.textContent = local ? mineLabel : eventLabel;
      // The label says which zone the button leads to; the offset is in the note beside it.
      const bare = (label: string) => label.replace(/[（(].*/, '').trim();
      button.textContent = english
        ? local ? `Back to conference time (${bare(eventLabel)})` : `Use my time zone (${bare(mineLabel)})`
        : local ? `改回大会时间（${bare(eventLabel)}）` : `改用我的时区（${bare(mineLabel)}）`;
      button.setAttribute('aria-pressed', String(local));
    };
    if (mine !== eventZone) button.hidden = false;
    button.addEventListener('click', () => {
      localStorage.setItem(KEY, localStorage.getItem(KEY) === 'local' ? 'event' : 'local');
      update();
      document.dispatchEvent(new CustomEvent(ZONE_CHANGE));
    });
    this.addEventListener('times-changed', update);
    update();
  }
}

customElements.define('zone-toggle', ZoneToggle);
