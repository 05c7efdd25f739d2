// Free-text fields for the journal. Every one carries the same visible,
// programmatically linked reminder: the journal stays on this device, and
// nothing written in it should identify anyone.
import { el } from './dom.ts';

export const PRIVACY_REMINDER = 'Stays on this device. No names or details that could identify anyone.';

export interface FieldOptions {
  /** The control's id, unique on the screen; its notes are named after it. */
  id: string;
  label: string;
  value: string;
  /** Longer guidance shown under the label (a question or a hint). */
  describe?: (string | { text: string; class: string })[];
  multiline?: boolean;
  maxLength: number;
  onInput: (value: string) => void;
}

export function writingField(options: FieldOptions): HTMLElement {
  const { id } = options;
  const notes = (options.describe ?? []).map((d, i) => {
    const note = typeof d === 'string' ? { text: d, class: 'question' } : d;
    return el('p', { id: `${id}-note-${i}`, class: note.class }, note.text);
  });
  const privacy = el('p', { id: `${id}-privacy`, class: 'privacy-hint' }, PRIVACY_REMINDER);
  const describedBy = [...notes.map((n) => n.id), privacy.id].join(' ');
  const control = options.multiline
    ? el('textarea', { id, rows: 4, maxlength: options.maxLength, 'aria-describedby': describedBy, spellcheck: true })
    : el('input', { id, type: 'text', maxlength: options.maxLength, autocomplete: 'off', 'aria-describedby': describedBy });
  control.value = options.value;
  control.addEventListener('input', () => options.onInput(control.value));
  return el(
    'div',
    { class: `writing-field${options.multiline ? ' long' : ''}` },
    el('label', { for: id }, options.label),
    ...notes,
    control,
    privacy,
  );
}
