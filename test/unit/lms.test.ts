// The LMS runtime's pure parts: the compact save, the values each SCORM
// version is told, finding the API up the frames and the opener, and when a
// session commits and terminates.
import { describe, expect, it } from 'vitest';
import { choiceKey, decodeSuspend, encodeSuspend, keepSave, readSaves } from '../../src/model/lms-suspend.ts';
import type { SavedEvent } from '../../src/model/save-schema.ts';
import { commentFields, interactionFields, sessionTime } from '../../src/lms/lms-record.ts';
import { findScormApi } from '../../src/lms/scorm-api.ts';
import { LmsSession } from '../../src/lms/lms-session.ts';
import type { ScormApi } from '../../src/lms/scorm-api.ts';
import type { Decision } from '../../src/model/plan.ts';

const events: SavedEvent[] = [
  { type: 'choose', index: 0, id: 'meeting.open#Ask the school', why: 'a private reason' },
  { type: 'name', given: { where: 'context', how: 'ecological' } },
  { type: 'choose', index: 11, id: 'meeting.plan#Map the park', by: 'room' },
  { type: 'name', given: null },
];

describe('the save kept by the LMS (suspend_data)', () => {
  it('round-trips the scenario, seed, build, time and decisions, and never keeps the reasons', () => {
    const kept = encodeSuspend({ scenarioId: 'the-shelter', seed: 123456, build: 'abc123', activeMs: 61_400, events });
    expect(kept).not.toContain('private');
    const read = decodeSuspend(kept);
    expect(read).toEqual({
      ok: true,
      play: {
        scenarioId: 'the-shelter',
        seed: 123456,
        build: 'abc123',
        activeMs: 61_000,
        events: [
          { type: 'choose', index: 0, key: choiceKey('meeting.open#Ask the school') },
          { type: 'name', given: { where: 'context', how: 'ecological' } },
          { type: 'choose', index: 11, key: choiceKey('meeting.plan#Map the park'), by: 'room' },
          { type: 'name', given: null },
        ],
      },
    });
  });

  it('turns anything else into a plain-words problem', () => {
    for (const raw of ['', 'hello', 'r1~The Shelter~1~~0~', 'r1~x~1~~0~zz', 'r1~x~1~~0~abcd1.n9', 'r2~x~1~~0~']) {
      const read = decodeSuspend(raw);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.problem).toMatch(/^The progress kept by your learning system is damaged/);
    }
  });

  it('gives each choice id a short key that tells apart options at one point', () => {
    const ids = ['k.s#One', 'k.s#Two', 'k.s#Three', 'k.t#One'];
    expect(new Set(ids.map(choiceKey)).size).toBe(4);
    expect(ids.map(choiceKey).every((k) => /^[0-9a-z]{4}$/.test(k))).toBe(true);
  });
});

describe('the list package keeps one save per started scenario', () => {
  const save = (scenarioId: string, n: number) =>
    encodeSuspend({ scenarioId, seed: n, build: null, activeMs: 0, events: events.slice(0, n) });
  it.each([
    ['a first save', '', 'the-shelter', save('the-shelter', 1), ['the-shelter']],
    ['a second scenario goes last', save('the-shelter', 1), 'city-centre', save('city-centre', 2), ['the-shelter', 'city-centre']],
    [
      'a newer save of the first takes its place, last',
      [save('the-shelter', 1), save('city-centre', 2)].join('|'),
      'the-shelter',
      save('the-shelter', 3),
      ['city-centre', 'the-shelter'],
    ],
    ['a finished scenario is taken out', [save('the-shelter', 1), save('city-centre', 2)].join('|'), 'the-shelter', null, ['city-centre']],
    [
      'a damaged part is dropped',
      `garbage|${save('city-centre', 2)}`,
      'the-shelter',
      save('the-shelter', 1),
      ['city-centre', 'the-shelter'],
    ],
  ])('%s', (_name, raw, scenarioId, next, order) => {
    const kept = keepSave(raw, scenarioId, next);
    expect(readSaves(kept)).toEqual({ saves: order.map((id) => expect.objectContaining({ scenarioId: id })), problems: [] });
    if (next) expect(readSaves(kept).saves.at(-1)?.events).toHaveLength(Number(next.split('~')[2]));
  });

  it('reads an old single save as one, and names a damaged part without losing the others', () => {
    expect(readSaves(save('the-shelter', 4)).saves).toHaveLength(1);
    const read = readSaves(`r1~x~~|${save('the-shelter', 2)}`);
    expect(read.saves.map((p) => p.scenarioId)).toEqual(['the-shelter']);
    expect(read.problems).toEqual([expect.stringMatching(/damaged/)]);
    expect(readSaves('')).toEqual({ saves: [], problems: [] });
  });
});

const decision = (over: Partial<Decision> = {}): Decision =>
  ({
    turn: 3,
    text: 'Commission detached youth work in the park',
    where: 'context',
    how: 'ecological',
    pressed: false,
    by: 'player',
    ...over,
  }) as Decision;

describe('what the LMS is told', () => {
  it('session time in each version’s format', () => {
    expect(sessionTime(3_723_450, '1.2')).toBe('0001:02:03.45');
    expect(sessionTime(3_723_450, '2004')).toBe('PT1H2M3.45S');
    expect(sessionTime(0, '1.2')).toBe('0000:00:00.00');
  });

  it('SCORM 1.2: the option, WHERE and HOW in student_response, within 255 characters', () => {
    const fields = Object.fromEntries(
      interactionFields('1.2', 'the-shelter', decision({ text: 'x'.repeat(400) }), 'park.plan#Commission', new Date(2026, 10, 27, 9, 5, 7)),
    );
    expect(fields.id).toMatch(/^urn:rules-at-play:the-shelter:d3-park\.plan$/);
    expect(fields.type).toBe('performance');
    expect(fields.student_response!.length).toBeLessThanOrEqual(255);
    expect(fields.student_response).toMatch(/^o[0-9a-z]{4} context\/ecological "/);
    expect(fields.result).toBe('neutral');
    expect(fields.time).toBe('09:05:07');
  });

  it('SCORM 2004: a choice, with WHERE and HOW in the description (250 characters), pressure and room noted', () => {
    const fields = Object.fromEntries(
      interactionFields(
        '2004',
        'the-shelter',
        decision({ pressed: true, by: 'room' }),
        'park.plan#Commission',
        new Date(2026, 10, 27, 9, 5, 7),
      ),
    );
    expect(fields.type).toBe('choice');
    expect(fields.description).toBe(
      'Decision 3: "Commission detached youth work in the park". WHERE: the context; HOW: ecological; pressed hard by the room; the room decided',
    );
    expect(fields.learner_response).toMatch(/^o[0-9a-z]{4}\.context\.ecological$/);
    expect(fields.timestamp).toBe('2026-11-27T09:05:07');
    const long = Object.fromEntries(interactionFields('2004', 's', decision({ text: 'y'.repeat(600) }), 'a#b', new Date()));
    expect(long.description!.length).toBe(250);
  });

  it('an unplaced decision says so rather than inventing a reading', () => {
    const fields = Object.fromEntries(interactionFields('2004', 's', decision({ where: null, how: null }), 'a#b', new Date()));
    expect(fields.learner_response).toMatch(/\.none\.none$/);
    expect(fields.description).toMatch(/not placed on the map/);
  });

  it('comments: appended in 1.2, numbered with a timestamp in 2004', () => {
    expect(commentFields('1.2', 0, 'hi', new Date())).toEqual([['cmi.comments', 'hi']]);
    expect(commentFields('2004', 2, 'hi', new Date(2026, 0, 2, 3, 4, 5))).toEqual([
      ['cmi.comments_from_learner.2.comment', 'hi'],
      ['cmi.comments_from_learner.2.timestamp', '2026-01-02T03:04:05'],
    ]);
  });
});

/** A stand-in window: its own properties, a parent (itself at the top) and an opener. */
function fakeWindow(props: Record<string, unknown> = {}, parent?: Window, opener?: Window | null): Window {
  const win = { ...props, opener: opener ?? null } as Record<string, unknown>;
  win.parent = parent ?? win;
  win.top = parent ? (parent as unknown as { top: Window }).top : win;
  return win as unknown as Window;
}
const api12 = { LMSInitialize: () => 'true' };
const api2004 = { Initialize: () => 'true' };

describe('finding the API', () => {
  it('climbs the parents, and prefers SCORM 2004 when both are offered', () => {
    const top = fakeWindow({ API: api12 });
    const middle = fakeWindow({ API_1484_11: api2004 }, top);
    expect(findScormApi(fakeWindow({}, fakeWindow({}, middle)))?.version).toBe('2004');
    expect(findScormApi(fakeWindow({}, top))?.version).toBe('1.2');
  });

  it('looks in the opener (and its parents) when the frames have none', () => {
    const lms = fakeWindow({ API: api12 });
    const popup = fakeWindow({}, undefined, fakeWindow({}, lms));
    expect(findScormApi(popup)?.version).toBe('1.2');
  });

  it('returns null without an API, past a frame of another origin, and on a loop of parents', () => {
    expect(findScormApi(fakeWindow())).toBeNull();
    const foreign = new Proxy({} as Window, {
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    const framed = { parent: foreign, opener: null } as Record<string, unknown>;
    framed.top = framed;
    expect(findScormApi(framed as unknown as Window)).toBeNull();
    const a = fakeWindow() as unknown as Record<string, unknown>;
    const b = fakeWindow({}, a as unknown as Window) as unknown as Record<string, unknown>;
    a.parent = b;
    expect(findScormApi(b as unknown as Window)).toBeNull();
  });
});

function recordingApi(version: '1.2' | '2004', initial: Record<string, string> = {}) {
  const calls: string[] = [];
  const values = new Map(Object.entries(initial));
  const api: ScormApi = {
    version,
    initialize: () => (calls.push('initialize'), true),
    get: (element) => values.get(element) ?? '',
    set: (element, value) => (calls.push(`set ${element}=${value}`), values.set(element, value), true),
    commit: () => (calls.push('commit'), true),
    terminate: () => (calls.push('terminate'), true),
    lastError: () => '0',
  };
  return { api, calls, values };
}

describe('a session', () => {
  it('marks a first launch incomplete, commits a save, completes, and terminates once with session time', () => {
    const { api, calls, values } = recordingApi('1.2', { 'cmi.core.lesson_status': 'not attempted' });
    let now = 1000;
    const session = LmsSession.start(api, () => now)!;
    expect(values.get('cmi.core.lesson_status')).toBe('incomplete');
    session.save('r1~x~1~~0~');
    expect(calls.slice(-2)).toEqual(['set cmi.suspend_data=r1~x~1~~0~', 'commit']);
    session.complete();
    expect(values.get('cmi.core.lesson_status')).toBe('completed');
    now += 65_000;
    session.end(false);
    session.end(false);
    expect(calls.filter((c) => c === 'terminate')).toHaveLength(1);
    expect(values.get('cmi.core.session_time')).toBe('0000:01:05.00');
    expect(values.get('cmi.core.exit')).toBe('');
    session.save('late');
    expect(values.get('cmi.suspend_data')).toBe('r1~x~1~~0~');
  });

  it('leaves with exit "suspend" while a scenario is in progress, and does not reopen a completed one', () => {
    const { api, values } = recordingApi('2004', { 'cmi.completion_status': 'completed' });
    const session = LmsSession.start(api, () => 0)!;
    expect(values.get('cmi.completion_status')).toBe('completed');
    session.end(true);
    expect(values.get('cmi.exit')).toBe('suspend');
  });

  it('is not started when the LMS refuses to initialise', () => {
    const { api } = recordingApi('2004');
    expect(LmsSession.start({ ...api, initialize: () => false }, () => 0)).toBeNull();
  });
});
