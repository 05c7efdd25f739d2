// The reflection: Gibbs' six stages, each with a hint from this playthrough;
// the reasons given at each decision; the fields a CPD record asks for; and
// the files to download. Every keystroke is kept on the device at once, so
// leaving the page loses nothing.
import type { JournalEntry } from '../model/journal.ts';
import { orientationText } from '../model/journal.ts';
import { GIBBS_PROMPTS, GIBBS_STAGES, PEER_PROMPTS } from '../model/reflection-hints.ts';
import { REFLECTION_MAX, WHY_MAX, oneLine, paragraphs } from '../model/player-text.ts';
import { longDate } from '../model/record-document.ts';
import { button, el } from './dom.ts';
import { showScreen } from './screen.ts';
import type { Screen } from './screen.ts';
import { writingField } from './writing-fields.ts';
import { renderExportPanel } from './export-panel.ts';
import type { ExportActions } from './export-panel.ts';

export interface ReflectionActions extends ExportActions {
  /** Keeps the entry on the device, merged with any other tab's writing in it. */
  save: (entry: JournalEntry) => 'saved' | 'merged' | 'memory' | 'gone';
  toDebrief: (() => void) | null;
  toJournal: () => void;
  toTitle: () => void;
}

const SAVE_STATUS = {
  saved: 'Saved on this device.',
  merged:
    "Saved on this device. This entry was also changed in another tab: both tabs' writing is kept. Reopen the entry to see all of it.",
  memory: "This device's storage is not available, so your writing is kept only while this page is open. Download a copy before you leave.",
  gone: 'This entry was deleted in another tab, so what you type here is not kept. Download a copy if you need it.',
} as const;

function section(id: string, heading: string, ...content: (HTMLElement | null)[]): HTMLElement {
  return el('section', { 'aria-labelledby': id, class: 'reflection-part' }, el('h2', { id }, heading), ...content);
}

/** The debrief's main findings, to reflect on even when the debrief itself is long gone. */
function findings(entry: JournalEntry): HTMLElement {
  const f = entry.findings;
  return el(
    'details',
    {},
    el('summary', {}, `Your plan: ${f.planName}`),
    el('p', {}, f.planDescription),
    el('h3', {}, 'Domains met'),
    f.domainsMet.length ? el('ul', {}, ...f.domainsMet.map((d) => el('li', {}, d))) : el('p', {}, 'None.'),
    el('h3', {}, 'Domains missed'),
    f.domainsMissed.length ? el('ul', {}, ...f.domainsMissed.map((d) => el('li', {}, d))) : el('p', {}, 'None.'),
    el('h3', {}, 'What the research found'),
    ...f.research.map((r) => el('p', {}, r)),
  );
}

export function renderReflection(screen: Screen, original: JournalEntry, actions: ReflectionActions): void {
  let entry = original;
  const status = el('p', { class: 'save-status', role: 'status' }, 'Everything you write here is kept on this device as you type.');
  const setStatus = (text: string) => {
    if (status.textContent !== text) status.textContent = text;
  };
  const update = (change: (e: JournalEntry) => JournalEntry) => {
    entry = change(entry);
    setStatus(SAVE_STATUS[actions.save(entry)]);
  };

  const decisions = el(
    'ol',
    { class: 'decision-reasons' },
    ...entry.decisions.map((d, i) =>
      el(
        'li',
        {},
        el('p', { class: 'decision-text' }, d.text),
        el('p', { class: 'meta' }, `${orientationText(d)}. ${d.adopted ? 'Adopted into the plan.' : 'Not an action in the plan.'}`),
        writingField({
          id: `field-why-${i}`,
          label: `Your reason for decision ${d.turn} (optional)`,
          value: d.why ?? '',
          maxLength: WHY_MAX,
          onInput: (value) =>
            update((e) => ({ ...e, decisions: e.decisions.map((x, j) => (j === i ? { ...x, why: oneLine(value) || null } : x)) })),
        }),
      ),
    ),
  );

  const gibbs = GIBBS_STAGES.map((stage) =>
    writingField({
      id: `field-gibbs-${stage}`,
      label: GIBBS_PROMPTS[stage].label,
      value: entry.reflection[stage],
      describe: [GIBBS_PROMPTS[stage].question, { text: `From your playthrough: ${entry.hints[stage]}`, class: 'hint' }],
      multiline: true,
      maxLength: REFLECTION_MAX,
      onInput: (value) => update((e) => ({ ...e, reflection: { ...e.reflection, [stage]: paragraphs(value) } })),
    }),
  );

  const cpd = (field: keyof JournalEntry['cpd'], label: string, describe: string[], multiline = true) =>
    writingField({
      id: `field-cpd-${field}`,
      label,
      value: entry.cpd[field],
      describe,
      multiline,
      maxLength: multiline ? REFLECTION_MAX : WHY_MAX,
      onInput: (value) => update((e) => ({ ...e, cpd: { ...e.cpd, [field]: multiline ? paragraphs(value) : oneLine(value) } })),
    });

  showScreen(
    screen,
    `Reflection: ${entry.scenarioTitle}`,
    el(
      'p',
      { class: 'lede' },
      `Finished on ${longDate(entry.finishedAt)}, after ${entry.minutes} minute${entry.minutes === 1 ? '' : 's'} in the scenario. Write as much or as little as you like; you can come back to it from your journal.`,
    ),
    el(
      'p',
      { class: 'notice privacy' },
      'Your journal is kept on this device only and is never sent anywhere. Keep what you write general: leave out names, places and any other detail that could identify a young person, a family or a colleague.',
    ),
    status,
    section('findings-heading', 'What the debrief found', findings(entry)),
    section('gibbs-heading', "Reflect, step by step (Gibbs' cycle)", ...gibbs),
    section(
      'reasons-heading',
      'Your decisions and reasons',
      el('details', {}, el('summary', {}, `All ${entry.decisions.length} decisions, with the reasons you gave`), decisions),
    ),
    section(
      'cpd-heading',
      'For your CPD record',
      cpd(
        'activityType',
        'Type of activity',
        ['Change it if your employer or regulator uses a different name for this kind of learning.'],
        false,
      ),
      cpd('relevance', 'Why it is relevant to your practice', [
        'How does harm outside the home, or multi-agency work, come into your role?',
      ]),
      cpd('impactOnPractice', 'The impact on your practice', ['What will you do differently, and when?']),
      cpd('impactOnPeople', 'The impact on the people you work with', [
        'What difference could that make for young people, families or communities?',
      ]),
      el('h3', {}, 'Discussing it with a peer'),
      el('p', {}, 'Talk the scenario through with a colleague or supervisor, then note what you learned. Some questions to start from:'),
      el('ul', {}, ...PEER_PROMPTS.map((p) => el('li', {}, p))),
      cpd('peerDiscussion', 'What you learned from discussing it with a peer', [
        'Describe the discussion without naming the peer or anyone else.',
      ]),
    ),
    renderExportPanel(() => entry, actions),
    el(
      'div',
      { class: 'actions' },
      actions.toDebrief ? button('Back to the debrief', actions.toDebrief) : null,
      button('Open your journal', actions.toJournal, { class: 'primary' }),
      button('Back to the scenarios', actions.toTitle),
    ),
  );
}
