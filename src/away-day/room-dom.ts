// DOM pieces the three away-day pages share: the connection line, the seats
// by agency, the story text and the tally table. Text goes in as text.
import { HOW_LABELS, WHERE_LABELS } from '../model/orientation.ts';
import type { SharedView, Tally } from '../room/protocol.ts';
import { el, scrollable } from '../ui/dom.ts';
import { STATUS_WORDS } from './connection-words.ts';
import type { ConnectionStatus } from './connection-words.ts';
import { tallyTable } from './room-model.ts';
import type { TallyTable } from './room-model.ts';

/** A live line for the connection: read out when it changes, never by colour alone. */
export function statusLine(words: Record<ConnectionStatus, string> = STATUS_WORDS): {
  element: HTMLElement;
  set(status: ConnectionStatus, extra?: string): void;
} {
  const element = el('p', { class: 'connection', role: 'status', 'aria-live': 'polite' }, words.connecting);
  return {
    element,
    set(status, extra) {
      element.dataset.status = status;
      element.textContent = extra ? `${words[status]} ${extra}` : words[status];
    },
  };
}

export function seatsList(view: SharedView, heading = 'Seats by agency'): HTMLElement {
  const filled = view.seats.filter((s) => s.people > 0);
  return el(
    'section',
    { class: 'room-seats', 'aria-labelledby': 'seats-heading' },
    el('h2', { id: 'seats-heading' }, heading),
    filled.length
      ? el(
          'ul',
          { class: 'seat-counts' },
          ...filled.map((s) => el('li', {}, el('strong', {}, s.label), ` ${s.people} ${s.people === 1 ? 'person' : 'people'}`)),
        )
      : el('p', {}, 'No one has taken a seat yet.'),
  );
}

export function storyLines(view: SharedView): HTMLElement {
  return el('div', { class: 'room-story' }, ...view.lines.map((line) => el('p', { class: 'line' }, line)));
}

/** The reveal as a table: every option, its total, and the count from each agency group. */
export function tallyTableElement(view: SharedView, tally: Tally, caption = 'How the room voted'): HTMLElement {
  return tallyTableFrom(tallyTable(view, tally), caption);
}

/** Any decision's votes as the reveal's table (the room's debrief shows its most-split decision so). */
export function tallyTableFrom(table: TallyTable, caption: string): HTMLElement {
  return scrollable(
    el(
      'table',
      { class: 'tally' },
      el('caption', {}, caption),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, 'Option'),
          el('th', { scope: 'col' }, 'Votes'),
          ...table.groups.map((g) => el('th', { scope: 'col' }, g.label)),
        ),
      ),
      el(
        'tbody',
        {},
        ...table.rows.map((row) =>
          el(
            'tr',
            {},
            el(
              'th',
              { scope: 'row' },
              row.text,
              el(
                'span',
                { class: 'reading' },
                row.reading
                  ? `${WHERE_LABELS[row.reading.where]} · ${HOW_LABELS[row.reading.how]}`
                  : 'Not on the map: finding out, or not acting',
              ),
            ),
            el('td', {}, String(row.total)),
            ...row.counts.map((count) => el('td', {}, String(count))),
          ),
        ),
      ),
    ),
    caption,
  );
}

/** What is typed in a region's kept forms (form[data-keep]): each form's key → box id → value; and which folds (details[data-fold]) were open. */
interface Typed {
  boxes: Map<string, Map<string, string>>;
  open: Set<string>;
}

function typedIn(region: HTMLElement): Typed {
  const typed: Typed = { boxes: new Map(), open: new Set() };
  for (const form of region.querySelectorAll<HTMLFormElement>('form[data-keep]')) {
    const boxes = new Map<string, string>();
    for (const box of form.querySelectorAll('input')) if (box.id && box.value) boxes.set(box.id, box.value);
    typed.boxes.set(form.dataset.keep ?? '', boxes);
  }
  for (const fold of region.querySelectorAll<HTMLDetailsElement>('details[data-fold]'))
    if (fold.open) typed.open.add(fold.dataset.fold ?? '');
  return typed;
}

function typeAgain(region: HTMLElement, typed: Typed): void {
  for (const form of region.querySelectorAll<HTMLFormElement>('form[data-keep]')) {
    const boxes = typed.boxes.get(form.dataset.keep ?? '');
    if (!boxes) continue;
    for (const box of form.querySelectorAll('input')) {
      const value = boxes.get(box.id);
      if (value !== undefined) box.value = value;
    }
  }
  for (const fold of region.querySelectorAll<HTMLDetailsElement>('details[data-fold]'))
    if (typed.open.has(fold.dataset.fold ?? '')) fold.open = true;
}

/**
 * Replaces a region's content only when what it shows has changed (`key`),
 * so a new count arriving never resets a half-made choice, and puts focus
 * back on the same control (by its data-focus) when the content is rebuilt.
 * A form marked data-keep gets back what was typed in it when the rebuilt
 * content has the same form (same data-keep): a show of hands' count form is
 * rebuilt when the seats change, and the counts typed so far must survive.
 * A fold (details[data-fold]) that was open stays open, so focus can return
 * inside it.
 */
export function keyedRegion(region: HTMLElement): (key: string, build: () => Node[]) => boolean {
  let shown: string | null = null;
  return (key, build) => {
    if (key === shown) return false;
    shown = key;
    const active = document.activeElement;
    const focusKey = active instanceof HTMLElement && region.contains(active) ? active.dataset.focus : undefined;
    const typed = typedIn(region);
    region.replaceChildren(...build());
    typeAgain(region, typed);
    const again = focusKey ? region.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focusKey)}"]`) : null;
    again?.focus();
    return true;
  };
}
