// The projector: read-only, for the back of the room. The story text large,
// the seats by agency, the options while a vote is open (with how many have
// voted, never who or what), and after a reveal the room's votes on the
// WHERE × HOW map (Phaser) and in a table. It rejoins by itself. Opened
// from a show of hands (`#hands-CODE`), it shows the console window of this
// browser instead, with no server (window-link.ts), and keeps nothing.
import type { ProjectorView } from '../room/protocol.ts';
import { isHandsCode } from '../room/hands-input.ts';
import { el } from '../ui/dom.ts';
import { connectRoom, lookUpCode } from './room-client.ts';
import { consoleWindow, handsWelcome } from './hands-projector.ts';
import { readCode, recall, remember } from './page-storage.ts';
import { STATUS_WORDS, WINDOW_STATUS_WORDS } from './connection-words.ts';
import { clock, phaseWords } from './room-model.ts';
import { keyedRegion, seatsList, statusLine, storyLines, tallyTableElement } from './room-dom.ts';
import { nameItReveal } from './name-it-reveal.ts';
import { debriefStageView, endingPart, moreBelow, showPart } from './projector-debrief.ts';
import { DECIDED_PART } from '../room/debrief-parts.ts';
import { roomDebriefView } from './room-debrief-view.ts';
import { qrSvg } from './qr-code.ts';
import { openRoomStage, roomStageView } from './projector-stage.ts';

const main = document.getElementById('main')!;
const codeBadge = document.getElementById('room-code')!;
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The decisions so far; at the debrief, a part of its own with the seats after it (`part`). */
function decisionsList(view: ProjectorView, part?: string, ...after: HTMLElement[]): HTMLElement | null {
  if (!view.decisions.length) return null;
  return el(
    'section',
    { 'aria-labelledby': 'decisions-heading', 'data-part': part },
    el('h2', { id: 'decisions-heading' }, 'What the room decided'),
    el(
      'ol',
      { class: 'decisions' },
      ...view.decisions.map((d) =>
        el(
          'li',
          {},
          d.option,
          el('span', { class: 'note' }, d.decidedBy === 'majority' ? ' (by the room’s majority)' : ' (the facilitator’s call)'),
        ),
      ),
    ),
    ...after,
  );
}

/** What the room needs to read now comes first: the votes after a reveal, the options while voting, otherwise the text. */
function projectorParts(view: ProjectorView): (HTMLElement | null)[] {
  const options = view.options.length
    ? el('ol', { class: 'option-list', 'aria-label': 'Options' }, ...view.options.map((o) => el('li', {}, o.text)))
    : null;
  const proposal = view.nameIt ? el('blockquote', { class: 'name-it-proposal' }, `Name it: ${view.nameIt}`) : null;
  switch (view.phase) {
    case 'revealed':
      return [view.tally ? tallyTableElement(view, view.tally) : null, storyLines(view)];
    case 'voting':
      return [options, storyLines(view)];
    case 'naming':
      return [proposal, nameItReveal(view), storyLines(view)];
    case 'reading':
      return [storyLines(view), options];
    case 'lobby':
      // The story starts when the facilitator starts it, not while seats fill.
      return [];
    default:
      // The ending is the story's last text (view.ending is its id, for the record, not for reading); the room's debrief follows it, a part at a time.
      return view.debrief
        ? [endingPart(storyLines(view)), decisionsList(view, DECIDED_PART, seatsList(view)), roomDebriefView(view.debrief)]
        : [storyLines(view)];
  }
}

/** At the debrief the parts hold everything; before it, the decisions so far and the seats follow what the room reads now. */
const debriefShown = (view: ProjectorView) => view.phase === 'ended' && view.debrief !== null;

function watch(code: string, hands = false): void {
  // A show of hands keeps nothing in the projector window: only the console window writes.
  if (!hands) remember('projector-code', code);
  const status = statusLine(hands ? WINDOW_STATUS_WORDS : STATUS_WORDS);
  const words = el('p', { class: 'phase-words', role: 'status' });
  const timer = el('p', { class: 'timer', role: 'timer' });
  const title = el('h1', {}, 'Away-day room');
  const stage = el('div', { id: 'stage', class: 'room-stage', 'aria-hidden': 'true' });
  const body = el('div', { class: 'projector-body' });
  const render = keyedRegion(body);
  const showStage = openRoomStage(stage);
  let present: string[] = [];
  const more = moreBelow();
  let shownPart: string | null = null;
  let shownScreen = 0;
  // Going full screen (F11) or moving the window to the projector changes the room a part has.
  window.addEventListener('resize', () => {
    if (shownPart) showPart(body, shownPart, shownScreen, more);
  });
  main.replaceChildren(status.element, el('div', { class: 'projector-head' }, title, timer), words, stage, body, more);
  (hands ? consoleWindow(code) : connectRoom<ProjectorView>)(
    'away-day:projector',
    async () => ({ kind: 'join', roomId: await lookUpCode(code), options: { audience: 'projector' } }),
    {
      view: (view) => {
        codeBadge.textContent = view.hands ? 'Show of hands' : `Room ${view.code}`;
        title.textContent = view.title;
        const part = debriefShown(view) ? view.debriefPart : null;
        words.textContent = phaseWords(view);
        words.classList.toggle('part-place', part !== null);
        timer.textContent = view.timer === null ? '' : `Discussion: ${clock(view.timer)} left`;
        const picture =
          view.phase === 'ended' && view.debrief
            ? debriefStageView(view.debrief, reducedMotion())
            : roomStageView(view, reducedMotion(), present);
        if (picture.kind === 'room') present = picture.room.present;
        showStage(picture);
        // The session's votes on the map belong to the agencies' votes; elsewhere in the debrief the part itself comes first.
        stage.hidden = part !== null && part !== 'votes';
        const rebuilt = render(
          JSON.stringify([
            view.phase,
            view.lines,
            view.options,
            view.tally,
            view.seats,
            view.decisions,
            view.nameIt,
            view.naming,
            view.nameItAuthor,
            view.ending,
            view.debrief,
          ]),
          () =>
            [
              debriefShown(view)
                ? null
                : view.phase === 'lobby' && !view.hands
                  ? el(
                      'div',
                      { class: 'join-panel' },
                      qrSvg(view.joinUrl, `QR code of the join address, ${view.joinUrl}`),
                      el(
                        'div',
                        {},
                        el('p', {}, 'Join on your phone at'),
                        el('p', { class: 'join-url' }, view.joinUrl),
                        el('p', {}, 'Room code ', el('strong', { class: 'big-code' }, view.code)),
                      ),
                    )
                  : view.hands
                    ? handsWelcome(view)
                    : el('p', { class: 'join-reminder' }, `Join: ${view.joinUrl}`),
              ...projectorParts(view),
              ...(debriefShown(view) ? [] : [decisionsList(view), seatsList(view)]),
            ].filter((n): n is HTMLElement => n !== null),
        );
        // Only a new part (or a new page of parts, or a scroll from the console) moves the screen: the timer's ticks leave it where it is.
        if (part && (rebuilt || part !== shownPart || view.debriefScreen !== shownScreen)) showPart(body, part, view.debriefScreen, more);
        if (!part) more.hidden = true;
        shownPart = part;
        shownScreen = view.debriefScreen;
      },
      error: (message) => status.set('failed', message),
      status: (state) => {
        status.set(state);
        if (state === 'failed') main.replaceChildren(status.element, codeForm());
        if (state === 'closed') {
          more.hidden = true;
          body.replaceChildren(el('p', {}, 'The room has closed. Nothing about it is kept.'));
        }
      },
    },
  );
}

function codeForm(): HTMLElement {
  const input = el('input', {
    id: 'code',
    name: 'code',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    autocapitalize: 'characters',
  });
  const form = el(
    'form',
    { class: 'code-form' },
    el('h1', {}, 'Show a room on the projector'),
    el('label', { for: 'code' }, 'Room code'),
    input,
    el('button', { type: 'submit', class: 'primary' }, 'Show the room'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const code = readCode(input.value);
    if (!code) return;
    history.replaceState(null, '', `#${code}`);
    watch(code);
  });
  return form;
}

const handsCode = /^#hands-([A-Z0-9]+)$/.exec(location.hash)?.[1] ?? '';
const code = readCode(location.hash.slice(1)) || recall('projector-code');
if (isHandsCode(handsCode)) watch(handsCode, true);
else if (code) watch(code);
else main.replaceChildren(codeForm());
