import type { Locale } from '../../i18n/locales.ts';
import type { ProgramEntries } from './build-program.ts';

/**
 * The program's entries as the `locale` edition shows them: each entry's `en` fields replace the
 * original ones where they exist, and the rest stay in the original language. A talk keeps the
 * language it is given in (`language`) and gains `textLanguage`, the language its title and
 * abstract are written in here, so a page can mark them (`lang`) when they differ from the page.
 */
export function localizeEntries<A extends { id: string }>(entries: ProgramEntries<A>, locale: Locale): ProgramEntries<A> {
  if (locale !== 'en') return { ...entries, talks: entries.talks.map((talk) => ({ ...talk, data: { ...talk.data, textLanguage: writtenIn(talk.data) } })) };
  return {
    ...entries,
    events: entries.events.map(({ data, ...entry }) => {
      const en = data.en;
      if (!en) return { ...entry, data };
      return {
        ...entry,
        data: {
          ...data,
          name: en.name,
          tagline: en.tagline,
          description: en.description,
          venue: en.venue,
          days: data.days.map((day, index) => ({ ...day, label: en.days[index] ?? day.label })),
          breaks: data.breaks.map((item) => ({ ...item, title: en.breaks[item.title] ?? item.title })),
        },
      };
    }),
    rooms: entries.rooms.map((entry) => ({ ...entry, data: { ...entry.data, name: entry.data.en?.name ?? entry.data.name } })),
    tracks: entries.tracks.map((entry) => ({ ...entry, data: { ...entry.data, ...entry.data.en } })),
    speakers: entries.speakers.map((entry) => {
      const en = entry.data.en;
      return en ? { ...entry, data: { ...entry.data, ...en, name: en.name ?? entry.data.name } } : entry;
    }),
    talks: entries.talks.map((entry) => {
      const en = entry.data.en;
      return { ...entry, data: en ? { ...entry.data, ...en, textLanguage: 'en' } : { ...entry.data, textLanguage: writtenIn(entry.data) } };
    }),
  };
}

/**
 * The language a talk's own title is written in: its spoken language, unless the title is in
 * Chinese (a session given in English may still be announced in Chinese, as the sample program's are).
 */
function writtenIn(talk: { title: string; language: string }): string {
  return /\p{Script=Han}/u.test(talk.title) ? 'zh-CN' : talk.language;
}
