// Reading a stored journal entry never throws: anything that is not a valid
// entry comes back as a plain-words problem, so the store can set it aside.
import { CPD_FIELDS, JOURNAL_VERSION } from './journal.ts';
import type { JournalDecision, JournalEntry } from './journal.ts';
import { GIBBS_STAGES } from './reflection-hints.ts';
import { DOMAIN_VALUES } from './orientation.ts';
import { REFLECTION_MAX, WHY_MAX } from './player-text.ts';

export type JournalRead = { ok: true; entry: JournalEntry } | { ok: false; problem: string };

const MAX_ENTRY_LENGTH = 400_000;
const isString = (v: unknown, max = 20_000): v is string => typeof v === 'string' && v.length <= max;
const isDate = (v: unknown): v is string => isString(v, 40) && !Number.isNaN(Date.parse(v));
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 50 && v.every((s) => isString(s));
const isRecordOf = (v: unknown, keys: readonly string[], max: number) =>
  Boolean(v) && typeof v === 'object' && keys.every((k) => isString((v as Record<string, unknown>)[k], max));

function isDecision(value: unknown): value is JournalDecision {
  if (!value || typeof value !== 'object') return false;
  const d = value as Record<string, unknown>;
  return (
    Number.isInteger(d.turn) &&
    isString(d.text, 1000) &&
    ((d.where === null && d.how === null) ||
      ((d.where === 'individual' || d.where === 'context') && (d.how === 'behaviour' || d.how === 'ecological'))) &&
    typeof d.adopted === 'boolean' &&
    (d.agency === null || isString(d.agency, 300)) &&
    (d.why === null || isString(d.why, WHY_MAX))
  );
}

function isFindings(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const f = value as Record<string, unknown>;
  const domains = Array.isArray(f.metDomains) && f.metDomains.every((d) => (DOMAIN_VALUES as readonly unknown[]).includes(d));
  return (
    domains &&
    isString(f.planName, 300) &&
    isString(f.planDescription) &&
    isStrings(f.domainsMet) &&
    isStrings(f.domainsMissed) &&
    [f.labels, f.whereAgreed, f.howAgreed].every((n) => Number.isInteger(n) && (n as number) >= 0) &&
    isStrings(f.research)
  );
}

export function readJournalEntry(raw: string | null): JournalRead {
  if (raw === null) return { ok: false, problem: 'There is no entry.' };
  if (raw.length > MAX_ENTRY_LENGTH) return { ok: false, problem: 'The entry is far larger than any real entry, so it was not opened.' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'The entry is damaged (it is not complete or not readable).' };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return { ok: false, problem: 'The entry is damaged (it is not a journal entry).' };
  const e = parsed as Record<string, unknown>;
  if (e.version !== JOURNAL_VERSION) {
    return {
      ok: false,
      problem:
        typeof e.version === 'number' && e.version > JOURNAL_VERSION
          ? 'The entry comes from a newer version of the game.'
          : 'The entry has no version this game can read.',
    };
  }
  if (!isString(e.id, 80) || !/^[a-z0-9-]+$/.test(e.id)) return { ok: false, problem: 'The entry has a damaged name.' };
  if (!isString(e.scenarioId, 80) || !isString(e.scenarioTitle, 200))
    return { ok: false, problem: 'The entry does not say which scenario it records.' };
  if (!isDate(e.finishedAt) || !isDate(e.updatedAt)) return { ok: false, problem: 'The entry has a damaged date.' };
  if (!Number.isInteger(e.minutes) || (e.minutes as number) < 0 || (e.minutes as number) > 24 * 60)
    return { ok: false, problem: 'The entry has a damaged time spent.' };
  if (!Array.isArray(e.decisions) || e.decisions.length > 200 || !e.decisions.every(isDecision))
    return { ok: false, problem: 'The entry has damaged decisions.' };
  if (!isFindings(e.findings) || !isStrings(e.cite) || !isRecordOf(e.hints, GIBBS_STAGES, 2000))
    return { ok: false, problem: 'The entry has damaged findings.' };
  if (!isRecordOf(e.reflection, GIBBS_STAGES, REFLECTION_MAX) || !isRecordOf(e.cpd, CPD_FIELDS, REFLECTION_MAX))
    return { ok: false, problem: "The entry's reflection is damaged." };
  return { ok: true, entry: parsed as JournalEntry };
}

export const writeJournalEntry = (entry: JournalEntry): string => JSON.stringify(entry);
