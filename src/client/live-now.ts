import { formatInZone, isoDateInZone } from '~/lib/program/format-in-zone';
import { nowAndNext } from '~/lib/program/schedule';
import { chosenZone } from './zone-choice.ts';
// The English edition's pages are <html lang="en"> (src/i18n/); one line here rather than a shared chunk on every page.
const english = document.documentElement.lang === 'en';

interface LiveDay {
  date: string;
  title: string;
  url: string;
  start: number;
  end: number;
}
interface LiveTalk {
  id: string;
  title: string;
  url: string;
  room: string;
  start: number;
  end: number;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children);
  return element;
}

/**
 * While the event runs by the reader's clock (first day's start to last day's end), shows a link
 * to today's agenda and, on the home page, the sessions in progress and the next ones. Outside
 * the event it stays hidden. Checks again every minute.
 */
class LiveNow extends HTMLElement {
  #data = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!) as { timeZone: string; days: LiveDay[]; talks: LiveTalk[] };

  connectedCallback(): void {
    this.#update();
    setInterval(() => this.#update(), 60_000);
  }

  #update(): void {
    const now = Date.now();
    const { days, talks } = this.#data;
    const first = days[0];
    const last = days.at(-1);
    this.hidden = !first || !last || now < first.start || now >= last.end;
    if (this.hidden) return;
    // Today is the day whose span holds now; between two days (the night), the coming one.
    const today = days.find((day) => day.start <= now && now < day.end) ?? days.find((day) => day.start > now)!;
    const link = this.querySelector<HTMLAnchorElement>('.live-today')!;
    link.href = today.url;
    link.textContent = english ? `See today's programme (${today.title})` : `查看今天的议程（${today.title}）`;
    if (this.dataset['mode'] !== 'sessions') return;
    const zone = chosenZone(this.#data.timeZone);
    const day = isoDateInZone(now, zone);
    const item = (talk: LiveTalk, live: boolean) =>
      el(
        'li',
        {},
        ...(live ? [el('strong', { className: 'now-badge' }, english ? 'Now' : '进行中'), ' '] : []),
        el('span', { className: 'live-time' }, `${formatInZone(talk.start, zone, day, false, english ? 'en' : 'zh-CN')}–${formatInZone(talk.end, zone, day, false, english ? 'en' : 'zh-CN')}`),
        ' ',
        el('a', { href: talk.url }, talk.title),
        ' ',
        el('span', { className: 'talk-room' }, talk.room),
      );
    const { current, next } = nowAndNext(talks, now);
    this.querySelector('.live-lists')!.replaceChildren(
      ...(current.length ? [el('h3', {}, english ? 'Happening now' : '正在进行'), el('ul', { className: 'live-list' }, ...current.map((talk) => item(talk, true)))] : []),
      ...(next.length ? [el('h3', {}, english ? 'Up next' : '接下来'), el('ul', { className: 'live-list' }, ...next.map((talk) => item(talk, false)))] : []),
    );
  }
}

customElements.define('live-now', LiveNow);
