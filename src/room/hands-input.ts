// What the facilitator of a show of hands types, read into counts, and the
// code naming a session (so a projector window finds its console and no
// other). Light on purpose: the console and projector pages load this before
// (or without) the room and its story engine.
import { CODE_ALPHABET, CODE_LENGTH, MAX_PARTICIPANTS } from './protocol.ts';
import type { HandsMessage } from './protocol.ts';

const CODE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

export const isHandsCode = (value: string): boolean => CODE.test(value);

/** A session code from CODE_ALPHABET; `random` gives numbers in [0, 1). */
export function handsCode(random: () => number): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[Math.floor(random() * CODE_ALPHABET.length)]).join('');
}

/** A count the room can hold: a whole number from 0 to MAX_PARTICIPANTS. */
export const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_PARTICIPANTS;

export const COUNT_WORDS = `a whole number from 0 to ${MAX_PARTICIPANTS}`;

/** What the facilitator typed in one box, as a count; an empty box is 0. */
export function readCount(raw: string, what: string): { ok: true; value: number } | { ok: false; error: string } {
  const text = raw.trim();
  if (text === '') return { ok: true, value: 0 };
  const value = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  return isCount(value) ? { ok: true, value } : { ok: false, error: `${what}: type ${COUNT_WORDS}.` };
}

/** Several boxes at once, by key: the first that is not a count is refused, by its label. */
export function readCounts<K extends string>(
  boxes: readonly { key: K; label: string; raw: string }[],
): { ok: true; value: Record<K, number> } | { ok: false; error: string; key: K } {
  const value = {} as Record<K, number>;
  for (const box of boxes) {
    const read = readCount(box.raw, box.label);
    if (!read.ok) return { ok: false, error: read.error, key: box.key };
    value[box.key] = read.value;
  }
  return { ok: true, value };
}

export interface HandsFormRow {
  option: number;
  text: string;
  /** What is typed in the option's total box. */
  total: string;
  /** What is typed for each agency, if counting by agency. */
  byAgency: { agency: string; label: string; raw: string }[];
}

/**
 * The vote count form as a message. With any box by agency filled in, the
 * count is by agency: an empty total is the agencies' sum (a filled one must
 * match it, which the room checks). Otherwise the totals alone are sent.
 */
export function readHandsForm(
  rows: readonly HandsFormRow[],
): { ok: true; value: HandsMessage } | { ok: false; error: string; key: string } {
  const totals = readCounts(rows.map((r) => ({ key: `total-${r.option}`, label: `“${r.text}”`, raw: r.total })));
  if (!totals.ok) return totals;
  const byAgencyUsed = rows.some((r) => r.byAgency.some((b) => b.raw.trim() !== ''));
  if (!byAgencyUsed)
    return {
      ok: true,
      value: { type: 'hands', totals: Object.fromEntries(rows.map((r) => [r.option, totals.value[`total-${r.option}`] ?? 0])) },
    };
  const byAgency: Record<string, Record<number, number>> = {};
  const sums: Record<number, number> = {};
  for (const row of rows) {
    const read = readCounts(
      row.byAgency.map((b) => ({ key: `${b.agency}-${row.option}`, label: `${b.label}, “${row.text}”`, raw: b.raw })),
    );
    if (!read.ok) return read;
    row.byAgency.forEach((b) => {
      const n = read.value[`${b.agency}-${row.option}`] ?? 0;
      byAgency[b.agency] = { ...byAgency[b.agency], [row.option]: n };
      sums[row.option] = (sums[row.option] ?? 0) + n;
    });
  }
  const sumOrTyped = (r: HandsFormRow) => [
    r.option,
    r.total.trim() === '' ? (sums[r.option] ?? 0) : (totals.value[`total-${r.option}`] ?? 0),
  ];
  return { ok: true, value: { type: 'hands', totals: Object.fromEntries(rows.map(sumOrTyped)), byAgency } };
}
