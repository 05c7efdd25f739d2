// The facilitator's console: create a room for a scenario (or carry one on
// with the facilitator key), show the code and the QR code, and run the
// room. Until the reveal it sees only how many have voted, never what.
import { catalogue } from 'virtual:story-catalogue';
import type { ConsoleView } from '../room/protocol.ts';
import { PROJECTOR_PATH } from '../room/protocol.ts';
import { button, el, showDialog } from '../ui/dom.ts';
import { connectRoom, lookUpCode } from './room-client.ts';
import type { Entry, RoomLink } from './room-client.ts';
import { facilitatorHold, keepFacilitator, readCode } from './page-storage.ts';
import type { FacilitatorHold } from './page-storage.ts';
import { statusLine } from './room-dom.ts';
import { renderConsole } from './console-view.ts';
import type { RoomFiles } from '../export/room-files.ts';
import { download } from '../ui/download.ts';

const main = document.getElementById('main')!;
const codeBadge = document.getElementById('room-code')!;
// The code that makes the room's record (pdf-lib, fonts), loaded on the first download and kept for the page.
let roomFiles: Promise<RoomFiles> | null = null;
const scenarios = [...catalogue].sort((a, b) => a.meta.order - b.meta.order || a.meta.title.localeCompare(b.meta.title));

function confirmClose(link: RoomLink): void {
  const dialog = el(
    'dialog',
    { class: 'settings', 'aria-labelledby': 'close-heading' },
    el('h2', { id: 'close-heading' }, 'Close the room?'),
    el('p', {}, 'Everyone leaves the room, phones and projector included. Nothing about the room is kept. This cannot be undone.'),
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

function run(first: Entry): void {
  let hold: FacilitatorHold | null = null;
  let key: string | null = first.kind === 'join' && 'facilitatorKey' in first.options ? first.options.facilitatorKey : null;
  let roomId: string | null = first.kind === 'join' ? first.roomId : null;
  let used = false;
  const status = statusLine();
  const problem = el('p', { class: 'form-error', role: 'alert' });
  const body = el('div', { class: 'console-body' });
  main.replaceChildren(status.element, problem, body);
  const render = renderConsole(body, {
    send: (message) => {
      problem.textContent = '';
      link.send(message);
    },
    close: () => confirmClose(link),
    projector: (code) => `${PROJECTOR_PATH}#${code}`,
    key: () => key,
    record: async (format) => {
      const view = latest;
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
    },
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
        if (state === 'closed' || state === 'failed') {
          // A closed room, or a key the server no longer knows: nothing to carry on.
          keepFacilitator(null);
          body.replaceChildren(
            el('h1', { tabindex: '-1' }, state === 'closed' ? 'The room is closed' : 'Could not open the room'),
            el(
              'p',
              {},
              state === 'closed' ? 'Nothing about it is kept on the server.' : 'Check the code and the key, or start a new room.',
            ),
            button('Start or take over a room', () => start(null), { class: 'primary' }),
          );
          body.querySelector('h1')?.focus();
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

function start(problemText: string | null): void {
  const select = el('select', { id: 'scenario', name: 'scenario' }, ...scenarios.map((s) => el('option', { value: s.id }, s.meta.title)));
  const create = el(
    'form',
    { class: 'console-form', 'aria-labelledby': 'create-heading' },
    el('h2', { id: 'create-heading' }, 'Start a new room'),
    el('label', { for: 'scenario' }, 'Scenario'),
    select,
    el('button', { type: 'submit', class: 'primary' }, 'Create the room'),
  );
  create.addEventListener('submit', (event) => {
    event.preventDefault();
    run({ kind: 'create', options: { audience: 'console', scenarioId: select.value } });
  });
  const [codeLabel, codeInput] = field('takeover-code', 'Room code', { autocapitalize: 'characters' });
  const [keyLabel, keyInput] = field('takeover-key', 'Facilitator key');
  const error = el('p', { class: 'form-error', role: 'alert' }, problemText ?? '');
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
      'Phones join with a code; each person takes an agency seat and votes. The room holds seats, votes and counts only, and forgets them when it closes.',
    ),
    create,
    takeover,
  );
}

const held = facilitatorHold();
if (held) run({ kind: 'join', roomId: held.roomId, options: { audience: 'console', facilitatorKey: held.key } });
else start(null);
