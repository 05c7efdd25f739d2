// The parts of the debrief beyond the map: domains, awareness, the place over
// time and the road not taken. Tables throughout, so nothing hides in a chart.
import type { Debrief } from '../model/debrief.ts';
import type { RoadNotTaken, PathOutcome } from '../play/playthrough.ts';
import { HOW_LABELS, WHERE_LABELS } from '../model/orientation.ts';
import { PLACE_INFO, PLACE_NAMES } from '../model/place.ts';
import { el, scrollable } from './dom.ts';
import { WHO_WORDS, changedLittleText, namingSummary } from './debrief-who.ts';
import type { Who } from './debrief-who.ts';

const OUTCOME_WORDS: Record<string, string> = {
  'out-of-sight': 'moved out of sight',
  connected: 'known to adults who look out for them',
  mixed: 'some closer to help, some further away',
  'quiet-but-displaced': 'quiet, with harm moved elsewhere',
  'watched-over': 'watched over by caring adults',
  unsettled: 'unsettled',
  trusting: 'trusting and talking',
  reporting: 'meeting and reporting',
  fragmenting: 'drifting apart',
};
const words = (id: string) => OUTCOME_WORDS[id] ?? id;

export function renderDomains(debrief: Debrief): HTMLElement {
  return el(
    'section',
    { 'aria-labelledby': 'domains-heading' },
    el('h2', { id: 'domains-heading' }, 'The four domains'),
    el(
      'p',
      {},
      'Contextual safeguarding asks a response to meet four domains. Only what the panel adopted, or agreed as its goal, counts here: a point argued on the way, or a visit to find out, is not a plan.',
    ),
    el(
      'ul',
      { class: 'domain-list' },
      ...debrief.domains.map((d) =>
        el('li', { class: d.met ? 'met' : 'missed' }, el('strong', {}, `${d.met ? 'Met' : 'Missed'}: ${d.label}. `), d.reason),
      ),
    ),
  );
}

export function renderAwareness(debrief: Debrief, who: Who = 'you'): HTMLElement {
  const { awareness, nameIts } = debrief;
  const words = WHO_WORDS[who];
  const reading = (o: { where: keyof typeof WHERE_LABELS; how: keyof typeof HOW_LABELS } | null) =>
    o ? `${WHERE_LABELS[o.where]} · ${HOW_LABELS[o.how]}` : 'Skipped';
  const authorCell = (n: Debrief['nameIts'][number]) =>
    el(
      'td',
      {},
      reading(n.author),
      n.reading ? el('span', { class: 'author-reading' }, n.reading) : '',
      n.contested ? el('span', { class: 'contested' }, 'Contested: a point to discuss, not a right answer.') : '',
    );
  return el(
    'section',
    { 'aria-labelledby': 'awareness-heading' },
    el('h2', { id: 'awareness-heading' }, 'Naming it'),
    el('p', {}, namingSummary(awareness, nameIts.length > 0, who)),
    nameIts.length
      ? scrollable(
          el(
            'table',
            {},
            el('caption', {}, `${words.labels} beside the author's, with the author's reason`),
            el(
              'thead',
              {},
              el(
                'tr',
                {},
                el('th', { scope: 'col' }, 'Proposal'),
                el('th', { scope: 'col' }, words.reading),
                el('th', { scope: 'col' }, "The author's reading"),
              ),
            ),
            el('tbody', {}, ...nameIts.map((n) => el('tr', {}, el('td', {}, n.proposal), el('td', {}, reading(n.given)), authorCell(n)))),
          ),
          `${words.labels} beside the author's`,
        )
      : null,
  );
}

export function renderPlaceOverTime(debrief: Debrief): HTMLElement {
  const points = debrief.placeHistory;
  return el(
    'section',
    { 'aria-labelledby': 'place-heading' },
    el('h2', { id: 'place-heading' }, 'The place over time'),
    scrollable(
      el(
        'table',
        {},
        el('caption', {}, 'The place at the start and after each time skip (0 to 10)'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Measure'), ...points.map((p) => el('th', { scope: 'col' }, p.label)))),
        el(
          'tbody',
          {},
          ...PLACE_NAMES.map((name) =>
            el(
              'tr',
              {},
              el(
                'th',
                { scope: 'row' },
                PLACE_INFO[name].label,
                el('span', { class: 'note' }, ` (${PLACE_INFO[name].meaning.toLowerCase()})`),
              ),
              ...points.map((p) => el('td', {}, String(p.place[name]))),
            ),
          ),
          el('tr', {}, el('th', { scope: 'row' }, 'Young people'), ...points.map((p) => el('td', {}, words(p.consequences.youngPeople)))),
          el(
            'tr',
            {},
            el('th', { scope: 'row' }, 'The partnership'),
            ...points.map((p) => el('td', {}, words(p.consequences.partnership))),
          ),
        ),
      ),
      'The place over time',
    ),
  );
}

function outcomeCells(o: PathOutcome): HTMLElement[] {
  return [
    el('td', {}, o.planName),
    el('td', {}, words(o.consequences.youngPeople)),
    el('td', {}, words(o.consequences.place)),
    el('td', {}, words(o.consequences.partnership)),
    el('td', {}, `${o.dynamics.trust} / ${o.dynamics.youthTrust}`),
  ];
}

/** A comparison with no difference teaches nothing: say so, and why. */
function renderChangedLittle(road: RoadNotTaken, who: Who): HTMLElement {
  return el('div', { class: 'road' }, el('h3', {}, `Decision ${road.turn}`), el('p', {}, changedLittleText(road, who)));
}

/** One road not taken: both paths side by side, or a note that the choice changed little. */
export function renderRoad(road: RoadNotTaken, who: Who = 'you'): HTMLElement {
  if (road.changedLittle) return renderChangedLittle(road, who);
  return scrollable(
    el(
      'table',
      { class: 'road' },
      el('caption', {}, `Decision ${road.turn}`),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, 'Path'),
          el('th', { scope: 'col' }, 'The plan'),
          el('th', { scope: 'col' }, 'Young people'),
          el('th', { scope: 'col' }, 'The place'),
          el('th', { scope: 'col' }, 'The partnership'),
          el('th', { scope: 'col' }, 'Trust: agencies / young people'),
        ),
      ),
      el(
        'tbody',
        {},
        el('tr', {}, el('th', { scope: 'row' }, `${WHO_WORDS[who].chose}: ${road.taken}`), ...outcomeCells(road.actual)),
        el('tr', {}, el('th', { scope: 'row' }, `Instead: ${road.alternative}`), ...outcomeCells(road.other)),
      ),
    ),
    `Decision ${road.turn}: the road not taken`,
  );
}

export function renderRoadsNotTaken(roads: RoadNotTaken[], who: Who = 'you'): HTMLElement {
  return el(
    'section',
    { 'aria-labelledby': 'roads-heading' },
    el('h2', { id: 'roads-heading' }, 'The road not taken'),
    el(
      'p',
      {},
      `Each comparison replays ${WHO_WORDS[who].theRun} with one key decision made differently, keeping ${WHO_WORDS[who].otherDecisions} where the story allows.`,
    ),
    ...roads.map((road) => renderRoad(road, who)),
    roads.length ? null : el('p', {}, `No key decision in this ${WHO_WORDS[who].run} had an alternative in another quadrant.`),
  );
}
