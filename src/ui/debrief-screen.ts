import type { Debrief } from '../model/debrief.ts';
import type { RoadNotTaken } from '../play/playthrough.ts';
import { button, el, scrollable } from './dom.ts';
import { showScreen } from './screen.ts';
import type { Screen } from './screen.ts';
import { renderWhereHowChart } from './where-how-chart.ts';
import { renderDynamicsChart } from './line-chart.ts';
import { renderAwareness, renderDomains, renderPlaceOverTime, renderRoadsNotTaken } from './debrief-sections.ts';
import { renderGoalReview, renderLedger, renderPracticeSummary, renderPressure } from './debrief-judgements.ts';

// Reactions first, then analysis, then a summary with one thing to take into
// practice: the order simulation debriefing standards recommend.
function renderReactions(debrief: Debrief): HTMLElement {
  const pressed = debrief.pressure[0];
  return el(
    'section',
    { 'aria-labelledby': 'reactions-heading' },
    el('h2', { id: 'reactions-heading' }, 'First, your reactions'),
    el('p', {}, 'Before the analysis, take a minute with these. There are no right answers; if you are in a group, start here.'),
    el(
      'ul',
      {},
      el('li', {}, 'How did the ending land with you? Did it feel earned, unfair, or about right?'),
      el('li', {}, 'Which decision was hardest, and what made it hard?'),
      el(
        'li',
        {},
        pressed
          ? `At decision ${pressed.turn} the room pressed hard. What did that feel like from the chair you were in?`
          : 'Where did you feel the room pulling, even when it did not press hard?',
      ),
    ),
  );
}

export interface DebriefActions {
  reflect: () => void;
  replay: () => void;
  toTitle: () => void;
}

export function renderDebrief(screen: Screen, debrief: Debrief, roads: RoadNotTaken[], actions: DebriefActions): void {
  const { orientation } = debrief;
  const summary = el(
    'section',
    { 'aria-labelledby': 'plan-heading', class: 'plan-summary' },
    el('h2', { id: 'plan-heading' }, `Your plan: ${debrief.planName}`),
    el('p', { class: 'lede' }, debrief.planDescription),
    debrief.rightPlaceWrongMethod
      ? el(
          'p',
          { class: 'notice' },
          'Your plan chose the right place to act, but most of its actions worked by moving, dispersing or correcting the young people in it. The research found this pattern common: WHERE changed, HOW did not.',
        )
      : null,
    el(
      'p',
      {},
      `${orientation.actions} actions adopted: ${orientation.context} acting on the context, ${orientation.actions - orientation.context} on a young person; ${orientation.ecological} ecological, ${orientation.actions - orientation.ecological} behaviour-based.`,
    ),
    renderWhereHowChart(debrief.decisions, orientation.quadrant),
  );
  const dynamics = el(
    'section',
    { 'aria-labelledby': 'dynamics-heading' },
    el('h2', { id: 'dynamics-heading' }, 'Risk, anxiety and trust over the meeting'),
    renderDynamicsChart(debrief.history),
    scrollable(
      el(
        'table',
        {},
        el('caption', {}, 'Every measure at the start and the end'),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col' }, 'Measure'),
            el('th', { scope: 'col' }, 'Start'),
            el('th', { scope: 'col' }, 'End'),
            el('th', { scope: 'col' }, 'Out of'),
          ),
        ),
        el(
          'tbody',
          {},
          ...debrief.changes.map((c) =>
            el(
              'tr',
              {},
              el('th', { scope: 'row' }, c.label),
              el('td', {}, String(c.start)),
              el('td', {}, String(c.end)),
              el('td', {}, String(c.max)),
            ),
          ),
          el(
            'tr',
            {},
            el('th', { scope: 'row' }, 'Awareness (naming it)'),
            el('td', {}, '–'),
            el('td', {}, String(debrief.awareness.score)),
            el('td', {}, '10'),
          ),
        ),
      ),
      'Every measure at the start and the end',
    ),
  );
  const research = el(
    'section',
    { 'aria-labelledby': 'research-heading' },
    el('h2', { id: 'research-heading' }, 'What the research found'),
    ...debrief.research.map((p) => el('p', {}, p)),
    el('ul', { class: 'citations' }, ...debrief.cite.map((c) => el('li', {}, c))),
  );
  showScreen(
    screen,
    `Debrief: ${debrief.title}`,
    el('p', { class: 'lede' }, 'There is no score. This is a picture of what your panel did, to think about and talk over.'),
    renderReactions(debrief),
    el('h2', { class: 'part-heading' }, 'Analysis'),
    summary,
    renderLedger(debrief),
    renderGoalReview(debrief),
    renderPressure(debrief),
    renderDomains(debrief),
    renderPlaceOverTime(debrief),
    renderRoadsNotTaken(roads),
    dynamics,
    renderAwareness(debrief),
    renderPracticeSummary(debrief),
    research,
    el(
      'section',
      { 'aria-labelledby': 'next-heading', class: 'next-steps' },
      el('h2', { id: 'next-heading' }, 'What next'),
      el(
        'p',
        {},
        'This debrief is kept in your journal on this device. Reflecting on it is where most of the learning happens: six short prompts, with hints from your own decisions, and a CPD record and certificate to download.',
      ),
      el(
        'div',
        { class: 'actions' },
        button('Write your reflection', actions.reflect, { class: 'primary' }),
        button('Play this scenario again', actions.replay),
        button('Back to the scenarios', actions.toTitle),
      ),
    ),
  );
}
