// Two tabs can edit one journal entry. Each tab writes only what it changed
// since it last read the entry (a three-way merge, field by field), onto the
// entry as it is stored now, so one tab's Feelings survive another tab's
// Conclusion.
import type { JournalEntry } from './journal.ts';

function mergeRecord<T extends Record<string, string>>(base: T, mine: T, theirs: T): T {
  const merged = { ...theirs };
  for (const key of Object.keys(mine) as (keyof T)[]) {
    if (mine[key] !== base[key]) merged[key] = mine[key];
  }
  return merged;
}

/**
 * The stored entry (`theirs`) with this tab's changes (`mine` against
 * `base`, what this tab last read or wrote) laid over it. Where both tabs
 * changed the same field, this tab's text wins: it is the one being typed.
 */
export function mergeEntry(base: JournalEntry, mine: JournalEntry, theirs: JournalEntry): JournalEntry {
  return {
    ...theirs,
    reflection: mergeRecord(base.reflection, mine.reflection, theirs.reflection),
    cpd: mergeRecord(base.cpd, mine.cpd, theirs.cpd),
    decisions: theirs.decisions.map((decision, i) => {
      const was = base.decisions[i]?.why;
      const now = mine.decisions[i]?.why;
      return now !== undefined && now !== was ? { ...decision, why: now } : decision;
    }),
  };
}

/** The fields where `other` holds text that this tab's copy does not show. */
export function changedElsewhere(shown: JournalEntry, stored: JournalEntry): number {
  const differ = (a: Record<string, string>, b: Record<string, string>) => Object.keys(a).filter((k) => a[k] !== b[k]).length;
  return (
    differ(shown.reflection, stored.reflection) +
    differ(shown.cpd, stored.cpd) +
    stored.decisions.filter((d, i) => d.why !== shown.decisions[i]?.why).length
  );
}
