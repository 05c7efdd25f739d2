// The console's controls for the projector at the room's debrief: one button
// per part (the one on the projector pressed) and Previous/Next, so the
// facilitator standing at the laptop moves the room through the debrief and
// no one scrolls the projector window by hand. Previous and Next stay
// focusable at either end (aria-disabled), so the keyboard never loses its place.
import { DEBRIEF_PARTS, neighbourPart } from '../room/debrief-parts.ts';
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
  return [
    el('h2', { id: 'steer-heading' }, 'On the projector:'),
    el('p', { class: 'steer-now' }, `Part ${at + 1} of ${DEBRIEF_PARTS.length}: ${DEBRIEF_PARTS[at]!.heading}.`),
    el(
      'div',
      { class: 'actions' },
      step('Previous part', neighbourPart(current, -1), 'part-previous'),
      step('Next part', neighbourPart(current, 1), 'part-next'),
    ),
    el(
      'ul',
      { class: 'part-list actions', 'aria-labelledby': 'steer-heading' },
      ...DEBRIEF_PARTS.map((part) =>
        el('li', {}, button(part.heading, show(part), { 'aria-pressed': String(part.id === current), 'data-focus': `part-${part.id}` })),
      ),
    ),
  ];
}
