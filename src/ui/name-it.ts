// "Name it": before the panel decides, the player reads the proposal on both
// axes. The author's reading is shown only in the debrief, so the label is
// the player's own.
import type { Orientation } from '../model/orientation.ts';
import { HOW_LABELS, HOW_VALUES, WHERE_LABELS, WHERE_VALUES } from '../model/orientation.ts';
import { button, el } from './dom.ts';

function radios(name: string, legend: string, options: readonly string[], labels: Record<string, string>): HTMLFieldSetElement {
  return el(
    'fieldset',
    { class: 'axis-choice' },
    el('legend', {}, legend),
    ...options.map((value) => el('label', {}, el('input', { type: 'radio', name, value }), ` ${labels[value]}`)),
  );
}

export function renderNameIt(proposal: string, name: (given: Orientation | null) => void): HTMLElement {
  const error = el('p', { class: 'form-error', role: 'alert' });
  const form = el(
    'form',
    { class: 'name-it', 'aria-labelledby': 'name-it-heading' },
    el('h2', { id: 'name-it-heading' }, 'Name it'),
    el('p', {}, 'Before the panel decides, how do you read this proposal?'),
    el('blockquote', {}, proposal),
    radios('where', 'Where does it act?', WHERE_VALUES, WHERE_LABELS),
    radios('how', 'How does it act?', HOW_VALUES, HOW_LABELS),
    error,
    el(
      'div',
      { class: 'actions' },
      el('button', { type: 'submit', class: 'primary' }, 'Name it'),
      button('Skip naming', () => name(null)),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const where = data.get('where');
    const how = data.get('how');
    if (!where || !how) {
      error.textContent = 'Choose one answer for where and one for how, or skip.';
      return;
    }
    name({ where, how } as Orientation);
  });
  return form;
}
