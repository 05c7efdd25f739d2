import type { Debrief } from '../model/debrief.ts';
import { HOW_LABELS, QUADRANTS, WHERE_LABELS } from '../model/orientation.ts';
import { button, el } from './dom.ts';
import { showScreen } from './screen.ts';
import type { Screen } from './screen.ts';
import { renderWhereHowMap } from './where-how-map.ts';

export function renderDebrief(screen: Screen, debrief: Debrief, replay: () => void, toTitle: () => void): void {
  const summary = el('section', { 'aria-labelledby': 'plan-heading', class: 'plan-summary' },
    el('h2', { id: 'plan-heading' }, `Your plan: ${debrief.planName}`),
    el('p', { class: 'lede' }, debrief.planDescription),
    debrief.rightPlaceWrongMethod
      ? el('p', { class: 'notice' }, 'Your plan chose the right place to act, the park, but most of its actions worked by moving, dispersing or correcting the young people in it. The research calls this pattern common: WHERE changed, HOW did not.')
      : null,
    el('p', {}, `${debrief.orientation.actions} actions adopted: ${debrief.orientation.context} acting on the context, ${debrief.orientation.actions - debrief.orientation.context} on a young person; ${debrief.orientation.ecological} ecological, ${debrief.orientation.actions - debrief.orientation.ecological} behaviour-based.`),
    renderWhereHowMap(debrief.plan, debrief.orientation.quadrant),
  );
  const decisions = el('section', { 'aria-labelledby': 'decisions-heading' },
    el('h2', { id: 'decisions-heading' }, 'Every decision, in order'),
    el('table', {},
      el('caption', {}, 'Each decision and how it reads on the two axes'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'No.'), el('th', { scope: 'col' }, 'Decision'),
        el('th', { scope: 'col' }, 'Where'), el('th', { scope: 'col' }, 'How'), el('th', { scope: 'col' }, 'Quadrant'), el('th', { scope: 'col' }, 'In the plan?'))),
      el('tbody', {}, ...debrief.decisions.map((d) => el('tr', {},
        el('td', {}, String(d.turn)), el('td', {}, d.text), el('td', {}, WHERE_LABELS[d.where]), el('td', {}, HOW_LABELS[d.how]),
        el('td', {}, QUADRANTS[d.quadrant].name), el('td', {}, d.adopted ? 'Yes' : 'No')))),
    ),
  );
  const changes = el('section', { 'aria-labelledby': 'changes-heading' },
    el('h2', { id: 'changes-heading' }, 'How the room changed'),
    el('table', {},
      el('caption', {}, 'Readings at the start and the end of the scenario'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Measure'), el('th', { scope: 'col' }, 'Start'), el('th', { scope: 'col' }, 'End'), el('th', { scope: 'col' }, 'Out of'))),
      el('tbody', {}, ...debrief.changes.map((c) => el('tr', {},
        el('th', { scope: 'row' }, c.label), el('td', {}, String(c.start)), el('td', {}, String(c.end)), el('td', {}, String(c.max))))),
    ),
  );
  const research = el('section', { 'aria-labelledby': 'research-heading' },
    el('h2', { id: 'research-heading' }, 'What the research found'),
    ...debrief.research.map((p) => el('p', {}, p)),
    el('ul', { class: 'citations' }, ...debrief.cite.map((c) => el('li', {}, c))),
  );
  showScreen(screen, `Debrief: ${debrief.title}`,
    el('p', { class: 'lede' }, 'There is no score. This is a picture of what your panel did, to think about and talk over.'),
    summary, decisions, changes, research,
    el('div', { class: 'actions' },
      button('Play this scenario again', replay, { class: 'primary' }),
      button('Back to the scenarios', toTitle)),
  );
}
