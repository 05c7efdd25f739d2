// The xAPI and cmi5 runtime's pure parts: reading the launch, the statements
// (table-driven: what each carries, and what none may carry), the moments
// since the last report, and the queue's order, persistence and resends.
import { describe, expect, it } from 'vitest';
import { completionCounts, isAbsoluteIri, isUuid, readAgent, readLaunch, readLaunchData } from '../../src/lms/xapi-launch.ts';
import { EXTENSION, commented, completed, decided, initialized, named, terminated, uuidFromBytes } from '../../src/lms/xapi-statements.ts';
import type { Statement, StatementBase } from '../../src/lms/xapi-statements.ts';
import { momentsSince, reportedUpTo } from '../../src/lms/play-moments.ts';
import { LrsQueue } from '../../src/lms/lrs-queue.ts';
import { LrsSaves, SAVE_STATE_ID } from '../../src/lms/lrs-state.ts';
import type { Decision } from '../../src/model/plan.ts';
import type { SavedEvent } from '../../src/model/save-schema.ts';

const REG = '6f1c2a4e-8b7d-4c3a-9e2f-1a2b3c4d5e6f';
const actor = { objectType: 'Agent' as const, name: 'Learner', account: { homePage: 'https://lms.example.org', name: 'L42' } };
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

describe('reading the launch', () => {
  const cmi5 = {
    endpoint: 'https://lrs.example.org/xapi',
    fetch: 'https://lms.example.org/fetch/abc',
    registration: REG,
    activityId: 'https://example.org/au/1',
    actor: JSON.stringify(actor),
  };
  it.each([
    ['a cmi5 launch', q(cmi5), { kind: 'cmi5', endpoint: 'https://lrs.example.org/xapi/', registration: REG }],
    [
      'a plain xAPI launch (tincan style)',
      q({ endpoint: 'https://lrs.example.org/xapi/', auth: 'Basic abc=', actor: '{"mbox":["mailto:a@b.org"],"name":["A"]}' }),
      {
        kind: 'xapi',
        auth: 'Basic abc=',
        registration: null,
        activityId: null,
        actor: { objectType: 'Agent', name: 'A', mbox: 'mailto:a@b.org' },
      },
    ],
  ])('%s', (_name, query, expected) => {
    const read = readLaunch(query);
    expect(read.problem).toBeNull();
    expect(read.launch).toMatchObject(expected);
  });

  it.each([
    ['no endpoint at all (SCORM or nothing)', q({ actor: '{}' }), null],
    ['an endpoint that is not a web address', q({ ...cmi5, endpoint: 'lrs' }), /"endpoint" is not a web address/],
    ['no readable actor', q({ ...cmi5, actor: '{"name":"x"}' }), /who the learner is/],
    ['a registration that is not a UUID', q({ ...cmi5, registration: '12' }), /"registration"/],
    ['an activityId that is not an IRI', q({ ...cmi5, activityId: 'au 1' }), /"activityId"/],
    ['plain xAPI without auth', q({ endpoint: cmi5.endpoint, actor: cmi5.actor }), /no "auth"/],
  ])('%s', (_name, query, problem) => {
    const read = readLaunch(query);
    expect(read.launch).toBeNull();
    if (problem === null) expect(read.problem).toBeNull();
    else expect(read.problem).toMatch(problem);
  });

  it('reads agents by each identifier, and refuses one with none', () => {
    expect(readAgent('{"mbox_sha1sum":"' + 'a'.repeat(40) + '"}')).toMatchObject({ mbox_sha1sum: 'a'.repeat(40) });
    expect(readAgent('{"account":[{"accountServiceHomePage":"https://x.org","accountName":"n"}]}')).toMatchObject({
      account: { homePage: 'https://x.org', name: 'n' },
    });
    for (const bad of ['', 'null', '[]', '{"mbox":"a@b"}', '{"account":{"homePage":"x","name":"n"}}']) expect(readAgent(bad)).toBeNull();
  });

  it('reads LMS.LaunchData, and says which moveOn the game can meet (no score: never a pass)', () => {
    const data = { contextTemplate: { extensions: {} }, launchMode: 'Normal', moveOn: 'Completed', returnURL: 'https://lms/x' };
    expect(readLaunchData(data)).toMatchObject({ launchMode: 'Normal', moveOn: 'Completed', returnUrl: 'https://lms/x' });
    expect(readLaunchData({ ...data, launchMode: 'Other' })).toBeNull();
    expect(readLaunchData({ ...data, contextTemplate: [] })).toBeNull();
    expect(
      (
        [
          ['Normal', 'Completed'],
          ['Normal', 'CompletedOrPassed'],
          ['Normal', 'NotApplicable'],
          ['Normal', 'Passed'],
          ['Normal', 'CompletedAndPassed'],
          ['Browse', 'Completed'],
          ['Review', 'Completed'],
        ] as const
      ).map(([launchMode, moveOn]) => completionCounts({ launchMode, moveOn })),
    ).toEqual([
      { send: true, satisfies: true },
      { send: true, satisfies: true },
      { send: true, satisfies: true },
      { send: true, satisfies: false },
      { send: true, satisfies: false },
      { send: false, satisfies: false },
      { send: false, satisfies: false },
    ]);
  });
});

const decision = (over: Partial<Decision> = {}): Decision =>
  ({
    turn: 2,
    text: 'Commission detached youth work in the park',
    where: 'context',
    how: 'ecological',
    quadrant: 'context-ecological',
    agency: 'youth-service',
    pressed: true,
    by: 'room',
    why: 'a private reason about Jo Bloggs',
    ...over,
  }) as Decision;

const template = {
  contextActivities: { grouping: [{ objectType: 'Activity' as const, id: 'https://example.org/au/1/publisher' }] },
  extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-1' },
};
const cmi5Base: StatementBase = { actor, activityId: 'https://example.org/au/1', registration: REG, template };
const xapiBase: StatementBase = { actor, activityId: 'urn:rules-at-play:package:all-scenarios', registration: null, template: null };
const stamp = { id: '0b8c5f8e-5a0c-4a47-9d3e-6a1f4b2c3d4e', at: Date.UTC(2026, 10, 27, 9, 5, 7, 250) };
const scenario = { id: 'the-shelter', title: 'The Shelter' };
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const categories = (s: Statement) => (s.context.contextActivities?.category ?? []).map((a) => a.id);

describe('the statements', () => {
  const made: [string, Statement, string, string[]][] = [
    ['cmi5 initialized', initialized(cmi5Base, stamp), 'initialized', [CMI5]],
    ['cmi5 completed', completed(cmi5Base, stamp, scenario, 3_723_450), 'completed', [CMI5, MOVEON]],
    ['cmi5 terminated', terminated(cmi5Base, stamp, 61_000), 'terminated', [CMI5]],
    ['cmi5 decision (allowed)', decided(cmi5Base, stamp, scenario, decision(), 'park.plan#Commission'), 'answered', []],
    ['cmi5 naming (allowed)', named(cmi5Base, stamp, scenario, 1, { where: 'context', how: 'ecological' }), 'responded', []],
    ['xAPI initialized', initialized(xapiBase, stamp), 'initialized', []],
    ['xAPI completed', completed(xapiBase, stamp, scenario, 1000), 'completed', []],
    ['xAPI decision', decided(xapiBase, stamp, scenario, decision({ by: 'player' }), 'a#b'), 'answered', []],
    ['xAPI comment', commented(xapiBase, stamp, scenario, 'My reflection'), 'commented', []],
  ];

  it.each(made)('%s: id, actor, ADL verb, absolute IRIs, timestamp, categories', (_name, s, verb, cats) => {
    expect(s.id).toBe(stamp.id);
    expect(isUuid(s.id)).toBe(true);
    expect(s.actor).toEqual(actor);
    expect(s.verb.id).toBe(`http://adlnet.gov/expapi/verbs/${verb}`);
    expect(isAbsoluteIri(s.object.id)).toBe(true);
    expect(s.timestamp).toBe('2026-11-27T09:05:07.250Z');
    expect(categories(s)).toEqual(cats);
    // Never a score, a success or a failure: there is no right answer.
    expect(JSON.stringify(s)).not.toMatch(/"score"|"success"|passed|failed/);
  });

  it.each(made.filter(([name]) => name.startsWith('cmi5')))('%s: carries the context template and registration', (_name, s) => {
    expect(s.context.registration).toBe(REG);
    expect(s.context.extensions).toMatchObject(template.extensions);
    expect(s.context.contextActivities?.grouping).toEqual(template.contextActivities.grouping);
  });

  it('cmi5-defined statements are about the AU; completed has completion and duration; terminated a duration', () => {
    const [init, done, end] = made.map(([, s]) => s);
    expect([init!.object.id, done!.object.id, end!.object.id]).toEqual(Array(3).fill(cmi5Base.activityId));
    expect(done!.result).toEqual({ completion: true, duration: 'PT1H2M3.45S' });
    expect(end!.result).toEqual({ duration: 'PT0H1M1S' });
  });

  it('a decision carries the scenario, the decision and option ids, WHERE, HOW, quadrant, agency, pressure and the room', () => {
    const s = decided(cmi5Base, stamp, scenario, decision(), 'park.plan#Commission');
    expect(s.object.id).toBe('urn:rules-at-play:the-shelter:d2-park.plan');
    expect(s.object.definition?.interactionType).toBe('choice');
    expect(s.context.contextActivities?.parent?.map((a) => a.id)).toEqual(['urn:rules-at-play:scenario:the-shelter']);
    expect(s.context.extensions?.[EXTENSION.scenario]).toBe('the-shelter');
    expect(s.result?.response).toMatch(/^o[0-9a-z]{4}$/);
    expect(s.result?.extensions).toEqual({
      [EXTENSION.optionId]: 'park.plan#Commission',
      [EXTENSION.option]: 'Commission detached youth work in the park',
      [EXTENSION.where]: 'context',
      [EXTENSION.how]: 'ecological',
      [EXTENSION.quadrant]: 'context-ecological',
      [EXTENSION.agency]: 'youth-service',
      [EXTENSION.pressed]: true,
      [EXTENSION.roomDecided]: true,
    });
    for (const key of Object.keys(s.result?.extensions ?? {})) expect(isAbsoluteIri(key)).toBe(true);
  });

  it.each([
    ['a placed naming', { where: 'individual', how: 'behaviour' } as const, 'individual.behaviour'],
    ['declining to name', null, 'not-named'],
  ])('a naming: %s', (_name, given, response) => {
    const s = named(xapiBase, stamp, scenario, 3, given);
    expect(s.object.id).toBe('urn:rules-at-play:the-shelter:name-it-3');
    expect(s.result?.response).toBe(response);
  });

  it('no statement holds the learner’s reason (the journal stays theirs)', () => {
    for (const [, s] of made) expect(JSON.stringify(s)).not.toContain('Jo Bloggs');
  });

  it('makes version 4 UUIDs from random bytes', () => {
    for (const fill of [0, 255, 17]) expect(isUuid(uuidFromBytes(new Uint8Array(16).fill(fill)))).toBe(true);
  });
});

describe('the moments since the last report', () => {
  const events: SavedEvent[] = [
    { type: 'choose', index: 0, id: 'a#1' },
    { type: 'name', given: null },
    { type: 'choose', index: 1, id: 'b#2', by: 'room' },
  ];
  const two = [decision({ turn: 1 }), decision({ turn: 2 })];
  it.each([
    ['from the start', 0, two, ['decision 1', 'named 1', 'decision 2'], 3],
    ['after a report of two', 2, two, ['decision 2'], 3],
    ['after a rewind (fewer events than reported)', 5, two, [], 3],
    ['a decision not yet read by the model waits', 0, two.slice(0, 1), ['decision 1', 'named 1'], 2],
  ])('%s', (_name, from, decisions, expected, upTo) => {
    const moments = momentsSince(events, decisions, from).map((m) =>
      m.kind === 'decision' ? `decision ${m.decision.turn}` : `named ${m.nth}`,
    );
    expect(moments).toEqual(expected);
    expect(reportedUpTo(events, decisions, from)).toBe(upTo);
  });
});

function memoryStore() {
  const values = new Map<string, string>();
  const store = {
    refusing: false,
    values,
    get: (k: string) => values.get(k) ?? null,
    set: (k: string, v: string) => !store.refusing && Boolean(values.set(k, v)),
  };
  return store;
}

/** A stand-in LRS behind fetch: it stores PUTs by id (one per id) and can be down. */
function fakeLrs() {
  const stored: string[] = [];
  const lrs = { up: true, stored, requests: 0 };
  const send = (url: string, init: RequestInit) => {
    lrs.requests += 1;
    if (!lrs.up) return Promise.reject(new TypeError('Failed to fetch'));
    const statements = [JSON.parse(String(init.body)) as Statement].flat();
    expect(new Headers(init.headers).get('X-Experience-API-Version')).toBe('1.0.3');
    if (init.method === 'PUT') expect(url).toContain(`statementId=${statements[0]!.id}`);
    for (const s of statements) if (!stored.includes(s.id)) stored.push(s.id);
    return Promise.resolve(new Response(null, { status: 204 }));
  };
  return { lrs, send };
}

describe('the queue', () => {
  const statement = (n: number) => ({ ...initialized(xapiBase, stamp), id: uuidFromBytes(new Uint8Array(16).fill(n)) });

  it('sends in order; while the LRS is down keeps them (a reload loses nothing); then sends each once, in order', async () => {
    const store = memoryStore();
    const { lrs, send } = fakeLrs();
    const retries: (() => void)[] = [];
    const make = () =>
      new LrsQueue({
        connection: { endpoint: 'https://lrs/', auth: 'Basic x' },
        store,
        key: 'q',
        send,
        later: (retry) => retries.push(retry),
        log: () => {},
      });
    const queue = make();
    await queue.add(statement(1));
    lrs.up = false;
    await queue.add(statement(2));
    await queue.add(statement(3));
    expect(retries.length).toBe(1);
    expect(queue.pending().map((s) => s.id)).toEqual([statement(2).id, statement(3).id]);
    // A reload: a new queue reads the same storage.
    const again = make();
    expect(again.pending()).toHaveLength(2);
    lrs.up = true;
    await again.add(statement(4));
    expect(lrs.stored).toEqual([1, 2, 3, 4].map((n) => statement(n).id));
    expect(again.pending()).toEqual([]);
  });

  it('holds what waits in the tab while the device refuses to keep it, and sends it in order', async () => {
    const store = memoryStore();
    const { lrs, send } = fakeLrs();
    const queue = new LrsQueue({
      connection: { endpoint: 'https://lrs/', auth: 'Basic x' },
      store,
      key: 'q',
      send,
      later: () => {},
      log: () => {},
    });
    lrs.up = false;
    store.refusing = true;
    await queue.add(statement(1));
    await queue.add(statement(2));
    expect(queue.pending()).toHaveLength(2);
    lrs.up = true;
    await queue.flush();
    expect(lrs.stored).toEqual([statement(1).id, statement(2).id]);
    expect(queue.pending()).toEqual([]);
  });

  it('drops a statement the LRS refuses for good (400), so it does not hold back the rest', async () => {
    const store = memoryStore();
    const sent: string[] = [];
    const queue = new LrsQueue({
      connection: { endpoint: 'https://lrs/', auth: 'Basic x' },
      store,
      key: 'q',
      send: (_url, init) => {
        const s = JSON.parse(String(init.body)) as Statement;
        sent.push(s.id);
        return Promise.resolve(new Response(null, { status: s.id === statement(1).id ? 400 : 204 }));
      },
      later: () => {},
      log: () => {},
    });
    await queue.add(statement(1));
    await queue.add(statement(2));
    expect(sent).toEqual([statement(1).id, statement(2).id]);
    expect(queue.pending()).toEqual([]);
  });
});

describe('the saves the LRS keeps (State API)', () => {
  const where = { activityId: 'urn:rules-at-play:package:all-scenarios', agent: actor, registration: REG };

  it('writes one at a time, the latest winning; a failed write waits for the next; reads back what was kept', async () => {
    const kept = new Map<string, string>();
    const puts: string[] = [];
    let up = true;
    let answer: (() => void) | null = null;
    const send = (url: string, init: RequestInit) => {
      expect(new URL(url).searchParams.get('stateId')).toBe(SAVE_STATE_ID);
      expect(new URL(url).searchParams.get('registration')).toBe(REG);
      if (!up) return Promise.reject(new TypeError('Failed to fetch'));
      if (init.method !== 'PUT') {
        const doc = kept.get(url);
        return Promise.resolve(doc ? new Response(doc, { status: 200 }) : new Response(null, { status: 404 }));
      }
      puts.push(String(init.body));
      return new Promise<Response>((done) => {
        answer = () => {
          kept.set(url, String(init.body));
          done(new Response(null, { status: 204 }));
        };
      });
    };
    const saves = new LrsSaves({ endpoint: 'https://lrs/', auth: 'Basic x' }, where, send);
    expect(await saves.read()).toBe('');
    const first = saves.write('a');
    void saves.write('b');
    void saves.write('c');
    // "b" never goes: "c" replaced it while "a" was on its way.
    (answer as unknown as () => void)();
    await new Promise((done) => setTimeout(done, 0));
    (answer as unknown as () => void)();
    await first;
    expect(puts.map((body) => (JSON.parse(body) as { saves: string }).saves)).toEqual(['a', 'c']);
    expect(await saves.read()).toBe('c');
    up = false;
    await saves.write('d');
    expect(await saves.read()).toBe('');
    up = true;
    const retry = saves.flush();
    (answer as unknown as () => void)();
    await retry;
    expect(await saves.read()).toBe('d');
  });
});
