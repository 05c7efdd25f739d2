import type { ScenarioMeta } from '../model/scenario.ts';
import { button, el } from './dom.ts';
import { showScreen } from './screen.ts';
import type { Screen } from './screen.ts';

export function renderPrebrief(screen: Screen, meta: ScenarioMeta, begin: () => void, back: () => void): void {
  showScreen(screen, `Before you begin: ${meta.title}`,
    el('p', { class: 'lede' }, meta.summary),
    el('section', { 'aria-labelledby': 'contains-heading' },
      el('h2', { id: 'contains-heading' }, 'What this scenario contains'),
      el('ul', {}, ...meta.themes.map((theme) => el('li', {}, theme))),
      el('p', {}, 'Nothing is described graphically. Harm is talked about the way professionals talk about it in a meeting.'),
    ),
    el('section', { 'aria-labelledby': 'how-heading' },
      el('h2', { id: 'how-heading' }, 'How it works'),
      el('ul', {},
        el('li', {}, `It takes about ${meta.minutes} minutes.`),
        el('li', {}, 'There is no single right answer, and no score. Afterwards, a debrief shows where and how your panel\'s responses acted, and what followed.'),
        el('li', {}, 'You can stop at any time without penalty: use "Leave scenario" at the top of the page. You can choose a different scenario instead.'),
      ),
    ),
    el('section', { 'aria-labelledby': 'support-heading' },
      el('h2', { id: 'support-heading' }, 'Looking after yourself'),
      el('p', {}, 'If this material touches something in your own life or work, it is fine to stop. Talk to your supervisor, your tutor or someone you trust, or use your employer\'s or university\'s support service.'),
      el('p', {}, 'If you write anything during the game, do not include names or details that could identify a real person.'),
    ),
    el('div', { class: 'actions' },
      button('Begin the scenario', begin, { class: 'primary' }),
      button('Back to the scenarios', back),
    ),
  );
}
