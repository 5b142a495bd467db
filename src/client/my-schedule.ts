import type { CalendarOptions, CalendarTalk } from '~/lib/ics/build-calendar';
import { overlaps } from '~/lib/program/schedule';
import { readShareFragment, shareFragment } from '~/lib/program/share-link';
import { formatDayLabel, formatInZone, isoDateInZone } from '~/lib/program/format-in-zone';
import { onStarredChange, setStarred, starredIds } from './starred.ts';
import { ZONE_CHANGE, chosenZone } from './zone-choice.ts';
// The English edition's pages are <html lang="en"> (src/i18n/); one line here rather than a shared chunk on every page.
const english = document.documentElement.lang === 'en';
const prefix = english ? '/en' : '';

interface ScheduleTalk extends CalendarTalk {
  path: string;
  trackId: string;
  day: string;
  dayTitle: string;
  startIso: string;
  endIso: string;
  /** What changed since the last published program, when it did. */
  change?: string;
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
    this.querySelector('[data-share]')!.addEventListener('click', () => void this.#toggleShare());
    this.querySelector('[data-copy]')!.addEventListener('click', () => void navigator.clipboard?.writeText(this.querySelector<HTMLInputElement>('[data-share-link]')!.value));
    this.#setUpMerge();
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
    const changed = talks.filter((talk) => talk.change).length;
    this.querySelector('[role=status]')!.textContent = talks.length
      ? english
        ? `${talks.length} starred. ${changed ? `${changed} of them changed.` : ''}`
        : `已收藏 ${talks.length} 场。${changed ? `其中 ${changed} 场有变更。` : ''}`
      : english
        ? 'Nothing starred yet. Star sessions in the programme to add them.'
        : '还没有收藏任何场次。在议程中点“收藏”即可加入。';
    (this.querySelector('[data-download]') as HTMLButtonElement).disabled = talks.length === 0;
    (this.querySelector('[data-share]') as HTMLButtonElement).disabled = talks.length === 0;
    void this.#renderShare();
    // Day, times and conflicts all in one zone: the event's, or the reader's if they chose it.
    const zone = chosenZone(this.#data.timeZone);
    const lang = english ? 'en' : 'zh-CN';
    const when = (talk: ScheduleTalk) => {
      // In event time a session past midnight stays on its conference day, as on the agenda.
      const inEventZone = zone === this.#data.timeZone;
      const day = inEventZone ? talk.day : isoDateInZone(talk.start, zone);
      return { day, title: inEventZone ? talk.dayTitle : formatDayLabel(talk.start, zone, lang), from: formatInZone(talk.start, zone, day, false, lang), to: formatInZone(talk.end, zone, day, false, lang) };
    };
    const clashes: string[] = [];
    talks.forEach((a, i) =>
      talks.slice(i + 1).forEach((b) => {
        if (!overlaps(a, b)) return;
        const [wa, wb] = [when(a), when(b)];
        const other = wb.day === wa.day ? `${wb.from}–${wb.to}` : `${wb.title} ${wb.from}–${wb.to}`;
        clashes.push(english ? `“${a.title}” and “${b.title}” overlap (${wa.title} ${wa.from}–${wa.to} / ${other})` : `“${a.title}”与“${b.title}”时间重叠（${wa.title} ${wa.from}–${wa.to} / ${other}）`);
      }),
    );
    this.querySelector('.my-schedule-warnings')!.replaceChildren(
      ...(clashes.length ? [el('div', { className: 'notice warning' }, el('p', {}, el('strong', {}, english ? 'Clashes:' : '时间冲突：')), el('ul', {}, ...clashes.map((text) => el('li', {}, text))))] : []),
    );
    this.querySelector('.my-schedule-list')!.replaceChildren(
      ...talks.map((talk) => {
        const remove = el('button', { type: 'button', className: 'button' }, english ? 'Unstar' : '取消收藏');
        remove.setAttribute('aria-label', english ? `Unstar: ${talk.title}` : `取消收藏：${talk.title}`);
        remove.addEventListener('click', () => setStarred(talk.id, false));
        const w = when(talk);
        const line = el('p', { className: 'talk-when' }, el('span', { className: 'talk-day' }, w.title), ' ');
        line.append(el('time', { dateTime: talk.startIso }, w.from), '–', el('time', { dateTime: talk.endIso }, w.to), el('span', { className: 'talk-room' }, talk.room));
        return el(
          'li',
          { className: 'talk-card' },
          line,
          ...(talk.change ? [el('p', { className: 'notice warning change-notice' }, el('strong', {}, english ? 'Changed: ' : '有变更：'), talk.change)] : []),
          el('h2', { className: 'talk-title' }, el('a', { href: talk.path }, talk.title)),
          el('p', { className: 'talk-badges' }, el('span', { className: `track-chip track-${talk.trackId}` }, talk.track), el('span', { className: 'badge' }, talk.format)),
          remove,
        );
      }),
    );
  }

  /** Talk ids a share link opened here would add to this device's stars. */
  #pendingMerge: string[] = [];

  #setUpMerge(): void {
    const box = this.querySelector<HTMLElement>('.share-merge')!;
    const close = () => {
      box.hidden = true;
      this.#pendingMerge = [];
      history.replaceState(null, '', location.pathname + location.search);
    };
    box.querySelector('[data-merge]')!.addEventListener('click', () => {
      const added = this.#pendingMerge;
      for (const id of added) setStarred(id, true);
      close();
      this.querySelector('[role=status]')!.textContent += english ? ` Added ${added.length}.` : ` 已合并 ${added.length} 场。`;
    });
    box.querySelector('[data-dismiss]')!.addEventListener('click', close);
    // A link opened in a tab already on this page changes only the fragment.
    addEventListener('hashchange', () => this.#offerMerge());
    this.#offerMerge();
  }

  /** A share link opened here: offer to add its talks to this device's stars, never replace them. */
  #offerMerge(): void {
    const ids = readShareFragment(location.hash, new Set(this.#data.talks.map((talk) => talk.id)));
    if (!ids) return;
    const box = this.querySelector<HTMLElement>('.share-merge')!;
    const mine = starredIds();
    this.#pendingMerge = ids.filter((id) => !mine.has(id));
    const added = this.#pendingMerge.length;
    box.querySelector('[data-merge-text]')!.textContent = added
      ? english
        ? `This link carries ${ids.length} starred sessions, ${added} of them not yet in your schedule. Adding them keeps the stars you have.`
        : `这个链接带有 ${ids.length} 场收藏，其中 ${added} 场还不在你的日程中。合并后，你原有的收藏保持不变。`
      : english
        ? `This link carries ${ids.length} starred sessions, all already in your schedule.`
        : `这个链接带有 ${ids.length} 场收藏，都已在你的日程中。`;
    (box.querySelector('[data-merge]') as HTMLButtonElement).hidden = added === 0;
    box.hidden = false;
  }

  async #toggleShare(): Promise<void> {
    const panel = this.querySelector<HTMLElement>('.share-panel')!;
    const button = this.querySelector<HTMLButtonElement>('[data-share]')!;
    const open = panel.hidden;
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) await this.#renderShare();
  }

  /** Link, QR code (its code loads only here, on demand) and the track calendars that cover the stars. */
  async #renderShare(): Promise<void> {
    const panel = this.querySelector<HTMLElement>('.share-panel')!;
    if (panel.hidden) return;
    const talks = this.#starred();
    const url = `${location.origin}${location.pathname}${shareFragment(talks.map((talk) => talk.id))}`;
    panel.querySelector<HTMLInputElement>('[data-share-link]')!.value = url;
    const { qrSvg } = await import('./share-qr.ts');
    panel.querySelector('.share-qr')!.replaceChildren(qrSvg(url));
    const tracks = new Map(talks.map((talk) => [talk.trackId, talk.track]));
    const host = this.#data.calendar.host;
    panel.querySelector('[data-subscribe]')!.replaceChildren(
      ...(tracks.size
        ? [
            el('p', {}, english ? 'A downloaded .ics does not follow programme changes. To keep your calendar current, subscribe to the tracks these sessions are in (each brings all of its sessions):' : '下载的 .ics 不会随议程更新。想让日历跟着变更走，可以订阅覆盖这些收藏的分论坛日历（会包含该分论坛的全部场次）：'),
            el('ul', { className: 'calendar-links' }, ...[...tracks].map(([id, name]) => el('li', {}, el('a', { href: `webcal://${host}${prefix}/calendar/${id}.ics` }, english ? `Subscribe to “${name}” (webcal)` : `订阅“${name}”（webcal）`)))),
          ]
        : []),
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
