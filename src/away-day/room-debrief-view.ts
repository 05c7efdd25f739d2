// The room's debrief as the console and the projector show it: first what
// only a room has (questions for the conversation, the room's plan on the
// map, each agency's votes, where the room split most and the road not taken
// from there, the pressure met or resisted), then everything the solo
// debrief shows, drawn by the solo debrief's own sections. Totals only.
import { QUADRANTS } from '../model/orientation.ts';
import type { Quadrant } from '../model/orientation.ts';
import type { AgencyProfile, DecisionVotes, RoomDebrief } from '../room/room-debrief.ts';
import { renderGoalReview, renderLedger, renderPracticeSummary } from '../ui/debrief-judgements.ts';
import { renderAwareness, renderDomains, renderPlaceOverTime, renderRoad, renderRoadsNotTaken } from '../ui/debrief-sections.ts';
import { el, scrollable } from '../ui/dom.ts';
import { tallyTableFrom } from './room-dom.ts';
import { renderDynamicsChart } from '../ui/line-chart.ts';
import { renderWhereHowChart } from '../ui/where-how-chart.ts';

const QUADRANT_ORDER = Object.keys(QUADRANTS) as Quadrant[];
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function section(id: string, heading: string, ...children: (Node | null)[]): HTMLElement {
  return el('section', { 'aria-labelledby': id, class: 'room-debrief-part' }, el('h2', { id }, heading), ...children);
}

function prompts(room: RoomDebrief): HTMLElement {
  return section(
    'room-prompts-heading',
    'Questions for the room',
    el('p', {}, 'There is no score. Start with reactions: how did the ending land, and which decision was hardest?'),
    el('ol', { class: 'room-prompts' }, ...room.prompts.map((p) => el('li', {}, p))),
  );
}

function plan(room: RoomDebrief): HTMLElement {
  const { debrief } = room;
  const { orientation } = debrief;
  return section(
    'room-plan-heading',
    `The room's plan: ${debrief.planName}`,
    el('p', { class: 'lede' }, debrief.planDescription),
    el(
      'p',
      {},
      `${plural(orientation.actions, 'action')} adopted: ${orientation.context} acting on the context, ${orientation.actions - orientation.context} on a young person; ${orientation.ecological} ecological, ${orientation.actions - orientation.ecological} behaviour-based.`,
    ),
    renderWhereHowChart(debrief.decisions, orientation.quadrant, 'room'),
  );
}

function profileRow(p: AgencyProfile): HTMLElement {
  return el(
    'tr',
    {},
    el('th', { scope: 'row' }, p.label),
    ...QUADRANT_ORDER.map((q) => el('td', {}, String(p.byQuadrant[q]))),
    el('td', {}, String(p.offMap)),
    el('td', {}, String(p.votes)),
  );
}

function profiles(room: RoomDebrief): HTMLElement {
  const caption = "Each agency's votes over the session, by the reading of the option voted for";
  return section(
    'room-profiles-heading',
    "Each agency's votes on the map",
    el('p', {}, 'Agencies with fewer than two people are counted with other seats, so no one’s vote can be read off.'),
    room.profiles.length
      ? scrollable(
          el(
            'table',
            { class: 'profiles' },
            el('caption', {}, caption),
            el(
              'thead',
              {},
              el(
                'tr',
                {},
                el('th', { scope: 'col' }, 'Agency'),
                ...QUADRANT_ORDER.map((q) => el('th', { scope: 'col' }, QUADRANTS[q].name)),
                el('th', { scope: 'col' }, 'Off the map'),
                el('th', { scope: 'col' }, 'All votes'),
              ),
            ),
            el('tbody', {}, ...room.profiles.map(profileRow)),
          ),
          caption,
        )
      : el('p', {}, 'No votes were cast.'),
  );
}

function splitTable(votes: DecisionVotes): HTMLElement {
  return tallyTableFrom(
    {
      groups: votes.groups.map(({ agency, label }) => ({ agency, label })),
      rows: votes.options.map((o) => ({
        option: o.index,
        text: o.text,
        total: o.votes,
        counts: votes.groups.map((g) => g.votes[o.index] ?? 0),
        reading: o.reading,
      })),
    },
    `Decision ${votes.turn}: how the room voted (it chose "${votes.chosen}")`,
  );
}

function splitPart(room: RoomDebrief): HTMLElement {
  const { split } = room;
  const splitVotes = room.votes.find((v) => v.turn === split?.turn);
  if (!split)
    return section(
      'room-split-heading',
      'Where the room split most',
      el('p', {}, 'The room never split: at every decision the votes went to one option.'),
    );
  return section(
    'room-split-heading',
    `Where the room split most: decision ${split.turn}`,
    el(
      'p',
      {},
      `The most-voted option had ${Math.round(split.winningShare * 100)}% of ${plural(split.votes, 'vote')} (${split.decidedBy === 'majority' ? 'the room’s majority decided' : 'the facilitator made the call'}). The road not taken replays the session with "${split.alternative.text}", which had ${plural(split.alternative.votes, 'vote')}.`,
    ),
    splitVotes ? splitTable(splitVotes) : null,
    split.road ? renderRoad(split.road, 'room') : null,
  );
}

function pressure(room: RoomDebrief): HTMLElement {
  return section(
    'room-pressure-heading',
    'The pressure the game applied',
    room.pressure.length
      ? el(
          'ul',
          {},
          ...room.pressure.map((p) =>
            el(
              'li',
              {},
              el('strong', {}, `Decision ${p.turn}: ${p.followed ? 'the room went with the pressure' : 'the room chose otherwise'}. `),
              `The game pressed for ${p.pressed.map((t) => `"${t}"`).join(' and ')}; ${p.pressedVotes} of ${plural(p.votes, 'vote')} went to pressed options. The room chose "${p.chose}".`,
            ),
          ),
        )
      : el('p', {}, 'The game pressed no option hard in this session.'),
  );
}

function dynamics(room: RoomDebrief): HTMLElement {
  return section(
    'room-dynamics-heading',
    'Risk, anxiety and trust over the meeting',
    renderDynamicsChart(room.debrief.history),
    el(
      'ul',
      {},
      ...room.debrief.changes.map((c) => el('li', {}, `${c.label}: ${c.start} at the start, ${c.end} at the end (out of ${c.max})`)),
    ),
  );
}

/** Tags a section with its part's id (debrief-parts.ts), so the projector can show it alone. */
function tagged(part: string, section: HTMLElement): HTMLElement {
  section.dataset.part = part;
  return section;
}

export function roomDebriefView(room: RoomDebrief): HTMLElement {
  const { debrief } = room;
  return el(
    'div',
    { class: 'room-debrief' },
    el('h2', { id: 'room-debrief-heading', class: 'part-heading' }, "The room's debrief"),
    tagged('questions', prompts(room)),
    tagged('plan', plan(room)),
    tagged('votes', profiles(room)),
    tagged('split', splitPart(room)),
    tagged('pressure', pressure(room)),
    el('h2', { class: 'part-heading' }, 'Analysis'),
    tagged('ledger', renderLedger(debrief)),
    tagged('goal', renderGoalReview(debrief, 'room')),
    tagged('domains', renderDomains(debrief)),
    tagged('place', renderPlaceOverTime(debrief)),
    tagged('roads', renderRoadsNotTaken(room.roads, 'room')),
    tagged('dynamics', dynamics(room)),
    tagged('naming', renderAwareness(debrief, 'room')),
    tagged('summary', renderPracticeSummary(debrief, 'room')),
    tagged(
      'research',
      section(
        'room-research-heading',
        'What the research found',
        ...debrief.research.map((p) => el('p', {}, p)),
        el('ul', { class: 'citations' }, ...debrief.cite.map((c) => el('li', {}, c))),
      ),
    ),
  );
}
