// A closed "Name it": the room's spread of readings beside the author's
// reading and the author's reason, shown on the projector, the phones and
// the console once the facilitator closes naming (never before, so no one
// reads the author's answer first). A difference is a point to discuss.
import { HOW_LABELS, WHERE_LABELS, quadrantOf } from '../model/orientation.ts';
import type { SharedView } from '../room/protocol.ts';
import { el } from '../ui/dom.ts';
import { namingRows } from './room-model.ts';

export function nameItReveal(view: SharedView): HTMLElement | null {
  if (!view.naming) return null;
  const author = view.nameItAuthor;
  const authorQuadrant = author ? quadrantOf(author.where, author.how) : null;
  const named = Object.values(view.naming).reduce((a, b) => a + b, 0);
  return el(
    'div',
    { class: 'name-it-reveal' },
    el(
      'table',
      { class: 'naming' },
      el('caption', {}, 'How the room named the proposal'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Reading'), el('th', { scope: 'col' }, 'People'))),
      el(
        'tbody',
        {},
        ...namingRows(view.naming).map((row) =>
          el(
            'tr',
            { class: row.quadrant === authorQuadrant ? 'author-row' : undefined },
            el(
              'th',
              { scope: 'row' },
              row.reading,
              el('span', { class: 'reading' }, row.name),
              row.quadrant === authorQuadrant ? el('span', { class: 'author-mark' }, 'The author’s reading') : null,
            ),
            el('td', {}, String(row.count)),
          ),
        ),
      ),
    ),
    author
      ? el(
          'div',
          { class: 'author-reading-box' },
          el(
            'p',
            {},
            el(
              'strong',
              {},
              `The author read it as ${WHERE_LABELS[author.where].toLowerCase()} · ${HOW_LABELS[author.how].toLowerCase()}. `,
            ),
            `${view.naming[authorQuadrant!]} of ${named} in the room read it the same way.`,
          ),
          author.reading ? el('p', {}, `The author’s reason: ${author.reading}`) : null,
          author.contested
            ? el('p', { class: 'contested' }, 'Contested: practitioners disagree here. A point to discuss, not a right answer.')
            : null,
        )
      : null,
  );
}
