// The four domains of contextual safeguarding, met or missed by the plan,
// with the decision that met each one or the reason it was missed. Only what
// the panel adopted or agreed as its goal counts: a position argued on the
// way, or a visit to find out, is not a plan.
import { DOMAIN_LABELS, DOMAIN_VALUES } from './orientation';
import type { Domain } from './orientation';
import type { Decision } from './plan';

export interface DomainResult {
  domain: Domain;
  label: string;
  met: boolean;
  /** The first decision that met it. */
  metBy: string | null;
  reason: string;
}

/** Adopted actions and agreed goals: what the panel committed to. */
export const inThePlan = (decision: Decision) => decision.adopted || decision.goal;

function meets(decision: Decision, domain: Domain): boolean {
  if (!inThePlan(decision)) return false;
  if (decision.domains.includes(domain)) return true;
  // Acting on a context by changing its conditions is what domain one asks for.
  return domain === 'target' && decision.quadrant === 'context-ecological';
}

function missedReason(domain: Domain, decisions: readonly Decision[]): string {
  const plan = decisions.filter((d) => d.adopted);
  switch (domain) {
    case 'target':
      return plan.some((d) => d.quadrant === 'context-behaviour')
        ? 'The plan acted on the place, but by moving or correcting the young people in it rather than changing its conditions.'
        : 'No adopted action changed the social conditions around the young people.';
    case 'welfare':
      return 'Nothing the panel adopted brought the places and groups where the harm happens into child-protection and welfare processes.';
    case 'partnership':
      return 'The panel did not bring in the people who shape the place, such as councillors, residents or youth workers.';
    case 'measure':
      return 'The panel set no way of telling whether the place itself had become safer.';
  }
}

export function domainReport(decisions: readonly Decision[]): DomainResult[] {
  return DOMAIN_VALUES.map((domain) => {
    const first = decisions.find((d) => meets(d, domain));
    return {
      domain,
      label: DOMAIN_LABELS[domain],
      met: Boolean(first),
      metBy: first?.text ?? null,
      reason: first
        ? `Met by the plan, at decision ${first.turn}${first.goal ? ' (the goal)' : ''}: ${first.text}`
        : missedReason(domain, decisions),
    };
  });
}
