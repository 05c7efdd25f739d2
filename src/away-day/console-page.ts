// The facilitator's console: create a room for a scenario (or carry one on
// with the facilitator key), show the code and the QR code, and run the
// room. Until the reveal it sees only how many have voted, never what. Or,
// with no phones and no server, run a show of hands in this window: the room
// and the story then load here (local-room.ts, loaded only when chosen) and a
// projector window of this browser shows it.
import { catalogue } from 'virtual:story-catalogue';
import type { ConsoleMessage, ConsoleView } from '../room/protocol.ts';
import { PROJECTOR_PATH } from '../room/protocol.ts';
import { button, el, showDialog } from '../ui/dom.ts';
import { connectRoom, lookUpCode } from './room-client.ts';
import type { Entry } from './room-client.ts';
import { facilitatorHold, heldHands, keepFacilitator, keepHands, readCode } from './page-storage.ts';
import type { FacilitatorHold } from './page-storage.ts';
import { statusLine } from './room-dom.ts';
import { renderConsole } from './console-view.ts';
import type { ConsoleActions } from './console-view.ts';
import type { RecordActions } from './console-debrief.ts';
import type { HandsActions } from './hands-console.ts';
import type { LocalRoom } from './local-room.ts';
import type { RoomFiles } from '../export/room-files.ts';
import { download } from '../ui/download.ts';

const main = document.getElementById('main')!;
const codeBadge = document.getElementById('room-code')!;
// The code that makes the room's record (pdf-lib, fonts), loaded on the first download and kept for the page.
let roomFiles: Promise<RoomFiles> | null = null;
const scenarios = [...catalogue].sort((a, b) => a.meta.order - b.meta.order || a.meta.title.localeCompare(b.meta.title));

function confirmClose(link: { send(message: ConsoleMessage): void }, hands = false): void {
  const dialog = el(
    'dialog',
    { class: 'settings', 'aria-labelledby': 'close-heading' },
    el('h2', { id: 'close-heading' }, 'Close the room?'),
    el(
      'p',
      {},
      hands
        ? 'The session ends here and on the projector window. Nothing about it is kept. This cannot be undone.'
        : 'Everyone leaves the room, phones and projector included. Nothing about the room is kept. This cannot be undone.',
    ),
    el(
      'div',
      { class: 'actions' },
      button('Keep the room open', () => dialog.close(), { class: 'primary' }),
      button('Close the room', () => {
        link.send({ type: 'close' });
        dialog.close();
      }),
    ),
  );
  showDialog(dialog);
}

/** The console's frame: the connection line, a line for refusals, and the body the views fill. */
function frame(): { status: ReturnType<typeof statusLine>; problem: HTMLElement; body: HTMLElement } {
  const status = statusLine();
  const problem = el('p', { class: 'form-error', role: 'alert' });
  const body = el('div', { class: 'console-body' });
  main.replaceChildren(status.element, problem, body);
  return { status, problem, body };
}

/** The end of a room or a session: what happened, and the way to start again. */
function ended(body: HTMLElement, heading: string, words: string, again: string): void {
  body.replaceChildren(
    el('h1', { tabindex: '-1' }, heading),
    el('p', {}, words),
    button(again, () => start(null), { class: 'primary' }),
  );
  body.querySelector('h1')?.focus();
}

/** Makes and downloads the room's record from the latest view, loading the file code on first use. */
function recordMaker(latest: () => ConsoleView | null): RecordActions['record'] {
  return async (format) => {
    const view = latest();
    if (!view?.debrief) throw new Error('the debrief is not ready yet.');
    roomFiles ??= import('../export/room-files.ts').then(
      ({ RoomFiles: Files }) => new Files(),
      () => {
        roomFiles = null;
        throw new Error('the part of the page that makes files could not be loaded. Check the connection and try again.');
      },
    );
    const file = await (
      await roomFiles
    ).make(format, { title: view.title, scenarioId: view.scenarioId, debrief: view.debrief }, new Date().toISOString());
    download(file);
    return file.name;
  };
}

/** A show of hands in this window: a new one for `scenarioId`, or the one kept in this browser (null). */
async function runHands(scenarioId: string | null): Promise<void> {
  const { status, problem, body } = frame();
  status.set('connecting', 'Loading the scenario…');
  let local: LocalRoom | null = null;
  const act = (message: Parameters<LocalRoom['act']>[0]) => (local ? local.act(message) : 'The scenario is still loading.');
  // The projector's address is known once the session is open; it is read only when a blocked pop-up needs a link.
  const hands: HandsActions = { act, openProjector: () => local?.openProjector() ?? false, projectorUrl: '' };
  let latest: ConsoleView | null = null;
  const actions: ConsoleActions = {
    record: recordMaker(() => latest),
    send: (message) => (problem.textContent = act(message) ?? ''),
    close: () => confirmClose({ send: (message) => actions.send(message) }, true),
    projector: () => local?.projectorUrl ?? '',
    key: () => null,
    hands,
  };
  const render = renderConsole(body, actions);
  try {
    const { openLocalRoom } = await import('./local-room.ts');
    local = await openLocalRoom(scenarioId, {
      view: (view) => {
        codeBadge.textContent = 'Show of hands';
        latest = view;
        render(view);
      },
      closed: () => {
        codeBadge.textContent = '';
        ended(body, 'The session is closed', 'Nothing about it is kept.', 'Start a new session');
      },
    });
    hands.projectorUrl = local.projectorUrl;
    status.element.dataset.status = 'connected';
    status.element.textContent = 'Show of hands: this window runs the session, with no server and no phones.';
  } catch (error) {
    // A kept session that cannot be read is forgotten, so the next load starts afresh.
    if (scenarioId === null) keepHands(null);
    start(error instanceof Error ? error.message : String(error));
  }
}

function run(first: Entry): void {
  let hold: FacilitatorHold | null = null;
  let key: string | null = first.kind === 'join' && 'facilitatorKey' in first.options ? first.options.facilitatorKey : null;
  let roomId: string | null = first.kind === 'join' ? first.roomId : null;
  let used = false;
  let reached = false;
  const { status, problem, body } = frame();
  const render = renderConsole(body, {
    send: (message) => {
      problem.textContent = '';
      link.send(message);
    },
    close: () => confirmClose(link),
    projector: (code) => `${PROJECTOR_PATH}#${code}`,
    key: () => key,
    record: recordMaker(() => latest),
  });
  let latest: ConsoleView | null = null;
  const link = connectRoom<ConsoleView>(
    'away-day:console',
    async () => {
      // Only the very first connection creates a room; any later one takes it over with the key.
      if (!used) {
        used = true;
        return first;
      }
      if (!key || !roomId) throw new Error('The facilitator key is missing.');
      return { kind: 'join', roomId, options: { audience: 'console', facilitatorKey: key } };
    },
    {
      view: (view) => {
        codeBadge.textContent = `Room ${view.code}`;
        if (key && roomId && hold?.code !== view.code) {
          hold = { code: view.code, key, roomId };
          keepFacilitator(hold);
        }
        latest = view;
        render(view);
      },
      key: (message) => {
        key = message.key;
        roomId = message.roomId;
      },
      error: (message) => (problem.textContent = message),
      status: (state) => {
        status.set(state);
        reached ||= state === 'connected';
        if (state === 'closed' || state === 'failed') {
          // A closed room, or a key the server no longer knows: nothing to carry on.
          keepFacilitator(null);
          // No room server behind these pages (plain files): say what can run without one.
          const noServer = state === 'failed' && !reached && first.kind === 'create';
          if (noServer) problem.textContent = '';
          ended(
            body,
            state === 'closed' ? 'The room is closed' : 'Could not open the room',
            state === 'closed'
              ? 'Nothing about it is kept on the server.'
              : noServer
                ? 'No room server answered here, so phones cannot join. Start again and choose “Show of hands (no phones, no server)”, or run the room server (npm start).'
                : 'Check the code and the key, or start a new room.',
            'Start or take over a room',
          );
        }
      },
    },
  );
}

function field(id: string, label: string, attributes: Record<string, string> = {}): [HTMLLabelElement, HTMLInputElement] {
  return [
    el('label', { for: id }, label),
    el('input', { id, name: id, type: 'text', autocomplete: 'off', spellcheck: 'false', ...attributes }),
  ];
}

function modeChoice(id: string, label: string, hint: string, checked: boolean): HTMLElement {
  return el(
    'div',
    { class: 'mode-option' },
    el('input', { type: 'radio', name: 'mode', id, value: id, checked, 'aria-describedby': `${id}-hint` }),
    el('label', { for: id }, label),
    el('p', { class: 'hint', id: `${id}-hint` }, hint),
  );
}

function start(problemText: string | null): void {
  const select = el('select', { id: 'scenario', name: 'scenario' }, ...scenarios.map((s) => el('option', { value: s.id }, s.meta.title)));
  const create = el(
    'form',
    { class: 'console-form', 'aria-labelledby': 'create-heading' },
    el('h2', { id: 'create-heading' }, 'Start a new room'),
    el('label', { for: 'scenario' }, 'Scenario'),
    select,
    el(
      'fieldset',
      { class: 'mode-choice' },
      el('legend', {}, 'How does the room vote?'),
      modeChoice('phones', 'Phones (room server)', 'Each person votes on a phone; the room server runs on this laptop.', true),
      modeChoice(
        'hands',
        'Show of hands (no phones, no server)',
        'You count the hands and type the counts; the projector is a second window of this browser.',
        false,
      ),
    ),
    el('button', { type: 'submit', class: 'primary' }, 'Create the room'),
  );
  create.addEventListener('submit', (event) => {
    event.preventDefault();
    if (create.querySelector<HTMLInputElement>('#hands')?.checked) void runHands(select.value);
    else run({ kind: 'create', options: { audience: 'console', scenarioId: select.value } });
  });
  const [codeLabel, codeInput] = field('takeover-code', 'Room code', { autocapitalize: 'characters' });
  const [keyLabel, keyInput] = field('takeover-key', 'Facilitator key');
  const error = el('p', { class: 'form-error', role: 'alert' });
  const takeover = el(
    'form',
    { class: 'console-form', 'aria-labelledby': 'takeover-heading' },
    el('h2', { id: 'takeover-heading' }, 'Carry on a room from another device'),
    el('p', {}, 'Type the room code and the facilitator key shown on the device that created the room.'),
    codeLabel,
    codeInput,
    keyLabel,
    keyInput,
    error,
    el('button', { type: 'submit' }, 'Take over the room'),
  );
  takeover.addEventListener('submit', (event) => {
    event.preventDefault();
    const code = readCode(codeInput.value);
    const facilitatorKey = keyInput.value.trim();
    if (!code || !facilitatorKey) {
      error.textContent = 'Type both the room code and the facilitator key.';
      return;
    }
    lookUpCode(code)
      .then((roomId) => run({ kind: 'join', roomId, options: { audience: 'console', facilitatorKey } }))
      .catch((problem: Error) => (error.textContent = problem.message));
  });
  main.replaceChildren(
    el('h1', {}, 'Run an away-day room'),
    el(
      'p',
      { class: 'lede' },
      'Phones join with a code; each person takes an agency seat and votes. The room holds seats, votes and counts only, and forgets them when it closes. With no phones or no network, run a show of hands: you type the counts.',
    ),
    el('p', { class: 'form-error', role: 'alert' }, problemText ?? ''),
    create,
    takeover,
  );
}

const held = facilitatorHold();
if (heldHands()) void runHands(null);
else if (held) run({ kind: 'join', roomId: held.roomId, options: { audience: 'console', facilitatorKey: held.key } });
else start(null);
