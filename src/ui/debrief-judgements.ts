// The debrief's analysis of choices as dilemmas: what each part of the plan
// cost and bought, the plan against its goal, and where the room pressed.
// Lists rather than wide tables, so they read the same on a phone.
import type { Debrief } from '../model/debrief.ts';
import type { LedgerItem } from '../model/ledger.ts';
import { PRESSURE_REASONS } from '../model/rules.ts';
import { el } from './dom.ts';
import { WHO_WORDS } from './debrief-who.ts';
import type { Who } from './debrief-who.ts';

function sideList(items: LedgerItem[], title: string): HTMLElement {
  return el(
    'div',
    {},
    el('h4', {}, title),
    items.length
      ? el(
          'ul',
          {},
          ...items.map((i) =>
            el(
              'li',
              {},
              i.words.charAt(0).toUpperCase() + i.words.slice(1),
              i.when === 'later' ? el('span', { class: 'note' }, ' (in the place, from the next time skip)') : '',
            ),
          ),
        )
      : el('p', { class: 'note' }, 'Nothing recorded.'),
  );
}

export function renderLedger(debrief: Debrief): HTMLElement {
  const turns = [...new Set(debrief.ledger.map((i) => i.turn))];
  return el(
    'section',
    { 'aria-labelledby': 'ledger-heading' },
    el('h2', { id: 'ledger-heading' }, 'What each choice cost, and what it bought'),
    el(
      'p',
      {},
      'Every action and goal the panel agreed had a price and a payoff, whichever way it leaned. Some payoffs come at once and fade; some costs come first and pay later.',
    ),
    turns.length
      ? el(
          'ul',
          { class: 'ledger' },
          ...turns.map((turn) => {
            const items = debrief.ledger.filter((i) => i.turn === turn);
            return el(
              'li',
              {},
              el('h3', {}, `Decision ${turn}: ${items[0]?.decision ?? ''}`),
              el(
                'div',
                { class: 'sides' },
                sideList(
                  items.filter((i) => i.side === 'benefit'),
                  'What it bought',
                ),
                sideList(
                  items.filter((i) => i.side === 'cost'),
                  'What it cost',
                ),
              ),
            );
          }),
        )
      : el('p', {}, 'The panel agreed no actions and no goal, so nothing was spent and nothing was bought.'),
  );
}

export function renderGoalReview(debrief: Debrief, who: Who = 'you'): HTMLElement {
  const { goal } = debrief;
  return el(
    'section',
    { 'aria-labelledby': 'goal-heading' },
    el('h2', { id: 'goal-heading' }, `The plan against ${WHO_WORDS[who].goalSet}`),
    goal.goal ? el('p', {}, el('strong', {}, `${WHO_WORDS[who].goal}: `), goal.goal.replace(/^goal:\s*/i, '')) : null,
    el('p', {}, goal.summary),
  );
}

export function renderPressure(debrief: Debrief): HTMLElement {
  const points = debrief.pressure;
  return el(
    'section',
    { 'aria-labelledby': 'pressure-heading' },
    el('h2', { id: 'pressure-heading' }, 'Where the room pressed hard'),
    points.length
      ? el(
          'div',
          {},
          el(
            'p',
            {},
            "When risk and professional anxiety were both high, some options were offered first and argued hard. Nothing was forced. The research found rooms under this pressure deferring to quick, visible methods aimed at young people's behaviour.",
          ),
          el(
            'ul',
            {},
            ...points.map((p) =>
              el(
                'li',
                {},
                `Decision ${p.turn}: the room pressed for ${p.pressed.map((t) => `"${t}"`).join(' and ')}. `,
                p.followed ? 'The panel went that way.' : `The panel chose "${p.chose}" instead.`,
              ),
            ),
          ),
          el(
            'details',
            {},
            el('summary', {}, 'How the game decides what the room presses for'),
            el('p', {}, PRESSURE_REASONS.author),
            el('p', {}, PRESSURE_REASONS.default),
          ),
        )
      : el('p', {}, 'Risk and anxiety never rose high enough together for the room to press hard for anything.'),
  );
}

export function renderPracticeSummary(debrief: Debrief, who: Who = 'you'): HTMLElement {
  return el(
    'section',
    { 'aria-labelledby': 'summary-heading', class: 'debrief-summary' },
    el('h2', { id: 'summary-heading' }, 'Summary'),
    debrief.objectives.length
      ? el(
          'div',
          {},
          el('p', {}, 'This scenario set out to help you:'),
          el('ul', {}, ...debrief.objectives.map((o) => el('li', {}, o))),
          el('p', {}, `Which of these did ${WHO_WORDS[who].theRun} give you something to think about?`),
        )
      : null,
    el('h3', {}, 'One thing to take into practice'),
    el('p', { class: 'notice' }, debrief.practice),
  );
}
