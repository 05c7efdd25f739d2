// "For trainers": a small screen of its own (trainers.html) where someone
// running a session downloads each scenario's facilitator guide and role
// cards. The files are made on this device; nothing is sent anywhere.
import type { ScenarioMeta } from '../model/scenario.ts';
import { button, el } from './dom.ts';
import { showScreen } from './screen.ts';
import type { Screen } from './screen.ts';

export type TrainerFileKind = 'guide' | 'cards';
export type TrainerFileFormat = 'pdf' | 'markdown';

export interface TrainersView {
  scenarios: { id: string; meta: ScenarioMeta; seats: number }[];
  /** Makes and downloads the file; resolves to its name, or rejects with a reason in plain words. */
  download: (id: string, kind: TrainerFileKind, format: TrainerFileFormat) => Promise<string>;
  /** Where the game's title screen is. */
  gameHref: string;
}

const FILES: { kind: TrainerFileKind; format: TrainerFileFormat; label: string; making: string }[] = [
  { kind: 'guide', format: 'pdf', label: 'Facilitator guide (PDF)', making: 'the facilitator guide (PDF)' },
  { kind: 'guide', format: 'markdown', label: 'Facilitator guide (Markdown)', making: 'the facilitator guide (Markdown)' },
  { kind: 'cards', format: 'pdf', label: 'Role cards (PDF, A5)', making: 'the role cards (PDF)' },
  { kind: 'cards', format: 'markdown', label: 'Role cards (Markdown)', making: 'the role cards (Markdown)' },
];

function scenarioCard(view: TrainersView, scenario: TrainersView['scenarios'][number]): HTMLElement {
  const { id, meta, seats } = scenario;
  const status = el('p', { class: 'export-status', role: 'status' });
  const run = async (file: (typeof FILES)[number]) => {
    status.textContent = `Making ${file.making} for ${meta.title} on this device…`;
    try {
      const name = await view.download(id, file.kind, file.format);
      status.textContent = `Made ${name}. Look in your downloads.`;
    } catch (error) {
      status.textContent = `${file.making} could not be made: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  const headingId = `trainer-${id}`;
  return el(
    'li',
    { class: 'scenario-card' },
    el('h3', { id: headingId }, meta.title),
    el('p', {}, meta.summary),
    el(
      'p',
      { class: 'meta' },
      `${seats} seat${seats === 1 ? '' : 's'} to fill. ${meta.objectives.length} learning objective${meta.objectives.length === 1 ? '' : 's'}.`,
    ),
    el(
      'div',
      { class: 'actions', role: 'group', 'aria-labelledby': headingId },
      ...FILES.map((file) => button(file.label, () => void run(file), { 'aria-label': `${file.label} for ${meta.title}` })),
    ),
    status,
  );
}

export function renderTrainers(screen: Screen, view: TrainersView): void {
  showScreen(
    screen,
    'For trainers',
    el(
      'p',
      { class: 'lede' },
      'Running a scenario with a room of students or an away-day group? Each scenario has a facilitator guide (objectives, timings for a 60- and a 90-minute session, the seats to fill, notes for every decision and time skip, the research behind them, and how to debrief) and a role card for each agency seat, to print.',
    ),
    el('p', {}, 'The files are made here, on this device, from the scenarios in this version of the game. Nothing is sent anywhere.'),
    el(
      'section',
      { 'aria-labelledby': 'trainer-scenarios' },
      el('h2', { id: 'trainer-scenarios' }, 'Guides and role cards'),
      el('ul', { class: 'scenario-list' }, ...view.scenarios.map((s) => scenarioCard(view, s))),
    ),
    el('p', {}, el('a', { href: view.gameHref }, 'Back to the game')),
  );
}
