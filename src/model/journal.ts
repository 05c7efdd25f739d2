// A journal entry: one finished scenario, what the player decided and why,
// what the debrief found, and the player's reflection and CPD notes. Built
// from the debrief when a scenario ends; the player's fields start empty.
import type { Debrief } from './debrief.ts';
import { HOW_LABELS, WHERE_LABELS } from './orientation.ts';
import type { Domain } from './orientation.ts';
import type { Decision } from './plan.ts';
import { GIBBS_STAGES, gibbsHints } from './reflection-hints.ts';
import type { GibbsStage } from './reflection-hints.ts';
import type { CastMember } from './scenario.ts';

export const JOURNAL_VERSION = 1;

export const CPD_FIELDS = ['activityType', 'relevance', 'impactOnPractice', 'impactOnPeople', 'peerDiscussion'] as const;
export type CpdField = (typeof CPD_FIELDS)[number];

export const DEFAULT_ACTIVITY_TYPE = 'Simulation-based learning with structured reflection (e-learning)';

/** A decision as the journal keeps it: the playthrough's own, with the agency named in words. */
export type JournalDecision = Pick<Decision, 'turn' | 'text' | 'where' | 'how' | 'adopted' | 'why'> & {
  /** Who proposed it, in words. */
  agency: string | null;
};

export interface JournalFindings {
  planName: string;
  planDescription: string;
  /** The ids of the domains met (target, welfare, partnership, measure). */
  metDomains: Domain[];
  domainsMet: string[];
  /** Each missed domain with the reason the debrief gave. */
  domainsMissed: string[];
  /** How many proposals the player labelled (skips not counted), and how often they agreed with the author. */
  labels: number;
  whereAgreed: number;
  howAgreed: number;
  research: string[];
}

export interface JournalEntry {
  version: typeof JOURNAL_VERSION;
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  /** ISO date and time the scenario was finished. */
  finishedAt: string;
  /** ISO date and time the player last changed the entry. */
  updatedAt: string;
  minutes: number;
  decisions: JournalDecision[];
  findings: JournalFindings;
  hints: Record<GibbsStage, string>;
  cite: string[];
  reflection: Record<GibbsStage, string>;
  cpd: Record<CpdField, string>;
}

const empty = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, ''])) as Record<K, string>;

export function agencyName(agency: string | null, cast: Record<string, CastMember>): string | null {
  if (!agency) return null;
  const member = cast[agency];
  return member ? `${member.name}, ${member.role}` : agency.replace(/-/g, ' ');
}

export interface NewEntry {
  id: string;
  scenarioId: string;
  finishedAt: Date;
  minutes: number;
  cast: Record<string, CastMember>;
}

export function entryFromDebrief(debrief: Debrief, entry: NewEntry): JournalEntry {
  const iso = entry.finishedAt.toISOString();
  return {
    version: JOURNAL_VERSION,
    id: entry.id,
    scenarioId: entry.scenarioId,
    scenarioTitle: debrief.title,
    finishedAt: iso,
    updatedAt: iso,
    minutes: entry.minutes,
    decisions: debrief.decisions.map((d) => ({
      turn: d.turn,
      text: d.text,
      where: d.where,
      how: d.how,
      adopted: d.adopted,
      agency: agencyName(d.agency, entry.cast),
      why: d.why,
    })),
    findings: {
      planName: debrief.planName,
      planDescription: debrief.planDescription,
      metDomains: debrief.domains.filter((d) => d.met).map((d) => d.domain),
      domainsMet: debrief.domains.filter((d) => d.met).map((d) => d.label),
      domainsMissed: debrief.domains.filter((d) => !d.met).map((d) => `${d.label}: ${d.reason}`),
      labels: debrief.nameIts.filter((n) => n.given).length,
      whereAgreed: debrief.awareness.whereAgreed,
      howAgreed: debrief.awareness.howAgreed,
      research: debrief.research,
    },
    hints: gibbsHints(debrief),
    cite: debrief.cite,
    reflection: empty(GIBBS_STAGES),
    cpd: { ...empty(CPD_FIELDS), activityType: DEFAULT_ACTIVITY_TYPE },
  };
}

/** "The context, ecological": a decision's orientation in words. */
export function orientationText(decision: Pick<JournalDecision, 'where' | 'how'>): string {
  if (!decision.where || !decision.how) return 'not read on WHERE and HOW (finding out, or not acting)';
  return `WHERE: ${WHERE_LABELS[decision.where].toLowerCase()}; HOW: ${HOW_LABELS[decision.how].toLowerCase()}`;
}

/** How many of the six Gibbs stages the player has written. */
export function stagesWritten(entry: JournalEntry): number {
  return GIBBS_STAGES.filter((s) => entry.reflection[s].trim()).length;
}

/** Whole minutes, at least one once any time has passed. */
export function minutesOf(activeMs: number): number {
  return activeMs <= 0 ? 0 : Math.max(1, Math.round(activeMs / 60_000));
}
