// The console's controls for the projector at the room's debrief: one button
// per part (the one on the projector pressed) and Previous/Next, so the
// facilitator standing at the laptop moves the room through the debrief and
// no one scrolls the projector window by hand. Previous and Next stay
// focusable at either end (aria-disabled), so the keyboard never loses its place.
// A part longer than the screen is scrolled down and up from here too.
import { DEBRIEF_PARTS, MAX_PART_SCREENS, neighbourPart } from '../room/debrief-parts.ts';
import type { DebriefPart } from '../room/debrief-parts.ts';
import type { ConsoleMessage, ConsoleView } from '../room/protocol.ts';
import { button, el } from '../ui/dom.ts';

export function projectorSteer(view: ConsoleView, send: (message: ConsoleMessage) => void): Node[] {
  const current = view.debriefPart;
  const at = DEBRIEF_PARTS.findIndex((p) => p.id === current);
  if (view.phase !== 'ended' || !view.debrief || !current || at < 0) return [];
  const show = (part: DebriefPart | null) => () => {
    if (part) send({ type: 'show-part', part: part.id });
  };
  const step = (label: string, part: DebriefPart | null, focus: string) =>
    button(label, show(part), { 'aria-disabled': part ? undefined : 'true', 'data-focus': focus });
  // A part too long for the projector even in two columns is scrolled from here, a screen at a time: no one reaches the projector window.
  const scroll = (label: string, screen: number, focus: string) => {
    const possible = screen >= 0 && screen <= MAX_PART_SCREENS;
    return button(label, () => possible && send({ type: 'show-part', part: current, screen }), {
      'aria-disabled': possible ? undefined : 'true',
      'data-focus': focus,
    });
  };
  const screen = view.debriefScreen;
  return [
    el('h2', { id: 'steer-heading' }, 'On the projector:'),
    el(
      'p',
      { class: 'steer-now' },
      `Part ${at + 1} of ${DEBRIEF_PARTS.length}: ${DEBRIEF_PARTS[at]!.heading}${screen ? `, scrolled down ${screen} ${screen === 1 ? 'screen' : 'screens'}` : ''}.`,
    ),
    el(
      'div',
      { class: 'actions' },
      step('Previous part', neighbourPart(current, -1), 'part-previous'),
      step('Next part', neighbourPart(current, 1), 'part-next'),
      scroll('Scroll the projector up', screen - 1, 'screen-up'),
      scroll('Scroll the projector down', screen + 1, 'screen-down'),
    ),
    el('p', { class: 'hint' }, 'When a part is longer than the screen, the projector says "More below": scroll it down from here.'),
    el(
      'ul',
      { class: 'part-list actions', 'aria-labelledby': 'steer-heading' },
      ...DEBRIEF_PARTS.map((part) =>
        el('li', {}, button(part.heading, show(part), { 'aria-pressed': String(part.id === current), 'data-focus': `part-${part.id}` })),
      ),
    ),
  ];
}
