// The xAPI statements the game sends to a learning record store (LRS), as
// plain data: launched (initialized), each decision, each naming of the plan,
// completed, terminated, and a comment only when the learner chooses. Pure:
// the statement id and the time are given, so a statement is made once and a
// resend is the same statement (the LRS keeps one). Under cmi5 every
// statement carries the context template the LMS gave; the cmi5-defined ones
// (initialized, completed, terminated) also carry the cmi5 category and are
// about the AU itself. There is never a score, a pass or a fail: there is no
// right answer. The learner's reasons and journal are never in a statement.
import type { Decision } from '../model/plan.ts';
import type { SavedEvent } from '../model/save-schema.ts';
import { choiceKey } from '../model/lms-suspend.ts';
import { decisionIri, sessionTime } from './lms-record.ts';

export const XAPI_VERSION = '1.0.3';

/** An agent as xAPI names one: exactly one identifier (mbox, mbox_sha1sum, openid or account). */
export interface Agent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

type LanguageMap = Record<string, string>;
export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: {
    type?: string;
    name?: LanguageMap;
    description?: LanguageMap;
    interactionType?: string;
  };
}
export interface StatementContext {
  registration?: string;
  contextActivities?: Partial<Record<'parent' | 'grouping' | 'category' | 'other', Activity[]>>;
  extensions?: Record<string, unknown>;
  language?: string;
  [key: string]: unknown;
}
export interface Statement {
  id: string;
  actor: Agent;
  verb: { id: string; display: LanguageMap };
  object: Activity;
  result?: { completion?: boolean; duration?: string; response?: string; extensions?: Record<string, unknown> };
  context: StatementContext;
  timestamp: string;
}

/** Who, what and how: fixed for a launch. `template` is cmi5's context template (null for plain xAPI). */
export interface StatementBase {
  actor: Agent;
  /** The AU (cmi5) or the activity the launch named, or the package's own IRI. */
  activityId: string;
  registration: string | null;
  template: StatementContext | null;
}

/** What makes one statement unique: its id (a UUID made once) and its moment. */
export interface Stamp {
  id: string;
  at: number;
}

const ADL = 'http://adlnet.gov/expapi/verbs/';
const VERBS = {
  initialized: ADL + 'initialized',
  answered: ADL + 'answered',
  responded: ADL + 'responded',
  completed: ADL + 'completed',
  terminated: ADL + 'terminated',
  commented: ADL + 'commented',
} as const;
export type VerbName = keyof typeof VERBS;

/** The game's own extensions: URNs, so they are absolute IRIs that no one else mints. */
export const EXTENSION = {
  scenario: 'urn:rules-at-play:xapi:scenario',
  optionId: 'urn:rules-at-play:xapi:option-id',
  option: 'urn:rules-at-play:xapi:option',
  where: 'urn:rules-at-play:xapi:where',
  how: 'urn:rules-at-play:xapi:how',
  quadrant: 'urn:rules-at-play:xapi:quadrant',
  agency: 'urn:rules-at-play:xapi:agency',
  pressed: 'urn:rules-at-play:xapi:pressed-hard',
  roomDecided: 'urn:rules-at-play:xapi:room-decided',
} as const;

const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
const LANG = 'en-GB';

const activity = (id: string, definition?: Activity['definition']): Activity => ({
  objectType: 'Activity',
  id,
  ...(definition ? { definition } : {}),
});

export const scenarioIri = (scenarioId: string): string => `urn:rules-at-play:scenario:${scenarioId}`;

const scenarioActivity = (scenarioId: string, title: string) =>
  activity(scenarioIri(scenarioId), { type: 'http://adlnet.gov/expapi/activities/simulation', name: { [LANG]: title } });

export interface Scenario {
  id: string;
  title: string;
}

function statement(
  base: StatementBase,
  stamp: Stamp,
  verb: VerbName,
  object: Activity,
  more: { result?: Statement['result']; scenario?: Scenario; categories?: string[] },
): Statement {
  const template = base.template ?? {};
  const from = template.contextActivities ?? {};
  const categories = (more.categories ?? []).map((id) => activity(id));
  const contextActivities = {
    ...from,
    ...(more.scenario ? { parent: [...(from.parent ?? []), scenarioActivity(more.scenario.id, more.scenario.title)] } : {}),
    ...(categories.length ? { category: [...(from.category ?? []), ...categories] } : {}),
    // Plain xAPI: the activity the launch named groups every statement of the game.
    ...(base.template ? {} : { grouping: [...(from.grouping ?? []), activity(base.activityId)] }),
  };
  const extensions = { ...template.extensions, ...(more.scenario ? { [EXTENSION.scenario]: more.scenario.id } : {}) };
  return {
    id: stamp.id,
    actor: base.actor,
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object,
    ...(more.result ? { result: more.result } : {}),
    context: {
      ...template,
      ...(base.registration ? { registration: base.registration } : {}),
      contextActivities,
      ...(Object.keys(extensions).length ? { extensions } : {}),
      language: LANG,
    },
    timestamp: new Date(stamp.at).toISOString(),
  };
}

const cmi5 = (base: StatementBase, moveOn = false) => (base.template ? [CMI5_CATEGORY, ...(moveOn ? [MOVEON_CATEGORY] : [])] : []);
const duration = (ms: number) => sessionTime(ms, '2004');

/** The session began (cmi5's first statement; a plain xAPI launch says the same). */
export const initialized = (base: StatementBase, stamp: Stamp): Statement =>
  statement(base, stamp, 'initialized', activity(base.activityId), { categories: cmi5(base) });

/** One decision: which decision, which option, and the author's reading of it. Never the learner's reason. */
export function decided(base: StatementBase, stamp: Stamp, scenario: Scenario, decision: Decision, choiceId: string): Statement {
  const object = activity(decisionIri(scenario.id, decision, choiceId), {
    type: INTERACTION,
    name: { [LANG]: `Decision ${decision.turn} in ${scenario.title}` },
    interactionType: 'choice',
  });
  return statement(base, stamp, 'answered', object, {
    scenario,
    result: {
      response: `o${choiceKey(choiceId)}`,
      extensions: {
        [EXTENSION.optionId]: choiceId,
        [EXTENSION.option]: decision.text,
        [EXTENSION.where]: decision.where,
        [EXTENSION.how]: decision.how,
        [EXTENSION.quadrant]: decision.quadrant,
        [EXTENSION.agency]: decision.agency,
        [EXTENSION.pressed]: decision.pressed,
        [EXTENSION.roomDecided]: decision.by === 'room',
      },
    },
  });
}

type Given = Extract<SavedEvent, { type: 'name' }>['given'];

/** The learner named their plan's WHERE and HOW (or chose not to): the nth naming in the scenario. */
export function named(base: StatementBase, stamp: Stamp, scenario: Scenario, nth: number, given: Given): Statement {
  const object = activity(`urn:rules-at-play:${scenario.id}:name-it-${nth}`, {
    type: INTERACTION,
    name: { [LANG]: `Naming the plan (${nth}) in ${scenario.title}` },
    interactionType: 'choice',
  });
  return statement(base, stamp, 'responded', object, {
    scenario,
    result: {
      response: given ? `${given.where}.${given.how}` : 'not-named',
      extensions: { [EXTENSION.where]: given?.where ?? null, [EXTENSION.how]: given?.how ?? null },
    },
  });
}

/** The debrief was reached: completed, with the time it took; no score, no success (there is no right answer). */
export const completed = (base: StatementBase, stamp: Stamp, scenario: Scenario, ms: number): Statement =>
  statement(base, stamp, 'completed', activity(base.activityId), {
    result: { completion: true, duration: duration(ms) },
    categories: cmi5(base, true),
    ...(base.template ? {} : { scenario }),
  });

/** The session ended, with its length. */
export const terminated = (base: StatementBase, stamp: Stamp, ms: number): Statement =>
  statement(base, stamp, 'terminated', activity(base.activityId), { result: { duration: duration(ms) }, categories: cmi5(base) });

/** A summary the learner chose to send, after the reminder to leave out anything identifying. */
export const commented = (base: StatementBase, stamp: Stamp, scenario: Scenario | null, text: string): Statement =>
  statement(base, stamp, 'commented', scenario ? scenarioActivity(scenario.id, scenario.title) : activity(base.activityId), {
    result: { response: text },
  });

/** A version 4 UUID from 16 random bytes (crypto.randomUUID needs a secure page, which an LMS may not give). */
export function uuidFromBytes(bytes: Uint8Array): string {
  const b = Array.from(bytes.slice(0, 16), (n, i) => (i === 6 ? (n & 0x0f) | 0x40 : i === 8 ? (n & 0x3f) | 0x80 : n));
  const hex = b.map((n) => n.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
