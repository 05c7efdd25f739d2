// How the game learns it was launched to send xAPI statements: from the
// launch URL's query. A cmi5 LMS gives endpoint, fetch, registration,
// activityId and actor (cmi5 section 8.1); a plain xAPI launch gives the
// older "tincan" style endpoint, auth and actor (with an optional
// registration and activity_id). Anything half-given is a plain-words
// problem, so a wrong launch link says what is wrong instead of failing
// silently. Pure: it reads a query string and JSON, and decides nothing else.
import type { Agent, StatementContext } from './xapi-statements.ts';

export type LrsLaunch =
  | { kind: 'cmi5'; endpoint: string; fetchUrl: string; registration: string; activityId: string; actor: Agent }
  | { kind: 'xapi'; endpoint: string; auth: string; registration: string | null; activityId: string | null; actor: Agent };

export type LaunchRead = { launch: LrsLaunch | null; problem: string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
export const isUuid = (text: string): boolean => UUID.test(text);

/** An absolute IRI: a scheme, then something (xAPI asks for absolute IRIs everywhere an id goes). */
export const isAbsoluteIri = (text: string): boolean => /^[a-z][a-z0-9+.-]*:\S+$/i.test(text);

const isHttpUrl = (text: string) => /^https?:\/\/[^\s/?#]+/i.test(text);
/** The statements resource is named relative to the endpoint, which must end with a slash. */
const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/** An actor from JSON: tincan-style launches may give each identifier as a one-item array. */
export function readAgent(json: string): Agent | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const first = (value: unknown) => (Array.isArray(value) ? (value[0] as unknown) : value);
  const from = raw as Record<string, unknown>;
  const name = first(from.name);
  const mbox = first(from.mbox);
  const sha = first(from.mbox_sha1sum);
  const openid = first(from.openid);
  const account = (first(from.account) ?? null) as Record<string, unknown> | null;
  const named = typeof name === 'string' ? { name } : {};
  // Tincan launches spell the account's fields accountServiceHomePage and accountName.
  const homePage = account?.homePage ?? account?.accountServiceHomePage;
  const accountName = account?.name ?? account?.accountName;
  if (typeof mbox === 'string' && /^mailto:\S+@\S+$/.test(mbox)) return { objectType: 'Agent', ...named, mbox };
  if (typeof sha === 'string' && /^[0-9a-f]{40}$/i.test(sha)) return { objectType: 'Agent', ...named, mbox_sha1sum: sha };
  if (typeof openid === 'string' && isAbsoluteIri(openid)) return { objectType: 'Agent', ...named, openid };
  if (typeof homePage === 'string' && isAbsoluteIri(homePage) && typeof accountName === 'string' && accountName)
    return { objectType: 'Agent', ...named, account: { homePage, name: accountName } };
  return null;
}

const problem = (what: string): LaunchRead => ({
  launch: null,
  problem: `This game was launched to report to a learning record store, but ${what}. It plays as usual and keeps your progress on this device only; please tell whoever set up the course.`,
});

/** The launch, or neither launch nor problem when the query names no LRS at all (then SCORM, or nothing). */
export function readLaunch(query: string): LaunchRead {
  const params = new URLSearchParams(query);
  const endpoint = params.get('endpoint');
  if (!endpoint) return { launch: null, problem: null };
  if (!isHttpUrl(endpoint)) return problem('its "endpoint" is not a web address');
  const actor = readAgent(params.get('actor') ?? '');
  if (!actor) return problem('it did not say who the learner is (a readable "actor")');
  const fetchUrl = params.get('fetch');
  if (fetchUrl !== null) {
    const registration = params.get('registration') ?? '';
    const activityId = params.get('activityId') ?? '';
    if (!isHttpUrl(fetchUrl)) return problem('its "fetch" address is not a web address');
    if (!isUuid(registration)) return problem('its "registration" is not a registration id');
    if (!isAbsoluteIri(activityId)) return problem('its "activityId" is not an IRI');
    return { launch: { kind: 'cmi5', endpoint: withSlash(endpoint), fetchUrl, registration, activityId, actor }, problem: null };
  }
  const auth = params.get('auth');
  if (!auth) return problem('it gave no "auth" to send statements with');
  const registration = params.get('registration');
  if (registration !== null && !isUuid(registration)) return problem('its "registration" is not a registration id');
  const activityId = params.get('activity_id');
  if (activityId !== null && !isAbsoluteIri(activityId)) return problem('its "activity_id" is not an IRI');
  return { launch: { kind: 'xapi', endpoint: withSlash(endpoint), auth, registration, activityId, actor }, problem: null };
}

export type MoveOn = 'Completed' | 'Passed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';
export type LaunchMode = 'Normal' | 'Browse' | 'Review';

/** What cmi5's LMS.LaunchData state document says this launch is for. */
export interface LaunchData {
  contextTemplate: StatementContext;
  launchMode: LaunchMode;
  moveOn: MoveOn;
  returnUrl: string | null;
}

const MOVE_ON: readonly MoveOn[] = ['Completed', 'Passed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'];
const MODES: readonly LaunchMode[] = ['Normal', 'Browse', 'Review'];

export function readLaunchData(raw: unknown): LaunchData | null {
  if (!raw || typeof raw !== 'object') return null;
  const data = raw as Record<string, unknown>;
  const template = data.contextTemplate;
  if (!template || typeof template !== 'object' || Array.isArray(template)) return null;
  if (!MODES.includes(data.launchMode as LaunchMode) || !MOVE_ON.includes(data.moveOn as MoveOn)) return null;
  return {
    contextTemplate: template as StatementContext,
    launchMode: data.launchMode as LaunchMode,
    moveOn: data.moveOn as MoveOn,
    returnUrl: typeof data.returnURL === 'string' ? data.returnURL : null,
  };
}

/**
 * Whether sending "completed" satisfies the LMS. The game has no score, so a
 * moveOn that asks for a pass cannot be met (the course should say Completed);
 * in Browse and Review modes cmi5 forbids completing at all.
 */
export function completionCounts(data: Pick<LaunchData, 'moveOn' | 'launchMode'>): { send: boolean; satisfies: boolean } {
  const send = data.launchMode === 'Normal';
  return { send, satisfies: send && ['Completed', 'CompletedOrPassed', 'NotApplicable'].includes(data.moveOn) };
}
