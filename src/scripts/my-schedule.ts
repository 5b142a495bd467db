import type { CalendarOptions, CalendarTalk } from '~/lib/ics/build-calendar';
import { overlaps } from '~/lib/program/schedule';
import { formatDayLabel, formatInZone, isoDateInZone } from '~/lib/program/format-in-zone';
import { onStarredChange, setStarred, starredIds } from './starred';
import { ZONE_CHANGE, chosenZone } from './zone-choice';

interface ScheduleTalk extends CalendarTalk {
  path: string;
  trackId: string;
  day: string;
  dayTitle: string;
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
  #data = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!) as { calendar: CalendarOptions; timeZone: string; talks: ScheduleTalk[] };

  connectedCallback(): void {
    this.querySelector<HTMLElement>('.my-schedule-tools')!.hidden = false;
    this.querySelector<HTMLElement>('.my-schedule-fallback')!.hidden = true;
    this.querySelector('[data-download]')!.addEventListener('click', () => void this.#download());
    onStarredChange(() => this.#render());
    document.addEventListener(ZONE_CHANGE, () => this.#render());
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
    // Day, times and conflicts all in one zone: the event's, or the reader's if they chose it.
    const zone = chosenZone(this.#data.timeZone);
    const when = (talk: ScheduleTalk) => {
      // In event time a session past midnight stays on its conference day, as on the agenda.
      const inEventZone = zone === this.#data.timeZone;
      const day = inEventZone ? talk.day : isoDateInZone(talk.start, zone);
      return { day, title: inEventZone ? talk.dayTitle : formatDayLabel(talk.start, zone), from: formatInZone(talk.start, zone, day), to: formatInZone(talk.end, zone, day) };
    };
    const clashes: string[] = [];
    talks.forEach((a, i) =>
      talks.slice(i + 1).forEach((b) => {
        if (!overlaps(a, b)) return;
        const [wa, wb] = [when(a), when(b)];
        const other = wb.day === wa.day ? `${wb.from}–${wb.to}` : `${wb.title} ${wb.from}–${wb.to}`;
        clashes.push(`“${a.title}”与“${b.title}”时间重叠（${wa.title} ${wa.from}–${wa.to} / ${other}）`);
      }),
    );
    this.querySelector('.my-schedule-warnings')!.replaceChildren(
      ...(clashes.length ? [el('div', { className: 'notice warning' }, el('p', {}, el('strong', {}, '时间冲突：')), el('ul', {}, ...clashes.map((text) => el('li', {}, text))))] : []),
    );
    this.querySelector('.my-schedule-list')!.replaceChildren(
      ...talks.map((talk) => {
        const remove = el('button', { type: 'button', className: 'button' }, '取消收藏');
        remove.setAttribute('aria-label', `取消收藏：${talk.title}`);
        remove.addEventListener('click', () => setStarred(talk.id, false));
        const w = when(talk);
        const line = el('p', { className: 'talk-when' }, el('span', { className: 'talk-day' }, w.title), ' ');
        line.append(el('time', { dateTime: talk.startIso }, w.from), '–', el('time', { dateTime: talk.endIso }, w.to), el('span', { className: 'talk-room' }, talk.room));
        return el(
          'li',
          { className: 'talk-card' },
          line,
          el('h2', { className: 'talk-title' }, el('a', { href: talk.path }, talk.title)),
          el('p', { className: 'talk-badges' }, el('span', { className: `track-chip track-${talk.trackId}` }, talk.track), el('span', { className: 'badge' }, talk.format)),
          remove,
        );
      }),
    );
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
