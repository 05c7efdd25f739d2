import type { ScenarioMeta } from '../model/scenario.ts';
import { button, el } from './dom.ts';
import { showScreen } from './screen.ts';
import type { Screen } from './screen.ts';

export function renderPrebrief(screen: Screen, meta: ScenarioMeta, begin: () => void, back: () => void): void {
  showScreen(
    screen,
    `Before you begin: ${meta.title}`,
    el('p', { class: 'lede' }, meta.summary),
    el(
      'section',
      { 'aria-labelledby': 'role-heading' },
      el('h2', { id: 'role-heading' }, 'Your part in it'),
      el('p', {}, meta.cast.you ? `Your role: ${meta.cast.you.role}.` : 'You sit on the panel.'),
      el(
        'p',
        {},
        'This is a fiction built from research: the people, places and services are invented, but the dilemmas are ones practitioners meet. Play it as you would do the job, not as you think the game wants. Every option has a real benefit and a real cost; the game reads your choices, it does not mark them.',
      ),
    ),
    meta.objectives.length
      ? el(
          'section',
          { 'aria-labelledby': 'objectives-heading' },
          el('h2', { id: 'objectives-heading' }, 'What this scenario will help you do'),
          el('ul', {}, ...meta.objectives.map((o) => el('li', {}, o))),
        )
      : null,
    el(
      'section',
      { 'aria-labelledby': 'primer-heading' },
      el('h2', { id: 'primer-heading' }, 'Where, how, and the four domains'),
      el(
        'p',
        {},
        "The game reads every response on two questions from Owens and Lloyd (2023). Where does it act: on a young person, or on the context around them (a place, a peer group, a school, an estate)? How does it act: by changing young people's behaviour (teaching, warning, sanctioning, moving them), or by changing the conditions that drive the harm (who is there to look out for them, whether they are welcome, the rules of the place)?",
      ),
      el(
        'details',
        {},
        el('summary', {}, 'The four domains of contextual safeguarding'),
        el(
          'ol',
          {},
          el('li', {}, 'Target the social conditions of harm, not only the young person.'),
          el('li', {}, 'Bring extra-familial contexts into child-protection and welfare frameworks.'),
          el('li', {}, 'Work in partnership with those who shape those contexts.'),
          el('li', {}, 'Measure success by change in the context as well as in the young person.'),
        ),
      ),
    ),
    el(
      'section',
      { 'aria-labelledby': 'contains-heading' },
      el('h2', { id: 'contains-heading' }, 'What this scenario contains'),
      el('ul', {}, ...meta.themes.map((theme) => el('li', {}, theme))),
      el('p', {}, 'Nothing is described graphically. Harm is talked about the way professionals talk about it in a meeting.'),
    ),
    el(
      'section',
      { 'aria-labelledby': 'how-heading' },
      el('h2', { id: 'how-heading' }, 'How it works'),
      el(
        'ul',
        {},
        el('li', {}, `It takes about ${meta.minutes} minutes.`),
        el(
          'li',
          {},
          "There is no single right answer, and no score. Afterwards, a debrief shows where and how your panel's responses acted, and what followed.",
        ),
        el(
          'li',
          {},
          'You can stop at any time without penalty: use "Leave scenario" at the top of the page. You can choose a different scenario instead.',
        ),
      ),
    ),
    el(
      'section',
      { 'aria-labelledby': 'support-heading' },
      el('h2', { id: 'support-heading' }, 'Looking after yourself'),
      el(
        'p',
        {},
        "If this material touches something in your own life or work, it is fine to stop. Talk to your supervisor, your tutor or someone you trust, or use your employer's or university's support service.",
      ),
      el('p', {}, 'If you write anything during the game, do not include names or details that could identify a real person.'),
    ),
    el('div', { class: 'actions' }, button('Begin the scenario', begin, { class: 'primary' }), button('Back to the scenarios', back)),
  );
}
