// The scenario screen: the story's new lines, who is speaking, and the choices
// as native buttons in a group named "Choices".
import { atThePlace } from '../model/where-we-are.ts';
import type { PresentedChoice, Step } from '../play/advance.ts';
import type { StoryLine } from '../play/story-port.ts';
import type { Orientation } from '../model/orientation.ts';
import type { ScenarioMeta } from '../model/scenario.ts';
import { button, el } from './dom.ts';
import { WHY_MAX } from '../model/player-text.ts';
import { renderNameIt } from './name-it.ts';
import { describePlace } from './place-description.ts';
import { announce, showScreen } from './screen.ts';
import type { Screen } from './screen.ts';
import { SHIPPED_CONTENT } from '../content/shipped-content.ts';
import { sectionTitle as titleOf } from '../content/lookups.ts';

/** The heading for a #section: name, from assets/sections.json. */
export const sectionTitle = (slug: string | null): string => titleOf(SHIPPED_CONTENT, slug);

export interface PlayView {
  meta: ScenarioMeta;
  section: string | null;
  /** The story's latest #scene: the room, or the place. */
  scene: string | null;
  step: Step;
  naming: boolean;
  lastChoice: string | null;
  /** False when only the naming step ended: the text is the same, so it is not read again. */
  freshText: boolean;
  canRewind: boolean;
}

export interface PlayActions {
  /** `why` is the player's optional one-line reason, typed before choosing. */
  choose: (index: number, why: string) => void;
  name: (given: Orientation | null) => void;
  finish: () => void;
  rewind: () => void;
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
    // Name the speaker above their words, once per turn, but not above
    // narration that already says who is speaking.
    const isSpeech = /^["\u201c]/.test(line.text);
    const paragraph = el('p', { class: speaker && isSpeech ? 'line spoken' : 'line' });
    if (speaker && isSpeech && line.tags.speaker !== lastSpeaker && line.tags.speaker !== 'you') {
      paragraph.append(el('span', { class: 'speaker' }, `${speaker.name}, ${speaker.role}`));
    }
    paragraph.append(line.text);
    out.push(paragraph);
    lastSpeaker = isSpeech ? line.tags.speaker : lastSpeaker;
  }
  return out;
}

function renderChoice(choice: PresentedChoice, choose: (index: number) => void): HTMLElement {
  const reasonId = `reason-${choice.index}`;
  const label = el('span', { class: 'choice-text' }, choice.text);
  const choiceButton = button(
    '',
    () => {
      if (choice.available) choose(choice.index);
    },
    {
      class: `choice${choice.pressed ? ' pressed' : ''}`,
      'aria-disabled': choice.available ? undefined : 'true',
      'aria-describedby': choice.available ? undefined : reasonId,
    },
  );
  choiceButton.replaceChildren(
    choice.pressed ? el('span', { class: 'badge' }, 'Pressed hard in the room') : '',
    label,
    choice.available ? '' : el('span', { class: 'reason', id: reasonId }, choice.reason ?? 'Not possible yet.'),
  );
  return choiceButton;
}

/** The optional one-line reason, kept with the decision in the player's journal. */
function renderWhy(): { field: HTMLElement; input: HTMLInputElement } {
  const input = el('input', { id: 'why-input', type: 'text', maxlength: WHY_MAX, autocomplete: 'off', 'aria-describedby': 'why-privacy' });
  const field = el(
    'div',
    { class: 'why' },
    el('label', { for: 'why-input' }, 'Why? If you like, note your reason before you choose (optional)'),
    input,
    el(
      'p',
      { id: 'why-privacy', class: 'privacy-hint' },
      'Kept in your journal on this device only. Keep it general: no names or details that could identify anyone.',
    ),
  );
  return { field, input };
}

function renderStatus(view: PlayView, rewind: () => void): HTMLElement {
  const { meta, step } = view;
  const atTable = step.model.present.map((id) => meta.cast[id]?.name ?? id).join(', ');
  // The picture shows the place at a time skip, or when the story is there.
  const atPlace = atThePlace(
    view.scene,
    step.lines.some((l) => l.tags.timeskip),
  );
  return el(
    'aside',
    { class: 'status', 'aria-label': 'The meeting so far' },
    el(
      'p',
      {},
      `Meeting time left: ${step.model.dynamics.time} minutes. Decisions made: ${step.model.decisions.length}. Actions in the plan: ${step.model.decisions.filter((d) => d.adopted).length}.`,
    ),
    atTable ? el('p', {}, `At the table: ${atTable}.`) : null,
    view.canRewind ? button('Take back my last decision', rewind, { class: 'quiet' }) : null,
    atPlace
      ? el(
          'details',
          { class: 'map-text' },
          el('summary', {}, 'What the picture of the place shows'),
          el('ul', {}, ...describePlace(step.model.place, step.model.mapFeatures).map((t) => el('li', {}, t))),
        )
      : null,
  );
}

export function renderPlay(screen: Screen, view: PlayView, actions: PlayActions): void {
  const { step } = view;
  const story = el(
    'article',
    { class: 'story', tabindex: -1, 'aria-labelledby': 'section-heading' },
    el('h2', { id: 'section-heading' }, sectionTitle(view.section)),
    view.lastChoice ? el('p', { class: 'chosen' }, el('span', { class: 'visually-hidden' }, 'You chose: '), view.lastChoice) : null,
    ...renderLines(view.meta, step.lines),
  );
  let next: HTMLElement;
  if (view.naming && step.nameIt) next = renderNameIt(step.nameIt.proposal, actions.name);
  else if (step.ended) next = el('div', { class: 'actions' }, button('Go to the debrief', actions.finish, { class: 'primary' }));
  else {
    const why = renderWhy();
    const choose = (index: number) => actions.choose(index, why.input.value);
    const pressed = step.choices.find((c) => c.pressed);
    next = el(
      'div',
      { class: 'deciding' },
      pressed
        ? el(
            'p',
            { class: 'notice pressure-notice' },
            el('strong', {}, 'The room is pressing hard. '),
            pressed.pressedWhy ?? '',
            ' Every option is still yours to choose.',
          )
        : null,
      why.field,
      el('div', { role: 'group', 'aria-label': 'Choices', class: 'choices' }, ...step.choices.map((c) => renderChoice(c, choose))),
    );
  }
  showScreen(screen, view.meta.title, story, next, renderStatus(view, actions.rewind));
  if (!view.freshText) {
    // After naming, the same lines stay; move on to the choices. Focus goes to
    // the group, not a button, so the Enter that submitted the form cannot
    // also take a choice.
    const target = next.querySelector<HTMLElement>('[role="group"]') ?? next;
    target.setAttribute('tabindex', '-1');
    target.focus();
    return;
  }
  // Focus the new text so keyboard and screen-reader users start reading at
  // the top of it; the choices are the next Tab stop.
  story.focus();
  announce(screen, step.lines.map((l) => l.text).join(' '));
}
