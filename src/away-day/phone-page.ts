// The phone: enter the code (or arrive by the QR link, /phone#CODE), take an
// agency seat, vote, change the vote until the reveal, name the proposal,
// see the result. No names and no free text leave the phone: only a seat,
// an option number and a WHERE/HOW reading.
import { HOW_LABELS, HOW_VALUES, WHERE_LABELS, WHERE_VALUES } from '../model/orientation.ts';
import type { How, Where } from '../model/orientation.ts';
import { CODE_ALPHABET, CODE_LENGTH } from '../room/protocol.ts';
import type { PhoneMessage, PhoneView } from '../room/protocol.ts';
import { button, el } from '../ui/dom.ts';
import { connectRoom, lookUpCode } from './room-client.ts';
import type { RoomLink } from './room-client.ts';
import { leaders, phoneScreen, tallyTable } from './room-model.ts';
import { keyedRegion, statusLine } from './room-dom.ts';
import { nameItReveal } from './name-it-reveal.ts';
import { readCode, remember, recall } from './page-storage.ts';

const main = document.getElementById('main')!;
const codeBadge = document.getElementById('room-code')!;
const status = statusLine();
const words = el('p', { class: 'phase-words', role: 'status' });
const region = el('div', { class: 'phone-region' });
let render = keyedRegion(region);
const problem = el('p', { class: 'form-error', role: 'alert' });
let link: RoomLink | null = null;

function send(message: PhoneMessage): void {
  link?.send(message);
}

function seatScreen(view: PhoneView): Node[] {
  return [
    el('h1', { tabindex: '-1' }, 'Choose your seat'),
    el('p', {}, 'Pick the agency you sit for today. Several people may hold the same agency. No names are asked.'),
    el(
      'ul',
      { class: 'big-choices', 'aria-label': 'Agency seats' },
      ...view.seats.map(({ agency, label, people }) =>
        el(
          'li',
          {},
          button(
            people ? `${label} (${people} here)` : label,
            () => {
              remember('phone-agency', agency);
              send({ type: 'seat', agency });
            },
            { class: 'big-choice', 'data-focus': `seat-${agency}` },
          ),
        ),
      ),
    ),
  ];
}

function voteButtons(view: PhoneView): HTMLElement {
  return el(
    'ul',
    { class: 'big-choices', 'aria-label': 'Options' },
    ...view.options.map((option) =>
      el(
        'li',
        {},
        button(
          option.text,
          () => {
            if (option.available) send({ type: 'vote', option: option.index });
          },
          {
            class: `big-choice${view.vote === option.index ? ' voted' : ''}`,
            'aria-pressed': String(view.vote === option.index),
            'aria-disabled': option.available ? undefined : 'true',
            'aria-describedby': option.reason ? `reason-${option.index}` : undefined,
            'data-focus': `option-${option.index}`,
          },
        ),
        option.reason ? el('p', { class: 'reason', id: `reason-${option.index}` }, option.reason) : null,
      ),
    ),
  );
}

function radios(name: 'where' | 'how', legend: string, current: string | null): HTMLFieldSetElement {
  const values: readonly string[] = name === 'where' ? WHERE_VALUES : HOW_VALUES;
  const labels: Record<string, string> = name === 'where' ? WHERE_LABELS : HOW_LABELS;
  return el(
    'fieldset',
    { class: 'axis-choice big' },
    el('legend', {}, legend),
    ...values.map((value) =>
      el(
        'label',
        {},
        el('input', { type: 'radio', name, value, checked: current === value, 'data-focus': `${name}-${value}` }),
        ` ${labels[value]}`,
      ),
    ),
  );
}

function namingScreen(view: PhoneView): Node[] {
  const error = el('p', { class: 'form-error', role: 'alert' });
  const form = el(
    'form',
    { class: 'name-it', 'aria-labelledby': 'name-heading' },
    el('h1', { id: 'name-heading', tabindex: '-1' }, 'Name it'),
    el('blockquote', {}, view.nameIt ?? ''),
    radios('where', 'Where does it act?', view.named?.where ?? null),
    radios('how', 'How does it act?', view.named?.how ?? null),
    error,
    el(
      'button',
      { type: 'submit', class: 'primary big-choice', 'data-focus': 'name-send' },
      view.named ? 'Change my reading' : 'Send my reading',
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const where = data.get('where');
    const how = data.get('how');
    if (!where || !how) {
      error.textContent = 'Choose one answer for where and one for how.';
      return;
    }
    send({ type: 'name', where: where as Where, how: how as How });
  });
  return [form];
}

function resultScreen(view: PhoneView): Node[] {
  if (!view.tally) return [el('h1', { tabindex: '-1' }, 'The votes are revealed')];
  const table = tallyTable(view, view.tally);
  const top = leaders(view.tally);
  return [
    el('h1', { tabindex: '-1' }, 'How the room voted'),
    el(
      'ol',
      { class: 'result-list' },
      ...table.rows.map((row) =>
        el(
          'li',
          {},
          el('strong', {}, `${row.total} ${row.total === 1 ? 'vote' : 'votes'}`),
          top.includes(row.option) ? el('span', { class: 'badge' }, top.length > 1 ? 'Tied for most' : 'Most votes') : null,
          view.vote === row.option ? el('span', { class: 'badge own' }, 'Your vote') : null,
          el('span', { class: 'result-text' }, row.text),
        ),
      ),
    ),
    el('p', {}, 'The full table, by agency, is on the big screen.'),
  ];
}

function show(view: PhoneView): void {
  codeBadge.textContent = `Room ${view.code}`;
  const screen = phoneScreen(view);
  // The ending and the seat choice say it all in their heading; every other screen has its line.
  words.textContent = screen.kind === 'ended' || screen.kind === 'seat' ? '' : screen.words;
  const key = JSON.stringify([
    screen.kind,
    view.options,
    view.vote,
    view.named,
    view.nameIt,
    view.nameItAuthor,
    view.tally,
    screen.kind === 'seat' ? view.seats : null,
  ]);
  const changed = render(key, () => {
    problem.textContent = '';
    switch (screen.kind) {
      case 'seat':
        return seatScreen(view);
      case 'vote':
        return [el('h1', { tabindex: '-1' }, 'Vote'), voteButtons(view)];
      case 'naming':
        return namingScreen(view);
      case 'named':
        return [el('h1', { tabindex: '-1' }, 'Name it'), el('blockquote', {}, view.nameIt ?? ''), nameItReveal(view) ?? el('p', {}, '')];
      case 'revealed':
        return resultScreen(view);
      case 'wait':
        return [el('h1', { tabindex: '-1' }, view.title)];
      case 'ended':
        return [
          el('h1', { tabindex: '-1' }, 'The scenario has ended'),
          el(
            'p',
            {},
            'The big screen shows the room’s debrief: what the room decided, each agency’s votes and where the room split. Thank you for taking part.',
          ),
          el('p', {}, 'Nothing you voted is kept: the record the facilitator takes holds totals only.'),
        ];
    }
  });
  // A new screen (not a change of vote on the same one) moves focus to its heading.
  if (changed && !region.contains(document.activeElement)) region.querySelector<HTMLElement>('h1')?.focus();
}

function join(code: string): void {
  remember('phone-code', code);
  render = keyedRegion(region);
  main.replaceChildren(status.element, problem, words, region);
  link = connectRoom<PhoneView>(
    'away-day:phone',
    async () => {
      const agency = recall('phone-agency');
      return { kind: 'join', roomId: await lookUpCode(code), options: { audience: 'phone', agency } };
    },
    {
      view: show,
      error: (message) => (problem.textContent = message),
      status: (state) => {
        status.set(state);
        if (state === 'failed' || state === 'closed') {
          link = null;
          region.replaceChildren(codeForm(state === 'failed' ? 'Check the code with the facilitator and try again.' : null));
        }
      },
    },
  );
}

function codeForm(problem: string | null): HTMLElement {
  const input = el('input', {
    id: 'code',
    name: 'code',
    type: 'text',
    inputmode: 'text',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: String(CODE_LENGTH + 4),
    'aria-describedby': 'code-hint code-error',
  });
  const error = el('p', { class: 'form-error', id: 'code-error', role: 'alert' }, problem ?? '');
  const form = el(
    'form',
    { class: 'code-form' },
    el('label', { for: 'code' }, 'Room code'),
    el('p', { class: 'hint', id: 'code-hint' }, `The ${CODE_LENGTH} characters on the big screen.`),
    input,
    error,
    el('button', { type: 'submit', class: 'primary big-choice' }, 'Join the room'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const code = readCode(input.value);
    if (code.length !== CODE_LENGTH || [...code].some((c) => !CODE_ALPHABET.includes(c))) {
      error.textContent = `A room code is ${CODE_LENGTH} letters and numbers, such as the one on the big screen.`;
      return;
    }
    history.replaceState(null, '', `#${code}`);
    join(code);
  });
  return form;
}

const arrived = readCode(location.hash.slice(1)) || recall('phone-code');
if (arrived) join(arrived);
else main.replaceChildren(el('h1', {}, 'Join the away-day room'), codeForm(null));
