import type { ScenarioListing } from '../machines/game-machine.ts';
import type { SaveGame } from '../model/save-schema.ts';
import type { SaveProblem } from '../model/stored-problems.ts';
import { button, el } from './dom.ts';
import { showScreen } from './screen.ts';
import type { Screen } from './screen.ts';

export interface TitleView {
  scenarios: ScenarioListing[];
  error: string | null;
  inProgress: SaveGame[];
  problems: SaveProblem[];
  select: (id: string) => void;
  resume: (save: SaveGame) => void;
  restart: (id: string) => void;
  /** Deletes a save (offered for saves whose scenario no longer exists). */
  deleteSave: (id: string) => void;
  journalEntries: number;
  openJournal: () => void;
  /** Takes a new version of the game that is ready (offered here only, never mid-scenario); null when there is none. */
  update: (() => void) | null;
  /** What leaves the device: nothing (the web game), or progress to the learning system (an LMS package). */
  reporting?: Reporting;
}

export type Reporting = 'nothing' | 'learning-system';

/** What the player is told leaves the device, on the title screen and in the settings. */
export const WHAT_IS_SENT: Record<Reporting, string> = {
  nothing: 'Everything you do stays on this device. Nothing is sent anywhere.',
  // An LMS package reports to the learning system it was launched from (src/lms): the words say exactly what.
  'learning-system':
    'This copy of the game reports to the learning system that opened it: when you start and finish a scenario, and each decision (the option, its where and how, and the scenario). Your reasons, your reflections and your journal stay on this device unless you choose to send a summary.',
};

function renderUpdate(update: () => void): HTMLElement {
  return el(
    'section',
    { 'aria-labelledby': 'update-heading', class: 'update-offer' },
    el('h2', { id: 'update-heading' }, 'A new version of the game is ready'),
    el('p', {}, 'Updating reloads the page. Your saved games, journal and settings stay as they are, and you carry on where you left off.'),
    button('Update now', update, { class: 'primary' }),
  );
}

function when(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

function renderInProgress(view: TitleView): HTMLElement | null {
  const known = view.inProgress.filter((s) => view.scenarios.some((sc) => sc.id === s.scenarioId));
  if (!known.length && !view.problems.length) return null;
  return el(
    'section',
    { 'aria-labelledby': 'continue-heading', class: 'in-progress' },
    el('h2', { id: 'continue-heading' }, 'Carry on where you left off'),
    ...view.problems.map((p) =>
      el(
        'p',
        { class: 'notice error', role: 'alert' },
        `A saved game for "${p.scenarioId}" could not be opened. ${p.problem} It has been kept aside on this device, unchanged, and everything else works as normal.`,
      ),
    ),
    el(
      'ul',
      { class: 'scenario-list' },
      ...known.map((save) => {
        const decisions = save.events.filter((e) => e.type === 'choose').length;
        return el(
          'li',
          { class: 'scenario-card' },
          el('h3', {}, save.title),
          el('p', { class: 'meta' }, `${decisions} decision${decisions === 1 ? '' : 's'} made, saved ${when(save.savedAt)}.`),
          el(
            'div',
            { class: 'actions' },
            button(`Continue ${save.title}`, () => view.resume(save), { class: 'primary' }),
            button(`Start ${save.title} again`, () => view.restart(save.scenarioId)),
          ),
        );
      }),
    ),
  );
}

/**
 * Saves for scenarios this build does not have (a story file renamed or
 * removed): shown, never hidden, with what can be done about them.
 */
function renderOrphans(view: TitleView): HTMLElement | null {
  const orphans = view.inProgress.filter((s) => !view.scenarios.some((sc) => sc.id === s.scenarioId));
  if (!orphans.length) return null;
  return el(
    'section',
    { 'aria-labelledby': 'orphans-heading', class: 'in-progress' },
    el('h2', { id: 'orphans-heading' }, 'Saved games for scenarios this version does not have'),
    el(
      'ul',
      { class: 'scenario-list' },
      ...orphans.map((save) => {
        const decisions = save.events.filter((e) => e.type === 'choose').length;
        const card = el(
          'li',
          { class: 'scenario-card' },
          el('h3', {}, save.title),
          el(
            'p',
            {},
            `A saved game (${decisions} decision${decisions === 1 ? '' : 's'}, saved ${when(save.savedAt)}) belongs to the scenario "${save.scenarioId}", which this version of the game does not have: its story file may have been renamed or removed. Keep the save, and you can continue it if the scenario comes back under that name; or delete it.`,
          ),
          el(
            'div',
            { class: 'actions' },
            button(`Keep the save of ${save.title}`, () => {
              const done = el('p', { role: 'status', tabindex: -1 }, 'Kept on this device, unchanged.');
              card.replaceChildren(el('h3', {}, save.title), done);
              done.focus();
            }),
            button(`Delete the save of ${save.title}`, () => view.deleteSave(save.scenarioId)),
          ),
        );
        return card;
      }),
    ),
  );
}

function renderJournalLink(view: TitleView): HTMLElement {
  return el(
    'section',
    { 'aria-labelledby': 'journal-heading', class: 'journal-link' },
    el('h2', { id: 'journal-heading' }, 'Your journal'),
    el(
      'p',
      {},
      view.journalEntries
        ? `${view.journalEntries} finished scenario${view.journalEntries === 1 ? '' : 's'} with your reflections, kept on this device. Download CPD records and certificates from there.`
        : 'When you finish a scenario, its debrief and your reflection are kept here, on this device, with a CPD record and a certificate to download.',
    ),
    button('Open your journal', view.openJournal),
  );
}

export function renderTitle(screen: Screen, view: TitleView): void {
  const list = el('ul', { class: 'scenario-list', 'aria-label': 'Scenarios' });
  for (const { id, meta } of view.scenarios) {
    list.append(
      el(
        'li',
        { class: 'scenario-card' },
        el('h3', {}, meta.title),
        el('p', {}, meta.summary),
        el('p', { class: 'meta' }, `About ${meta.minutes} minutes. ${meta.setting}.`),
        button(`Read the briefing for ${meta.title}`, () => view.select(id), { class: 'primary' }),
      ),
    );
  }
  showScreen(
    screen,
    'Rules at Play',
    view.error ? el('p', { class: 'notice error', role: 'alert' }, view.error) : el('span'),
    view.update ? renderUpdate(view.update) : el('span'),
    el(
      'p',
      { class: 'lede' },
      'You sit on a multi-agency panel that must respond when young people are harmed outside their families. ',
      "Every response is read on two questions from the research: where it acts (on a young person, or on the place and the people around them) and how (by changing young people's behaviour, or by changing the conditions that drive the harm).",
    ),
    renderInProgress(view) ?? el('span'),
    renderOrphans(view) ?? el('span'),
    // Someone coming back to write up their CPD finds the journal first.
    view.journalEntries ? renderJournalLink(view) : el('span'),
    el('section', { 'aria-labelledby': 'choose-heading' }, el('h2', { id: 'choose-heading' }, 'Choose a scenario'), list),
    view.journalEntries ? el('span') : renderJournalLink(view),
    el(
      'section',
      { 'aria-labelledby': 'about-heading', class: 'about' },
      el('h2', { id: 'about-heading' }, 'About this game'),
      el(
        'p',
        {},
        'The scenarios are drawn from research with five children\'s services departments in England and Wales: Owens, R. & Lloyd, J. (2023) "From behaviour-based to ecological: Multi-agency partnership responses to extra-familial harm", Journal of Social Work. People, places and programmes are invented.',
      ),
      el('p', {}, `${WHAT_IS_SENT[view.reporting ?? 'nothing']} Press Escape at any time to pause, find support, or leave.`),
      // A page of its own, so the title screen stays as it is.
      el('p', {}, el('a', { href: 'trainers.html' }, 'For trainers: facilitator guides and role cards')),
    ),
  );
}
