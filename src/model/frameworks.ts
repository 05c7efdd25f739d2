// Professional frameworks a CPD record maps to. The frameworks themselves are
// data (assets/frameworks/*.json) so one can be replaced or added without code;
// this module checks a file, works out what a journal entry evidences, and
// picks the frameworks in force for a country on a date.
import type { JournalEntry } from './journal.ts';
import { stagesWritten } from './journal.ts';
import type { Domain } from './orientation.ts';

export const JURISDICTIONS = ['england', 'wales'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** Things a journal entry can show, in the words a record uses. */
export const EVIDENCE = {
  'played-scenario': 'Completed a simulated multi-agency safeguarding panel',
  'research-findings': "Read the research findings behind the scenario and compared them with the panel's plan",
  'decision-reasons': 'Recorded reasons for decisions as they were made',
  'named-orientation': 'Named where and how proposals would act before the panel decided',
  'domain-target': 'The plan targeted the social conditions of harm',
  'domain-welfare': 'The plan brought extra-familial contexts into child-protection and welfare frameworks',
  'domain-partnership': 'The plan worked through partners who shape the context',
  'domain-measure': 'The plan measured change in the context as well as in the child',
  'reflection-written': "Wrote a structured reflection (Gibbs' cycle)",
  feelings: 'Reflected on own feelings, reactions and values',
  'action-plan': 'Set an action plan for practice',
  impact: 'Considered the impact on practice and on the people worked with',
  'peer-discussion': 'Discussed the learning with a peer',
} as const;
export type Evidence = keyof typeof EVIDENCE;

export interface FrameworkItem {
  id: string;
  label: string;
  /** A short paraphrase, never the framework's own wording at length. */
  summary: string;
  evidence: Evidence[];
}

export interface Framework {
  id: string;
  name: string;
  jurisdictions: Jurisdiction[];
  /** ISO dates; null for open-ended. */
  validFrom: string | null;
  validUntil: string | null;
  source: string;
  note: string;
  items: FrameworkItem[];
}

export type FrameworkRead = { ok: true; framework: Framework } | { ok: false; problem: string };

const isText = (v: unknown, max = 600): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= max;
const isDateOrNull = (v: unknown) => v === null || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v));

/** Checks one framework file, naming the first problem in plain words. */
export function parseFramework(value: unknown, file: string): FrameworkRead {
  const fail = (problem: string): FrameworkRead => ({ ok: false, problem: `${file}: ${problem}` });
  if (!value || typeof value !== 'object') return fail('it is not a framework (expected an object).');
  const f = value as Record<string, unknown>;
  if (!isText(f.id, 60) || !/^[a-z0-9-]+$/.test(f.id)) return fail('"id" must be lower-case letters, digits and hyphens.');
  if (!isText(f.name, 200)) return fail('"name" is missing.');
  if (!Array.isArray(f.jurisdictions) || !f.jurisdictions.length || !f.jurisdictions.every((j) => JURISDICTIONS.includes(j)))
    return fail(`"jurisdictions" must list some of: ${JURISDICTIONS.join(', ')}.`);
  if (!isDateOrNull(f.validFrom) || !isDateOrNull(f.validUntil)) return fail('"validFrom" and "validUntil" must be YYYY-MM-DD or null.');
  if (!isText(f.source, 400) || typeof f.note !== 'string') return fail('"source" (and "note", which may be empty) must be text.');
  if (!Array.isArray(f.items) || !f.items.length) return fail('"items" must list the framework\'s parts.');
  for (const [i, item] of f.items.entries()) {
    const it = item as Record<string, unknown>;
    if (!it || !isText(it.id, 60) || !isText(it.label, 200) || !isText(it.summary))
      return fail(`item ${i + 1} needs "id", "label" and "summary".`);
    if (!Array.isArray(it.evidence)) return fail(`item ${i + 1} ("${it.label}") needs an "evidence" list.`);
    const unknown = it.evidence.find((e) => !(e in EVIDENCE));
    if (unknown !== undefined)
      return fail(
        `item ${i + 1} ("${it.label}") names evidence "${String(unknown)}", which is not one of: ${Object.keys(EVIDENCE).join(', ')}.`,
      );
  }
  return { ok: true, framework: value as Framework };
}

/** What this entry shows, from the playthrough and what the player wrote. */
export function evidenceOf(entry: JournalEntry): Evidence[] {
  const written = (text: string) => text.trim().length > 0;
  const met = (domain: Domain, shows: Evidence) => (entry.findings.metDomains.includes(domain) ? [shows] : []);
  return [
    'played-scenario' as const,
    'research-findings' as const,
    ...(entry.decisions.some((d) => d.why) ? ['decision-reasons' as const] : []),
    ...(entry.findings.labels > 0 ? ['named-orientation' as const] : []),
    ...met('target', 'domain-target'),
    ...met('welfare', 'domain-welfare'),
    ...met('partnership', 'domain-partnership'),
    ...met('measure', 'domain-measure'),
    ...(stagesWritten(entry) >= 3 ? ['reflection-written' as const] : []),
    ...(written(entry.reflection.feelings) ? ['feelings' as const] : []),
    ...(written(entry.reflection.actionPlan) ? ['action-plan' as const] : []),
    ...(written(entry.cpd.impactOnPractice) || written(entry.cpd.impactOnPeople) ? ['impact' as const] : []),
    ...(written(entry.cpd.peerDiscussion) ? ['peer-discussion' as const] : []),
  ];
}

export interface MappedItem {
  label: string;
  summary: string;
  /** What in this entry supports it, in words; empty when nothing does yet. */
  shownBy: string[];
}

export interface FrameworkMapping {
  name: string;
  source: string;
  note: string;
  items: MappedItem[];
}

export function mapToFramework(framework: Framework, evidence: readonly Evidence[]): FrameworkMapping {
  return {
    name: framework.name,
    source: framework.source,
    note: framework.note,
    items: framework.items.map((item) => ({
      label: item.label,
      summary: item.summary,
      shownBy: item.evidence.filter((e) => evidence.includes(e)).map((e) => EVIDENCE[e]),
    })),
  };
}

/** The frameworks that apply in a country on a date (YYYY-MM-DD), in the order given. */
export function frameworksInForce(frameworks: readonly Framework[], jurisdiction: Jurisdiction, day: string): Framework[] {
  return frameworks.filter(
    (f) =>
      f.jurisdictions.includes(jurisdiction) &&
      (f.validFrom === null || f.validFrom <= day) &&
      (f.validUntil === null || day <= f.validUntil),
  );
}
