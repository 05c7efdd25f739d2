// What each part of the plan cost and what it bought, from the author's words
// and from what it did to the room and the place. No option is free and none
// is only wrong: the debrief shows both sides of every action and goal.
import type { DynamicName } from './dynamics.ts';
import type { Decision } from './plan.ts';
import type { PlaceName } from './place.ts';
import { inThePlan } from './domains.ts';

export type LedgerSide = 'cost' | 'benefit';

export interface LedgerItem {
  turn: number;
  decision: string;
  side: LedgerSide;
  words: string;
  /** The author's words, or read from the numbers. */
  source: 'author' | 'model';
  /** At once, in the room; or in the place, from the next time skip. */
  when: 'now' | 'later';
}

type Reader = (delta: number) => { side: LedgerSide; words: string } | null;

const up =
  (good: string, bad: string): Reader =>
  (delta) =>
    delta > 0 ? { side: 'benefit', words: good } : delta < 0 ? { side: 'cost', words: bad } : null;
const down =
  (good: string, bad: string): Reader =>
  (delta) =>
    delta < 0 ? { side: 'benefit', words: good } : delta > 0 ? { side: 'cost', words: bad } : null;

const DYNAMIC_READERS: Record<DynamicName, Reader> = {
  risk: down('risk to young people down this week', 'risk to young people up'),
  anxiety: down('the room calmer', 'the room more anxious'),
  trust: up('trust between agencies up', "partners' patience and trust strained"),
  youthTrust: up("young people's trust in services up", "young people's trust in services down"),
  time: (delta) => (delta < 0 ? { side: 'cost', words: `${-delta} minutes of the meeting` } : null),
};

const PLACE_READERS: Record<PlaceName, Reader> = {
  guardianship: up('more caring adults in the place', 'fewer caring adults in the place'),
  welcome: up('young people more welcome there', 'young people less welcome there'),
  pull: down('less drawing young people there', 'more drawing young people there'),
  harm: down('less harm seen in the place', 'more harm in the place'),
  displacement: down('less harm pushed elsewhere', 'harm pushed somewhere less visible'),
};

function fromNumbers(decision: Decision): LedgerItem[] {
  const base = { turn: decision.turn, decision: decision.text, source: 'model' as const };
  const items: LedgerItem[] = [];
  for (const [name, delta] of Object.entries(decision.effects) as [DynamicName, number][]) {
    const read = DYNAMIC_READERS[name](delta);
    if (read) items.push({ ...base, ...read, when: 'now' });
  }
  if (decision.adopted) {
    for (const [name, delta] of Object.entries(decision.place) as [PlaceName, number][]) {
      const read = PLACE_READERS[name](delta);
      if (read) items.push({ ...base, ...read, when: 'later' });
    }
  }
  return items;
}

/** Every cost and benefit of the plan, decision by decision. */
export function planLedger(decisions: readonly Decision[]): LedgerItem[] {
  return decisions.filter(inThePlan).flatMap((decision) => {
    const base = { turn: decision.turn, decision: decision.text, source: 'author' as const, when: 'now' as const };
    return [
      ...decision.benefits.map((words) => ({ ...base, side: 'benefit' as const, words })),
      ...decision.costs.map((words) => ({ ...base, side: 'cost' as const, words })),
      ...fromNumbers(decision),
    ];
  });
}
