// The scenario screen: the story's new lines, who is speaking, and the choices
// as native buttons in a group named "Choices".
import type { StoryChoice, StoryLine } from '../machines/story-port.ts';
import type { ScenarioMeta } from '../model/scenario.ts';
import type { ScenarioState } from '../model/scenario-state.ts';
import { planOrientation } from '../model/plan.ts';
import { button, el } from './dom.ts';
import { announce, showScreen } from './screen.ts';
import type { Screen } from './screen.ts';

const SECTION_TITLES: Record<string, string> = {
  referral: 'The referral',
  scoping: 'Finding out',
  weighting: 'Weighing the contexts',
  goals: 'Safety goals',
  discussion: 'Panel discussion',
  pressure: 'Pressure',
  plan: 'The plan',
  timeskip: 'Weeks later',
  review: 'The review',
  ending: 'Months later',
};

export function sectionTitle(slug: string | null): string {
  if (!slug) return 'The panel';
  return SECTION_TITLES[slug] ?? slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

export interface PlayView {
  meta: ScenarioMeta;
  section: string | null;
  lines: StoryLine[];
  choices: StoryChoice[];
  lastChoice: string | null;
  model: ScenarioState;
}

function renderLines(meta: ScenarioMeta, lines: StoryLine[]): HTMLElement[] {
  const out: HTMLElement[] = [];
  let lastSpeaker: string | null = null;
  for (const line of lines) {
    if (line.tags.timeskip) {
      out.push(el('p', { class: 'timeskip' }, line.tags.timeskip));
      lastSpeaker = null;
      continue;
    }
    const speaker = line.tags.speaker ? meta.cast[line.tags.speaker] : undefined;
    const paragraph = el('p', { class: speaker ? 'line spoken' : 'line' });
    // Name the speaker above their words, once per turn, but not above
    // narration that already says who is speaking.
    const isSpeech = /^["“]/.test(line.text);
    if (speaker && isSpeech && line.tags.speaker !== lastSpeaker && line.tags.speaker !== 'you') {
      paragraph.append(el('span', { class: 'speaker' }, `${speaker.name}, ${speaker.role}`));
    }
    paragraph.append(line.text);
    out.push(paragraph);
    lastSpeaker = isSpeech ? line.tags.speaker : lastSpeaker;
  }
  return out;
}

export function renderPlay(screen: Screen, view: PlayView, choose: (index: number) => void, finish: () => void): void {
  const plan = planOrientation(view.model.decisions);
  const story = el('article', { class: 'story', tabindex: -1, 'aria-labelledby': 'section-heading' },
    el('h2', { id: 'section-heading' }, sectionTitle(view.section)),
    view.lastChoice ? el('p', { class: 'chosen' }, el('span', { class: 'visually-hidden' }, 'You chose: '), view.lastChoice) : null,
    ...renderLines(view.meta, view.lines),
  );
  const ended = view.choices.length === 0;
  const choices = ended
    ? el('div', { class: 'actions' }, button('Go to the debrief', finish, { class: 'primary' }))
    : el('div', { role: 'group', 'aria-label': 'Choices', class: 'choices' },
        ...view.choices.map((choice) => button(choice.text, () => choose(choice.index), { class: 'choice' })));
  const status = el('aside', { class: 'status', 'aria-label': 'The panel so far' },
    el('p', {}, `Decisions made: ${view.model.decisions.length}. Actions in the plan: ${plan.actions}.`),
  );
  showScreen(screen, view.meta.title, story, choices, status);
  // Focus the new text so keyboard and screen-reader users start reading at
  // the top of it; the choices are the next Tab stop.
  story.focus();
  announce(screen, view.lines.map((l) => l.text).join(' '));
}
