import type { ScenarioSummary } from '../machines/game-machine.ts';
import { button, el } from './dom.ts';
import { showScreen } from './screen.ts';
import type { Screen } from './screen.ts';

export function renderTitle(screen: Screen, scenarios: ScenarioSummary[], error: string | null, select: (id: string) => void): void {
  const list = el('ul', { class: 'scenario-list', 'aria-label': 'Scenarios' });
  for (const { id, meta } of scenarios) {
    list.append(el('li', { class: 'scenario-card' },
      el('h3', {}, meta.title),
      el('p', {}, meta.summary),
      el('p', { class: 'meta' }, `About ${meta.minutes} minutes. ${meta.setting}.`),
      button(`Read the briefing for ${meta.title}`, () => select(id), { class: 'primary' }),
    ));
  }
  showScreen(screen, 'Rules at Play',
    error ? el('p', { class: 'notice error', role: 'alert' }, error) : el('span'),
    el('p', { class: 'lede' },
      'You sit on a multi-agency panel that must respond when young people are harmed outside their families. ',
      'Every response is read on two questions from the research: where it acts (on a young person, or on the place and the people around them) and how (by changing young people\'s behaviour, or by changing the conditions that drive the harm).'),
    el('section', { 'aria-labelledby': 'choose-heading' }, el('h2', { id: 'choose-heading' }, 'Choose a scenario'), list),
    el('section', { 'aria-labelledby': 'about-heading', class: 'about' },
      el('h2', { id: 'about-heading' }, 'About this game'),
      el('p', {}, 'The scenarios are drawn from research with five children\'s services departments in England and Wales: Owens, R. & Lloyd, J. (2023) "From behaviour-based to ecological: Multi-agency partnership responses to extra-familial harm", Journal of Social Work. People, places and programmes are invented.'),
      el('p', {}, 'Everything you do stays on this device. Nothing is sent anywhere.'),
    ),
  );
}
