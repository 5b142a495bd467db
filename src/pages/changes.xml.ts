import type { APIContext } from 'astro';
import { XMLBuilder } from 'fast-xml-parser';
import { createHash } from 'node:crypto';
import { getChanges } from '~/data/changes';
import { getProgram } from '~/data/program';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });

const TITLE = { moved: '调整', cancelled: '取消', added: '新增' } as const;

/**
 * /changes.xml: the change log as an Atom feed. An entry's id names the session and what it
 * changed to, so a later change to the same session is a new entry to feed readers. `updated` is
 * the build time (SOURCE_DATE_EPOCH when set, for reproducible builds): a static build knows no
 * earlier moment at which it saw the change.
 */
export async function GET({ site }: APIContext) {
  const { changes } = await getChanges();
  const program = await getProgram();
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  const updated = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString();
  const page = new URL('/changes/', site).href;
  const feed = {
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': 'zh-CN',
      title: `${program.event.name} · 变更记录`,
      id: page,
      updated,
      link: [
        { '@_rel': 'self', '@_href': new URL('/changes.xml', site).href },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': page },
      ],
      author: { name: program.event.name },
      entry: changes.map((change) => {
        const state = JSON.stringify(change.kind === 'cancelled' ? change.before : change.after);
        const digest = createHash('sha256').update(`${change.kind}:${state}`).digest('hex').slice(0, 12);
        return {
          title: `${TITLE[change.kind]}：${change.title}`,
          id: `urn:uuid:${change.guid}#${change.kind}-${digest}`,
          updated,
          link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': change.talk ? new URL(change.talk.url, site).href : page },
          summary: change.text,
        };
      }),
    },
  };
  return new Response(builder.build(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
