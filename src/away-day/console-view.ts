// The console's screen for a view: the code and QR code, where the room is,
// the facilitator's controls, the text, the tally after a reveal, the seats
// and the key for moving device. Each part is rebuilt only when what it
// shows has changed, so a vote arriving never moves the facilitator's focus.
import type { ConsoleMessage, ConsoleView } from '../room/protocol.ts';
import { button, el } from '../ui/dom.ts';
import { handsCounts, handsJoinPanel, handsKeyPanel, handsSeats } from './hands-console.ts';
import type { HandsActions } from './hands-console.ts';
import { notesPanel } from './notes-panel.ts';
import { qrSvg } from './qr-code.ts';
import { clock, consoleControls, decidable, phaseWords } from './room-model.ts';
import { keyedRegion, storyLines, tallyTableElement } from './room-dom.ts';
import { nameItReveal } from './name-it-reveal.ts';
import { consoleDebrief } from './console-debrief.ts';
import { projectorSteer } from './debrief-steer.ts';
import type { RecordActions } from './console-debrief.ts';

export interface ConsoleActions extends RecordActions {
  send(message: ConsoleMessage): void;
  close(): void;
  projector(code: string): string;
  key(): string | null;
  /** A show of hands in this window (no phones, no server). */
  hands?: HandsActions;
}

const TIMER_CHOICES = [2, 5, 10];
/** The debrief conversation runs longer than a discussion at one decision. */
const DEBRIEF_TIMER_CHOICES = [10, 15, 20];

function joinPanel(view: ConsoleView, actions: ConsoleActions): Node[] {
  if (view.hands && actions.hands) return handsJoinPanel(view, actions.hands);
  return [
    el('h1', { tabindex: '-1' }, view.title),
    el(
      'div',
      { class: 'join-panel' },
      qrSvg(view.joinUrl, `QR code of the join address, ${view.joinUrl}`),
      el(
        'div',
        {},
        el('p', { class: 'code-line' }, 'Room code ', el('strong', { class: 'big-code' }, view.code)),
        el('p', {}, 'Phones join at ', el('strong', { class: 'join-url' }, view.joinUrl)),
        el(
          'p',
          {},
          el('a', { href: actions.projector(view.code), target: '_blank', rel: 'noopener' }, 'Open the projector screen (new window)'),
        ),
      ),
    ),
  ];
}

function controls(view: ConsoleView, actions: ConsoleActions): Node[] {
  const nodes: Node[] = [el('h2', { id: 'controls-heading' }, 'Next step')];
  const next = consoleControls(view);
  if (next.length)
    nodes.push(
      el(
        'div',
        { class: 'actions' },
        ...next.map((c, i) =>
          button(c.label, () => actions.send(c.message), { class: i === 0 ? 'primary' : undefined, 'data-focus': c.label }),
        ),
      ),
    );
  if (view.hands && actions.hands) nodes.push(...handsCounts(view, actions.hands));
  const options = decidable(view);
  if (options.length) {
    nodes.push(
      el(
        'h3',
        {},
        view.tie.length ? 'It is a tie: you decide between the tied options' : 'Or make the facilitator’s call after discussion',
      ),
      el(
        'ul',
        { class: 'decide-list' },
        ...options.map((o) =>
          el(
            'li',
            {},
            button(`Decide: ${o.text}`, () => actions.send({ type: 'decide', option: o.index }), { 'data-focus': `decide-${o.index}` }),
          ),
        ),
      ),
    );
  }
  if (view.phase === 'ended') nodes.push(el('p', {}, 'The scenario has ended. Close the room when the discussion is done.'));
  nodes.push(
    el(
      'div',
      { class: 'actions' },
      button('Take back the last decision', () => actions.send({ type: 'take-back' }), {
        disabled: !view.canTakeBack,
        'data-focus': 'take-back',
      }),
    ),
  );
  return nodes;
}

function timerControls(view: ConsoleView, actions: ConsoleActions): Node[] {
  const debrief = view.phase === 'ended';
  return [
    el('h2', {}, debrief ? 'Debrief conversation timer' : 'Discussion timer'),
    el('p', { role: 'timer', class: 'timer' }, view.timer === null ? 'No timer running.' : `${clock(view.timer)} left`),
    el(
      'div',
      { class: 'actions' },
      ...(debrief ? DEBRIEF_TIMER_CHOICES : TIMER_CHOICES).map((m) =>
        button(`${m} minutes`, () => actions.send({ type: 'timer', seconds: m * 60 }), { 'data-focus': `timer-${m}` }),
      ),
      button('Stop the timer', () => actions.send({ type: 'timer', seconds: null }), {
        disabled: view.timer === null,
        'data-focus': 'timer-stop',
      }),
    ),
  ];
}

/** At a closed "Name it": how many read it as the author did, and the question for the room. */
function namingAskBox(view: ConsoleView): HTMLElement | null {
  const ask = view.namingAsk;
  if (!ask) return null;
  return el(
    'div',
    { class: 'facilitator-note naming-ask' },
    el('h3', {}, 'Your note: when the room reads it differently'),
    el('p', {}, el('strong', {}, 'Ask: '), ask.question),
    el(
      'p',
      { class: 'note' },
      ask.source === 'author' ? 'From the author’s notes.' : 'Worded from the two readings: the author’s notes have no question for this.',
    ),
  );
}

function seatTable(view: ConsoleView, actions: ConsoleActions): Node[] {
  if (view.hands && actions.hands) return handsSeats(view, actions.hands);
  const label = (agency: string | null) => (agency ? (view.seats.find((s) => s.agency === agency)?.label ?? agency) : 'No seat chosen yet');
  const filled = view.seats.filter((s) => s.people > 0);
  return [
    el('h2', {}, `Seats (${view.seatList.length} ${view.seatList.length === 1 ? 'phone' : 'phones'})`),
    el('p', {}, filled.length ? filled.map((s) => `${s.label}: ${s.people}`).join(' · ') : 'No one has taken a seat yet.'),
    view.seatList.length
      ? el(
          'table',
          { class: 'seat-table' },
          el('caption', {}, 'Phones in the room'),
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              el('th', { scope: 'col' }, 'Phone'),
              el('th', { scope: 'col' }, 'Agency'),
              el('th', { scope: 'col' }, 'Connection'),
              el('th', { scope: 'col' }, 'Remove'),
            ),
          ),
          el(
            'tbody',
            {},
            ...view.seatList.map((s, i) =>
              el(
                'tr',
                {},
                el('td', {}, `Phone ${i + 1}`),
                el('td', {}, label(s.agency)),
                el('td', {}, s.connected ? 'Connected' : 'Away (seat held)'),
                el(
                  'td',
                  {},
                  button(`Remove phone ${i + 1}`, () => actions.send({ type: 'remove-seat', seat: s.seat }), {
                    'data-focus': `remove-${s.seat}`,
                  }),
                ),
              ),
            ),
          ),
        )
      : el('p', {}, 'No phones have joined yet.'),
  ];
}

function keyPanel(view: ConsoleView, actions: ConsoleActions): Node[] {
  if (view.hands) return handsKeyPanel(actions.close);
  const key = actions.key();
  return [
    el('h2', {}, 'Move to another device'),
    key
      ? el(
          'p',
          {},
          'Open this page on the other device, choose “Carry on a room”, and type the room code ',
          el('strong', {}, view.code),
          ' and the facilitator key ',
          el('strong', { class: 'facilitator-key' }, key),
          '. Keep the key to yourself: it controls the room.',
        )
      : el('p', {}, 'The facilitator key is kept on the device that created the room.'),
    el('div', { class: 'actions' }, button('Close the room…', actions.close, { class: 'danger', 'data-focus': 'close' })),
  ];
}

export function renderConsole(body: HTMLElement, actions: ConsoleActions): (view: ConsoleView) => void {
  const parts = ['join', 'words', 'controls', 'notes', 'story', 'timer', 'seats', 'key', 'debrief', 'steer'].map((name) =>
    el('section', { class: `console-${name}` }),
  );
  const [join, words, control, notes, story, timer, seats, key, debrief, steer] = parts as [
    HTMLElement,
    HTMLElement,
    HTMLElement,
    HTMLElement,
    HTMLElement,
    HTMLElement,
    HTMLElement,
    HTMLElement,
    HTMLElement,
    HTMLElement,
  ];
  words.setAttribute('role', 'status');
  // The projector's part of the debrief is the next step once the scenario ends; the debrief (and the record) come after the timer, before the seats.
  body.replaceChildren(join, words, control, steer, notes, story, timer, debrief, seats, key);
  const regions = [join, control, notes, story, timer, seats, key, debrief, steer].map(keyedRegion);
  let first = true;
  return (view) => {
    const [joinR, controlR, notesR, storyR, timerR, seatsR, keyR, debriefR, steerR] = regions as [
      ReturnType<typeof keyedRegion>,
      ReturnType<typeof keyedRegion>,
      ReturnType<typeof keyedRegion>,
      ReturnType<typeof keyedRegion>,
      ReturnType<typeof keyedRegion>,
      ReturnType<typeof keyedRegion>,
      ReturnType<typeof keyedRegion>,
      ReturnType<typeof keyedRegion>,
      ReturnType<typeof keyedRegion>,
    ];
    joinR(view.code + view.joinUrl + view.title, () => joinPanel(view, actions));
    words.textContent = phaseWords(view);
    // A show of hands counts by the seats, so its count form follows them.
    controlR(
      JSON.stringify([view.phase, view.options, view.tie, view.canTakeBack, view.nameIt, view.naming, view.hands && view.seats]),
      () => controls(view, actions),
    );
    notesR(JSON.stringify([view.note, view.skipNotes, view.phase === 'lobby']), () =>
      view.phase === 'lobby' ? [] : notesPanel(view.note, view.skipNotes),
    );
    storyR(JSON.stringify([view.lines, view.tally, view.phase, view.nameIt, view.naming, view.nameItAuthor, view.namingAsk]), () =>
      [
        // What the room has just said comes before the text it answered.
        view.tally ? tallyTableElement(view, view.tally) : null,
        nameItReveal(view),
        namingAskBox(view),
        view.phase === 'naming' && view.nameIt ? el('blockquote', { class: 'name-it-proposal' }, `Name it: ${view.nameIt}`) : null,
        el('h2', {}, 'The story now'),
        storyLines(view),
        view.phase === 'voting' || view.phase === 'reading'
          ? el('ol', { class: 'option-list', 'aria-label': 'Options' }, ...view.options.map((o) => el('li', {}, o.text)))
          : null,
      ].filter((n): n is HTMLElement => n !== null),
    );
    timerR(`${view.timer} ${view.phase}`, () => timerControls(view, actions));
    debriefR(JSON.stringify([view.phase, view.debrief]), () => consoleDebrief(view, actions));
    steerR(JSON.stringify([view.phase, view.debriefPart, view.debriefScreen, view.debrief !== null]), () =>
      projectorSteer(view, actions.send),
    );
    seatsR(JSON.stringify([view.seatList, view.seats, view.hands && view.phase === 'lobby']), () => seatTable(view, actions));
    keyR(view.code + (actions.key() ?? ''), () => keyPanel(view, actions));
    if (first) {
      first = false;
      join.querySelector<HTMLElement>('h1')?.focus();
    }
  };
}
