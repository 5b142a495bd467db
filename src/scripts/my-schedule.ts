import type { CalendarOptions, CalendarTalk } from '~/lib/ics/build-calendar';
import { overlaps } from '~/lib/program/schedule';
import { onStarredChange, setStarred, starredIds } from './starred';

interface ScheduleTalk extends CalendarTalk {
  path: string;
  trackId: string;
  day: string;
  dayTitle: string;
  timeLabel: string;
  startIso: string;
  endIso: string;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children);
  return element;
}

/** Lists starred talks in time order, warns of overlaps and downloads them as an .ics file. */
class MySchedule extends HTMLElement {
  #data = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!) as { calendar: CalendarOptions; talks: ScheduleTalk[] };

  connectedCallback(): void {
    this.querySelector<HTMLElement>('.my-schedule-tools')!.hidden = false;
    this.querySelector<HTMLElement>('.my-schedule-fallback')!.hidden = true;
    this.querySelector('[data-download]')!.addEventListener('click', () => void this.#download());
    onStarredChange(() => this.#render());
    this.#render();
  }

  #starred(): ScheduleTalk[] {
    const ids = starredIds();
    return this.#data.talks.filter((talk) => ids.has(talk.id)).sort((a, b) => a.start - b.start);
  }

  #render(): void {
    const talks = this.#starred();
    this.querySelector('[role=status]')!.textContent = talks.length
      ? `已收藏 ${talks.length} 场。`
      : '还没有收藏任何场次。在议程中点“收藏”即可加入。';
    (this.querySelector('[data-download]') as HTMLButtonElement).disabled = talks.length === 0;
    const clashes: string[] = [];
    talks.forEach((a, i) => talks.slice(i + 1).forEach((b) => overlaps(a, b) && clashes.push(`“${a.title}”与“${b.title}”时间重叠（${a.dayTitle} ${a.timeLabel} / ${b.timeLabel}）`)));
    this.querySelector('.my-schedule-warnings')!.replaceChildren(
      ...(clashes.length ? [el('div', { className: 'notice warning' }, el('p', {}, el('strong', {}, '时间冲突：')), el('ul', {}, ...clashes.map((text) => el('li', {}, text))))] : []),
    );
    this.querySelector('.my-schedule-list')!.replaceChildren(
      ...talks.map((talk) => {
        const remove = el('button', { type: 'button', className: 'button' }, '取消收藏');
        remove.setAttribute('aria-label', `取消收藏：${talk.title}`);
        remove.addEventListener('click', () => setStarred(talk.id, false));
        const when = el('p', { className: 'talk-when' }, el('span', { className: 'talk-day' }, talk.dayTitle), ' ');
        when.append(this.#time(talk.start, talk.startIso, talk.day), '–', this.#time(talk.end, talk.endIso, talk.day), el('span', { className: 'talk-room' }, talk.room));
        return el(
          'li',
          { className: 'talk-card' },
          when,
          el('h2', { className: 'talk-title' }, el('a', { href: talk.path }, talk.title)),
          el('p', { className: 'talk-badges' }, el('span', { className: `track-chip track-${talk.trackId}` }, talk.track), el('span', { className: 'badge' }, talk.format)),
          remove,
        );
      }),
    );
    // Let the zone toggle rewrite the new times if the reader chose their own zone.
    document.querySelector('zone-toggle')?.dispatchEvent(new CustomEvent('times-changed'));
  }

  #time(ts: number, iso: string, day: string): HTMLTimeElement {
    const time = el('time', { dateTime: iso }, iso.slice(11, 16));
    time.dataset['ts'] = String(ts);
    time.dataset['day'] = day;
    return time;
  }

  async #download(): Promise<void> {
    const { buildCalendar } = await import('~/lib/ics/build-calendar');
    const ics = buildCalendar(this.#starred(), this.#data.calendar);
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const link = el('a', { href: url, download: 'my-schedule.ics' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

customElements.define('my-schedule', MySchedule);
