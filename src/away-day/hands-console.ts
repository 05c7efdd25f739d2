// The console's parts for a show of hands (no phones, no server): the
// projector window's button instead of a QR code, the people at each agency
// instead of the phones, and a count form where phones would vote or name:
// a box per option (and, if wanted, per agency), a box per reading. Each box
// has a label; a count that cannot be read is named in words by the form and
// its box is focused, and nothing typed is lost.
import { HOW_LABELS, QUADRANTS, WHERE_LABELS } from '../model/orientation.ts';
import type { How, Quadrant, Where } from '../model/orientation.ts';
import type { ConsoleView, HandsMessage } from '../room/protocol.ts';
import { readCounts, readHandsForm } from '../room/hands-input.ts';
import { button, el } from '../ui/dom.ts';

export interface HandsActions {
  /** Applies a count; the refusal in plain words, or null when it was done. */
  act(message: HandsMessage): string | null;
  openProjector(): boolean;
  projectorUrl: string;
}

function countBox(id: string, label: string, value = ''): [HTMLLabelElement, HTMLInputElement] {
  return [
    el('label', { for: id }, label),
    el('input', { id, name: id, type: 'text', inputmode: 'numeric', autocomplete: 'off', class: 'count', value, 'data-focus': id }),
  ];
}

/**
 * A form that reads its boxes into a message on submit, shows a refusal
 * beside the button and focuses the box at fault. `keep` names what it
 * counts: rebuilt for the same count (the seats changed mid-count), it gets
 * back what was typed (keyedRegion). Null for a form that shows saved values.
 */
function countForm(
  keep: string | null,
  heading: string,
  intro: Node | string,
  boxes: Node[],
  submit: string,
  read: (form: HTMLFormElement) => { ok: true; value: HandsMessage } | { ok: false; error: string; key: string },
  actions: HandsActions,
): HTMLFormElement {
  const id = `${heading.toLowerCase().replace(/[^a-z]+/g, '-')}heading`;
  const error = el('p', { class: 'form-error', role: 'alert' });
  const form = el(
    'form',
    { class: 'console-form hands-form', 'aria-labelledby': id, novalidate: true, 'data-keep': keep ?? undefined },
    el('h3', { id }, heading),
    typeof intro === 'string' ? el('p', { class: 'hint' }, intro) : intro,
    ...boxes,
    error,
    el('button', { type: 'submit', class: 'primary', 'data-focus': submit }, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const boxes = read(form);
    for (const box of form.querySelectorAll('input')) box.removeAttribute('aria-invalid');
    if (!boxes.ok) {
      error.textContent = boxes.error;
      const box = form.querySelector<HTMLInputElement>(`[data-key="${CSS.escape(boxes.key)}"]`);
      box?.setAttribute('aria-invalid', 'true');
      box?.focus();
      return;
    }
    error.textContent = actions.act(boxes.value) ?? '';
  });
  return form;
}

const valueOf = (form: HTMLFormElement, key: string) =>
  form.querySelector<HTMLInputElement>(`[data-key="${CSS.escape(key)}"]`)?.value ?? '';

function keyed(pair: [HTMLLabelElement, HTMLInputElement], key: string): Node[] {
  pair[1].dataset.key = key;
  return [el('div', { class: 'count-row' }, ...pair)];
}

function voteCount(view: ConsoleView, actions: HandsActions): HTMLElement {
  const options = view.options.filter((o) => o.available);
  const seated = view.seats.filter((s) => s.people > 0);
  const totals = options.flatMap((o) => keyed(countBox(`hands-${o.index}`, o.text), `total-${o.index}`));
  const grid = seated.length
    ? el(
        'details',
        { class: 'by-agency', 'data-fold': 'by-agency' },
        el('summary', {}, 'Count by agency too (optional)'),
        el(
          'p',
          { class: 'hint' },
          'Leave the totals empty to add up the agencies. An agency with fewer than two hands is shown with other seats.',
        ),
        ...seated.map((s) =>
          el(
            'fieldset',
            { class: 'count-group' },
            el('legend', {}, s.label),
            ...options.flatMap((o) => keyed(countBox(`hands-${s.agency}-${o.index}`, o.text), `${s.agency}-${o.index}`)),
          ),
        ),
      )
    : el('p', { class: 'hint' }, 'To count by agency as well, enter who is in the room under Seats.');
  return countForm(
    JSON.stringify(['vote', options.map((o) => [o.index, o.text])]),
    'Count the hands',
    'Read out each option and count the hands that go up. An empty box counts as none.',
    [...totals, grid],
    'Show the count',
    (form) =>
      readHandsForm(
        options.map((o) => ({
          option: o.index,
          text: o.text,
          total: valueOf(form, `total-${o.index}`),
          byAgency: seated.map((s) => ({ agency: s.agency, label: s.label, raw: valueOf(form, `${s.agency}-${o.index}`) })),
        })),
      ),
    actions,
  );
}

const quadrants = Object.keys(QUADRANTS) as Quadrant[];
const readingWords = (q: Quadrant) => {
  const [where, how] = q.split('-') as [Where, How];
  return `${WHERE_LABELS[where]} · ${HOW_LABELS[how]} (${QUADRANTS[q].name})`;
};

function namingCount(view: ConsoleView, actions: HandsActions): HTMLElement {
  return countForm(
    JSON.stringify(['naming', view.nameIt]),
    'Count the readings',
    el(
      'div',
      {},
      // The proposal beside its count, so the facilitator reads it out from here.
      view.nameIt ? el('blockquote', { class: 'name-it-proposal' }, `Name it: ${view.nameIt}`) : null,
      el(
        'p',
        { class: 'hint' },
        'Read out each reading and count the hands: where does this proposal act, and how? An empty box counts as none.',
      ),
    ),
    quadrants.flatMap((q) => keyed(countBox(`naming-${q}`, readingWords(q)), q)),
    'Show the room’s reading',
    (form) => {
      const read = readCounts(quadrants.map((q) => ({ key: q, label: readingWords(q), raw: valueOf(form, q) })));
      return read.ok ? { ok: true, value: { type: 'hands-naming', counts: read.value } } : read;
    },
    actions,
  );
}

/** The count form for this phase: hands per option while the vote is open, per reading while naming is open. */
export function handsCounts(view: ConsoleView, actions: HandsActions): Node[] {
  if (view.phase === 'voting') return [voteCount(view, actions)];
  if (view.phase === 'naming' && view.naming === null) return [namingCount(view, actions)];
  return [];
}

export function handsJoinPanel(view: ConsoleView, actions: HandsActions): Node[] {
  const result = el('p', { role: 'status' });
  return [
    el('h1', { tabindex: '-1' }, view.title),
    el('p', {}, 'A show of hands: no phones and no server. This window runs the session; the projector window shows it.'),
    el(
      'div',
      { class: 'actions' },
      button(
        'Open the projector window',
        () => {
          result.replaceChildren(
            ...(actions.openProjector()
              ? ['The projector window is open: drag it to the projector screen and press F11 for full screen.']
              : [
                  'The browser blocked the new window. Allow pop-ups for this page, or open ',
                  el('a', { href: actions.projectorUrl, target: '_blank', rel: 'opener' }, 'the projector window'),
                  ' from this link.',
                ]),
          );
        },
        { class: 'primary', 'data-focus': 'open-projector' },
      ),
    ),
    result,
  ];
}

export function handsSeats(view: ConsoleView, actions: HandsActions): Node[] {
  const filled = view.seats.filter((s) => s.people > 0);
  const people = filled.reduce((n, s) => n + s.people, 0);
  // The seats form always shows the seats as saved.
  const form = countForm(
    null,
    'Who is in the room (optional)',
    'How many people sit at each agency. The counts cannot go over these, and by agency any group of fewer than two is shown with other seats.',
    view.seats.flatMap((s) => keyed(countBox(`seat-${s.agency}`, s.label, s.people ? String(s.people) : ''), s.agency)),
    'Save the seats',
    (f) => {
      const read = readCounts(view.seats.map((s) => ({ key: s.agency, label: s.label, raw: valueOf(f, s.agency) })));
      return read.ok ? { ok: true, value: { type: 'hands-seats', people: read.value } } : read;
    },
    actions,
  );
  return [
    el('h2', {}, people ? `Seats (${people} ${people === 1 ? 'person' : 'people'})` : 'Seats'),
    el(
      'p',
      {},
      filled.length ? filled.map((s) => `${s.label}: ${s.people}`).join(' · ') : 'No seats entered: any count up to 80 is taken.',
    ),
    // Open while seats fill; folded away once the scenario runs, a click from being changed.
    view.phase === 'lobby'
      ? form
      : el('details', { class: 'seats-later', 'data-fold': 'seats' }, el('summary', {}, 'Change the seats'), form),
  ];
}

export function handsKeyPanel(close: () => void): Node[] {
  return [
    el('h2', {}, 'End the session'),
    el('p', {}, 'This session is kept in this browser tab only, so a reload carries on. Closing it forgets it.'),
    el('div', { class: 'actions' }, button('Close the room…', close, { class: 'danger', 'data-focus': 'close' })),
  ];
}
